/// A step of an ``AnalysisPipeline`` that reads and adds annotations on a ``Document``.
///
/// Conform through one of the four role protocols — ``Normalizer``, ``Segmenter``,
/// ``Tagger`` or ``Summarizer`` — which say what kind of work a stage does and supply
/// fitting defaults.
///
/// ```swift
/// enum HashtagsKey: AnnotationKey { typealias Value = [Span] }
///
/// public struct HashtagTagger: Tagger {
///     public let name = "acme.hashtags"
///     public var requires: Set<AnnotationKeyID> { [.tokens] }
///     public var provides: Set<AnnotationKeyID> { [AnnotationKeyID(HashtagsKey.self)] }
///     public init() {}
///     public func process(_ document: inout Document) throws {
///         document[HashtagsKey.self] = document.tokens.filter { $0.kind == .hashtag }.map(\.span)
///     }
/// }
/// ```
///
/// ## Implementation requirements
/// - Be a `struct` and `Sendable`; hold configuration only, no per-document state. The
///   pipeline runs one stage value on many documents at once.
/// - List every key you cannot work without in ``requires``, every key you read only when a
///   document has it in ``readsIfPresent``, and every key you write in ``provides``; the
///   pipeline checks the order of stages from these when it is built, and `StageVerifier`
///   (in LedeTesting) checks that you keep to them.
/// - Only a ``Normalizer`` may replace `document.text`, through ``Document/replaceText(with:)``.
/// - Throw for failures that stop the document; report odd but usable input as annotations
///   instead. Never trap on input text.
/// - Give the stage a stable dotted ``name`` with your package's prefix (`acme.hashtags`);
///   `lede.` belongs to the built-in stages.
public protocol AnalysisStage: Sendable {
    /// A stable, unique identifier, such as `lede.sentences`. Defaults to the type name.
    var name: String { get }
    /// The annotations this stage reads, which earlier stages must provide. Defaults to none.
    var requires: Set<AnnotationKeyID> { get }
    /// The annotations this stage reads when a document has them, and does without otherwise.
    ///
    /// Declare here what refines the stage's work but is not needed for it, as quotations are
    /// for a summarizer that keeps a quotation with the sentence that attributes it. An
    /// ``AnalysisPipeline`` does not require these keys, but refuses to be built when a later
    /// stage provides one that no earlier stage does: the stage would never see it (code
    /// ``PipelineError/Code/readBeforeProvided``). Defaults to none.
    var readsIfPresent: Set<AnnotationKeyID> { get }
    /// The annotations this stage writes.
    var provides: Set<AnnotationKeyID> { get }
    /// Whether this stage rewrites ``Document/text``; `true` for normalizers, `false` otherwise.
    var rewritesText: Bool { get }

    /// Analyses one document in place.
    ///
    /// - Parameter document: The document to read and annotate.
    /// - Throws: Any error; the pipeline wraps it in a ``PipelineError`` that names this stage.
    func process(_ document: inout Document) throws
}

extension AnalysisStage {
    /// The type name.
    public var name: String { String(describing: Self.self) }
    /// No requirements.
    public var requires: Set<AnnotationKeyID> { [] }
    /// Nothing read beyond the requirements.
    public var readsIfPresent: Set<AnnotationKeyID> { [] }
    /// `false`: only normalizers rewrite the text.
    public var rewritesText: Bool { false }
}

/// A stage that rewrites the working text into a canonical form, keeping the map back to
/// the original input (Unicode normalization, line endings, whitespace, typography).
///
/// ## Implementation requirements
/// Record every change with a ``TextRewriter`` and apply it with
/// ``Document/replaceText(with:)``; never assign the text another way. Normalizers run before
/// every other kind of stage, and the pipeline enforces it.
public protocol Normalizer: AnalysisStage {}

extension Normalizer {
    /// `true`.
    public var rewritesText: Bool { true }
    /// Nothing: normalizers change the text, not the annotations.
    public var provides: Set<AnnotationKeyID> { [] }
}

/// A stage that divides text into units: paragraphs, layout regions, sentences, tokens.
public protocol Segmenter: AnalysisStage {}

/// A stage that finds things in the text and annotates them: quotes, speakers, numbers.
public protocol Tagger: AnalysisStage {}

