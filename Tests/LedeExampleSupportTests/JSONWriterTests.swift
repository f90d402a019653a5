import Foundation
import Lede
import LedeExampleSupport
import Testing

@Suite struct JSONWriterTests {
    @Test(
        "strings are escaped so that any JSON parser reads them back",
        arguments: [
            "plain", "", "quote \" and backslash \\", "line\nfeed\r\ttab", "bell\u{7} nul\u{0} del\u{7F}",
            "“curly” ü 🎉 東京", "\u{2028}separators\u{2029}",
        ]
    )
    func strings(text: String) throws {
        var writer = JSONWriter()
        writer.string(text)
        let back = try JSONSerialization.jsonObject(with: Data(writer.bytes), options: [.fragmentsAllowed])
        #expect(back as? String == text)
    }

    @Test(
        "numbers are written in their shortest exact form",
        arguments: [
            (3.0, "3"), (-0.5, "-0.5"), (1e15, "1000000000000000.0"), (1e16, "1e+16"), (0.1, "0.1"), (.nan, "null"),
            (.infinity, "null"),
        ] as [(Double, String)]
    )
    func numbers(value: Double, expected: String) {
        var writer = JSONWriter()
        writer.double(value)
        #expect(writer.text == expected)
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
            }
            writer.key("d")
            writer.value(["x": [1, "y"], "w": nil])
        }
        #expect(writer.text == #"{"a":1,"b":null,"c":[1,true,null],"d":{"w":null,"x":[1,"y"]}}"#)
    }
}
