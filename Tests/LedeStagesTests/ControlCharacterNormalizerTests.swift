import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct ControlCharacterNormalizerTests {
    /// A noncharacter, which Swift string literals cannot spell.
    static func nonchar(_ value: UInt32) -> String { Unicode.Scalar(value).map(String.init) ?? "" }

    /// Input, output when removing, output when replacing with a space.
    static let cases: [(String, String, String)] = [
        ("", "", ""),
        ("Nothing to remove.\tTab\nLF\rCR", "Nothing to remove.\tTab\nLF\rCR", "Nothing to remove.\tTab\nLF\rCR"),
        ("NUL\u{0}byte", "NULbyte", "NUL byte"),
        ("Bell\u{7} and NUL\u{0} chars", "Bell and NUL chars", "Bell  and NUL  chars"),
        ("\u{1B}[31mred\u{1B}[0m", "[31mred[0m", " [31mred [0m"),
        ("back\u{8}\u{8}space", "backspace", "back space"),
        ("vertical\u{B}tab\u{C}feed", "verticaltabfeed", "vertical tab feed"),
        ("del\u{7F}ete", "delete", "del ete"),
        ("c1\u{80}\u{9F}end", "c1end", "c1 end"),
        ("next\u{85}line", "next\u{85}line", "next\u{85}line"),
        ("non\(nonchar(0xFFFE))char\(nonchar(0xFFFF))s", "nonchars", "non char s"),
        ("range\(nonchar(0xFDD0))\(nonchar(0xFDEF))s", "ranges", "range s"),
        ("planes\(nonchar(0x1FFFE))\(nonchar(0x10FFFF))", "planes", "planes "),
        ("\u{0}\u{0}\u{0}", "", " "),
        ("repaired\u{FFFD}kept", "repaired\u{FFFD}kept", "repaired\u{FFFD}kept"),
        ("e\u{0}\u{301}", "e \u{301}", "e \u{301}"),  // the mark keeps a base of its own
        ("“Curly” NATO’s «x» Cafe\u{301}", "“Curly” NATO’s «x» Cafe\u{301}", "“Curly” NATO’s «x» Cafe\u{301}"),
        ("👩🏽‍🚀\u{0}👍🏽\r\n", "👩🏽‍🚀👍🏽\r\n", "👩🏽‍🚀 👍🏽\r\n"),
    ]

    @Test("removes control characters and noncharacters", arguments: cases)
    func controls(input: String, removed: String, spaced: String) throws {
        let document = try normalize(input, with: [ControlCharacterNormalizer()])
        #expect(Array(document.text.unicodeScalars) == Array(removed.unicodeScalars))
        let spacedDocument = try normalize(input, with: [ControlCharacterNormalizer(replaceWithSpace: true)])
        #expect(Array(spacedDocument.text.unicodeScalars) == Array(spaced.unicodeScalars))
    }

    @Test("handles binary input without trouble")
    func binary() throws {
        var bytes: [UInt8] = []
        for value in 0...255 { bytes.append(UInt8(value)) }
        bytes += [0, 0, 0xFF, 0xFE, 0, 0x41, 0xC0, 0x80]
        let document = Document(decoding: bytes + bytes, id: "binary")
        #expect(!document.inputIssues.isEmpty)
        var normalized = document
        try ControlCharacterNormalizer().process(&normalized)
        #expect(!normalized.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" })
        #expect(normalized.text.unicodeScalars.contains("\u{FFFD}"))
        try expectOffsetsSurvive(normalized, renormalizingWith: [ControlCharacterNormalizer()])
    }

    @Test("leaves clean text alone", arguments: ["", "a\tb\nc\r\n", "NATO’s “plan” 東京 👩🏽‍🚀\u{85}\u{FFFD}"])
    func unchanged(input: String) throws {
        let document = try normalize(input, with: [ControlCharacterNormalizer()])
        #expect(document.text == input)
        #expect(document.offsetMap.isIdentity)
        #expect(document.textRevision == 0)
    }

    @Test("offsets survive", arguments: [false, true])
    func offsets(replaceWithSpace: Bool) throws {
        let stage = ControlCharacterNormalizer(replaceWithSpace: replaceWithSpace)
        for input in Self.cases.map(\.0) + sharedHardCases {
            try expectOffsetsSurvive(normalize(input, with: [stage]), renormalizingWith: [stage])
        }
    }

    @Test("offsets survive on the seed articles", arguments: Seeds.all.map(\.name))
    func seeds(name: String) throws {
        let stage = ControlCharacterNormalizer()
        try expectOffsetsSurvive(normalize(Seeds.text(named: name), with: [stage]), renormalizingWith: [stage])
    }

    @Test("keeps the stage contract", arguments: [false, true])
    func contract(replaceWithSpace: Bool) throws {
        let stage = ControlCharacterNormalizer(replaceWithSpace: replaceWithSpace)
        try StageVerifier.verify(stage, cases: StageVerifier.standardCases + sharedHardCases)
        try StageVerifier.verify(stage)
    }

    @Test("is named lede.control-characters and removes by default")
    func configuration() {
        #expect(ControlCharacterNormalizer().name == "lede.control-characters")
        #expect(!ControlCharacterNormalizer().replaceWithSpace)
    }
}
