import Foundation
import Lede
import LedeJSON
import LedeStages
import Testing

/// Runs records through a processor whose summary is the first `n` body sentences, of the
/// first document and then of the next.
struct RecordRunner {
    let processor: JSONLinesProcessor
    /// The documents each call of the summary got, in order.
    let summarized = Summarized()

    /// The number of documents given to each summary, kept across the processor's calls.
    final class Summarized: @unchecked Sendable {
        private var counts: [Int] = []
        private let lock = NSLock()
        func append(_ count: Int) { lock.withLock { counts.append(count) } }
        var all: [Int] { lock.withLock { counts } }
    }

    init(summaryFails: Bool = false) throws {
        let pipeline = try AnalysisPipeline.news()
        let summarized = summarized
        processor = JSONLinesProcessor(pipeline: pipeline) { documents, sentences in
            struct Refused: Error, CustomStringConvertible { var description: String { "refused" } }
            summarized.append(documents.count)
            if summaryFails { throw Refused() }
            guard !documents.isEmpty else { return nil }
            return Self.lead(of: documents, sentences: sentences ?? 2)
        }
    }

    /// The first `count` body sentences of the documents, one after the other, as a summary.
    static func lead(of documents: [Document], sentences count: Int) -> Summary {
        let chosen = documents.enumerated().flatMap { index, document in
            document.sentences.enumerated().filter { document.isBodyText($0.element.span) }.map {
                (document: index, sentence: $0.offset, span: $0.element.span)
            }
        }.prefix(count)
        return Summary(
            sentences: chosen.enumerated().map { rank, item in
                let document = documents[item.document]
                return SummarySentence(
                    documentID: document.id,
                    documentIndex: item.document,
                    sentenceIndex: item.sentence,
                    span: item.span,
                    originalRange: document.originalRange(of: item.span),
                    text: String(document.originalText(of: item.span)),
                    score: 1 / Double(rank + 1),
                    rank: rank + 1,
                    provenance: Provenance(stage: "test.lead", rule: "position")
                )
            },
            method: "test.lead"
        )
    }

    /// The output line for an input line, checked to be one JSON object ending in a line feed.
    func run(_ line: String, number: Int = 1) throws -> [String: Any] {
        try run(Array(line.utf8), number: number)
    }

    func run(_ bytes: [UInt8], number: Int = 1) throws -> [String: Any] {
        let output = processor.process(bytes, number: number)
        #expect(output.last == 0x0A)
        #expect(output.dropLast().contains(0x0A) == false, "one record is one line")
        let object = try JSONSerialization.jsonObject(with: Data(output.dropLast()))
        let record = try #require(object as? [String: Any])
        #expect(record["schema_version"] as? Int == RecordSchema.version)
        return record
    }

    /// The output line as text, without its line feed.
    func text(_ line: String, number: Int = 1) -> String {
        String(decoding: processor.process(Array(line.utf8), number: number).dropLast(), as: UTF8.self)
    }
}