/// A stage that chooses sentences for an extractive summary, of one document or of several
/// documents together.
///
/// Call ``summarize(_:)`` to summarize documents outside a pipeline. It checks that every
/// document has what the summarizer ``AnalysisStage/requires`` and throws a ``PipelineError``
/// naming the missing annotations and the stages that provide them, rather than quietly
/// summarizing with less; then it calls ``makeSummary(of:)``.
///
/// ```swift
/// let pipeline = try AnalysisPipeline.news()
/// let documents = try texts.map { try pipeline.run($0) }
/// let summary = try NewsSummarizer(length: .sentences(5)).summarize(documents)
/// ```
///
/// ## Implementation requirements
/// - Implement ``makeSummary(of:)``, not ``summarize(_:)``: every caller, and the default
///   ``AnalysisStage/process(_:)`` that stores the summary of a single document in
///   ``Document/summary``, goes through ``summarize(_:)``, which checks the documents first.
///   So ``makeSummary(of:)`` may rely on every document having each key of
///   ``AnalysisStage/requires``, and must not check them again. Do not declare a method named
///   `summarize(_:)` of your own: it would hide the checking one for callers that know your type.
/// - Never choose a sentence that ``Document/isBodyText(_:)`` rejects: headlines, subheadings
///   and boilerplate are not part of the story. That is why ``AnalysisStage/requires``
///   defaults to sentences *and* layout.
/// - List in ``AnalysisStage/requires`` what the summary cannot be right without (tokens,
///   numbers it weighs), and in ``AnalysisStage/readsIfPresent`` what only refines it when a
///   document has it (quotations kept with their attributions).
public protocol Summarizer: AnalysisStage {
    /// Chooses sentences from one or more documents that hold what the summarizer requires.
    ///
    /// Call ``summarize(_:)`` instead: it checks the documents and then calls this method.
    ///
    /// - Parameter documents: The documents to summarize together; one for a single summary.
    ///   Each holds every annotation of ``AnalysisStage/requires``.
    /// - Returns: The summary; each sentence names the document it came from.
    /// - Throws: Any error that stops the summary.
    func makeSummary(of documents: [Document]) throws -> Summary
}

extension Summarizer {
    /// Sentences, and the layout marks that tell body text from headings and boilerplate
    /// (``Document/isBodyText(_:)``).
    public var requires: Set<AnnotationKeyID> { [.sentences, .layout] }
    /// The summary.
    public var provides: Set<AnnotationKeyID> { [.summary] }

    /// Chooses sentences from one or more documents that have been analysed, after checking
    /// that each has what the summarizer requires.
    ///
    /// - Parameter documents: The documents to summarize together; one for a single summary.
    /// - Returns: The summary; each sentence names the document it came from.
    /// - Throws: ``PipelineError`` with code ``PipelineError/Code/missingRequirement`` if a
    ///   document lacks an annotation of ``AnalysisStage/requires``, naming the annotations, the
    ///   document and the stages that provide them; otherwise what ``makeSummary(of:)`` throws.
    /// - Complexity: O(*d* · *r*) for *d* documents and *r* required keys to check, plus the
    ///   summarizer's own work.
    public func summarize(_ documents: [Document]) throws -> Summary {
        for (index, document) in documents.enumerated() {
            let missing = requires.filter { !document.hasAnnotation($0) }
            guard let first = missing.min(by: { $0.name < $1.name }) else { continue }
            let which =
                !document.id.isEmpty
                ? "document '\(document.id)'"
                : documents.count == 1 ? "the document" : "document \(index + 1) of \(documents.count)"
            throw PipelineError.missingRequirement(
                stage: name,
                missing: missing,
                absence: "which \(which) lacks",
                remedy: "Run a stage that provides '\(first.name)' on the documents before summarizing them."
            )
        }
        return try makeSummary(of: documents)
    }

    /// Stores the summary of this one document in ``Document/summary``.
    ///
    /// - Parameter document: The document to summarize.
    /// - Throws: What ``summarize(_:)`` throws.
    public func process(_ document: inout Document) throws {
        document.summary = try summarize([document])
    }
}

/// What kind of work a stage does, from the role protocol it conforms to.
///
/// `StageKind` is `Sendable`.
public enum StageKind: String, Sendable, CustomStringConvertible {
    /// A ``Normalizer``.
    case normalizer
    /// A ``Segmenter``.
    case segmenter
    /// A ``Tagger``.
    case tagger
    /// A ``Summarizer``.
    case summarizer
    /// An ``AnalysisPipeline`` used as a stage.
    case pipeline
    /// A stage that conforms to ``AnalysisStage`` only.
    case other

    /// The kind of a stage.
    ///
    /// - Parameter stage: The stage.
    public init(of stage: any AnalysisStage) {
        switch stage {
        case is AnalysisPipeline: self = .pipeline
        case is any Normalizer: self = .normalizer
        case is any Segmenter: self = .segmenter
        case is any Tagger: self = .tagger
        case is any Summarizer: self = .summarizer
        default: self = .other
        }
    }

    /// The kind's name.
    public var description: String { rawValue }
}
