import Foundation
import Lede
import LedeJSON
import LedeStages
import Testing

/// Runs records through a processor whose summary is the first `n` body sentences.
struct RecordRunner {
    let processor: JSONLinesProcessor

    init(summaryFails: Bool = false) throws {
        let pipeline = try AnalysisPipeline.news()
        processor = JSONLinesProcessor(pipeline: pipeline) { documents, sentences in
            struct Refused: Error, CustomStringConvertible { var description: String { "refused" } }
            if summaryFails { throw Refused() }
            guard let document = documents.first else { return nil }
            return Self.lead(of: document, sentences: sentences ?? 2)
        }
    }

    /// The first `count` body sentences of a document, as a summary.
    static func lead(of document: Document, sentences count: Int) -> Summary {
        let chosen = document.sentences.enumerated().filter { document.isBodyText($0.element.span) }.prefix(count)
        return Summary(
            sentences: chosen.enumerated().map { rank, item in
                SummarySentence(
                    documentID: document.id,
                    documentIndex: 0,
                    sentenceIndex: item.offset,
                    span: item.element.span,
                    originalRange: document.originalRange(of: item.element.span),
                    text: String(document.originalText(of: item.element.span)),
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
