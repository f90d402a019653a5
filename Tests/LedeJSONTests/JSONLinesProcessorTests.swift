import Foundation
import Lede
import LedeJSON
import LedeStages
import Testing

@Suite struct JSONLinesProcessorTests {
    @Test(
        "a bad record gives one error line naming the problem, with its id when it has one",
        arguments: [
            ("", "the line is empty", "null"),
            ("   ", "the line is empty", "null"),
            ("not json", "not valid JSON (at byte 1)", "null"),
            ("[1, 2]", "not a JSON object", "null"),
            ("5", "not a JSON object", "null"),
            (#""text""#, "not a JSON object", "null"),
            ("[1, 2", "not valid JSON (it ends too soon)", "null"),
            (#"{"id": "a"}"#, #"no "text""#, #""a""#),
            (#"{"id": 7, "text": 5}"#, #""text" must be a string"#, "7"),
            (#"{"id": "r", "text": null}"#, #""text" must be a string"#, #""r""#),
            (#"{"id": "b", "text": "x", "summary_sentences": -1}"#, "summary_sentences", #""b""#),
            (#"{"id": "c", "text": "x", "summary_sentences": 2.5}"#, "summary_sentences", #""c""#),
            (#"{"id": "d", "text": "x", "summary_sentences": true}"#, "summary_sentences", #""d""#),
            (#"{"id": "e", "text": "x", "summary_sentences": "3"}"#, "summary_sentences", #""e""#),
            (#"{"id": "p", "text": "x", "summary_sentences": 1e400}"#, "summary_sentences", #""p""#),
            (#"{"id": "q", "text": "x", "summary_sentences": 1e9}"#, "summary_sentences", #""q""#),
            (#"{"id": "f", "text": "unterminated"#, "not valid JSON (it ends too soon)", "null"),
            (#"{"id": "g", "text": "x"} trailing"#, "not valid JSON (at byte 26)", "null"),
            (#"{"id": "h", "text": "x",}"#, "not valid JSON", "null"),
            (#"{"id": 'i', "text": "x"}"#, "not valid JSON", "null"),
            (#"{"id": 01, "text": "x"}"#, "not valid JSON", "null"),
            (#"{"id": 1., "text": "x"}"#, "not valid JSON", "null"),
            (#"{"id": -, "text": "x"}"#, "not valid JSON", "null"),
            (#"{"id": tru, "text": "x"}"#, "not valid JSON", "null"),
            (#"{"id": "j", "text": "bad \x escape"}"#, "not valid JSON", "null"),
            (#"{"id": "j", "text": "bad \u12 escape"}"#, "not valid JSON", "null"),
            ("{\"id\": \"k\", \"text\": \"raw\ttab\"}", "not valid JSON", "null"),
            (#"{"id": "l", "text": "x", "text": "y"}"#, #"the record has the key "text" more than once"#, #""l""#),
            (#"{"id": "m", "t\u0065xt": "x", "text": "y"}"#, #"the key "text" more than once"#, #""m""#),
            (#"{"id": "n", "id": "o", "text": "x"}"#, #"the key "id" more than once"#, "null"),
            (#"{"id": "s", "text": "x", "other": 1, "other": 2}"#, #"the key "other" more than once"#, #""s""#),
            (#"{"id": "t", "documents": {"text": "x"}}"#, #""documents" must be an array"#, #""t""#),
            (#"{"id": "u", "documents": "x"}"#, #""documents" must be an array"#, #""u""#),
            (#"{"id": "v", "documents": []}"#, #""documents" must hold at least one document"#, #""v""#),
            (#"{"id": "w", "documents": [{"text": "x"}], "text": "y"}"#, #"both "text" and "documents""#, #""w""#),
            (#"{"id": "x"}"#, #"no "text" or "documents""#, #""x""#),
            (#"{"id": "y", "documents": [{"text": "x"}], "summary_sentences": -2}"#, "summary_sentences", #""y""#),
            (
                #"{"id": "z", "documents": [{"text": "x"}], "documents": []}"#, #"the key "documents" more than"#,
                #""z""#
            ),
            (#"{"id": "aa", "documents": [{"text": "x"}, ]}"#, "not valid JSON", "null"),
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

    @Test func duplicateKeysInsideAnIdAreItsOwnBusiness() throws {
        let runner = try RecordRunner()
        #expect(runner.text(#"{"id": {"a": 1, "a": 2}, "text": 5}"#).hasPrefix(#"{"id":{"a":1,"a":2},"#))
    }

    @Test func invalidUTF8IsAnErrorRecordNotARepair() throws {
        var line = Array(#"{"id": "u", "text": "caf"#.utf8)
        line += [0xFF, 0x22, 0x7D]
        let record = try RecordRunner().run(line)
        #expect((record["error"] as? String)?.contains("not valid UTF-8 (at byte 25)") == true)
    }

    @Test func invalidUTF8IsCountedFromAfterTheByteOrderMark() throws {
        // An encoded surrogate (ED A0 80) is not UTF-8.
        let line: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"text": "é"#.utf8) + [0xED, 0xA0, 0x80, 0x22, 0x7D]
        let record = try RecordRunner().run(line)
        #expect(record["error"] as? String == "the line is not valid UTF-8 (at byte 13)")
    }

    @Test func aByteOrderMarkAndACarriageReturnAreIgnored() throws {
        let line: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"id": "bom", "text": "Fine."}"#.utf8) + [0x0D]
        let record = try RecordRunner().run(line)
        #expect(record["error"] == nil)
        #expect(record["id"] as? String == "bom")
    }

    @Test func errorRecordsHaveTheirMembersInOrder() throws {
        let runner = try RecordRunner()
        #expect(
            runner.text(#"{"id": [1, {"b": 2}], "text": 5}"#, number: 3)
                == #"{"id":[1,{"b":2}],"schema_version":1,"line":3,"error":"\"text\" must be a string"}"#
        )
        #expect(runner.text("", number: 4) == #"{"id":null,"schema_version":1,"line":4,"error":"the line is empty"}"#)
    }

    @Test func nestingTooDeepIsAnErrorRecordNotACrash() throws {
        let runner = try RecordRunner()
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let record = try runner.run(#"{"id": \#(deep), "text": "x"}"#)
        #expect((record["error"] as? String)?.contains("nest more than 512 deep") == true)
        let fine = String(repeating: "[{\"a\":", count: 250) + "1" + String(repeating: "}]", count: 250)
        #expect(try runner.run(#"{"id": \#(fine), "text": "x"}"#)["error"] == nil)
    }

    @Test func aStageOrSummaryFailureIsAnErrorRecordForThatId() throws {
        let record = try RecordRunner(summaryFails: true).run(#"{"id": "s", "text": "One. Two."}"#)
        #expect(record["id"] as? String == "s")
        #expect((record["error"] as? String)?.contains("the summary failed: refused") == true)
    }

    @Test(
        "a lone surrogate escape becomes U+FFFD and an issue, not an error",
        arguments: [
            (#"a\ud800b"#, "a\u{FFFD}b", [1..<2]),
            (#"\udc00"#, "\u{FFFD}", [0..<1]),
            (#"\ud800\ud800x"#, "\u{FFFD}\u{FFFD}x", [0..<2]),
            (#"\ud83c\udf89 ok \ud800"#, "🎉 ok \u{FFFD}", [5..<6]),
            (#"x\ud800\n\udfffy"#, "x\u{FFFD}\n\u{FFFD}y", [1..<2, 3..<4]),
            (#"\ud800\u0041"#, "\u{FFFD}A", [0..<1]),
        ] as [(String, String, [Range<Int>])]
    )
    func loneSurrogates(escaped: String, text: String, ranges: [Range<Int>]) throws {
        let record = try RecordRunner().run(#"{"id": "s", "text": "\#(escaped)", "summary_sentences": 0}"#)
        #expect(record["error"] == nil)
        let issues = try #require(record["issues"] as? [[String: Any]])
        let found = issues.filter { $0["kind"] as? String == "lone-surrogate" }.compactMap { issue -> Range<Int>? in
            guard let start = issue["start"] as? Int, let end = issue["end"] as? Int else { return nil }
            return start..<end
        }
        #expect(found == ranges)
        let sentences = try #require(record["sentences"] as? [[String: Any]])
        let scalars = Array(text.unicodeScalars)
        for sentence in sentences {
            let start = try #require(sentence["start"] as? Int)
            let end = try #require(sentence["end"] as? Int)
            #expect(sentence["text"] as? String == String(String.UnicodeScalarView(scalars[start..<end])))
        }
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

    @Test(
        "ids come back as the JSON text they were given, only white space between tokens dropped",
        arguments: [
            ("9007199254740993", "9007199254740993"),
            ("123456789012345678", "123456789012345678"),
            ("123456789012345678901234567890", "123456789012345678901234567890"),
            ("-1.50e+3", "-1.50e+3"),
            ("1.0", "1.0"),
            (#""a\/b \u00e9 \ud800""#, #""a\/b \u00e9 \ud800""#),
            (
                #"{ "zeta" : 1 , "alpha" : [ true , null ] , "\u0062" : { } }"#,
                #"{"zeta":1,"alpha":[true,null],"\u0062":{}}"#
            ),
            ("[ \"a b\" ,\t2 ]", #"["a b",2]"#),
            ("false", "false"),
        ]
    )
    func idsAreEchoedExactly(id: String, echoed: String) throws {
        let runner = try RecordRunner()
        let output = runner.text(#"{"id": \#(id), "text": "Hi.", "summary_sentences": 0}"#)
        #expect(output.hasPrefix(#"{"id":\#(echoed),"schema_version":1,"sentences":"#), "\(output)")
        let error = runner.text(#"{"id": \#(id), "text": 5}"#)
        #expect(error.hasPrefix(#"{"id":\#(echoed),"schema_version":1,"line":1,"#), "\(error)")
    }

    @Test func aStringIdIsTheDocumentIdAndAnyOtherIdItsJSONText() throws {
        let processor = JSONLinesProcessor(pipeline: try AnalysisPipeline.news()) { documents, _ in
            struct Named: Error, CustomStringConvertible { var description: String }
            throw Named(description: "id=" + (documents.first?.id ?? "?"))
        }
        func error(_ line: String) throws -> String? {
            let output = processor.process(Array(line.utf8), number: 1)
            let object = try JSONSerialization.jsonObject(with: Data(output))
            return (object as? [String: Any])?["error"] as? String
        }
        #expect(try error(#"{"id": "a\u00e9", "text": "x"}"#) == "the summary failed: id=aé")
        #expect(try error(#"{"id": 1.50, "text": "x"}"#) == "the summary failed: id=1.50")
    }

    @Test func summarySentencesChoosesTheLengthAndZeroTurnsTheSummaryOff() throws {
        let text = "First point here. Second point here. Third point here. Fourth point here."
        let runner = try RecordRunner()
        let line = { (count: String) in #"{"id": 1, "text": "\#(text)", "summary_sentences": \#(count)}"# }
        #expect((try runner.run(line("3"))["summary"] as? [Any])?.count == 3)
        #expect((try runner.run(line("0"))["summary"] as? [Any])?.count == 0)
        #expect((try runner.run(line("1"))["summary"] as? [Any])?.count == 1)
        #expect((try runner.run(line("2.0"))["summary"] as? [Any])?.count == 2)
        #expect((try runner.run(line("1e0"))["summary"] as? [Any])?.count == 1)
        #expect((try runner.run(line("null"))["summary"] as? [Any])?.count == 2)
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

    @Test(
        "an error record for a line that could not be run keeps the line's id when it has one",
        arguments: [
            (#"{"id": {"b": 1, "a": [2]}, "text": "Fine."}"#, #"{"b":1,"a":[2]}"#),
            (#"{"id": 9007199254740993, "text": 5}"#, "9007199254740993"),
            (#"{"id": "x", "id": "y", "text": "Twice."}"#, "null"),
            ("not json", "null"),
        ]
    )
    func errorRecordForALineThatCouldNotRun(line: String, id: String) {
        let record = JSONLinesProcessor.errorRecord(
            for: Array(line.utf8),
            number: 4,
            message: "stopped",
            code: .crashed
        )
        var writer = JSONWriter()
        record.write(into: &writer)
        #expect(writer.text == #"{"id":\#(id),"schema_version":1,"line":4,"error":"stopped","code":"crashed"}"#)
    }
}
