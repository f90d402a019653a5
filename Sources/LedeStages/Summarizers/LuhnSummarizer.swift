public import Lede

/// Luhn's summarizer (1958): sentences with tight clusters of significant words.
///
/// A content word (not a stop word) is *significant* when it occurs at least
/// ``minimumCount`` times in the documents. In each sentence, significant words that are at
/// most ``gap`` other words apart form a cluster; a cluster with *s* significant words over
/// *l* words scores *s*² / *l*, and a sentence scores its best cluster. The best sentences
/// are chosen; the headline, subheadings and boilerplate never are.
///
/// Like every built-in summarizer it never cuts a quotation from its attribution: a sentence
/// whose quotation runs on into the next sentence, or whose speaker is named in another
/// sentence, is chosen together with those sentences, and all of them count toward the length
/// (see ``SummaryLength``). A near-duplicate of a chosen sentence (the cosine of their word
/// counts is at least 0.8), as when two articles report the same sentence, is passed over.
///
/// - **Requires:** `AnnotationKeyID.sentences`, `AnnotationKeyID.layout`,
///   `AnnotationKeyID.tokens`.
/// - **Reads if present:** `AnnotationKeyID.quotes`, `AnnotationKeyID.attributions`, to keep
///   each quotation with the sentences that attribute it.
/// - **Provides:** `AnnotationKeyID.summary`.
/// - **Offsets:** each `SummarySentence` has its span in the working text and its
///   UTF-8 range in the original input.
/// - **Rules:** `luhn`; `quote-unit` for a sentence chosen with another's quotation.
/// - **Options:** `sentences` (default 3) or `ratio` (a share of the body sentences);
///   `order` (`document`, the default, or `score`); `minimumCount` (default 2); `gap`
///   (default 4).
/// - **Complexity:** O(*w*) in the number of words, plus O(*n* log *n*) to rank *n* sentences.
///
/// `LuhnSummarizer` is `Sendable`.
public struct LuhnSummarizer: Summarizer {
    /// `lede.summary.luhn`.
    public let name = "lede.summary.luhn"
    /// How long the summary is.
    public var length: SummaryLength
    /// The order of the chosen sentences.
    public var order: SummaryOrder
    /// How often a content word must occur to be significant.
    public var minimumCount: Int
    /// The most insignificant words between two significant words of one cluster.
    public var gap: Int

    /// Creates the summarizer.
    ///
    /// - Parameters:
    ///   - length: How long the summary is; defaults to three sentences.
    ///   - order: The order of the chosen sentences; defaults to document order.
    ///   - minimumCount: How often a content word must occur to be significant; defaults to 2.
    ///   - gap: The most other words between significant words of a cluster; defaults to 4.
    public init(
        length: SummaryLength = .sentences(3),
        order: SummaryOrder = .document,
        minimumCount: Int = 2,
        gap: Int = 4
    ) {
        self.length = length
        self.order = order
        self.minimumCount = minimumCount
        self.gap = gap
    }

    /// Sentences, layout and tokens.
    public var requires: Set<AnnotationKeyID> { SummaryInput.requirements }

    /// Quotations and attributions, when the documents have them.
    public var readsIfPresent: Set<AnnotationKeyID> { SummaryInput.optionalInputs }

    /// Chooses the sentences with the best clusters of significant words.
    ///
    /// Call `summarize(_:)`, which first checks that the documents hold what ``requires`` lists.
    ///
    /// - Parameter documents: The documents to summarize together.
    /// - Returns: The summary.
    public func makeSummary(of documents: [Document]) -> Summary {
        let input = SummaryInput(documents)
        var frequency = [Int](repeating: 0, count: input.termCount)
        for bag in input.bags { for entry in bag { frequency[Int(entry.term)] += Int(entry.count) } }
        let isStopWord = input.isStopWord
        let scores = input.candidates.indices.map { candidate in
            let words = input.words(of: candidate)
            var best = 0.0
            var clusterStart = -1
            var last = -1
            var significant = 0
            func close() {
                guard significant > 0 else { return }
                best = max(best, Double(significant * significant) / Double(last - clusterStart + 1))
            }
            for (position, term) in zip(words.indices, words)
            where !isStopWord[Int(term)] && frequency[Int(term)] >= minimumCount {
                if significant > 0 && position - last - 1 <= gap {
                    significant += 1
                } else {
                    close()
                    clusterStart = position
                    significant = 1
                }
                last = position
            }
            close()
            return best
        }
        return SummarySelector(length: length, order: order).select(
            from: input,
            scores: scores,
            stage: name,
            rule: "luhn"
        )
    }
}
