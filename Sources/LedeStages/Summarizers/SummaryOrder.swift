/// The order of a summary's sentences.
///
/// `SummaryOrder` is `Sendable`.
public enum SummaryOrder: Sendable, Hashable {
    /// As in the documents: by document, in the order they were given, then by position in
    /// the document. The default, and the order that reads well; give the reports of an event
    /// in time order to read their summary in time order.
    case document
    /// By score, best first (`SummarySentence.rank` 1, 2, ...).
    case score
}
