/// An error from building or running an ``AnalysisPipeline``, or from reading its configuration.
///
/// Every error that happens while a stage runs names that stage in ``stage``. Messages are
/// full sentences that say what to do. `PipelineError` is `Sendable`.
public struct PipelineError: Error, Sendable, CustomStringConvertible {
    /// The kind of error; new kinds may be added without a major version.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate enum Base: String, Hashable, Sendable {
            case missingRequirement
            case readBeforeProvided
            case duplicateStageName
            case misplacedNormalizer
            case unknownPosition
            case stageFailed
            case contractViolation
            case unknownStage
            case stageNameMismatch
            case invalidOption
            case invalidConfiguration
            case invalidInput
        }

        fileprivate let base: Base

        /// A stage requires an annotation that no earlier stage provides, or a document given
        /// to ``Summarizer/summarize(_:)`` lacks one the summarizer requires.
        public static let missingRequirement = Code(base: .missingRequirement)
        /// A stage reads an annotation if present (``AnalysisStage/readsIfPresent``) that only a
        /// later stage provides, so it would never see it.
        public static let readBeforeProvided = Code(base: .readBeforeProvided)
        /// Two stages have the same name.
        public static let duplicateStageName = Code(base: .duplicateStageName)
        /// A normalizer comes after a stage that made spans, which its rewrite would invalidate.
        public static let misplacedNormalizer = Code(base: .misplacedNormalizer)
        /// A placement names a stage the pipeline does not have.
        public static let unknownPosition = Code(base: .unknownPosition)
        /// A stage threw while processing a document; ``PipelineError/underlying`` has its error.
        public static let stageFailed = Code(base: .stageFailed)
        /// A stage broke its declared contract (did not write what it provides, or rewrote the
        /// text without being a normalizer).
        public static let contractViolation = Code(base: .contractViolation)
        /// A configuration names a stage the registry does not know.
        public static let unknownStage = Code(base: .unknownStage)
        /// A ``StageRegistry`` entry makes a stage whose ``AnalysisStage/name`` is not the name it
        /// is registered under.
        public static let stageNameMismatch = Code(base: .stageNameMismatch)
        /// A configuration gives a stage an option it does not have, or a bad value.
        public static let invalidOption = Code(base: .invalidOption)
        /// A configuration cannot be read.
        public static let invalidConfiguration = Code(base: .invalidConfiguration)
        /// A document cannot be analysed as given.
        ///
        /// For stages of your own that refuse some input (a language they do not handle, a
        /// size they cannot take). No built-in stage throws it; they return a correct partial
        /// result instead.
        public static let invalidInput = Code(base: .invalidInput)

        /// The code's name, such as `missingRequirement`.
        public var description: String { base.rawValue }
    }

    /// The kind of error.
    public var code: Code
    /// The name of the stage the error concerns, if any.
    public var stage: String?
    /// A full sentence saying what went wrong and what to do.
    public var message: String
    /// The error a stage threw, for ``Code/stageFailed``.
    public var underlying: (any Error)?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: The kind of error.
    ///   - stage: The stage it concerns.
    ///   - message: What went wrong and what to do.
    ///   - underlying: The error that caused it.
    public init(code: Code, stage: String? = nil, message: String, underlying: (any Error)? = nil) {
        self.code = code
        self.stage = stage
        self.message = message
        self.underlying = underlying
    }

    /// The message, prefixed by the stage name when there is one.
    public var description: String {
        guard let stage, !message.contains("'\(stage)'") else { return message }
        return "[\(stage)] \(message)"
    }
}

extension PipelineError {
    /// The error for a stage whose required annotations are missing, worded the same wherever
    /// requirements are checked: when a pipeline is built, when a registry builds one, and when
    /// a summarizer is given documents.
    ///
    /// - Parameters:
    ///   - stage: The stage's name.
    ///   - missing: The keys that are missing.
    ///   - absence: What lacks them, completing "which ...": `which no earlier stage provides`.
    ///   - remedy: A sentence that says what to do.
    ///   - providers: The stages that provide each key; defaults to the built-in stages.
    ///   - origin: Which stages `providers` lists, such as `built-in` or `registered`.
    /// - Returns: The error, with code ``Code/missingRequirement``.
    static func missingRequirement(
        stage: String,
        missing: Set<AnnotationKeyID>,
        absence: String,
        remedy: String,
        providers: [AnnotationKeyID: [String]] = AnnotationKeyID.builtInProviders,
        origin: String = "built-in"
    ) -> PipelineError {
        let keys = missing.sorted { $0.name < $1.name }
        let names = keys.map { "'\($0.name)'" }.joined(separator: ", ")
        var message = "Stage '\(stage)' requires \(names), \(absence). \(remedy)"
        let known = keys.compactMap { key -> String? in
            guard let stages = providers[key], !stages.isEmpty else { return nil }
            let verb = stages.count == 1 ? "provides" : "provide"
            return "\(stages.map { "'\($0)'" }.joined(separator: " or ")) \(verb) '\(key.name)'"
        }
        if !known.isEmpty { message += " Of the \(origin) stages, \(known.joined(separator: "; "))." }
        if let migration = AnnotationKeyID.builtInMigrationNotes[stage], !migration.keys.isDisjoint(with: missing) {
            message += " " + migration.note
        }
        return PipelineError(code: .missingRequirement, stage: stage, message: message)
    }
}
