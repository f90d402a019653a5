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
}
