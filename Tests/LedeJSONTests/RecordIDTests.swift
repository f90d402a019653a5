import Foundation
import LedeJSON
import Testing

@Suite struct RecordIDTests {
    @Test(
        "JSON text is kept as written, without the white space between tokens",
        arguments: [
            ("  \"a-1\" ", #""a-1""#),
            ("9007199254740993", "9007199254740993"),
            ("-0.0e-0", "-0.0e-0"),
            ("{ \"b\" : 1 ,\n \"a\" : [ ] }", #"{"b":1,"a":[]}"#),
            (#"["x y", "\" ]"]"#, #"["x y","\" ]"]"#),
            ("null", "null"),
        ]
    )
    func keepsText(json: String, expected: String) {
        #expect(RecordID(json: json)?.json == expected)
    }

    @Test("text that is not one JSON value is refused", arguments: ["", "1 2", "{", "[1,]", "'a'", "NaN", "\"\u{1}\""])
    func refusesBadText(json: String) {
        #expect(RecordID(json: json) == nil)
    }

    @Test func stringIdsAreEscapedAndReadBack() {
        let id = RecordID("say \"hi\"\n")
        #expect(id.json == #""say \"hi\"\n""#)
        #expect(id.string == "say \"hi\"\n")
        #expect(RecordID(json: #""caf\u00e9""#)?.string == "café")
        #expect(RecordID(12).string == nil)
        #expect(RecordID.null.json == "null")
    }

    @Test func idsAreEqualWhenTheirTextIs() {
        #expect(RecordID(1) == RecordID(json: "1"))
        #expect(RecordID(1) != RecordID(json: "1.0"))
        #expect(RecordID("a") == RecordID(json: #" "a" "#))
    }

    @Test(
        "an id survives a round trip through Codable",
        arguments: [
            "\"a\"", "9007199254740993", "-12", "18446744073709551615", "1.5", "true", "null", "[1,\"b\",[null]]",
            #"{"a":1,"b":{"c":[2]}}"#,
        ]
    )
    func codable(json: String) throws {
        struct Box: Codable, Equatable { var id: RecordID }
        let id = try #require(RecordID(json: json))
        let data = try JSONEncoder().encode(Box(id: id))
        #expect(try JSONDecoder().decode(Box.self, from: data) == Box(id: id))
    }

    @Test func decodingSortsAnObjectsKeysSinceADecoderForgetsTheirOrder() throws {
        struct Box: Codable { var id: RecordID }
        let box = try JSONDecoder().decode(Box.self, from: Data(#"{"id": {"z": 1, "a": 2}}"#.utf8))
        #expect(box.id.json == #"{"a":2,"z":1}"#)
    }
}
