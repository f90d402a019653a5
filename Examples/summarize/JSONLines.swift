import Foundation
import Lede
import LedeExampleSupport

/// The `--jsonl` mode: one record per line in, one analysis per line out, in order.
struct JSONLines: Sendable {
    let pipeline: AnalysisPipeline
    let summarizers: SummarizerFactory
    let defaultLength: JSONValue
    let jobs: Int?
    let options: AnalysisRecord.Options

    func run() async throws {
        let lines = StandardInputLines()
        let this = self
        await forEachInOrder(lines, maxConcurrency: jobs) { line in
            this.process(line.text, number: line.number)
        } onResult: { _, bytes in
            Output.write(bytes)
        }
    }

    /// Analyses one record; any problem becomes an error record for that line.
    func process(_ line: String, number: Int) -> [UInt8] {
        var id: String?
        do {
            guard let data = line.data(using: .utf8), !line.allSatisfy(\.isWhitespace) else {
                throw RecordError("the line is empty")
            }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            } catch {
                throw RecordError("the line is not valid JSON")
            }
            guard let record = object as? [String: Any] else { throw RecordError("the line is not a JSON object") }
            if let value = record["id"] {
                id = String(
                    decoding: try JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]),
                    as: UTF8.self
                )
            }
            guard let text = record["text"] as? String else {
                throw RecordError(record["text"] == nil ? "the record has no \"text\"" : "\"text\" is not a string")
            }
            var length = defaultLength
            if let requested = record["summary_sentences"] {
                guard let count = requested as? Int, count >= 0, !(requested is Bool) else {
                    throw RecordError("\"summary_sentences\" must be a whole number of sentences")
                }
                length = .number(Double(count))
            }
            var document = Document(
                text: text,
                id: id.flatMap {
                    try? JSONSerialization.jsonObject(with: Data($0.utf8), options: [.fragmentsAllowed]) as? String
                } ?? id ?? ""
            )
            try pipeline.process(&document)
            var summary: Summary?
            if length != .number(0) {
                summary = try summarizers.make(length: length).summarize([document])
            }
            var writer = JSONWriter()
            AnalysisRecord.write(document, id: id ?? "null", summary: summary, options: options, into: &writer)
            return writer.bytes + [0x0A]
        } catch {
            var writer = JSONWriter()
            writer.object { writer in
                writer.key("id")
                writer.raw(id ?? "null")
                writer.member("line", number)
                writer.member("error", "\(error)")
            }
            return writer.bytes + [0x0A]
        }
    }
}

/// A problem with one JSON Lines record.
struct RecordError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The lines of standard input, numbered from 1, read lazily.
struct StandardInputLines: Sequence, IteratorProtocol {
    private var number = 0

    mutating func next() -> (number: Int, text: String)? {
        guard let line = readLine(strippingNewline: true) else { return nil }
        number += 1
        return (number, line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }
}
