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
/// ## Implementation requirements
/// Implement ``summarize(_:)``; the default ``AnalysisStage/process(_:)`` stores the summary of
/// the single document in ``Document/summary``. Never choose a sentence that
/// ``Document/isBodyText(_:)`` rejects: headlines, subheadings and boilerplate are not part of
/// the story. That is why ``AnalysisStage/requires`` defaults to sentences *and* layout; a summarizer that
/// reads more (tokens, quotations) lists those keys too.
public protocol Summarizer: AnalysisStage {
    /// Chooses sentences from one or more documents that have been segmented.
    ///
    /// - Parameter documents: The documents to summarize together; one for a single summary.
    /// - Returns: The summary; each sentence names the document it came from.
    /// - Throws: If the documents lack what the summarizer requires.
    func summarize(_ documents: [Document]) throws -> Summary
}

extension Summarizer {
    /// Sentences, and the layout marks that tell body text from headings and boilerplate
    /// (``Document/isBodyText(_:)``).
    public var requires: Set<AnnotationKeyID> { [.sentences, .layout] }
    /// The summary.
    public var provides: Set<AnnotationKeyID> { [.summary] }

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
