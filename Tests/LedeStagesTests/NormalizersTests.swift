import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct NormalizersTests {
    static let hardText =
        "\u{FEFF}“We are united,” Cavo Dragone said.\r\n"
        + "NATO’s  Article\u{A0}5 — “applies”…\r\n\r\n\r\n  "
        + "Cafe\u{301} in Zu\u{308}rich costs €3.50\u{0}; the K\u{2011}12 plan\u{200B} won 3–1.\u{2029}"
        + "« Oui », a-t-il dit.\u{2028}Fans 👩🏽‍🚀 cheered\t\there.   \n"

    static let canonicalText =
        "\"We are united,\" Cavo Dragone said.\n"
        + "NATO's Article 5 -- \"applies\"...\n\n"
        + "Caf\u{E9} in Z\u{FC}rich costs €3.50; the K-12 plan won 3-1.\n\n"
        + "\" Oui \", a-t-il dit.\nFans 👩🏽‍🚀 cheered here.\n"

    @Test("lists the five normalizers in order")
    func order() {
        #expect(
            Normalizers.standard.map(\.name) == [
                "lede.line-endings", "lede.unicode", "lede.control-characters", "lede.whitespace", "lede.typography",
            ]
        )
        #expect(Normalizers.standard.allSatisfy { StageKind(of: $0) == .normalizer })
    }

    @Test("turns a text full of hard cases into the canonical text")
    func canonical() throws {
        let pipeline = try AnalysisPipeline(stages: Normalizers.standard)
        let document = try pipeline.run(Self.hardText)
        #expect(Array(document.text.unicodeScalars) == Array(Self.canonicalText.unicodeScalars))
        #expect(document.original == Self.hardText)
        // Words keep their way back to what the writer typed.
        let bytes = Array(document.text.utf8)
        func original(of word: String) -> Substring? {
            bytes.firstRange(of: Array(word.utf8)).map { document.originalText(of: Span($0)) }
        }
        // The byte-order mark deleted in front of the first quote is counted with it.
        #expect(original(of: "\"We") == "\u{FEFF}“We")
        #expect(original(of: "united,\"") == "united,”")
        #expect(original(of: "NATO's") == "NATO’s")
        #expect(original(of: "Caf\u{E9}") == "Cafe\u{301}")
        #expect(original(of: "€3.50;") == "€3.50\u{0};")
        #expect(original(of: "K-12") == "K\u{2011}12")
        #expect(original(of: "...\n\n") == "…\r\n\r\n\r\n  ")
        try expectOffsetsSurvive(document, renormalizingWith: Normalizers.standard)
    }

    @Test("offsets survive every normalizer and the whole chain on the seed articles", arguments: Seeds.all.map(\.name))
    func seeds(name: String) throws {
        let text = try Seeds.text(named: name)
        for stage in Normalizers.standard {
            try expectOffsetsSurvive(normalize(text, with: [stage]), renormalizingWith: [stage])
        }
        let document = try normalize(text, with: Normalizers.standard)
        try expectOffsetsSurvive(document, renormalizingWith: Normalizers.standard)
        #expect(document.text != document.original, "the seed articles have curly quotes to straighten")
    }

    @Test("offsets survive the whole chain on hard cases")
    func hardCases() throws {
        for input in sharedHardCases + [Self.hardText] {
            try expectOffsetsSurvive(
                normalize(input, with: Normalizers.standard),
                renormalizingWith: Normalizers.standard
            )
        }
    }

    @Test("running the chain twice changes nothing more")
    func idempotent() throws {
        let texts = sharedHardCases + [Self.hardText] + Seeds.all.map(\.text)
        let compatibility: [any AnalysisStage] = [
            LineEndingNormalizer(), UnicodeNormalizer(form: .nfkc), ControlCharacterNormalizer(),
            WhitespaceNormalizer(), TypographyNormalizer(),
        ]
        for stages in [Normalizers.standard, compatibility] {
            for text in texts {
                let once = try normalize(text, with: stages).text
                #expect(try normalize(once, with: stages).text == once)
            }
        }
    }

    @Test("the chain keeps the stage contract")
    func contract() throws {
        let pipeline = try AnalysisPipeline(name: "normalizers", stages: Normalizers.standard)
        try StageVerifier.verify(pipeline, cases: StageVerifier.standardCases + sharedHardCases + [Self.hardText])
    }

    /// Texts of up to 16 pieces drawn from the hard cases, the same every run.
    static let mixes: [String] = {
        let pieces: [String] = [
            "a", "e", "x", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{A0}", "\u{2000}", "\u{3000}", "\u{200B}",
            "\u{2060}",
            "\u{FEFF}", "\u{200C}", "\u{200D}", "\u{301}", "\u{308}", "\u{323}", "\u{0}", "\u{7}", "\u{7F}", "\u{85}",
            "\u{9F}", "\u{2028}", "\u{2029}", "“", "”", "’", "«", "—", "–", "…", "⁄", "″", "ﬁ", "ｶ", "ﾞ", "\u{1100}",
            "\u{1161}", "\u{11A8}", "\u{AC00}", "\u{10041}", "👍", "🏽", "\u{FFFD}", "\u{212B}", "½", "é", "\u{0958}",
            "\u{110A5}", "\u{110BA}", "#", ".", "\"", "'",
        ]
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            // SplitMix64.
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((value ^ (value >> 31)) % UInt64(bound))
        }
        return (0..<1000).map { _ in (0..<next(17)).map { _ in pieces[next(pieces.count)] }.joined() }
    }()

    @Test("every normalizer and the chain survive mixes of hard characters")
    func mixes() throws {
        let compatibility: [any AnalysisStage] = [
            LineEndingNormalizer(), UnicodeNormalizer(form: .nfkc), ControlCharacterNormalizer(),
            WhitespaceNormalizer(), TypographyNormalizer(),
        ]
        let variants: [any AnalysisStage] = [
            UnicodeNormalizer(form: .nfkc), WhitespaceNormalizer(collapseSpaces: false),
            WhitespaceNormalizer(keepTabs: true), ControlCharacterNormalizer(replaceWithSpace: true),
        ]
        let lists = (Normalizers.standard + variants).map { [$0] } + [Normalizers.standard, compatibility]
        for stages in lists {
            for text in Self.mixes {
                let once = try normalize(text, with: stages)
                #expect(try normalize(once.text, with: stages).text == once.text, "\(text.debugDescription)")
                try expectOffsetsSurvive(once, renormalizingWith: stages)
            }
        }
        for stage in Normalizers.standard + variants {
            func verify(_ stage: some AnalysisStage) throws { try StageVerifier.verify(stage, cases: Self.mixes) }
            try verify(stage)
        }
    }
}
