import Lede
import LedeJSON
import LedeStages
import Testing

@Suite struct JSONLinesProcessorBatchTests {
    /// Fails any document whose text holds `stage-error`, after the news pipeline.
    struct Refuser: Tagger {
        struct Refusal: Error, CustomStringConvertible { var description: String { "refused" } }
        let name = "test.refuser"
        var provides: Set<AnnotationKeyID> { [] }
        func process(_ document: inout Document) throws {
            if document.text.contains("stage-error") { throw Refusal() }
        }
    }

    static func processor() throws -> JSONLinesProcessor {
        let pipeline = try AnalysisPipeline.news().inserting(Refuser(), at: .last)
        return JSONLinesProcessor(pipeline: pipeline) { documents, sentences in
            guard let first = documents.first, let sentence = first.sentences.first else { return nil }
            return Summary(
                sentences: [
                    SummarySentence(
                        documentID: first.id,
                        documentIndex: 0,
                        sentenceIndex: 0,
                        span: sentence.span,
                        originalRange: first.originalRange(of: sentence.span),
                        text: String(first.originalText(of: sentence.span)),
                        score: 1,
                        rank: 1,
                        provenance: Provenance(stage: "test.first", rule: "first")
                    )
                ],
                method: "test.first"
            )
        }
    }

    /// Lines of every kind: documents, events with a bad and a failing document, bad JSON,
    /// a failing stage, no summary, curly quotes, CRLF and non-ASCII text.
    static let lines: [String] = [
        #"{"id": 1, "text": "“We are ready,” Ada Moss said on Tuesday. Prices rose 3%."}"#,
        "not json",
        #"{"id": "e", "documents": [{"id": "a", "text": "Dana Kerr said the vote was close."}, {"id": "b", "text": 5}, {"id": "c", "text": "stage-error here."}]}"#,
        #"{"id": "f", "text": "This one meets a stage-error."}"#,
        #"{"id": "g", "text": "Line one.\r\nLine two, ‘quoted’ — Zoë said.", "summary_sentences": 0}"#,
        #"{"id": "h", "text": ""}"#,
        #"{"id": "i", "documents": []}"#,
        #"{"id": "j", "text": "Okafor said 40 people came, and Mr. Okafor added: “More will.”"}"#,
    ]

    @Test("a batch gives each line the answer it gets alone", arguments: [1, 3, lines.count])
    func sameAnswers(size: Int) throws {
        let processor = try Self.processor()
        let numbered = Self.lines.enumerated().map { (line: Array($1.utf8), number: $0 + 1) }
        var answers: [[UInt8]] = []
        var start = 0
        while start < numbered.count {
            answers += processor.process(Array(numbered[start..<min(numbered.count, start + size)]))
            start += size
        }
        #expect(answers.count == Self.lines.count)
        for (index, line) in numbered.enumerated() {
            #expect(answers[index] == processor.process(line.line, number: line.number))
        }
        let errors = answers.map { String(decoding: $0, as: UTF8.self) }
        #expect(errors[1].contains("not valid JSON"))
        #expect(errors[3].contains("the analysis failed"))
        #expect(errors[3].contains(#""id":"f""#))
    }

    @Test("work on each line is announced with its number, reading first and answering last")
    func announcements() throws {
        let processor = try Self.processor()
        let numbered = Self.lines.enumerated().map { (line: Array($1.utf8), number: $0 + 10) }
        var numbers: [Int] = []
        _ = processor.process(numbered) { numbers.append($0) }
        let count = numbered.count
        #expect(Array(numbers.prefix(count)) == Array(10..<10 + count))
        #expect(Array(numbers.suffix(count)) == Array(10..<10 + count))
        // Between them, each stage on each document names the document's line.
        #expect(numbers.count > 2 * count)
        #expect(Set(numbers.dropFirst(count).dropLast(count)) == [10, 12, 13, 14, 15, 17])
    }
}
