#if canImport(FoundationEssentials)
internal import FoundationEssentials
#else
internal import Foundation
#endif

/// An ordered list of stages that analyses documents, checked when it is built.
///
/// Build a pipeline with the result builder, from an array, or from a configuration file
/// through a ``StageRegistry``:
///
/// ```swift
/// let pipeline = try AnalysisPipeline {
///     UnicodeNormalizer()
///     ParagraphSegmenter()
///     SentenceSegmenter()
///     QuoteFinder()
/// }
/// let document = try pipeline.run("“We are united,” Cavo Dragone said.")
/// ```
///
/// Building checks that stage names are unique, that every stage's ``AnalysisStage/requires``
/// is provided by an earlier stage, that no stage's ``AnalysisStage/readsIfPresent`` is
/// provided only by a later stage, and that normalizers come first; a failure throws a
/// ``PipelineError`` that names the stages and says what to add or move. Running checks that
/// each stage wrote what it declared and, unless it is a normalizer, left the text alone.
///
/// A pipeline runs on one document (``process(_:)``, ``run(_:id:)``) or on many in parallel
/// across all cores (``run(_:maxConcurrency:)``, ``run(_:maxConcurrency:onResult:)``), keeping
/// input order and reporting each document's error without stopping the batch. A pipeline is
/// itself an ``AnalysisStage``, so it can be nested. There is no global registry or state.
///
/// `AnalysisPipeline` is `Sendable`.
public struct AnalysisPipeline: AnalysisStage {
    /// The pipeline's name, used when it is nested in another pipeline.
    public let name: String
    /// The stages, in the order they run.
    public let stages: [any AnalysisStage]
    /// Annotations the documents are expected to have before the first stage runs.
    public let assumptions: Set<AnnotationKeyID>
    /// What running each stage checks, read once here rather than for every document.
    let contracts: [StageContract]

    /// Builds and checks a pipeline from an array of stages.
    ///
    /// - Parameters:
    ///   - name: A name for the pipeline, used when it is nested; defaults to `pipeline`.
    ///   - assumptions: Annotations the input documents already have, for a pipeline that
    ///     continues the work of another; defaults to none.
    ///   - stages: The stages, in order.
    /// - Throws: ``PipelineError`` if names repeat, a requirement is unmet, a stage reads an
    ///   annotation if present that only a later stage provides, or a normalizer is misplaced.
    public init(
        name: String = "pipeline",
        assuming assumptions: Set<AnnotationKeyID> = [],
        stages: [any AnalysisStage]
    )
        throws(PipelineError)
    {
        self.name = name
        self.stages = stages
        self.assumptions = assumptions
        self.contracts = stages.map(StageContract.init)
        try validate()
    }

    /// Builds and checks a pipeline with a result builder.
    ///
    /// - Parameters:
    ///   - name: A name for the pipeline, used when it is nested; defaults to `pipeline`.
    ///   - assumptions: Annotations the input documents already have; defaults to none.
    ///   - content: The stages, in order.
    /// - Throws: ``PipelineError`` as ``init(name:assuming:stages:)`` does, or what `content` throws.
    public init(
        name: String = "pipeline",
        assuming assumptions: Set<AnnotationKeyID> = [],
        @AnalysisPipelineBuilder _ content: () throws -> [any AnalysisStage]
    ) throws {
        try self.init(name: name, assuming: assumptions, stages: content())
    }

    // MARK: AnalysisStage

    /// The assumptions: what the documents must have before the pipeline runs.
    public var requires: Set<AnnotationKeyID> { assumptions }

    /// What the stages read if present and no earlier stage of the pipeline provides: what the
    /// pipeline would read from the documents it is given.
    public var readsIfPresent: Set<AnnotationKeyID> {
        var available = assumptions
        var reads: Set<AnnotationKeyID> = []
        for stage in stages {
            reads.formUnion(stage.readsIfPresent.subtracting(available))
            available.formUnion(stage.provides)
        }
        return reads
    }

    /// Everything any stage provides.
    public var provides: Set<AnnotationKeyID> {
        stages.reduce(into: []) { $0.formUnion($1.provides) }
    }

    /// Whether any stage rewrites the text.
    public var rewritesText: Bool { stages.contains { $0.rewritesText } }

