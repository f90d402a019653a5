public import Lede

/// Lead-*k*: the first body sentences of the article, the standard baseline for news.
///
/// News is written as an inverted pyramid, so the opening sentences often make a fair summary.
/// Each body sentence scores 1 / (1 + its position among the body sentences); several
/// documents are interleaved: the first sentence of each, then the second of each, and so on.
/// The headline, subheadings and boilerplate are never chosen.
///
/// Like every built-in summarizer it never cuts a quotation from its attribution: a sentence
/// whose quotation runs on into the next sentence, or whose speaker is named in another
/// sentence, is chosen together with those sentences, and all of them count toward the length
/// (see ``SummaryLength``). A near-duplicate of a chosen sentence (the cosine of their word
/// counts is at least 0.8) is passed over.
///
/// - **Requires:** `AnnotationKeyID.sentences`, `AnnotationKeyID.layout`,
///   `AnnotationKeyID.tokens`.
/// - **Reads if present:** `AnnotationKeyID.quotes`, `AnnotationKeyID.attributions`, to keep
///   each quotation with the sentences that attribute it.
/// - **Provides:** `AnnotationKeyID.summary`.
/// - **Offsets:** each `SummarySentence` has its span in the working text and its
///   UTF-8 range in the original input.
/// - **Rules:** `lead`; `quote-unit` for a sentence chosen with another's quotation.
/// - **Options:** `sentences` (default 3) or `ratio` (a share of the body sentences);
///   `order` (`document`, the default, or `score`).
/// - **Complexity:** O(*n* log *n*) in the number of sentences, plus O(*w*) in the number of words.
///
/// `LeadSummarizer` is `Sendable`.
public struct LeadSummarizer: Summarizer {
    /// `lede.summary.lead`.
    public let name = "lede.summary.lead"
    /// How long the summary is.
    public var length: SummaryLength
    /// The order of the chosen sentences.
    public var order: SummaryOrder

    /// Creates the summarizer.
    ///
    /// - Parameters:
    ///   - length: How long the summary is; defaults to three sentences.
    ///   - order: The order of the chosen sentences; defaults to document order.
    public init(length: SummaryLength = .sentences(3), order: SummaryOrder = .document) {
        self.length = length
        self.order = order
    }

    /// Sentences, layout and tokens.
    public var requires: Set<AnnotationKeyID> { SummaryInput.requirements }

    /// Quotations and attributions, when the documents have them.
    public var readsIfPresent: Set<AnnotationKeyID> { SummaryInput.optionalInputs }

    /// Chooses the first body sentences.
    ///
    /// Call `summarize(_:)`, which first checks that the documents hold what ``requires`` lists.
    ///
    /// - Parameter documents: The documents to summarize together.
    /// - Returns: The summary.
    public func makeSummary(of documents: [Document]) -> Summary {
        let input = SummaryInput(documents)
        let scores = input.candidates.map { 1 / Double(1 + $0.position) }
        return SummarySelector(length: length, order: order).select(
            from: input,
            scores: scores,
            stage: name,
            rule: "lead"
        )
    }
}
