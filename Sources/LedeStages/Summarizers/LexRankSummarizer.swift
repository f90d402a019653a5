internal import Foundation
public import Lede

/// LexRank (Erkan and Radev, 2004): the most central sentences of a graph of TF-IDF cosine
/// similarities.
///
/// Each sentence is a vector of its content words' counts weighted by inverse document
/// frequency, with the sentences of the documents as the collection:
/// idf(*w*) = 1 + ln(*N* / *n*(*w*)) for *N* sentences, *n*(*w*) of which have *w*. Sentences
/// are joined by the cosine of their vectors, and ranked by PageRank on that graph:
///
/// - ``Variant/continuous`` (the default): every edge weighs its cosine.
/// - ``Variant/threshold(_:)``: an edge joins sentences whose cosine is at least the threshold,
///   and all edges weigh the same (the paper's degree centrality with PageRank; 0.1 is the
///   paper's usual threshold).
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
/// - **Rules:** `lexrank-continuous` or `lexrank-threshold`; `quote-unit` for a sentence
///   chosen with another's quotation.
/// - **Options:** `sentences` (default 3) or `ratio` (a share of the body sentences);
///   `order` (`document`, the default, or `score`); `variant` (`continuous`, the default,
///   or `threshold`); `threshold` (default 0.1, for the threshold variant); `damping`
///   (default 0.85).
/// - **Complexity:** O(*w* · 64) in the number of words to build the graph, and
///   O(*n* · 64) per PageRank iteration for *n* sentences.
///
/// `LexRankSummarizer` is `Sendable`.
public struct LexRankSummarizer: Summarizer {
    /// How the graph's edges are weighed.
    ///
    /// `Variant` is `Sendable`.
    public enum Variant: Sendable, Hashable {
        /// Each edge weighs the cosine of its sentences.
        case continuous
        /// Edges join sentences whose cosine is at least the threshold, and weigh 1.
        case threshold(Double)
    }

    /// `lede.summary.lexrank`.
    public let name = "lede.summary.lexrank"
    /// How long the summary is.
    public var length: SummaryLength
    /// The order of the chosen sentences.
    public var order: SummaryOrder
    /// How the graph's edges are weighed.
    public var variant: Variant
    /// The probability that PageRank's random walk follows an edge rather than jumping.
    public var damping: Double

    /// Creates the summarizer.
    ///
    /// - Parameters:
    ///   - length: How long the summary is; defaults to three sentences.
    ///   - order: The order of the chosen sentences; defaults to document order.
    ///   - variant: How edges are weighed; defaults to ``Variant/continuous``.
    ///   - damping: PageRank's damping factor, from 0 to 1; defaults to 0.85.
    public init(
        length: SummaryLength = .sentences(3),
        order: SummaryOrder = .document,
        variant: Variant = .continuous,
        damping: Double = 0.85
    ) {
        self.length = length
        self.order = order
        self.variant = variant
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
        var documentFrequency = [Int](repeating: 0, count: input.termCount)
        for bag in input.bags { for entry in bag { documentFrequency[Int(entry.term)] += 1 } }
        let sentenceCount = Double(max(input.candidates.count, 1))
        let idf = documentFrequency.map { $0 > 0 ? 1 + log(sentenceCount / Double($0)) : 0 }
        let graph: SimilarityGraph
        let rule: String
        switch variant {
        case .continuous:
            graph = SimilarityGraph(bags: input.bags, termCount: input.termCount, measure: .cosine(termWeights: idf))
            rule = "lexrank-continuous"
        case .threshold(let threshold):
            graph = SimilarityGraph(
                bags: input.bags,
                termCount: input.termCount,
                measure: .cosine(termWeights: idf),
                threshold: threshold,
                binary: true
            )
            rule = "lexrank-threshold"
        }
        return SummarySelector(length: length, order: order).select(
            from: input,
            scores: graph.pageRank(damping: damping),
            stage: name,
            rule: rule
        )
    }
}
