import Lede
import LedeExampleSupport
import LedeJSON

/// The `--jsonl` mode: one record per line in, one analysis per line out, in order.
struct JSONLines: Sendable {
    let processor: JSONLinesProcessor
    let jobs: Int?

    func run() async throws {
        let lines = InputLines()
        let processor = processor
        await forEachInOrder(lines, maxConcurrency: jobs) { line in
            processor.process(line.bytes, number: line.number)
        } onResult: { _, bytes in
            Output.write(bytes)
        }
        if let code = lines.readError {
            throw InputError("Reading standard input failed (error \(code)); the output stops at the last line read.")
        }
    }
}
