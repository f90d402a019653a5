import Lede
import LedeTesting
import Testing

@testable import LedeStages

@Suite struct UnicodeNormalizerTests {
    /// Input and NFC output.
    static let nfcCases: [(String, String)] = [
        ("", ""),
        ("The committee met on Tuesday.", "The committee met on Tuesday."),
        ("Cafe\u{301} au lait", "Caf\u{E9} au lait"),
        ("Zu\u{308}rich", "Z\u{FC}rich"),
        ("e\u{301}", "\u{E9}"),
        ("\u{301}at the start", "\u{301}at the start"),
        ("e\u{301}\u{323}", "\u{1EB9}\u{301}"),  // marks reordered by class, then composed
        ("\u{E9}\u{301}", "\u{E9}\u{301}"),  // nothing to compose with
        ("\u{212B}ngstr\u{F6}m", "\u{C5}ngstr\u{F6}m"),  // ANGSTROM SIGN is a singleton
        ("a\u{2000}b", "a\u{2002}b"),  // EN QUAD is canonically EN SPACE
        ("\u{1100}\u{1161}\u{11A8}", "\u{AC01}"),  // Hangul jamo compose
        ("\u{AC00}\u{11A8}", "\u{AC01}"),  // LV syllable + T
        ("\u{FB01}nance", "\u{FB01}nance"),  // a compatibility ligature stays under NFC
        ("Cafe\u{301}\r\nZu\u{308}rich\r\n", "Caf\u{E9}\r\nZ\u{FC}rich\r\n"),
        ("NATO’s “plan” — 3–1 …", "NATO’s “plan” — 3–1 …"),
        ("👩🏽‍🚀 👨‍👩‍👧 🏳️‍🌈 🇺🇦", "👩🏽‍🚀 👨‍👩‍👧 🏳️‍🌈 🇺🇦"),
        ("Привет, мир! 東京 नमस्ते", "Привет, мир! 東京 नमस्ते"),
        ("x\u{0}\u{301}\u{FFFD}", "x\u{0}\u{301}\u{FFFD}"),
        ("\u{0915}\u{093C}", "\u{0915}\u{093C}"),  // KA + NUKTA is excluded from composition
        ("\u{0958}", "\u{0915}\u{093C}"),  // so the precomposed QA decomposes
        // Cases Foundation's composing methods get wrong on Linux.
        ("\u{10041}\u{301}", "\u{10041}\u{301}"),  // not Á
        ("\u{1113}\u{1161}", "\u{1113}\u{1161}"),  // old jamo do not compose
        ("\u{1100}\u{1176}", "\u{1100}\u{1176}"),
        ("\u{1D15E}", "\u{1D157}\u{1D165}"),  // a musical note is excluded from composition
        ("\u{110A5}\u{110BA}", "\u{110AB}"),  // Kaithi composes in the supplementary planes
    ]

    /// Input and NFKC output.
    static let nfkcCases: [(String, String)] = [
        ("", ""),
        ("plain ASCII", "plain ASCII"),
        ("\u{FB01}nance", "finance"),
        ("e\u{301}", "\u{E9}"),
        ("a\u{A0}b", "a b"),
        ("wait…", "wait..."),
        ("ＡＢＣ１２３", "ABC123"),
        ("x² ½", "x2 1\u{2044}2"),
        ("\u{FF76}\u{FF9E}", "\u{30AC}"),  // halfwidth KA + voiced mark compose to GA
        ("a\u{FF9E}", "a\u{3099}"),
        ("″", "\u{2032}\u{2032}"),
        ("NATO’s “plan”", "NATO’s “plan”"),
        ("👩🏽‍🚀 👨‍👩‍👧", "👩🏽‍🚀 👨‍👩‍👧"),
        ("K\u{2011}12", "K\u{2010}12"),
        ("\u{C0}\u{FF9E}", "\u{C0}\u{3099}"),  // the voiced mark is reordered before the grave
        ("\u{1C4}\u{323}\u{301}", "D\u{1E92}\u{30C}\u{301}"),
    ]

