public import Lede

/// Lede's summarizer for news: central sentences, weighed with what the pipeline knows about
/// the article, chosen without repeating themselves.
///
/// Each body sentence gets a score in three steps.
///
/// 1. **Centrality.** Sentences are joined by the cosine of their content-word counts and
///    ranked with PageRank (as ``LexRankSummarizer`` does, without IDF), then scaled so the
///    most central sentence has 1. The graph is sparse: a word in more than 64 sentences
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
/// sentences, and all of them count toward the length (see ``SummaryLength``).
///
/// **Several documents.** The reports of one event are summarized together by passing them
/// all to `summarize(_:)`; each summary sentence names its document. When more than one of
/// them has body text, the centrality of step 1 weighs the sources (``Sources``):
///
/// - the graph joins the sentences of all the reports, and an edge between two sentences of
///   the same report counts only ``Sources/sameDocumentWeight`` (0.3) of one between reports,
///   so a sentence that several sources support ranks above one its own report repeats;
/// - each report's headline joins the graph as a voter when ``Sources/headlinesVote``: it
///   raises the sentences that share its words, and is never chosen;
/// - PageRank's random jump lands on a sentence in proportion to
///   1 + ``Sources/leadBias`` / (1 + its position in its report), as each report's lede
///   carries its story;
/// - maximal marginal relevance takes ``Sources/balance`` (0.3) off a sentence's value for
///   each sentence already chosen from its report, so the summary draws on several sources.
///
/// A sentence whose words are nearly those of a chosen one (cosine of word counts at least
/// 0.8), as when two reports carry the same wire sentence, is chosen once. With the default
/// ``SummaryOrder/document`` the summary reads by report, in the order the reports were
/// given, then by position within each; the reports' dates are not known to the summarizer,
/// so give them in time order to read the summary in time order.
///
/// The default weights were measured on the BBC News Summary corpus, and the weighing of
/// sources on news events reported by several outlets; see the package's benchmark notes.
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
///   ``defaultRedundancy``); `damping` (default 0.85); `sameDocumentWeight`,
///   `headlinesVote`, `leadBias` and `balance`, the weighing of several documents (defaults in
///   ``Sources/standard``).
/// - **Complexity:** O(*w* · 64) in the number of words to build the graph, O(*n* · 64) per
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

    /// How the documents weigh against one another when several are summarized together,
    /// as the reports of one event from several sources.
    ///
    /// `Sources` is `Sendable`.
    public struct Sources: Sendable, Hashable {
        /// What an edge between two sentences of the same document is multiplied by, from 0
        /// to 1: below 1, a sentence that other sources support ranks above one that its own
        /// document repeats.
        public var sameDocumentWeight: Double
        /// Whether each document's headline takes part in the graph: it votes for the
        /// sentences that share its words, and is never chosen.
        public var headlinesVote: Bool
        /// How much more often PageRank's random jump lands on a document's first sentences:
        /// a sentence is landed on in proportion to 1 + `leadBias` / (1 + its position among
        /// its document's body sentences).
        public var leadBias: Double
        /// What each sentence already chosen from a document takes off the value of another
        /// sentence of that document (on the scale of maximal marginal relevance's value,
        /// where the best sentence is worth λ), so that the summary draws on several sources.
        public var balance: Double

        /// Creates the weighing of sources.
        ///
        /// - Parameters:
        ///   - sameDocumentWeight: What an edge within one document is multiplied by.
        ///   - headlinesVote: Whether the headlines vote.
        ///   - leadBias: How strongly the random jump favours each document's first sentences.
        ///   - balance: The penalty for each sentence already chosen from the same document.
        public init(sameDocumentWeight: Double, headlinesVote: Bool, leadBias: Double, balance: Double) {
            self.sameDocumentWeight = sameDocumentWeight
            self.headlinesVote = headlinesVote
            self.leadBias = leadBias
            self.balance = balance
        }

        /// The default: edges within a document count 0.3, headlines vote, the lead bias is
        /// 1 and the balance 0.3.
        public static let standard = Sources(sameDocumentWeight: 0.3, headlinesVote: true, leadBias: 1, balance: 0.3)
        /// The documents pooled as if they were one: every edge counts alike, no headline
        /// votes, the jump lands anywhere, and sources are not balanced.
        public static let pooled = Sources(sameDocumentWeight: 1, headlinesVote: false, leadBias: 0, balance: 0)
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
    /// How the documents weigh against one another when several are summarized together.
    public var sources: Sources

    /// Creates the summarizer.
    ///
    /// - Parameters:
    ///   - length: How long the summary is; defaults to three sentences.
    ///   - order: The order of the chosen sentences; defaults to document order.
    ///   - weights: How much news evidence counts; defaults to ``Weights/standard``.
    ///   - redundancy: λ of maximal marginal relevance; defaults to ``defaultRedundancy``.
    ///   - damping: PageRank's damping factor, from 0 to 1; defaults to 0.85.
    ///   - sources: How several documents weigh against one another; defaults to
    ///     ``Sources/standard``.
    public init(
        length: SummaryLength = .sentences(3),
        order: SummaryOrder = .document,
        weights: Weights = .standard,
        redundancy: Double = NewsSummarizer.defaultRedundancy,
        damping: Double = 0.85,
        sources: Sources = .standard
    ) {
        self.length = length
        self.order = order
        self.weights = weights
        self.redundancy = redundancy
        self.damping = damping
        self.sources = sources
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
        let severalSources = input.bodyCounts.lazy.filter { $0 > 0 }.count > 1
        let centrality = severalSources ? sourceCentrality(input) : singleCentrality(input)
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
        var selector = SummarySelector(length: length, order: order, redundancy: redundancy)
        if severalSources { selector.balance = sources.balance }
        return selector.select(
            from: input,
            scores: scores,
            stage: name,
            rule: "news"
        )
    }

    /// The PageRank of each candidate in the graph of the cosines of their content words.
    private func singleCentrality(_ input: SummaryInput) -> [Double] {
        SimilarityGraph(bags: input.bags, termCount: input.termCount, measure: .cosine(termWeights: nil))
            .pageRank(damping: damping)
    }

    /// The PageRank of each candidate of several documents, weighed by ``sources``: edges
    /// within a document scaled, the headlines voting, the jump favouring each document's
    /// lead.
    private func sourceCentrality(_ input: SummaryInput) -> [Double] {
        var bags = input.bags
        var groups = input.candidates.map(\.document)
        var jump = input.candidates.map { 1 + sources.leadBias / Double(1 + $0.position) }
        if sources.headlinesVote {
            for (document, headline) in input.headlines.enumerated() where !headline.isEmpty {
                bags.append(headline)
                groups.append(document)
                jump.append(1)
            }
        }
        let graph = SimilarityGraph(
            bags: bags,
            termCount: input.termCount,
            measure: .cosine(termWeights: nil),
            groups: groups,
            sameGroupWeight: sources.sameDocumentWeight
        )
        return Array(graph.pageRank(damping: damping, jump: jump).prefix(input.candidates.count))
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
