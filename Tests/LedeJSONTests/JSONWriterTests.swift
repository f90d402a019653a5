import Foundation
import LedeJSON
import Testing

@Suite struct JSONWriterTests {
    @Test(
        "strings are escaped so that any JSON parser reads them back",
        arguments: [
            "plain", "", "quote \" and backslash \\", "line\nfeed\r\ttab", "bell\u{7} nul\u{0} del\u{7F}",
            "“curly” ü 🎉 東京", "\u{2028}separators\u{2029}", "a/b",
        ]
    )
    func strings(text: String) throws {
        var writer = JSONWriter()
        writer.string(text)
        let back = try JSONSerialization.jsonObject(with: Data(writer.bytes), options: [.fragmentsAllowed])
        #expect(back as? String == text)
    }

    @Test func escapesControlCharactersAsJSONRequires() {
        var writer = JSONWriter()
        writer.string("\u{1}\u{1F}\u{7F}\"\\\n")
        #expect(writer.text == #""\u0001\u001f\u007f\"\\\n""#)
    }

    @Test(
        "numbers are written in their shortest exact form",
        arguments: [
            (3.0, "3"), (-0.5, "-0.5"), (1e15, "1000000000000000.0"), (1e16, "1e+16"), (0.1, "0.1"), (.nan, "null"),
            (.infinity, "null"), (-7, "-7"), (999_999_999_999_999, "999999999999999"),
        ] as [(Double, String)]
    )
    func numbers(value: Double, expected: String) {
        var writer = JSONWriter()
        writer.double(value)
        #expect(writer.text == expected)
    }

    @Test("whole numbers", arguments: [0, 7, 10, -1, 1_234_567, Int.max, Int.min])
    func ints(value: Int) {
        var writer = JSONWriter()
        writer.int(value)
        #expect(writer.text == String(value))
    }

    @Test func objectsAndArraysSeparateTheirMembers() {
        var writer = JSONWriter()
        writer.object { writer in
            writer.member("a", 1)
            writer.member("b", nil as String?)
            writer.key("c")
            writer.array { writer in
                writer.int(1)
                writer.bool(true)
                writer.null()
                writer.array { _ in }
                writer.object { _ in }
            }
            writer.member("d", 2.5)
            writer.member("e", false)
            writer.key("f")
            writer.id(RecordID(json: #"{"z": 1, "a": [1, 2]}"#) ?? .null)
        }
        #expect(writer.text == #"{"a":1,"b":null,"c":[1,true,null,[],{}],"d":2.5,"e":false,"f":{"z":1,"a":[1,2]}}"#)
    }

    @Test func valuesAfterAClosedContainerAreSeparated() {
        var writer = JSONWriter()
        writer.array { writer in
            writer.object { writer in writer.member("a", [1].count) }
            writer.object { writer in writer.member("b", "x") }
            writer.string("y")
        }
        #expect(writer.text == #"[{"a":1},{"b":"x"},"y"]"#)
    }
}
