public import Lede
internal import LedeStages

/// Runs a summarization method on benchmark articles and scores each summary with ROUGE.
///
/// Each article is analysed with ``analysisPipeline()`` (paragraphs, sentences, the first
/// paragraph marked as headline, tokens, quotations, attributions and numbers), summarized
/// with as many sentences as its reference has,
/// and scored against the reference with a ``RougeScorer``. Articles run in parallel; the
/// results keep the order of the input, so runs are deterministic.
///
/// ```swift
/// let examples = try await BBCCorpusReader(root: path).examples()
/// let evaluation = try await SummaryEvaluator().evaluate(examples, method: .lead)
/// print(evaluation.mean.rouge1.f1)
/// ```
///
/// `SummaryEvaluator` is `Sendable`.
public struct SummaryEvaluator: Sendable {
    /// The scorer.
    public var scorer: RougeScorer
    /// The pipeline that prepares each article, or `nil` for ``analysisPipeline()``.
    public var pipeline: AnalysisPipeline?

    /// Creates an evaluator.
    ///
    /// - Parameters:
    ///   - scorer: The scorer; defaults to ROUGE with stemming, as `rouge-score` with `use_stemmer=True`.
    ///   - pipeline: The pipeline that prepares each article; defaults to ``analysisPipeline()``.
    public init(scorer: RougeScorer = RougeScorer(), pipeline: AnalysisPipeline? = nil) {
        self.scorer = scorer
        self.pipeline = pipeline
    }

    /// The pipeline that prepares a news article: `ParagraphSegmenter`, `SentenceSegmenter`
    /// and ``LeadingHeadlineTagger``.
    ///
    /// - Returns: The pipeline.
    /// - Throws: ``Lede/PipelineError`` if the stages do not fit together (they do).
    public static func articlePipeline() throws -> AnalysisPipeline {
        try AnalysisPipeline(name: "lede.evaluation.article") {
            ParagraphSegmenter()
            SentenceSegmenter()
            LeadingHeadlineTagger()
        }
    }

    /// The pipeline that prepares a news article for the summarizers: ``articlePipeline()``,
    /// then `WordTokenizer`, `QuoteFinder`, the attribution stages (`NameFinder`, `CueFinder`,
    /// `AttributionFinder`, `SpeakerTagger`) and `NumberFinder`.
    ///
    /// It adds annotations and never changes the segmentation, so the sentences are those the
    /// references were split against.
    ///
    /// - Returns: The pipeline.
    /// - Throws: ``Lede/PipelineError`` if the stages do not fit together (they do).
    public static func analysisPipeline() throws -> AnalysisPipeline {
        try AnalysisPipeline(name: "lede.evaluation.analysis") {
            ParagraphSegmenter()
            SentenceSegmenter()
            LeadingHeadlineTagger()
            WordTokenizer()
            QuoteFinder()
            NameFinder()
            CueFinder()
            AttributionFinder()
            SpeakerTagger()
            NumberFinder()
        }
    }

    /// Summarizes and scores every example.
    ///
    /// - Parameters:
    ///   - examples: The articles with their references.
    ///   - method: How to summarize.
    ///   - maxConcurrency: How many articles run at once; defaults to the number of active cores.
    /// - Returns: Each example's summary and scores, in input order, and their means.
    /// - Throws: ``EvaluationError`` with code ``EvaluationError/Code/summarizationFailed``
    ///   naming the first article that could not be analysed or summarized, or if the
    ///   method's summarizer requires annotations the pipeline does not provide.
    public func evaluate(
        _ examples: [SummaryExample],
        method: SummarizationMethod,
        maxConcurrency: Int? = nil
    ) async throws -> SummaryEvaluation {
        let pipeline = try self.pipeline ?? SummaryEvaluator.analysisPipeline()
        let missing = method.makeSummarizer(1).requires.subtracting(pipeline.provides)
        guard missing.isEmpty else {
            let names = missing.map(\.name).sorted().joined(separator: ", ")
            throw EvaluationError(
                code: .summarizationFailed,
                message:
                    "The summarizer of method '\(method.name)' requires \(names), which the evaluation pipeline does not provide; pass a pipeline with the stages that do."
            )
        }
        let scorer = self.scorer
        let results = try await examples.concurrentMap(maxConcurrency: maxConcurrency) { example in
            var document = Document(text: example.text, id: example.id)
            let summary: Summary
            do {
                try pipeline.process(&document)
                summary = try method.makeSummarizer(example.sentenceCount).summarize([document])
            } catch {
                throw EvaluationError(
                    code: .summarizationFailed,
                    message: "Method '\(method.name)' failed on article '\(example.id)': \(error)",
                    underlying: error
                )
            }
            let candidate = summary.sentences.map(\.text)
            return SummaryResult(
                id: example.id,
                summary: candidate,
                scores: scorer.score(reference: example.reference, candidate: candidate)
            )
        }
        return SummaryEvaluation(method: method.name, results: results)
    }
}

/// The outcome of ``SummaryEvaluator/evaluate(_:method:maxConcurrency:)``.
///
/// `SummaryEvaluation` is `Sendable`.
public struct SummaryEvaluation: Hashable, Sendable {
    /// The method's name.
    public var method: String
    /// One result per article, in input order.
    public var results: [SummaryResult]

    /// Creates an evaluation.
    ///
    /// - Parameters:
    ///   - method: The method's name.
    ///   - results: The results.
    public init(method: String, results: [SummaryResult]) {
        self.method = method
        self.results = results
    }

    /// The mean scores over all articles (each article weighs the same).
    public var mean: RougeScores { RougeScores.mean(results.map(\.scores)) }
}

/// One article's summary and its scores.
///
/// `SummaryResult` is `Sendable`.
public struct SummaryResult: Hashable, Sendable {
    /// The article's ``SummaryExample/id``.
    public var id: String
    /// The chosen sentences, in the order the method gave them.
    public var summary: [String]
    /// The scores against the reference.
    public var scores: RougeScores

    /// Creates a result.
    ///
    /// - Parameters:
    ///   - id: The article's identifier.
    ///   - summary: The chosen sentences.
    ///   - scores: The scores.
    public init(id: String, summary: [String], scores: RougeScores) {
        self.id = id
        self.summary = summary
        self.scores = scores
    }
}