    /// Runs every stage on a document, in order.
    ///
    /// - Parameter document: The document to analyse.
    /// - Throws: ``PipelineError``, naming the stage that failed.
    public func process(_ document: inout Document) throws {
        let outerStage = document.currentStage
        defer { document.currentStage = outerStage }
        for (stage, contract) in zip(stages, contracts) {
            try run(stage, contract, on: &document)
        }
    }

    /// A stage's name and declarations, which the pipeline checks after the stage runs.
    struct StageContract: Sendable {
        var name: String
        var rewritesText: Bool
        var provides: [AnnotationKeyID]

        init(_ stage: any AnalysisStage) {
            name = stage.name
            rewritesText = stage.rewritesText
            provides = stage.provides.sorted { $0.name < $1.name }
        }
    }

    func run(
        _ stage: any AnalysisStage,
        _ contract: StageContract,
        on document: inout Document
    ) throws(PipelineError) {
        let revision = document.textRevision
        document.currentStage = contract.name
        do {
            try stage.process(&document)
        } catch let error as PipelineError {
            throw error.stage == nil
                ? PipelineError(
                    code: error.code,
                    stage: stage.name,
                    message: error.message,
                    underlying: error.underlying
                ) : error
        } catch {
            throw PipelineError(
                code: .stageFailed,
                stage: stage.name,
                message: "Stage '\(stage.name)' failed on document '\(document.id)': \(error)",
                underlying: error
            )
        }
        if !contract.rewritesText && document.textRevision != revision {
            throw PipelineError(
                code: .contractViolation,
                stage: stage.name,
                message:
                    "Stage '\(stage.name)' rewrote the document's text but is not a Normalizer; make it conform to Normalizer and run it before other stages."
            )
        }
        for key in contract.provides where !document.hasAnnotation(key) {
            throw PipelineError(
                code: .contractViolation,
                stage: stage.name,
                message:
                    "Stage '\(stage.name)' declares that it provides '\(key.name)' but did not write it; write it (an empty value is fine) or remove it from 'provides'."
            )
        }
    }

    // MARK: Running

    /// Analyses one text.
    ///
    /// - Parameters:
    ///   - text: The input.
    ///   - id: An identifier for the document.
    /// - Returns: The analysed document.
    /// - Throws: ``PipelineError``, naming the stage that failed.
    public func run(_ text: String, id: String = "") throws -> Document {
        var document = Document(text: text, id: id)
        try process(&document)
        return document
    }

    /// Analyses many documents in parallel and returns them in input order.
    ///
    /// A failing document does not stop the others: its slot holds the error.
    ///
    /// - Parameters:
    ///   - documents: The documents.
    ///   - maxConcurrency: How many batches of documents run at once (see
    ///     ``run(_:maxConcurrency:onResult:)``); defaults to the number of active cores.
    /// - Returns: One result per input document, in input order.
    public func run(_ documents: [Document], maxConcurrency: Int? = nil) async -> [Result<Document, PipelineError>] {
        var results: [Result<Document, PipelineError>] = []
        results.reserveCapacity(documents.count)
        await run(documents, maxConcurrency: maxConcurrency) { _, result in results.append(result) }
        return results
    }

    /// Analyses a stream of documents in parallel, handing each result to `onResult` in input
    /// order as soon as it and all before it are done.
    ///
    /// The documents are read in small batches (a few dozen, fewer when they are long), and
    /// each batch is analysed one stage at a time (``process(_:willRun:)``), which is
    /// faster than one document at a time and gives the same documents. At most
    /// `maxConcurrency` batches are analysed at once, and at most four times as many finished
    /// ones wait for an earlier one, so a long stream (such as JSON Lines on standard input)
    /// runs in bounded memory. The input sequence is read on the calling task.
    ///
    /// - Parameters:
    ///   - documents: The documents, read lazily.
    ///   - maxConcurrency: How many batches run at once; defaults to the number of active cores.
    ///   - onResult: Called with each document's position and result, in input order.
    /// - Throws: Only what `onResult` throws; that stops the run.
    public func run<Documents: Sequence>(
        _ documents: Documents,
        maxConcurrency: Int? = nil,
        onResult: (Int, Result<Document, PipelineError>) throws -> Void
    ) async rethrows where Documents.Element == Document {
        let pipeline = self
        var position = 0
        try await forEachInOrder(DocumentBatches(documents: documents), maxConcurrency: maxConcurrency) {
            batch -> [Result<Document, PipelineError>] in
            var batch = batch
            let errors = pipeline.process(&batch)
            return zip(batch, errors).map { document, error in
                if let error { return .failure(error) }
                return .success(document)
            }
        } onResult: { _, results in
            for result in results {
                try onResult(position, result)
                position += 1
            }
        }
    }

