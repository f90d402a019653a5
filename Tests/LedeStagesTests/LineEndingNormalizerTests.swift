import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct LineEndingNormalizerTests {
    static let cases: [(String, String)] = [
        ("", ""),
        ("One line.\nAnother.\n\nA paragraph.", "One line.\nAnother.\n\nA paragraph."),
        ("First line.\r\nSecond line.\r\n\r\nNew paragraph.\r\n", "First line.\nSecond line.\n\nNew paragraph.\n"),
        ("classic\rMac\r", "classic\nMac\n"),
        ("\r", "\n"),
        ("\r\n", "\n"),
        ("a\r\r\nb", "a\n\nb"),
        ("a\n\rb", "a\n\nb"),
        ("a\u{85}b", "a\nb"),
        ("a\u{2028}b", "a\nb"),
        ("a\u{2029}b", "a\n\nb"),
        ("\u{FEFF}Byte-order mark", "Byte-order mark"),
        ("\u{FEFF}\u{FEFF}twice", "twice"),
        ("\u{FEFF}", ""),
        ("zero\u{FEFF}width", "zero\u{FEFF}width"),
        ("“Quote,” she said.\r\nNATO’s « plan »\r\n", "“Quote,” she said.\nNATO’s « plan »\n"),
        ("Cafe\u{301}\r\n👩🏽‍🚀\u{2028}👨‍👩‍👧", "Cafe\u{301}\n👩🏽‍🚀\n👨‍👩‍👧"),
        ("\u{0}\r\u{0}\u{FFFD}\r\n", "\u{0}\n\u{0}\u{FFFD}\n"),
    ]

    @Test("turns line breaks into line feeds", arguments: cases)
    func lineEndings(input: String, expected: String) throws {
        let document = try normalize(input, with: [LineEndingNormalizer()])
        #expect(Array(document.text.unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test("leaves text without other line breaks alone", arguments: ["", "a\nb\n\nc", "NATO’s “plan” 東京 👩🏽‍🚀\u{FEFF}"])
    func unchanged(input: String) throws {
        let document = try normalize(input, with: [LineEndingNormalizer()])
        #expect(document.text == input)
        #expect(document.offsetMap.isIdentity)
        #expect(document.textRevision == 0)
    }

    @Test("maps each line feed back to the line break it replaced")
    func mapping() throws {
        let document = try normalize("\u{FEFF}ab\r\ncd\u{2029}ef", with: [LineEndingNormalizer()])
        #expect(document.text == "ab\ncd\n\nef")
        #expect(document.originalText(of: Span(0..<2)) == "ab")
        #expect(document.originalText(of: Span(2..<3)) == "\r\n")
        #expect(document.originalText(of: Span(3..<5)) == "cd")
        #expect(document.originalText(of: Span(5..<7)) == "\u{2029}")
        #expect(document.originalText(of: Span(7..<9)) == "ef")
    }

    @Test("offsets survive")
    func offsets() throws {
        let stage = LineEndingNormalizer()
        for input in Self.cases.map(\.0) + sharedHardCases {
            try expectOffsetsSurvive(normalize(input, with: [stage]), renormalizingWith: [stage])
        }
    }

    @Test("offsets survive on the seed articles", arguments: Seeds.all.map(\.name))
    func seeds(name: String) throws {
        let stage = LineEndingNormalizer()
        try expectOffsetsSurvive(normalize(Seeds.text(named: name), with: [stage]), renormalizingWith: [stage])
    }

    @Test("keeps the stage contract")
    func contract() throws {
        try StageVerifier.verify(LineEndingNormalizer(), cases: StageVerifier.standardCases + sharedHardCases)
        try StageVerifier.verify(LineEndingNormalizer())
    }

    @Test("is named lede.line-endings")
    func configuration() {
        #expect(LineEndingNormalizer().name == "lede.line-endings")
    }
}
