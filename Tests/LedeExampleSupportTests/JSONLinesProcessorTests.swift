import Foundation
import Lede
import LedeExampleSupport
import LedeStages
import Testing

/// Runs records through a processor whose summary is the first `n` body sentences.
struct RecordRunner {
    let processor: JSONLinesProcessor

    init(summaryFails: Bool = false) throws {
        let pipeline = try AnalysisPipeline.news()
        processor = JSONLinesProcessor(pipeline: pipeline) { document, sentences in
            struct Refused: Error, CustomStringConvertible { var description: String { "refused" } }
            if summaryFails { throw Refused() }
            let chosen = document.sentences.enumerated().filter { document.isBodyText($0.element.span) }
                .prefix(sentences ?? 2)
            return Summary(
                sentences: chosen.enumerated().map { rank, item in
                    SummarySentence(
                        documentID: document.id,
                        documentIndex: 0,
                        sentenceIndex: item.offset,
                        span: item.element.span,
                        originalRange: document.originalRange(of: item.element.span),
                        text: String(document.originalText(of: item.element.span)),
                        score: 1,
                        rank: rank + 1,
                        provenance: Provenance(stage: "test.lead", rule: "position")
                    )
                },
                method: "test.lead"
            )
        }
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
        return try #require(object as? [String: Any])
    }
}