    @Test("puts text in NFC", arguments: nfcCases)
    func nfc(input: String, expected: String) throws {
        let document = try normalize(input, with: [UnicodeNormalizer()])
        #expect(Array(document.text.unicodeScalars) == Array(expected.unicodeScalars))
        #expect(document.original == input)
    }

    @Test("puts text in NFKC on request", arguments: nfkcCases)
    func nfkc(input: String, expected: String) throws {
        let document = try normalize(input, with: [UnicodeNormalizer(form: .nfkc)])
        #expect(Array(document.text.unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test(
        "leaves normalized text alone: no rewrite, identity map",
        arguments: ["", "ASCII only.", "Caf\u{E9} NATO’s “plan” 東京 👩🏽‍🚀", "x\u{0}y\u{FFFD}"]
    )
    func unchanged(input: String) throws {
        for form in UnicodeNormalizer.Form.allCases {
            let document = try normalize(input, with: [UnicodeNormalizer(form: form)])
            #expect(document.text == input)
            #expect(document.offsetMap.isIdentity)
            #expect(document.textRevision == 0)
        }
    }

    @Test("replaces only the scalars that change")
    func minimalEdits() throws {
        let document = try normalize("Cafe\u{301} x\u{FF9E}", with: [UnicodeNormalizer(form: .nfkc)])
        #expect(document.text == "Caf\u{E9} x\u{3099}")
        // The é replaced "e" + U+0301; the x before the voiced mark was left out of its edit.
        #expect(document.offsetMap.edits.map(\.original) == [3..<6, 8..<11])
        #expect(document.originalText(of: Span(0..<3)) == "Caf")
        #expect(document.originalText(of: Span(3..<5)) == "e\u{301}")
        #expect(document.originalText(of: Span(6..<7)) == "x")
    }

    @Test("offsets survive", arguments: UnicodeNormalizer.Form.allCases)
    func offsets(form: UnicodeNormalizer.Form) throws {
        let stage = UnicodeNormalizer(form: form)
        for input in Self.nfcCases.map(\.0) + Self.nfkcCases.map(\.0) + sharedHardCases {
            try expectOffsetsSurvive(normalize(input, with: [stage]), renormalizingWith: [stage])
        }
    }

    @Test("offsets survive on the seed articles", arguments: Seeds.all.map(\.name))
    func seeds(name: String) throws {
        let text = try Seeds.text(named: name)
        for form in UnicodeNormalizer.Form.allCases {
            let stage = UnicodeNormalizer(form: form)
            try expectOffsetsSurvive(normalize(text, with: [stage]), renormalizingWith: [stage])
        }
    }

    @Test("keeps the stage contract", arguments: UnicodeNormalizer.Form.allCases)
    func contract(form: UnicodeNormalizer.Form) throws {
        try StageVerifier.verify(UnicodeNormalizer(form: form), cases: StageVerifier.standardCases + sharedHardCases)
        try StageVerifier.verify(UnicodeNormalizer(form: form))
    }

    @Test("the precomputed scalar traits agree with the Unicode properties and the forms")
    func traits() {
        var disagreements: [UInt32] = []
        for value in Array(0..<UInt32(0x3400)) + Array(0x4E00...0x9FFF) + Array(0xAC00...0xD7A3) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            let stable = { (form: UnicodeNormalizer.Form) in
                UnicodeNormalizer.normalizedBytes(text, form: form).elementsEqual(text.utf8)
            }
            let agree =
                scalar.attachesToPrevious == ScalarTraits.computeAttachesToPrevious(scalar)
                && scalar.needsBase == ScalarTraits.computeNeedsBase(scalar)
                && scalar.isInert(in: .nfc) == ScalarTraits.computeIsInert(scalar, in: .nfc)
                && scalar.isInert(in: .nfc) == (!scalar.attachesToPrevious && stable(.nfc))
                && scalar.isInert(in: .nfkc) == (!scalar.attachesToPrevious && stable(.nfkc))
            if !agree { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty)
    }

    @Test("is named lede.unicode and defaults to NFC")
    func configuration() {
        #expect(UnicodeNormalizer().name == "lede.unicode")
        #expect(UnicodeNormalizer().form == .nfc)
        #expect(UnicodeNormalizer.Form(rawValue: "nfkc") == .nfkc)
    }
}
