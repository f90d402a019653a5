public import Lede

/// Lede's summarizer for news: central sentences, weighed with what the pipeline knows about
/// the article, chosen without repeating themselves.
///
/// Each body sentence gets a score in three steps.
///
/// 1. **Centrality.** Sentences are joined by the cosine of their content-word counts and
///    ranked with PageRank (as ``LexRankSummarizer`` does, without IDF), then scaled so the
///    most central sentence has 1. The graph is sparse: a word in more than 256 sentences
///    links none and each sentence keeps its 64 strongest edges, so the cost stays close to
///    linear in the length of the documents.
/// 2. **News evidence.** The centrality is multiplied by 1 + the sum of these, each
///    weighed by its ``Weights`` entry:
///    - *position*: 1 / (1 + the sentence's position among its article's body sentences),
///      for the inverted pyramid: the lede carries the story;
///    - *headline*: the cosine of the sentence's words with its article's headline (the
///      `LayoutRole.headline` mark), 0 when there is none;
///    - *quotes*: 1 when the sentence holds a full quotation attributed to a named person
///      (`SpeakerKind.person`, or a pronoun resolved to one) — what someone in the story
///      said is news; a term or scare quote (`QuoteKind.term`), an unattributed quotation or
///      one given to an anonymous source is not;
///    - *numbers*: 1 when the sentence holds a quantity (`NumberMention`: money, a
///      percentage, a count, a range; not a year, an ordinal or an identifier).
/// 3. **Redundancy.** Sentences are chosen by maximal marginal relevance: each step takes the
///    sentence with the best λ · score / best score − (1 − λ) · its greatest cosine to a
///    sentence already chosen, with λ = ``redundancy``.
///
/// The layout decides what may be chosen: headlines, subheadings and boilerplate never are.
/// A quotation is never cut from its attribution: a sentence whose quotation runs on into the
/// next sentence, or whose speaker is named in another sentence, is chosen together with those
/// sentences, and all of them count toward the length (see ``SummaryLength``). Several articles
/// about one event are summarized together by passing them all to `summarize(_:)`: a
/// sentence whose words are nearly those of a chosen one (cosine of word counts at least 0.8)
/// is chosen once, and each summary sentence names its document.
///
/// The default weights were measured on the BBC News Summary corpus; see the package's
/// benchmark notes.
///
/// - **Requires:** `AnnotationKeyID.sentences`, `AnnotationKeyID.layout`,
///   `AnnotationKeyID.tokens`; `AnnotationKeyID.quotes`, `AnnotationKeyID.attributions`
///   and `AnnotationKeyID.speakers` (a named person's quotation counts) unless the *quotes*
///   weight is 0, and
///   `AnnotationKeyID.numbers` unless the *numbers* weight is 0: without them the news
///   evidence would be missing, and the summary quietly different.
/// - **Reads if present:** `AnnotationKeyID.quotes` and `AnnotationKeyID.attributions`
///   when the *quotes* weight is 0, to keep each quotation with the sentences that attribute it.
/// - **Provides:** `AnnotationKeyID.summary`.
/// - **Offsets:** each `SummarySentence` has its span in the working text and its
///   UTF-8 range in the original input.
/// - **Rules:** `news`; `quote-unit` for a sentence chosen with another's quotation.
/// - **Options:** `sentences` (default 3) or `ratio` (a share of the body sentences);
///   `order` (`document`, the default, or `score`); `position`, `headline`, `quotes` and
///   `numbers`, the weights (defaults in ``Weights/standard``); `redundancy`, λ (default
///   ``defaultRedundancy``); `damping` (default 0.85).
/// - **Complexity:** O(*w* · 256) in the number of words to build the graph, O(*n* · 64) per
///   PageRank iteration for *n* sentences, and O(*k* log *n*) lazy selection steps for a
///   summary of *k* sentences, each proportional to the words it shares with those chosen.
///
/// `NewsSummarizer` is `Sendable`.
public struct NewsSummarizer: Summarizer {
    /// How much each kind of news evidence raises a sentence's centrality.
    ///
    /// `Weights` is `Sendable`.
    public struct Weights: Sendable, Hashable {
        /// The weight of the position in the article: 1 / (1 + position).
        public var position: Double
        /// The weight of the similarity to the headline.
        public var headline: Double
        /// The weight of a full quotation attributed to a named person.
        public var quotes: Double
        /// The weight of a quantity.
        public var numbers: Double

        /// Creates weights.
        ///
        /// - Parameters:
        ///   - position: The weight of the position in the article.
        ///   - headline: The weight of the similarity to the headline.
        ///   - quotes: The weight of an attributed full quotation.
        ///   - numbers: The weight of a quantity.
        public init(position: Double, headline: Double, quotes: Double, numbers: Double) {
            self.position = position
            self.headline = headline
            self.quotes = quotes
            self.numbers = numbers
        }

        /// The default weights.
        public static let standard = Weights(position: 0.05, headline: 0.1, quotes: 0.05, numbers: 0.05)
        /// No news evidence: centrality alone.
        public static let none = Weights(position: 0, headline: 0, quotes: 0, numbers: 0)
    }

