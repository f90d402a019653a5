import Foundation
import LedeJSON
import Testing

@Suite struct ErrorRecordTests {
    @Test(
        "the writer and the encoder agree",
        arguments: [
            ErrorRecord(id: .null, line: 1, error: "the line is empty"),
            ErrorRecord(id: RecordID("a\"b"), line: 12, error: #""text" must be a string"#),
            ErrorRecord(id: RecordID(json: "[1, {\"x\": null}]") ?? .null, line: 3, error: "é\n"),
            ErrorRecord(id: .null, line: 4, error: "the analysis crashed", code: .crashed),
            ErrorRecord(id: .null, line: 5, error: "a new kind of failure", code: .init(rawValue: "new")),
        ]
    )
    func writerAndEncoder(record: ErrorRecord) throws {
        var writer = JSONWriter()
        record.write(into: &writer)
        #expect(try JSONTree.parse(writer.bytes) == JSONTree.parse(JSONEncoder().encode(record)))
        #expect(try JSONDecoder().decode(ErrorRecord.self, from: Data(writer.bytes)) == record)
    }

    @Test func membersComeInOrder() {
        var writer = JSONWriter()
        ErrorRecord(id: RecordID(5), line: 2, error: "x").write(into: &writer)
        #expect(writer.text == #"{"id":5,"schema_version":1,"line":2,"error":"x"}"#)
    }

    @Test func theCodeComesLastAndOnlyWhenThereIsOne() throws {
        var writer = JSONWriter()
        ErrorRecord(id: RecordID(5), line: 2, error: "x", code: .timeout).write(into: &writer)
        #expect(writer.text == #"{"id":5,"schema_version":1,"line":2,"error":"x","code":"timeout"}"#)
        let encoded = try JSONEncoder().encode(ErrorRecord(id: .null, line: 1, error: "x"))
        #expect(!String(decoding: encoded, as: UTF8.self).contains("code"))
    }

    @Test func aRecordOfAnotherVersionDoesNotDecode() {
        let json = #"{"id":5,"schema_version":2,"line":2,"error":"x"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ErrorRecord.self, from: Data(json.utf8)) }
    }
}
