import Foundation
import Lede
import LedeJSON
import LedeStages
import LedeTesting
import Testing

@Suite struct EventRecordTests {
    /// Two short reports of one made-up event, with a headline each and non-ASCII text.
    static let reports = [
        (
            "r-1",
            "Storm closes Zürich airport\n\nA storm closed Zürich’s airport on Monday, officials said. About 200 flights were cancelled."
        ),
        (
            "r-2",
            "Flights grounded as storm hits Switzerland\n\nHundreds of flights were cancelled at Zürich airport after a storm on Monday. Trains ran late across the country."
        ),
    ]

    /// An event line with the reports and whatever else is given.
    static func line(_ documents: [String], id: String = #""ev-1""#, extra: String = "") -> String {
        #"{"id": \#(id), "documents": [\#(documents.joined(separator: ", "))]\#(extra)}"#
    }

    static func document(_ id: String, _ text: String) -> String {
        var writer = JSONWriter()
        writer.object { writer in
            writer.member("id", id)
            writer.member("text", text)
        }
        return writer.text
    }

    static var goodDocuments: [String] { reports.map { document($0.0, $0.1) } }

    /// The code points `start..<end` of `text`.
    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[start..<end]))
    }

    @Test func anEventGivesOneLineWithEachAnalysisAndTheCombinedSummary() throws {
        let runner = try RecordRunner()
        let record = try runner.run(Self.line(Self.goodDocuments, extra: #", "summary_sentences": 3"#), number: 5)
        #expect(record["id"] as? String == "ev-1")
        let documents = try #require(record["documents"] as? [[String: Any]])
        #expect(documents.map { $0["id"] as? String } == ["r-1", "r-2"])
        for document in documents {
            #expect(document["error"] == nil)
            #expect((document["sentences"] as? [Any])?.isEmpty == false)
            #expect((document["summary"] as? [Any])?.isEmpty == true, "the event's summary is theirs together")
        }
        let summary = try #require(record["summary"] as? [[String: Any]])
        #expect(summary.count == 3)
        #expect(runner.summarized.all == [2])
        for sentence in summary {
            let index = try #require(sentence["document_index"] as? Int)
            #expect(sentence["document"] as? String == Self.reports[index].0)
            let start = try #require(sentence["start"] as? Int)
            let end = try #require(sentence["end"] as? Int)
            #expect(sentence["text"] as? String == Self.slice(Self.reports[index].1, start, end))
            let sentences = try #require(documents[index]["sentences"] as? [[String: Any]])
            let at = try #require(sentence["sentence"] as? Int)
            #expect(sentences[at]["text"] as? String == sentence["text"] as? String)
            #expect(sentence["rank"] is Int && sentence["score"] is Double)
        }
        let keys = runner.text(Self.line(Self.goodDocuments)).split(separator: "\"summary\":[{").last ?? ""
        #expect(keys.hasPrefix(#""document":"r-1","document_index":0,"text":"#))
    }

    @Test(
        "a bad document is reported in its place and the others are still summarized",
        arguments: [
            (#"{"id": "bad", "text": 5}"#, #""bad""#, #""text" must be a string"#),
            (#"{"id": "bad"}"#, #""bad""#, #"the document has no "text""#),
            (#""just a string""#, "null", "the document is not a JSON object"),
            (#"[1, 2]"#, "null", "the document is not a JSON object"),
            (
                #"{"id": "bad", "text": "x", "text": "y"}"#, #""bad""#,
                #"the document has the key "text" more than once"#
            ),
            (#"{"id": "bad", "id": 2, "text": "x"}"#, "null", #"the document has the key "id" more than once"#),
        ]
    )
    func badDocument(bad: String, id: String, message: String) throws {
        let runner = try RecordRunner()
        let documents = [Self.goodDocuments[0], bad, Self.goodDocuments[1]]
        let output = runner.text(Self.line(documents, extra: #", "summary_sentences": 3"#), number: 9)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let entries = try #require(record["documents"] as? [[String: Any]])
        #expect(entries.count == 3)
        #expect(entries[0]["error"] == nil && entries[2]["error"] == nil)
        #expect((entries[1]["error"] as? String)?.contains(message) == true, "\(entries[1])")
        #expect(entries[1]["line"] as? Int == 9)
        #expect(output.contains(#"{"id":\#(id),"schema_version":1,"line":9,"error":"#))
        #expect(runner.summarized.all == [2])
        let summary = try #require(record["summary"] as? [[String: Any]])
        #expect(summary.map { $0["document_index"] as? Int } == [0, 0, 2])
        #expect(summary.map { $0["document"] as? String } == ["r-1", "r-1", "r-2"])
    }

    @Test func theSecondDocumentsSentencesAreCountedFromItsOwnText() throws {
        // With a summary longer than the first report, the second report's sentences come in.
        let record = try RecordRunner().run(Self.line(Self.goodDocuments, extra: #", "summary_sentences": 4"#))
        let summary = try #require(record["summary"] as? [[String: Any]])
        let second = try #require(summary.first { $0["document_index"] as? Int == 1 })
        #expect(second["document"] as? String == "r-2")
        let text = Self.reports[1].1
        let before = try #require(text.components(separatedBy: "Hundreds").first)
        #expect(second["start"] as? Int == before.unicodeScalars.count)
    }

    @Test func anEventWithNoGoodDocumentHasNoSummary() throws {
        let runner = try RecordRunner()
        let record = try runner.run(Self.line([#"{"text": 1}"#, #"{"id": 2}"#]))
        let entries = try #require(record["documents"] as? [[String: Any]])
        #expect(entries.allSatisfy { $0["error"] != nil })
        #expect((record["summary"] as? [Any])?.isEmpty == true)
        #expect(runner.summarized.all.isEmpty)
    }

    @Test func zeroSentencesTurnsTheCombinedSummaryOff() throws {
        let runner = try RecordRunner()
        let record = try runner.run(Self.line(Self.goodDocuments, extra: #", "summary_sentences": 0"#))
        #expect((record["summary"] as? [Any])?.isEmpty == true)
        #expect((record["documents"] as? [Any])?.count == 2)
        #expect(runner.summarized.all.isEmpty)
    }

    @Test func aSummaryFailureIsAnErrorRecordForTheEvent() throws {
        let record = try RecordRunner(summaryFails: true).run(Self.line(Self.goodDocuments))
        #expect(record["id"] as? String == "ev-1")
        #expect((record["error"] as? String)?.contains("the summary failed: refused") == true)
    }

    @Test func documentIdsComeBackAsGiven() throws {
        let documents = [#"{"id": 9007199254740993, "text": "One. Two."}"#, #"{"text": "Three. Four."}"#]
        let output = try RecordRunner().text(Self.line(documents, id: #"{"b": 1, "a": 2}"#))
        #expect(output.hasPrefix(#"{"id":{"b":1,"a":2},"schema_version":1,"documents":[{"id":9007199254740993,"#))
        #expect(output.contains(#"{"id":null,"schema_version":1,"sentences":"#))
        #expect(output.contains(#""document":9007199254740993,"document_index":0,"#))
    }

    // MARK: The record types

    static func analysed() throws -> [Document] {
        let pipeline = try AnalysisPipeline.news()
        return try reports.map { try pipeline.run($0.1, id: $0.0) }
    }

    @Test func theWriterAndTheCodableRecordGiveTheSameJSON() throws {
        let documents = try Self.analysed()
        let summary = try NewsSummarizer(length: .sentences(3)).summarize(documents)
        for summary in [summary, nil] {
            var writer = JSONWriter()
            EventRecord.write(documents, id: RecordID("ev"), summary: summary, into: &writer)
            let record = EventRecord(documents, id: RecordID("ev"), summary: summary)
            #expect(try JSONTree.parse(writer.bytes) == JSONTree.parse(JSONEncoder().encode(record)))
            #expect(try JSONDecoder().decode(EventRecord.self, from: Data(writer.bytes)) == record)
            #expect(record.summary.count == (summary == nil ? 0 : 3))
        }
    }

    @Test func oneCallSummarizesAndChecksTheRequirements() throws {
        let documents = try Self.analysed()
        let record = try EventRecord(documents, id: RecordID(7), summarizer: NewsSummarizer(length: .sentences(2)))
        #expect(record.summary.count == 2)
        #expect(record.documents.count == 2)
        #expect(record.summary.allSatisfy { $0.document == RecordID(Self.reports[$0.documentIndex].0) })
        let bare = Document(text: "No analysis at all.", id: "bare")
        #expect(throws: PipelineError.self) {
            try EventRecord(documents + [bare], summarizer: NewsSummarizer())
        }
    }

    @Test func entriesDecodeAsAnalysesOrErrors() throws {
        let line = Self.line([Self.goodDocuments[0], #"{"id": "x", "text": 1}"#])
        let output = RecordRunner.processorOutput(line)
        let record = try JSONDecoder().decode(EventRecord.self, from: Data(output))
        guard case .analysis(let analysis) = record.documents[0], case .error(let error) = record.documents[1] else {
            Issue.record("expected an analysis and an error, got \(record.documents)")
            return
        }
        #expect(analysis.id == RecordID("r-1"))
        #expect(error.id == RecordID("x") && error.line == 1)
        #expect(try JSONTree.parse(JSONEncoder().encode(record)) == JSONTree.parse(output))
    }
}

extension RecordRunner {
    /// The bytes of the output line for an input line, without its line feed.
    static func processorOutput(_ line: String) -> [UInt8] {
        guard let runner = try? RecordRunner() else { return [] }
        return Array(runner.processor.process(Array(line.utf8), number: 1).dropLast())
    }
}