    /// The default λ of maximal marginal relevance.
    public static let defaultRedundancy = 0.9

    /// `lede.summary.news`.
    public let name = "lede.summary.news"
    /// How long the summary is.
    public var length: SummaryLength
    /// The order of the chosen sentences.
    public var order: SummaryOrder
    /// How much each kind of news evidence counts.
    public var weights: Weights
    /// λ of maximal marginal relevance, from 0 to 1: 1 ranks by score alone, lower values
    /// avoid sentences like those already chosen more strongly.
    public var redundancy: Double
    /// The probability that PageRank's random walk follows an edge rather than jumping.
    public var damping: Double

    /// Creates the summarizer.
    ///
    /// - Parameters:
    ///   - length: How long the summary is; defaults to three sentences.
    ///   - order: The order of the chosen sentences; defaults to document order.
    ///   - weights: How much news evidence counts; defaults to ``Weights/standard``.
    ///   - redundancy: λ of maximal marginal relevance; defaults to ``defaultRedundancy``.
    ///   - damping: PageRank's damping factor, from 0 to 1; defaults to 0.85.
    public init(
        length: SummaryLength = .sentences(3),
        order: SummaryOrder = .document,
        weights: Weights = .standard,
        redundancy: Double = NewsSummarizer.defaultRedundancy,
        damping: Double = 0.85
    ) {
        self.length = length
        self.order = order
        self.weights = weights
        self.redundancy = redundancy
        self.damping = damping
    }

    /// Sentences, layout and tokens; quotations, attributions and resolved speakers (the kind
    /// of each speaker tells a named person's quotation) unless ``Weights/quotes`` is 0;
    /// numbers unless ``Weights/numbers`` is 0.
    public var requires: Set<AnnotationKeyID> {
        var keys = SummaryInput.requirements
        if weights.quotes != 0 { keys.formUnion(SummaryInput.optionalInputs.union([.speakers])) }
        if weights.numbers != 0 { keys.insert(.numbers) }
        return keys
    }

    /// Quotations and attributions, when they are not required (``Weights/quotes`` is 0) and
    /// the documents have them.
    public var readsIfPresent: Set<AnnotationKeyID> { SummaryInput.optionalInputs.subtracting(requires) }

    /// Chooses central, newsworthy sentences that do not repeat each other.
    ///
    /// Call `summarize(_:)`, which first checks that the documents hold what ``requires`` lists.
    ///
    /// - Parameter documents: The documents to summarize together.
    /// - Returns: The summary.
    public func makeSummary(of documents: [Document]) -> Summary {
        let input = SummaryInput(documents)
        let graph = SimilarityGraph(bags: input.bags, termCount: input.termCount, measure: .cosine(termWeights: nil))
        let centrality = graph.pageRank(damping: damping)
        let most = centrality.max() ?? 1
        var evidence = [Double](repeating: 1, count: input.candidates.count)
        for (index, candidate) in input.candidates.enumerated() {
            evidence[index] += weights.position / Double(1 + candidate.position)
            evidence[index] += weights.headline * input.bags[index].cosine(input.headlines[candidate.document])
        }
        for (documentIndex, document) in documents.enumerated() {
            let sentences = document.sentences
            let candidateOf = input.candidateOfSentence[documentIndex]
            for index in weights.quotes != 0 ? quotedSentences(of: document) : [] {
                let candidate = candidateOf[index]
                if candidate >= 0 { evidence[candidate] += weights.quotes }
            }
            var counted = Set<Int>()
            // Numbers are read only when they count; they are not required otherwise.
            for number in weights.numbers != 0 ? document.numbers : []
            where number.isQuantity && number.kind != .year && number.kind != .ordinal {
                guard let index = SummaryInput.sentence(containing: number.span.start, in: sentences),
                    counted.insert(index).inserted, candidateOf[index] >= 0
                else { continue }
                evidence[candidateOf[index]] += weights.numbers
            }
        }
        let scores = input.candidates.indices.map { centrality[$0] / (most > 0 ? most : 1) * evidence[$0] }
        return SummarySelector(length: length, order: order, redundancy: redundancy).select(
            from: input,
            scores: scores,
            stage: name,
            rule: "news"
        )
    }

    /// The sentences that hold part of a full quotation attributed to a named person.
    private func quotedSentences(of document: Document) -> Set<Int> {
        let quotes = document.quotes
        let sentences = document.sentences
        var result = Set<Int>()
        for attribution in document.attributions {
            guard let quoteIndex = attribution.quote, quoteIndex < quotes.count, let speaker = attribution.speaker,
                speaker.kind == .person || (speaker.kind == .pronoun && speaker.resolvedFrom != nil),
                (attribution.quoteKind ?? quotes[quoteIndex].kind) == .full
            else { continue }
            let span = quotes[quoteIndex].span
            guard var index = SummaryInput.sentence(containing: span.start, in: sentences) else { continue }
            while index < sentences.count && sentences[index].span.start < span.end {
                result.insert(index)
                index += 1
            }
        }
        return result
    }
}
