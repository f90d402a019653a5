/// The order of a summary's sentences.
///
/// `SummaryOrder` is `Sendable`.
public enum SummaryOrder: Sendable, Hashable {
    /// As in the documents: by document, then by position in the document. The default, and
    /// the order that reads well.
    case document
    /// By score, best first (`SummarySentence.rank` 1, 2, ...).
    case score
}
