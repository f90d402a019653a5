/// How long a summary should be: a number of sentences, or a share of the body sentences.
///
/// Only body sentences count (`Document.isBodyText(_:)`): headlines, subheadings and
/// boilerplate are never chosen, so they are not counted either. When several documents are
/// summarized together, a ratio is of all their body sentences together.
///
/// ```swift
/// LexRankSummarizer(length: .sentences(3))
/// LexRankSummarizer(length: .ratio(0.4))   // 40% of the body sentences, at least one
/// ```
///
/// A sentence that must come with others — a quotation that runs over several sentences, or
/// one attributed in another sentence — is chosen with them as a unit, and every sentence of
/// the unit counts toward the length.
///
/// `SummaryLength` is `Sendable`.
public enum SummaryLength: Sendable, Hashable {
    /// At most this many sentences (fewer when the documents have fewer body sentences).
    case sentences(Int)
    /// This share of the body sentences, rounded up, and at least one; a value from 0 to 1.
    case ratio(Double)

    /// The number of sentences to choose from a given number of body sentences.
    ///
    /// - Parameter bodySentences: How many body sentences the documents have.
    /// - Returns: The target length: never more than `bodySentences`, never negative, and at
    ///   least one for a positive ratio when there is a body sentence.
    public func sentenceCount(outOf bodySentences: Int) -> Int {
        guard bodySentences > 0 else { return 0 }
        switch self {
        case .sentences(let count):
            return min(max(count, 0), bodySentences)
        case .ratio(let ratio):
            guard ratio > 0, ratio.isFinite else { return ratio.isFinite ? 0 : bodySentences }
            let count = (min(ratio, 1) * Double(bodySentences) - 1e-9).rounded(.up)
            return min(max(Int(count), 1), bodySentences)
        }
    }
}
