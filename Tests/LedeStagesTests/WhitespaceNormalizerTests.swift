import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct WhitespaceNormalizerTests {
    /// Input and output with the default options.
    static let cases: [(String, String)] = [
        ("", ""),
        ("   ", ""),
        ("One space between words.\nA line.\n\nA paragraph.", "One space between words.\nA line.\n\nA paragraph."),
        ("a  b   c", "a b c"),
        ("  leading and trailing  ", "leading and trailing"),
        ("trailing  \nleading\n  next", "trailing\nleading\nnext"),
        ("a\n\n\nb", "a\n\nb"),
        ("a\n \n\t\n  \nb", "a\n\nb"),
        ("  \n\t \n", "\n\n"),
        ("\n\n\n", "\n\n"),
        ("Tabs\tand\u{A0}spaces.", "Tabs and spaces."),
        ("a \t b", "a b"),
        ("no\u{A0}break and\u{202F}narrow", "no break and narrow"),
        ("en\u{2002}em\u{2003}thin\u{2009}hair\u{200A}", "en em thin hair"),
        ("math\u{205F}ideographic\u{3000}ogham\u{1680}end", "math ideographic ogham end"),
        ("zero\u{200B}width\u{2060}joiner\u{FEFF}gone", "zerowidthjoinergone"),
        ("word \u{200B} word", "word word"),
        ("\u{FEFF}start", "start"),
        ("keep\u{200C}ZWNJ and\u{200D}ZWJ", "keep\u{200C}ZWNJ and\u{200D}ZWJ"),
        ("می\u{200C}خواهم", "می\u{200C}خواهم"),
        ("👩🏽‍🚀  👨‍👩‍👧‍👦 🏳️‍🌈", "👩🏽‍🚀 👨‍👩‍👧‍👦 🏳️‍🌈"),
        ("Cafe\u{301}  au lait", "Cafe\u{301} au lait"),
        ("“Quoted,”  she  said.", "“Quoted,” she said."),
        ("CRLF  \r\n  lines\r\n\r\n\r\n\r\nend", "CRLF\r\nlines\r\n\r\nend"),
        ("a\u{A0}\u{301}b", "a \u{301}b"),  // a no-break space carrying a mark stays, as a space
        ("a\u{200B}\u{301}", "a \u{301}"),  // a zero-width character carrying a mark becomes its base
        ("a  \u{301}", "a \u{301}"),  // the base is the run's one space
        ("x\n \u{A0}\u{200B}\u{301}", "x\n \u{301}"),
        ("\n \u{301}x", "\n \u{301}x"),
        ("\u{0} \u{0}  \u{FFFD}", "\u{0} \u{0} \u{FFFD}"),
        ("\u{FEFF}\u{FF9E} x", " \u{FF9E} x"),  // a halfwidth voiced mark extends the character before it
    ]

    @Test("makes spacing canonical", arguments: cases)
    func whitespace(input: String, expected: String) throws {
        let document = try normalize(input, with: [WhitespaceNormalizer()])
        #expect(Array(document.text.unicodeScalars) == Array(expected.unicodeScalars))
    }

    /// Input and output with `collapseSpaces: false`.
    static let keepingRuns: [(String, String)] = [
        ("a  b", "a  b"),
        ("a\u{A0}\u{A0}b\t\tc", "a  b  c"),
        ("  a  \n\n\n  b  ", "a\n\nb"),
        ("zero\u{200B} width", "zero width"),
    ]

    @Test("keeps runs of spaces when asked", arguments: keepingRuns)
    func noCollapse(input: String, expected: String) throws {
        let stage = WhitespaceNormalizer(collapseSpaces: false)
        #expect(try normalize(input, with: [stage]).text == expected)
    }

    /// Input and output with `keepTabs: true`.
    static let keepingTabs: [(String, String)] = [
        ("a\tb", "a\tb"),
        ("col1\t\tcol3\n\tindented", "col1\t\tcol3\n\tindented"),
        (" \tx", "\tx"),
        ("a  \t  b", "a \t b"),
    ]

    @Test("keeps tabs when asked", arguments: keepingTabs)
    func tabs(input: String, expected: String) throws {
        let stage = WhitespaceNormalizer(keepTabs: true)
        #expect(try normalize(input, with: [stage]).text == expected)
    }

    @Test(
        "leaves canonical text alone",
        arguments: ["", "a b\nc\n\nd", "NATO’s “plan” 東京 👩🏽‍🚀 \u{200D}\u{200C}", "a \u{301}"]
    )
    func unchanged(input: String) throws {
        let document = try normalize(input, with: [WhitespaceNormalizer()])
        #expect(document.text == input)
        #expect(document.offsetMap.isIdentity)
        #expect(document.textRevision == 0)
    }

    @Test("maps words and kept spaces back to the original")
    func mapping() throws {
        let document = try normalize("  two\u{A0}\u{A0}words \u{200B}here  \n\n\n end", with: [WhitespaceNormalizer()])
        #expect(document.text == "two words here\n\nend")
        #expect(document.originalText(of: Span(0..<3)) == "two")
        #expect(document.originalText(of: Span(3..<4)) == "\u{A0}\u{A0}")
        #expect(document.originalText(of: Span(4..<9)) == "words")
        #expect(document.originalText(of: Span(9..<10)) == " \u{200B}")
        #expect(document.originalText(of: Span(14..<15)) == "  \n")
        #expect(document.originalText(of: Span(15..<16)) == "\n\n ")
        #expect(document.originalText(of: Span(10..<14)) == "here")
        #expect(document.originalText(of: Span(16..<19)) == "end")
    }

    @Test("offsets survive", arguments: [false, true])
    func offsets(collapseSpaces: Bool) throws {
        for stage in [WhitespaceNormalizer(collapseSpaces: collapseSpaces), .init(keepTabs: true)] {
            let inputs =
                Self.cases.map(\.0) + Self.keepingRuns.map(\.0) + Self.keepingTabs.map(\.0) + sharedHardCases
            for input in inputs {
                try expectOffsetsSurvive(normalize(input, with: [stage]), renormalizingWith: [stage])
            }
        }
    }

    @Test("offsets survive on the seed articles", arguments: Seeds.all.map(\.name))
    func seeds(name: String) throws {
        let stage = WhitespaceNormalizer()
        try expectOffsetsSurvive(normalize(Seeds.text(named: name), with: [stage]), renormalizingWith: [stage])
    }

    @Test(
        "keeps the stage contract",
        arguments: [
            WhitespaceNormalizer(), .init(collapseSpaces: false), .init(keepTabs: true),
            .init(collapseSpaces: false, keepTabs: true),
        ]
    )
    func contract(stage: WhitespaceNormalizer) throws {
        try StageVerifier.verify(stage, cases: StageVerifier.standardCases + sharedHardCases)
        try StageVerifier.verify(stage)
    }

    @Test("is named lede.whitespace and collapses spaces but not tabs by default")
    func configuration() {
        let stage = WhitespaceNormalizer()
        #expect(stage.name == "lede.whitespace")
        #expect(stage.collapseSpaces && !stage.keepTabs)
    }
}