@Suite struct JSONLinesProcessorTests {
    @Test(
        "a bad record gives one error line naming the problem, with its id when it has one",
        arguments: [
            ("", "the line is empty", "null"),
            ("   ", "the line is empty", "null"),
            ("not json", "not valid JSON", "null"),
            ("[1, 2]", "not a JSON object", "null"),
            (#"{"id": "a"}"#, #"no "text""#, #""a""#),
            (#"{"id": 7, "text": 5}"#, #""text" must be a string"#, "7"),
            (#"{"id": "b", "text": "x", "summary_sentences": -1}"#, "summary_sentences", #""b""#),
            (#"{"id": "c", "text": "x", "summary_sentences": 2.5}"#, "summary_sentences", #""c""#),
            (#"{"id": "d", "text": "x", "summary_sentences": true}"#, "summary_sentences", #""d""#),
            (#"{"id": "e", "text": "x", "summary_sentences": "3"}"#, "summary_sentences", #""e""#),
            (#"{"id": "f", "text": "unterminated"#, "not valid JSON", "null"),
        ]
    )
    func errorRecords(line: String, message: String, id: String) throws {
        let record = try RecordRunner().run(line, number: 42)
        let error = try #require(record["error"] as? String)
        #expect(error.contains(message), "\(error)")
        #expect(record["line"] as? Int == 42)
        let idJSON = try JSONSerialization.data(withJSONObject: record["id"] ?? NSNull(), options: [.fragmentsAllowed])
        #expect(String(decoding: idJSON, as: UTF8.self) == id)
    }

    @Test func invalidUTF8IsAnErrorRecordNotARepair() throws {
        var line = Array(#"{"id": "u", "text": "caf"#.utf8)
        line += [0xFF, 0x22, 0x7D]
        let record = try RecordRunner().run(line)
        #expect((record["error"] as? String)?.contains("not valid UTF-8 (at byte 25)") == true)
    }

    @Test func aStageOrSummaryFailureIsAnErrorRecordForThatId() throws {
        let record = try RecordRunner(summaryFails: true).run(#"{"id": "s", "text": "One. Two."}"#)
        #expect(record["id"] as? String == "s")
        #expect((record["error"] as? String)?.contains("the summary failed: refused") == true)
    }

    @Test(
        "ids are echoed as given",
        arguments: [
            (#"{"id": "doc-1", "text": "Hi."}"#, #""doc-1""#),
            (#"{"id": 12, "text": "Hi."}"#, "12"),
            (#"{"id": [1, "a"], "text": "Hi."}"#, #"[1,"a"]"#),
            (#"{"text": "Hi."}"#, "null"),
            (#"{"id": null, "text": "Hi."}"#, "null"),
        ]
    )
    func ids(line: String, id: String) throws {
        let record = try RecordRunner().run(line)
        #expect(record["error"] == nil)
        let idJSON = try JSONSerialization.data(withJSONObject: record["id"] ?? NSNull(), options: [.fragmentsAllowed])
        #expect(String(decoding: idJSON, as: UTF8.self) == id)
    }

    @Test func summarySentencesChoosesTheLengthAndZeroTurnsTheSummaryOff() throws {
        let text = "First point here. Second point here. Third point here. Fourth point here."
        let runner = try RecordRunner()
        let line = { (count: String) in #"{"id": 1, "text": "\#(text)", "summary_sentences": \#(count)}"# }
        #expect((try runner.run(line("3"))["summary"] as? [Any])?.count == 3)
        #expect((try runner.run(line("0"))["summary"] as? [Any])?.count == 0)
        #expect((try runner.run(line("1"))["summary"] as? [Any])?.count == 1)
        #expect((try runner.run(#"{"id": 1, "text": "\#(text)"}"#)["summary"] as? [Any])?.count == 2)
    }

    @Test(
        "every offset is a code-point offset into the record's own text",
        arguments: [
            "“We are united, and that unity was truly tangible today,” Cavo Dragone said.",
            "Zürich’s mayor, Corine Mauch, said: “Prices rose 12% to €3.50 — 🎉 a record.”\n\nIt cost $1.5 billion.",
            "Line one said \"yes\".\r\nLine two: 3 percent.\r\n",
            "Cafe\u{301} owners said “ça va”, adding that tens of thousands came.",
            "",
        ]
    )
    func codePointOffsets(text: String) throws {
        var line = Data(#"{"id": "o", "text": "#.utf8)
        line += try JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed])
        line += Data("}".utf8)
        let record = try RecordRunner().run(Array(line))
        #expect(record["error"] == nil)
        let scalars = Array(text.unicodeScalars)
        var checked = 0
        func visit(_ value: Any) {
            if let object = value as? [String: Any] {
                if let start = object["start"] as? Int, let end = object["end"] as? Int {
                    #expect(0 <= start && start <= end && end <= scalars.count)
                    let surface = String(String.UnicodeScalarView(scalars[start..<end]))
                    for key in ["text", "mention"] {
                        if let written = object[key] as? String {
                            #expect(written == surface, "\(key): \(written) vs \(surface)")
                            checked += 1
                        }
                    }
                }
                object.values.forEach(visit)
            } else if let array = value as? [Any] {
                array.forEach(visit)
            }
        }
        visit(record)
        if !text.isEmpty { #expect(checked > 0) }
    }

    @Test func findsTheQuotesSpeakersAndNumbersOfARecord() throws {
        let record = try RecordRunner().run(
            #"{"id": "q", "text": "“We are united,” Admiral Giuseppe Cavo Dragone said. Tens of thousands of troops left."}"#
        )
        let quotes = try #require(record["quotes"] as? [[String: Any]])
        #expect(quotes.count == 1)
        #expect(quotes.first?["text"] as? String == "We are united,")
        let speaker = try #require(quotes.first?["speaker"] as? [String: Any])
        #expect(speaker["name"] as? String == "Giuseppe Cavo Dragone")
        #expect(speaker["role"] as? String == "Admiral")
        #expect(speaker["mention"] as? String == "Admiral Giuseppe Cavo Dragone")
        #expect(quotes.first?["cue"] as? String == "said")
        let numbers = try #require(record["numbers"] as? [[String: Any]])
        #expect(numbers.map { $0["text"] as? String } == ["Tens of thousands"])
        #expect(numbers.first?["low"] as? Int == 20_000)
    }

    @Test func aQuotationOverSeveralParagraphsIsOneEntryPerPassage() throws {
        let text = "“The first paragraph of a long quote runs on.\n\n“And the quote continues here,” she said."
        var line = Data(#"{"id": "m", "text": "#.utf8)
        line += try JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed])
        line += Data("}".utf8)
        let quotes = try #require(try RecordRunner().run(Array(line))["quotes"] as? [[String: Any]])
        #expect(
            quotes.map { $0["text"] as? String } == [
                "The first paragraph of a long quote runs on.", "And the quote continues here,",
            ]
        )
        #expect(quotes.map { $0["quotation"] as? Int } == [0, 0])
        #expect(quotes.map { $0["part"] as? Int } == [0, 1])
        #expect(quotes.map { $0["parts"] as? Int } == [2, 2])
        #expect(quotes.map { ($0["speaker"] as? [String: Any])?["mention"] as? String } == ["she", "she"])
    }

    @Test func aLongRecordIsAnalysedWhole() throws {
        let sentence = "The U.S. economy grew 3.1 per cent in the third quarter, officials said. "
        let text = String(repeating: sentence, count: 5_000)
        let record = try RecordRunner().run(#"{"id": "long", "text": "\#(text)", "summary_sentences": 1}"#)
        #expect((record["sentences"] as? [Any])?.count == 5_000)
        #expect((record["numbers"] as? [Any])?.count == 10_000, "3.1 per cent and third, in each sentence")
    }
}