    // MARK: Editing

    /// Where to put a stage in a pipeline.
    ///
    /// `Position` is `Sendable`.
    public enum Position: Sendable, Hashable {
        /// Before every stage.
        case first
        /// After every stage.
        case last
        /// Just before the stage with this name.
        case before(String)
        /// Just after the stage with this name.
        case after(String)
    }

    /// A new pipeline with a stage added, checked again.
    ///
    /// - Parameters:
    ///   - stage: The stage to add.
    ///   - position: Where to add it.
    /// - Returns: The new pipeline.
    /// - Throws: ``PipelineError`` if the position names an unknown stage or the result is invalid.
    public func inserting(_ stage: any AnalysisStage, at position: Position) throws(PipelineError) -> AnalysisPipeline {
        var list = stages
        switch position {
        case .first: list.insert(stage, at: 0)
        case .last: list.append(stage)
        case .before(let other): list.insert(stage, at: try index(of: other, placing: stage.name))
        case .after(let other): list.insert(stage, at: try index(of: other, placing: stage.name) + 1)
        }
        return try AnalysisPipeline(name: name, assuming: assumptions, stages: list)
    }

    /// A new pipeline without the named stage, checked again.
    ///
    /// - Parameter stageName: The name of the stage to remove.
    /// - Returns: The new pipeline.
    /// - Throws: ``PipelineError`` if there is no such stage or a later stage needs what it provided.
    public func removing(_ stageName: String) throws(PipelineError) -> AnalysisPipeline {
        var list = stages
        list.remove(at: try index(of: stageName, placing: nil))
        return try AnalysisPipeline(name: name, assuming: assumptions, stages: list)
    }

    /// A new pipeline with the named stage replaced, checked again.
    ///
    /// - Parameters:
    ///   - stageName: The name of the stage to replace.
    ///   - stage: The stage to put in its place.
    /// - Returns: The new pipeline.
    /// - Throws: ``PipelineError`` if there is no such stage or the result is invalid.
    public func replacing(_ stageName: String, with stage: any AnalysisStage) throws(PipelineError) -> AnalysisPipeline
    {
        var list = stages
        list[try index(of: stageName, placing: stage.name)] = stage
        return try AnalysisPipeline(name: name, assuming: assumptions, stages: list)
    }

    /// The stage with a name, searching nested pipelines too.
    ///
    /// - Parameter stageName: The name.
    /// - Returns: The stage, or `nil`.
    public func stage(named stageName: String) -> (any AnalysisStage)? {
        for stage in stages {
            if stage.name == stageName { return stage }
            if let nested = stage as? AnalysisPipeline, let found = nested.stage(named: stageName) { return found }
        }
        return nil
    }

    private func index(of stageName: String, placing newName: String?) throws(PipelineError) -> Int {
        guard let index = stages.firstIndex(where: { $0.name == stageName }) else {
            let known = stages.map { "'\($0.name)'" }.joined(separator: ", ")
            throw PipelineError(
                code: .unknownPosition,
                stage: newName,
                message: "The pipeline has no stage named '\(stageName)'. Its stages are: \(known)."
            )
        }
        return index
    }

    // MARK: Checking

