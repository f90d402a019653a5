import Testing

@testable import LedeJSON

@Suite struct JSONScannerTests {
    /// Scans one value with white space around it; `nil` if the text is not one JSON value.
    static func scan(_ text: String) -> JSONScanner.Kind? {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = JSONScanner(bytes)
            scanner.skipWhitespace()
            guard let value = try? scanner.value() else { return nil }
            scanner.skipWhitespace()
            return scanner.isAtEnd ? value.kind : nil
        }
    }

    @Test(
        "accepts JSON",
        arguments: [
            ("0", .number), ("-0", .number), ("12.5e-3", .number), ("1E+2", .number), ("\"\"", .string),
            (#""\"\\\/\b\f\n\r\t\u00E9""#, .string), ("true", .true), ("false", .false), ("null", .null),
            ("[]", .array), (" [ 1 , [ ] , { } ] ", .array), ("{}", .object),
            (#"{"a": {"b": [1, {"c": null}]}, "d": "}"}"#, .object), ("\"\u{7F}é\"", .string),
        ] as [(String, JSONScanner.Kind)]
    )
    func accepts(text: String, kind: JSONScanner.Kind) {
        #expect(Self.scan(text) == kind)
    }

    @Test(
        "refuses what is not JSON",
        arguments: [
            "", "01", "1.", ".5", "+1", "1e", "-", "0x10", "tru", "nul", "True", "'a'", "\"a", "\"\\a\"", "\"\\u12\"",
            "\"\u{9}\"", "[1,]", "[,1]", "[1 2]", "{\"a\"}", "{\"a\" 1}", "{a: 1}", "{\"a\":1,}", "{\"a\":1", "[", "]",
            "NaN", "Infinity", "[1]]", "{\"a\":1}}",
        ]
    )
    func refuses(text: String) {
        #expect(Self.scan(text) == nil)
    }

    @Test func refusesNestingDeeperThanTheLimitWithoutRecursion() throws {
        var text = String(repeating: "[", count: 1_000_000)
        try text.withUTF8 { bytes in
            var scanner = JSONScanner(bytes)
            let error = try #require(throws: JSONScanner.Failure.self) { try scanner.value() }
            #expect(error.reason == .tooDeep)
        }
        let limit = JSONScanner.maximumDepth
        #expect(Self.scan(String(repeating: "[", count: limit) + String(repeating: "]", count: limit)) == .array)
        #expect(Self.scan(String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)) == nil)
    }

    @Test func membersComeInOrderWithTheirRanges() throws {
        var text = #"{ "b" : 1 , "a" : [2] }"#
        try text.withUTF8 { bytes in
            var scanner = JSONScanner(bytes)
            let members = try scanner.members()
            #expect(members.map { scanner.text(of: $0.key) } == [#""b""#, #""a""#])
            #expect(members.map { scanner.text(of: $0.value) } == ["1", "[2]"])
            #expect(members.map(\.value.kind) == [.number, .array])
        }
    }

    @Test(
        "decodes strings, repairing lone surrogates",
        arguments: [
            (#""plain é""#, "plain é", []),
            (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{8}\u{C}\n\r\t", []),
            (#""\u00e9\u6771\uD83C\uDF89""#, "é東🎉", []),
            (#""a\ud800b""#, "a\u{FFFD}b", [1..<4]),
            (#""\udc00\ud800""#, "\u{FFFD}\u{FFFD}", [0..<6]),
            (#""\ud800\u0041\udfff""#, "\u{FFFD}A\u{FFFD}", [0..<3, 4..<7]),
            (#""\uDBFF\uDFFF""#, "\u{10FFFF}", []),
        ] as [(String, String, [Range<Int>])]
    )
    func decodesStrings(json: String, text: String, repairs: [Range<Int>]) throws {
        var json = json
        try json.withUTF8 { bytes in
            var scanner = JSONScanner(bytes)
            let value = try scanner.value()
            var found: [Range<Int>] = []
            #expect(scanner.decodedString(value, repairs: &found) == text)
            #expect(found == repairs)
        }
    }
}
