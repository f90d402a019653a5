extension AnalysisPipeline {
    /// Runs every stage on several documents, one stage at a time over all of them.
    ///
    /// Each document ends exactly as ``process(_:)`` would leave it, since a stage keeps
    /// nothing from one document to the next; only the order of the work differs. Running one
    /// stage over a few dozen documents before the next stage keeps that stage's code and
    /// tables in the processor's caches, where taking each document through every stage in
    /// turn makes the stages evict one another: on news articles the whole news pipeline runs
    /// about a fifth faster on one core this way. ``run(_:maxConcurrency:onResult:)`` uses it.
    ///
    /// A document whose stage fails is left as that stage left it, no later stage runs on it,
    /// and the others go on.
    ///
    /// - Parameters:
    ///   - documents: The documents to analyse, in place.
    ///   - willRun: Called with a document's position before each stage runs on it, for a
    ///     caller that watches which document a crash or a runaway stage is in.
    /// - Returns: For each document, in order, `nil` when every stage ran, or the error of the
    ///   stage that stopped it.
    /// - Complexity: The stages' work; the batch holds every document at once.
    public func process(_ documents: inout [Document], willRun: (Int) -> Void = { _ in }) -> [PipelineError?] {
        var errors: [PipelineError?] = Array(repeating: nil, count: documents.count)
        let outerStages = documents.map(\.currentStage)
        for (stage, contract) in zip(stages, contracts) {
            for index in documents.indices where errors[index] == nil {
                willRun(index)
                do throws(PipelineError) {
                    try run(stage, contract, on: &documents[index])
                } catch {
                    errors[index] = error
                }
            }
        }
        for index in documents.indices { documents[index].currentStage = outerStages[index] }
        return errors
    }
}

extension AnalysisPipeline {
    /// The most documents ``run(_:maxConcurrency:onResult:)`` puts in one batch.
    ///
    /// Enough for each stage's code and tables to stay in the processor's caches over the
    /// batch, few enough to keep results flowing. A caller that batches documents itself for
    /// ``process(_:willRun:)`` may use it too.
    public static let batchSize = 32
    /// The bytes of text at which ``run(_:maxConcurrency:onResult:)`` closes a batch early.
    ///
    /// The document that reaches it is the batch's last, so a batch of long documents holds
    /// few of them.
    public static let batchBytes = 1 << 18

    /// Whether a batch of `documents` documents whose texts hold `bytes` bytes is full: it
    /// has ``batchSize`` documents, or its texts have reached ``batchBytes``.
    ///
    /// `run(_:maxConcurrency:onResult:)` closes its batches by this test; a caller that
    /// batches documents or records itself for ``process(_:willRun:)`` may use it too.
    public static func isFullBatch(documents: Int, bytes: Int) -> Bool {
        documents >= batchSize || bytes >= batchBytes
    }
}

/// Documents read from a sequence in batches for ``AnalysisPipeline/process(_:willRun:)``:
/// a batch closes at ``AnalysisPipeline/batchSize`` documents or once its texts reach
/// ``AnalysisPipeline/batchBytes``.
///
/// `DocumentBatches` is `Sendable` when its sequence is.
struct DocumentBatches<Documents: Sequence>: Sequence where Documents.Element == Document {
    let documents: Documents

    /// Reads the batches.
    struct Iterator: IteratorProtocol {
        var documents: Documents.Iterator

        mutating func next() -> [Document]? {
            var batch: [Document] = []
            var bytes = 0
            while !AnalysisPipeline.isFullBatch(documents: batch.count, bytes: bytes),
                let document = documents.next()
            {
                bytes += document.text.utf8.count
                batch.append(document)
            }
            return batch.isEmpty ? nil : batch
        }
    }

    func makeIterator() -> Iterator { Iterator(documents: documents.makeIterator()) }
}

extension DocumentBatches: Sendable where Documents: Sendable {}
