public import Lede

/// TextRank (Mihalcea and Tarau, 2004): the most central sentences of a graph of word overlap.
///
/// Two sentences are joined by the number of distinct content words they share, divided by
/// log |*S₁*| + log |*S₂*|, the logs of their lengths in content words (the paper's
/// similarity, which keeps long sentences from winning by length alone). Sentences are ranked
/// by PageRank on that graph.
///
/// The graph is sparse: built from an inverted index of the words, a word in more than 64
/// sentences links none, and each sentence keeps its 64 strongest edges, so the cost stays
/// close to linear in the length of the documents. Articles shorter than that get the exact
/// dense graph.
///
/// Like every built-in summarizer it never chooses a headline, subheading or boilerplate, and
/// never cuts a quotation from its attribution: a sentence whose quotation runs on into the
/// next sentence, or whose speaker is named in another sentence, is chosen together with those
/// sentences, and all of them count toward the length (see ``SummaryLength``). A
/// near-duplicate of a chosen sentence (the cosine of their word counts is at least 0.8), as
/// when two articles report the same sentence, is passed over.
///
/// - **Requires:** `AnnotationKeyID.sentences`, `AnnotationKeyID.layout`,
///   `AnnotationKeyID.tokens`.
/// - **Reads if present:** `AnnotationKeyID.quotes`, `AnnotationKeyID.attributions`, to keep
///   each quotation with the sentences that attribute it.
/// - **Provides:** `AnnotationKeyID.summary`.
/// - **Offsets:** each `SummarySentence` has its span in the working text and its
///   UTF-8 range in the original input.
/// - **Rules:** `textrank`; `quote-unit` for a sentence chosen with another's quotation.
/// - **Options:** `sentences` (default 3) or `ratio` (a share of the body sentences);
///   `order` (`document`, the default, or `score`); `damping` (default 0.85).
/// - **Complexity:** O(*w* · 64) in the number of words to build the graph, and
///   O(*n* · 64) per PageRank iteration for *n* sentences.
///
/// `TextRankSummarizer` is `Sendable`.
public struct TextRankSummarizer: Summarizer {
    /// `lede.summary.textrank`.
    public let name = "lede.summary.textrank"
    /// How long the summary is.
    public var length: SummaryLength
    /// The order of the chosen sentences.
    public var order: SummaryOrder
    /// The probability that PageRank's random walk follows an edge rather than jumping.
    public var damping: Double

    /// Creates the summarizer.
    ///
    /// - Parameters:
    ///   - length: How long the summary is; defaults to three sentences.
    ///   - order: The order of the chosen sentences; defaults to document order.
    ///   - damping: PageRank's damping factor, from 0 to 1; defaults to 0.85.
    public init(length: SummaryLength = .sentences(3), order: SummaryOrder = .document, damping: Double = 0.85) {
        self.length = length
        self.order = order
        self.damping = damping
    }

    /// Sentences, layout and tokens.
    public var requires: Set<AnnotationKeyID> { SummaryInput.requirements }

    /// Quotations and attributions, when the documents have them.
    public var readsIfPresent: Set<AnnotationKeyID> { SummaryInput.optionalInputs }

    /// Chooses the most central sentences.
    ///
    /// Call `summarize(_:)`, which first checks that the documents hold what ``requires`` lists.
    ///
    /// - Parameter documents: The documents to summarize together.
    /// - Returns: The summary.
    public func makeSummary(of documents: [Document]) -> Summary {
        let input = SummaryInput(documents)
        let graph = SimilarityGraph(bags: input.bags, termCount: input.termCount, measure: .overlap)
        return SummarySelector(length: length, order: order).select(
            from: input,
            scores: graph.pageRank(damping: damping),
            stage: name,
            rule: "textrank"
        )
    }
}
