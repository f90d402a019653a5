/// Makes stages by name, so an application can build a pipeline from a configuration file.
///
/// A registry is a plain value: start from the built-in one (`StageRegistry.builtIn` in
/// LedeStages) or an empty one, and register your own stages under your package's prefix.
/// There is no global registry.
///
/// ```swift
/// var registry = StageRegistry.builtIn
/// try registry.register("acme.hashtags", summary: "Finds hashtags.") { options in
///     HashtagTagger(minimumLength: try options.int("minimumLength", default: 2))
/// }
/// let pipeline = try registry.makePipeline(PipelineConfiguration(json: text))
/// ```
///
/// `StageRegistry` is `Sendable`.
public struct StageRegistry: Sendable {
    /// Makes a stage from its options; read every option through `options`, so the registry
    /// can reject unknown ones.
    public typealias Factory = @Sendable (inout StageOptions) throws -> any AnalysisStage

    /// A registered stage.
    ///
    /// `Entry` is `Sendable`.
    public struct Entry: Sendable {
        /// The name the stage is registered under.
        public let name: String
        /// A one-line description.
        public let summary: String
        /// The factory.
        public let factory: Factory
    }

    private var entries: [String: Entry] = [:]
    private var order: [String] = []

    /// An empty registry.
    public init() {}

    /// The registered stages, in registration order.
    public var registered: [Entry] { order.compactMap { entries[$0] } }

    /// Registers a stage under a name.
    ///
    /// The name must be the stage's ``AnalysisStage/name``, so that a pipeline built from a
    /// configuration names its stages as the configuration does. Registering makes the stage
    /// once with no options to check it, when the factory can; ``makeStage(_:)`` checks every
    /// stage it makes.
    ///
    /// - Parameters:
    ///   - name: The name configurations use: the stage's ``AnalysisStage/name``.
    ///   - summary: A one-line description for listings.
    ///   - factory: Makes the stage from its options.
    /// - Throws: ``PipelineError`` with code ``PipelineError/Code/duplicateStageName`` if the name
    ///   is taken (use ``replace(_:summary:factory:)`` to override a stage on purpose), or
    ///   ``PipelineError/Code/stageNameMismatch`` if the factory makes a stage with another name.
    public mutating func register(
        _ name: String,
        summary: String = "",
        factory: @escaping Factory
    ) throws(PipelineError) {
        guard entries[name] == nil else {
            throw PipelineError(
                code: .duplicateStageName,
                stage: name,
                message:
                    "A stage named '\(name)' is already registered; choose another name (with your package's prefix) or call replace(_:summary:factory:)."
            )
        }
        var options = StageOptions(stage: name)
        if let stage = try? factory(&options) { try Self.checkName(of: stage, registeredAs: name) }
        order.append(name)
        entries[name] = Entry(name: name, summary: summary, factory: factory)
    }

    /// Throws unless a stage's name is the one it is registered under.
    private static func checkName(of stage: any AnalysisStage, registeredAs name: String) throws(PipelineError) {
        guard stage.name != name else { return }
        throw PipelineError(
            code: .stageNameMismatch,
            stage: name,
            message:
                "The stage registered as '\(name)' is named '\(stage.name)'; register it under '\(stage.name)', or give the stage the name '\(name)', so that configurations and pipelines call it the same."
        )
    }

    /// Registers a stage under a name, replacing any stage registered under it.
    ///
    /// The name must be the stage's ``AnalysisStage/name``; ``makeStage(_:)`` checks it.
    ///
    /// - Parameters:
    ///   - name: The name configurations use: the stage's ``AnalysisStage/name``.
    ///   - summary: A one-line description for listings.
    ///   - factory: Makes the stage from its options.
    public mutating func replace(_ name: String, summary: String = "", factory: @escaping Factory) {
        if entries[name] == nil { order.append(name) }
        entries[name] = Entry(name: name, summary: summary, factory: factory)
    }

