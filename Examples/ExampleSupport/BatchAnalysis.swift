public import Lede

/// Reads and analyses the inputs of a command on all cores, in input order, and reports
/// what went wrong with each input on standard error without stopping the others.
///
/// `BatchAnalysis` has no instances.
public enum BatchAnalysis: Sendable {
    /// Analyses every input and hands each result to `onDocument`, in input order.
    ///
    /// An input that cannot be read or analysed gets one `error:` line on standard error and
    /// is left out; one whose bytes were not valid UTF-8 gets a `warning:` line saying where,
    /// since its text was repaired with U+FFFD. Progress goes to standard error when asked
    /// for, or by default with more than 20 inputs when standard error is a terminal.
    ///
    /// - Parameters:
    ///   - inputs: The inputs.
    ///   - pipeline: The pipeline to run.
    ///   - jobs: How many documents are analysed at once; `nil` for all cores.
    ///   - progress: `--progress` (`true`), `--no-progress` (`false`) or neither (`nil`).
    ///   - transform: Turns an analysed document into what the command keeps; runs in parallel.
    ///     An error it throws fails the input, as an analysis error does.
    ///   - onDocument: Receives each result, in input order.
    ///   - onMessage: Receives each `error:` and `warning:` line, in input order; by default
    ///     they go to standard error.
    /// - Returns: How many inputs failed.
    public static func run<Value: Sendable>(
        _ inputs: [Input],
        with pipeline: AnalysisPipeline,
        jobs: Int?,
        progress: Bool? = nil,
        transform: @escaping @Sendable (Document) throws -> Value,
        onDocument: (Value) -> Void,
        onMessage: (String) -> Void = Output.error
    ) async -> Int {
        let line = ProgressLine(choice: progress, total: inputs.count, unit: "files", isLong: inputs.count > 20)
        var failures = 0
        var index = 0
        // A few dozen inputs at a time, analysed one stage at a time over each batch, which is
        // faster than one input at a time (see `AnalysisPipeline.process(_:)` on an array).
        let batches = stride(from: 0, to: inputs.count, by: AnalysisPipeline.batchSize).map {
            Array(inputs[$0..<min($0 + AnalysisPipeline.batchSize, inputs.count)])
        }
        await forEachInOrder(batches, maxConcurrency: jobs) { batch in
            analyse(batch, with: pipeline, transform: transform)
        } onResult: { _, outcomes in
            for outcome in outcomes {
                if !outcome.messages.isEmpty { line?.clear() }
                for message in outcome.messages { onMessage(message) }
                if let value = outcome.value {
                    onDocument(value)
                } else {
                    failures += 1
                }
                if index < inputs.count - 1 { line?.update(done: index + 1) } else { line?.clear() }
                index += 1
            }
        }
        return failures
    }

    /// Reads and analyses a batch of inputs, one stage at a time over the documents read;
    /// once their texts reach `AnalysisPipeline.batchBytes`, those are analysed before more
    /// are read, so that a batch of long files is never all in memory.
    private static func analyse<Value: Sendable>(
        _ batch: [Input],
        with pipeline: AnalysisPipeline,
        transform: (Document) throws -> Value
    ) -> [Outcome<Value>] {
        var outcomes = Array(repeating: Outcome<Value>(value: nil, messages: []), count: batch.count)
        var documents: [Document] = []
        var slots: [Int] = []
        var bytes = 0
        func analyseRead() {
            let errors = pipeline.process(&documents)
            for (document, (slot, error)) in zip(documents, zip(slots, errors)) {
                do {
                    if let error { throw error }
                    outcomes[slot] = Outcome(
                        value: try transform(document),
                        messages: document.inputIssues.map { "warning: \(batch[slot].id): \($0)" }
                    )
                } catch {
                    outcomes[slot] = Outcome(value: nil, messages: ["error: \(error)"])
                }
            }
            documents.removeAll()
            slots.removeAll()
            bytes = 0
        }
        for (slot, input) in batch.enumerated() {
            do {
                let document = Document(decoding: try input.read(), id: input.id)
                bytes += document.text.utf8.count
                documents.append(document)
                slots.append(slot)
            } catch {
                outcomes[slot] = Outcome(value: nil, messages: ["error: \(error)"])
            }
            if AnalysisPipeline.isFullBatch(documents: documents.count, bytes: bytes) { analyseRead() }
        }
        analyseRead()
        return outcomes
    }
}

/// What analysing one input gave: its value, or none if it failed, and lines for standard error.
private struct Outcome<Value: Sendable>: Sendable {
    var value: Value?
    var messages: [String]
}
