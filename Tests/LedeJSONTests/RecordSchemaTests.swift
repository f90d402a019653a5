import Foundation
import Lede
import LedeJSON
import LedeStages
import LedeTesting
import Testing

@Suite struct RecordSchemaTests {
    /// The published schema, `Sources/LedeJSON/Documentation.docc/lede-record.schema.json`.
    static func validator() throws -> JSONSchemaValidator {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // LedeJSONTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("Sources/LedeJSON/Documentation.docc/lede-record.schema.json")
        return try JSONSchemaValidator(schema: JSONTree.parse(Array(try Data(contentsOf: url))))
    }

    @Test func theSchemaDescribesThisVersion() throws {
        let schema = try Self.validator().root
        #expect(schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        #expect(schema["$defs"]?["schemaVersion"]?["enum"] == .array([.number(Double(RecordSchema.version))]))
    }

    @Test func everyLineOfTheGoldenFileKeepsTheSchema() throws {
        let validator = try Self.validator()
        // One record per seed article, then one event of them all.
        let lines = try Seeds.lines(named: "summarize.jsonl.expected")
        #expect(lines.count == Seeds.all.count + 1)
        for (number, line) in lines.enumerated() {
            let record = try JSONTree.parse(line)
            #expect(validator.errors(in: record) == [], "line \(number + 1)")
            #expect(record["schema_version"] == .number(1))
            if number < Seeds.all.count {
                #expect(!(record["sentences"].map { $0 == .array([]) } ?? true), "line \(number + 1) has sentences")
            } else {
                guard case .array(let documents)? = record["documents"], case .array(let summary)? = record["summary"]
                else {
                    Issue.record("line \(number + 1) is not an event")
                    continue
                }
                #expect(documents.count == Seeds.all.count)
                #expect(summary.count == 3)
            }
        }
    }

    @Test(
        "records of hard inputs keep the schema",
        arguments: [
            #"{"id": {"feed": [1, 2]}, "text": "“Unclosed, she said.\n\nPrices rose 3% to €4.50 — 🎉 at 5 p.m. on 8 December.", "summary_sentences": 1}"#,
            #"{"text": "Line one\ud800 said \"yes\".\r\nNo ”opening here.", "summary_sentences": 0}"#,
            #"{"id": 1, "text": ""}"#,
            #"{"id": 2, "text": 5}"#,
            "not json",
            #"{"id": "ev", "documents": [{"id": "a", "text": "Storm hits\n\nA storm hit the town. Roads closed."}, {"text": 5}, {"id": [1], "text": "The storm passed.\ud800"}], "summary_sentences": 2}"#,
            #"{"documents": [{"text": ""}], "summary_sentences": 0}"#,
            #"{"id": "none", "documents": [1, 2]}"#,
            #"{"id": "empty", "documents": []}"#,
        ]
    )
    func hardInputs(line: String) throws {
        let output = try RecordRunner().processor.process(Array(line.utf8), number: 9)
        #expect(try Self.validator().errors(in: JSONTree.parse(output)) == [])
    }

    @Test func aCollectionKeepsTheSchema() throws {
        let pipeline = try AnalysisPipeline.news()
        var documents = try Seeds.all.map { try pipeline.run($0.text, id: $0.name) }
        for index in documents.indices {
            documents[index].summary = try NewsSummarizer(length: .sentences(2)).summarize([documents[index]])
        }
        let combined = try NewsSummarizer(length: .sentences(3)).summarize(documents)
        for combined in [combined, nil] {
            var writer = JSONWriter()
            CollectionRecord.write(documents, combined: combined, into: &writer)
            #expect(try Self.validator().errors(in: JSONTree.parse(writer.bytes)) == [])
        }
    }

    @Test("error records with a code keep the schema", arguments: [ErrorRecord.Code.crashed, .timeout, .tooLarge])
    func errorCodes(code: ErrorRecord.Code) throws {
        var writer = JSONWriter()
        ErrorRecord(id: RecordID("a"), line: 3, error: "stopped", code: code).write(into: &writer)
        #expect(try Self.validator().errors(in: JSONTree.parse(writer.bytes)) == [])
    }

    @Test func theSchemaRefusesARecordWithAMemberItDoesNotKnow() throws {
        var writer = JSONWriter()
        ErrorRecord(id: .null, line: 1, error: "x").write(into: &writer)
        let good = try JSONTree.parse(writer.bytes)
        #expect(try Self.validator().errors(in: good) == [])
        guard case .object(var members) = good else { return }
        members["extra"] = .null
        #expect(try !Self.validator().errors(in: .object(members)).isEmpty)
        members["extra"] = nil
        members["schema_version"] = .number(2)
        #expect(try !Self.validator().errors(in: .object(members)).isEmpty)
    }
}