    /// Makes one stage.
    ///
    /// - Parameter configuration: The stage's name and options.
    /// - Returns: The stage.
    /// - Throws: ``PipelineError``: ``PipelineError/Code/unknownStage`` for an unregistered name,
    ///   ``PipelineError/Code/invalidOption`` for an unknown or ill-typed option,
    ///   ``PipelineError/Code/stageNameMismatch`` if the factory made a stage with another name.
    public func makeStage(_ configuration: PipelineConfiguration.Stage) throws(PipelineError) -> any AnalysisStage {
        guard let entry = entries[configuration.name] else {
            let known = order.joined(separator: ", ")
            throw PipelineError(
                code: .unknownStage,
                stage: configuration.name,
                message:
                    "No stage is registered as '\(configuration.name)'. Registered stages: \(known.isEmpty ? "none" : known). Register it with StageRegistry.register(_:summary:factory:)."
            )
        }
        var options = StageOptions(stage: entry.name, values: configuration.options)
        let stage: any AnalysisStage
        do {
            stage = try entry.factory(&options)
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError(
                code: .invalidOption,
                stage: entry.name,
                message: "Stage '\(entry.name)' could not be made from its options: \(error)",
                underlying: error
            )
        }
        if let unknown = options.unknown.first {
            let known =
                options.known.isEmpty
                ? "it takes no options" : "its options are " + options.known.joined(separator: ", ")
            throw PipelineError(
                code: .invalidOption,
                stage: entry.name,
                message: "Stage '\(entry.name)' has no option '\(unknown)'; \(known)."
            )
        }
        try Self.checkName(of: stage, registeredAs: entry.name)
        return stage
    }

    /// Makes and checks a pipeline from a configuration.
    ///
    /// - Parameters:
    ///   - configuration: The stages and their options.
    ///   - name: A name for the pipeline; defaults to `pipeline`.
    /// - Returns: The pipeline.
    /// - Throws: ``PipelineError`` for an unknown stage, a bad option or an invalid order; a
    ///   missing requirement names the registered stages that could provide it.
    public func makePipeline(
        _ configuration: PipelineConfiguration,
        name: String = "pipeline"
    ) throws(PipelineError)
        -> AnalysisPipeline
    {
        try makePipeline(configuration, name: name) { _, error in error }
    }

    /// Makes a pipeline from JSON text; see ``PipelineConfiguration``.
    ///
    /// An error about one stage (an unknown name, a bad option, a stage out of order) also
    /// says at which line and column of the text the stage is.
    ///
    /// - Parameter json: The configuration.
    /// - Returns: The pipeline.
    /// - Throws: ``PipelineError`` as ``makePipeline(_:name:)`` and ``PipelineConfiguration/init(json:)`` do.
    public func makePipeline(json: String) throws(PipelineError) -> AnalysisPipeline {
        let (configuration, offsets) = try PipelineConfiguration.read(json: json)
        return try makePipeline(configuration, name: "pipeline") { index, error in
            var located = error
            located.message +=
                " The stage is at \(TextLocation(offset: offsets[index], in: json)) of the configuration."
            return located
        }
    }

    /// Makes a pipeline, passing each error about one stage of the configuration through
    /// `locate` with the stage's index.
    private func makePipeline(
        _ configuration: PipelineConfiguration,
        name: String,
        locate: (Int, PipelineError) -> PipelineError
    ) throws(PipelineError) -> AnalysisPipeline {
        var stages: [any AnalysisStage] = []
        for (index, entry) in configuration.stages.enumerated() {
            do {
                stages.append(try makeStage(entry))
            } catch {
                throw locate(index, error)
            }
        }
        do {
            return try AnalysisPipeline(name: name, stages: stages)
        } catch {
            let reworded = error.code == .missingRequirement ? withProviders(error, stages: stages) : error
            guard let index = stages.firstIndex(where: { $0.name == error.stage }) else { throw reworded }
            throw locate(index, reworded)
        }
    }

    /// Rewords a missing-requirement error to name, for each key that is missing, the
    /// registered stages that provide it.
    private func withProviders(_ error: PipelineError, stages: [any AnalysisStage]) -> PipelineError {
        guard let name = error.stage, let position = stages.firstIndex(where: { $0.name == name }) else { return error }
        var available: Set<AnnotationKeyID> = []
        for stage in stages[..<position] { available.formUnion(stage.provides) }
        let missing = stages[position].requires.subtracting(available)
        guard let first = missing.min(by: { $0.name < $1.name }) else { return error }
        var providers: [AnnotationKeyID: [String]] = [:]
        for entry in registered {
            var options = StageOptions(stage: entry.name)
            guard let candidate = try? entry.factory(&options) else { continue }
            for key in missing where candidate.provides.contains(key) { providers[key, default: []].append(entry.name) }
        }
        return PipelineError.missingRequirement(
            stage: name,
            missing: missing,
            absence: AnalysisPipeline.missingAbsence,
            remedy: AnalysisPipeline.missingRemedy(first, name),
            providers: providers,
            origin: "registered"
        )
    }
}