    /// A table of the stages: kind, name, what each requires, reads if present and provides.
    ///
    /// ```text
    /// #  kind        name             requires  if present  provides
    /// 1  normalizer  lede.unicode     -         -           -
    /// 2  segmenter   lede.paragraphs  -         -           paragraphs
    /// ```
    public var explanation: String {
        var rows: [[String]] = [["#", "kind", "name", "requires", "if present", "provides"]]
        for (offset, stage) in stages.enumerated() {
            func list(_ keys: Set<AnnotationKeyID>) -> String {
                keys.isEmpty ? "-" : keys.map(\.name).sorted().joined(separator: ", ")
            }
            rows.append([
                String(offset + 1), StageKind(of: stage).rawValue, stage.name, list(stage.requires),
                list(stage.readsIfPresent), list(stage.provides),
            ])
        }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for row in rows { for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) } }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    private func validate() throws(PipelineError) {
        var seen: Set<String> = []
        for name in flattenedNames() where !seen.insert(name).inserted {
            throw PipelineError(
                code: .duplicateStageName,
                stage: name,
                message:
                    "Two stages are named '\(name)'; stage names must be unique within a pipeline. Give one of them another name."
            )
        }
        var available = assumptions
        var firstAnnotator: String?
        for (position, stage) in stages.enumerated() {
            if stage.rewritesText, let earlier = firstAnnotator {
                throw PipelineError(
                    code: .misplacedNormalizer,
                    stage: stage.name,
                    message:
                        "Stage '\(stage.name)' rewrites the text, but comes after '\(earlier)', whose annotations would no longer match it. Move '\(stage.name)' before '\(earlier)'."
                )
            }
            let missing = stage.requires.subtracting(available)
            if let key = missing.min(by: { $0.name < $1.name }) {
                throw PipelineError.missingRequirement(
                    stage: stage.name,
                    missing: missing,
                    absence: Self.missingAbsence,
                    remedy: Self.missingRemedy(key, stage.name)
                )
            }
            let unseen = stage.readsIfPresent.subtracting(available).subtracting(stage.provides)
            for key in unseen.sorted(by: { $0.name < $1.name }) {
                guard let later = stages[(position + 1)...].first(where: { $0.provides.contains(key) }) else {
                    continue
                }
                throw PipelineError(
                    code: .readBeforeProvided,
                    stage: stage.name,
                    message:
                        "Stage '\(stage.name)' reads '\(key.name)' when a document has it, but '\(later.name)', which provides it, comes later, so '\(stage.name)' would never see it. Move '\(later.name)' before '\(stage.name)'."
                )
            }
            if !stage.provides.isEmpty && firstAnnotator == nil { firstAnnotator = stage.name }
            available.formUnion(stage.provides)
        }
    }

    /// How a missing requirement of a pipeline is explained, for ``StageRegistry`` to reword
    /// the same error with its own providers.
    static let missingAbsence = "which no earlier stage provides"

    /// What to do about a missing requirement of a pipeline.
    static func missingRemedy(_ key: AnnotationKeyID, _ stage: String) -> String {
        "Add a stage that provides '\(key.name)' before '\(stage)'."
    }

    private func flattenedNames() -> [String] {
        stages.flatMap { stage -> [String] in
            if let nested = stage as? AnalysisPipeline { return [nested.name] + nested.flattenedNames() }
            return [stage.name]
        }
    }
}

/// Builds the stage list of an ``AnalysisPipeline``: stages, arrays of stages, `if`, `switch`
/// and `for`.
@resultBuilder
public enum AnalysisPipelineBuilder: Sendable {
    /// A single stage.
    public static func buildExpression(_ stage: any AnalysisStage) -> [any AnalysisStage] { [stage] }
    /// Several stages.
    public static func buildExpression(_ stages: [any AnalysisStage]) -> [any AnalysisStage] { stages }
    /// An empty block.
    public static func buildBlock() -> [any AnalysisStage] { [] }
    /// The first part of a block.
    public static func buildPartialBlock(first: [any AnalysisStage]) -> [any AnalysisStage] { first }
    /// The next part of a block.
    public static func buildPartialBlock(
        accumulated: [any AnalysisStage],
        next: [any AnalysisStage]
    ) -> [any AnalysisStage] {
        accumulated + next
    }
    /// An `if` without `else`.
    public static func buildOptional(_ component: [any AnalysisStage]?) -> [any AnalysisStage] { component ?? [] }
    /// The `if` branch.
    public static func buildEither(first component: [any AnalysisStage]) -> [any AnalysisStage] { component }
    /// The `else` branch.
    public static func buildEither(second component: [any AnalysisStage]) -> [any AnalysisStage] { component }
    /// A `for` loop.
    public static func buildArray(_ components: [[any AnalysisStage]]) -> [any AnalysisStage] {
        components.flatMap { $0 }
    }
    /// An availability check.
    public static func buildLimitedAvailability(_ component: [any AnalysisStage]) -> [any AnalysisStage] { component }
}
