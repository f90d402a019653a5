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
    /// since its text was repaired with U+FFFD. With more than 20 inputs, progress goes to
    /// standard error when it is a terminal.
    ///
    /// - Parameters:
    ///   - inputs: The inputs.
    ///   - pipeline: The pipeline to run.
    ///   - jobs: How many documents are analysed at once; `nil` for all cores.
    ///   - transform: Turns an analysed document into what the command keeps; runs in parallel.
    ///     An error it throws fails the input, as an analysis error does.
    ///   - onDocument: Receives each result, in input order.
    /// - Returns: How many inputs failed.
    public static func run<Value: Sendable>(
        _ inputs: [Input],
        with pipeline: AnalysisPipeline,
        jobs: Int?,
        transform: @escaping @Sendable (Document) throws -> Value,
        onDocument: (Value) -> Void
    ) async -> Int {
        let showsProgress = Output.errorIsTerminal && inputs.count > 20
        var failures = 0
        await forEachInOrder(inputs, maxConcurrency: jobs) { input -> Outcome<Value> in
            do {
                var document = Document(decoding: try input.read(), id: input.id)
                try pipeline.process(&document)
                return Outcome(
                    value: try transform(document),
                    messages: document.inputIssues.map { "warning: \(input.id): \($0)" }
                )
            } catch {
                return Outcome(value: nil, messages: ["error: \(error)"])
            }
        } onResult: { index, outcome in
            if showsProgress { Output.progress("") }
            for message in outcome.messages { Output.error(message) }
            if let value = outcome.value {
                onDocument(value)
            } else {
                failures += 1
            }
            if showsProgress && index < inputs.count - 1 {
                Output.progress("analysed \(index + 1) of \(inputs.count)")
            }
        }
        return failures
    }
}

/// What analysing one input gave: its value, or none if it failed, and lines for standard error.
private struct Outcome<Value: Sendable>: Sendable {
    var value: Value?
    var messages: [String]
}
