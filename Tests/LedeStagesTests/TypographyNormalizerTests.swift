import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct TypographyNormalizerTests {
    static let cases: [(String, String)] = [
        ("", ""),
        ("Nothing to change here.", "Nothing to change here."),
        ("“We are united,” he said.", "\"We are united,\" he said."),
        ("\"Straight,\" she said. 'Single,' he said.", "\"Straight,\" she said. 'Single,' he said."),
        ("NATO’s Article 5", "NATO's Article 5"),
        ("the lion’s share", "the lion's share"),
        ("in the ’90s", "in the '90s"),
        ("Ellis’ team", "Ellis' team"),
        ("‘Don’t worry,’ she added.", "'Don't worry,' she added."),
        ("« Nous sommes unis », a-t-il dit.", "\" Nous sommes unis \", a-t-il dit."),
        ("„Wir sind vereint“, sagte er.", "\"Wir sind vereint\", sagte er."),
        ("‹Oui›, dit-elle. ‚Ja‘", "'Oui', dit-elle. 'Ja'"),
        ("‛reversed‟", "'reversed\""),
        ("〝引用〞 〝引用〟", "\"引用\" \"引用\""),
        ("＂fullwidth＇", "\"fullwidth'"),
        ("5′11″ tall", "5'11\" tall"),
        ("the K‑12 plan", "the K-12 plan"),
        ("won 3–1", "won 3-1"),
        ("hyphen‐figure‒minus−", "hyphen-figure-minus-"),
        ("Kyiv — «да», he said — then", "Kyiv -- \"да\", he said -- then"),
        ("bar―two⸺three⸻", "bar--two--three--"),
        ("and then…", "and then..."),
        ("1⁄2 cup", "1/2 cup"),
        ("”—…", "\"--..."),
        ("Cafe\u{301} “Zu\u{308}rich”", "Cafe\u{301} \"Zu\u{308}rich\""),
        ("Fans 🎉🇺🇦 👍🏽 👩🏽‍🚀", "Fans 🎉🇺🇦 👍🏽 👩🏽‍🚀"),
        ("“Line one.”\r\n“Line two.”\r\n", "\"Line one.\"\r\n\"Line two.\"\r\n"),
        ("ʼokina ʻokina", "ʼokina ʻokina"),
        ("\u{0}’\u{FFFD}—", "\u{0}'\u{FFFD}--"),
    ]

    @Test("replaces typographic marks with ASCII", arguments: cases)
    func typography(input: String, expected: String) throws {
        let document = try normalize(input, with: [TypographyNormalizer()])
        #expect(document.text == expected)
    }

    static let options: [(TypographyNormalizer, String)] = [
        (TypographyNormalizer(quotes: false), "“Yes” -- ’90s... 1/2"),
        (TypographyNormalizer(dashes: false), "\"Yes\" — '90s... 1/2"),
        (TypographyNormalizer(ellipsis: false), "\"Yes\" -- '90s… 1/2"),
        (TypographyNormalizer(quotes: false, dashes: false, ellipsis: false), "“Yes” — ’90s… 1/2"),
    ]

    @Test("leaves out the marks an option turns off", arguments: options)
    func turnedOff(stage: TypographyNormalizer, expected: String) throws {
        #expect(try normalize("“Yes” — ’90s… 1⁄2", with: [stage]).text == expected)
    }

    @Test("leaves plain text alone", arguments: ["", "\"Plain\" 'ASCII' -- ...", "Café 東京 👩🏽‍🚀 ʼ"])
    func unchanged(input: String) throws {
        let document = try normalize(input, with: [TypographyNormalizer()])
        #expect(document.text == input)
        #expect(document.offsetMap.isIdentity)
        #expect(document.textRevision == 0)
    }

    @Test("maps each canonical mark back to the mark it replaced")
    func originalMarks() throws {
        let document = try normalize("“NATO’s”—«x»…", with: [TypographyNormalizer()])
        #expect(document.text == "\"NATO's\"--\"x\"...")
        let expected = ["“", "N", "A", "T", "O", "’", "s", "”", "—", "—", "«", "x", "»", "…", "…", "…"]
        var marks: [String] = []
        for offset in 0..<document.text.utf8.count {
            marks.append(String(document.originalText(of: Span(offset..<offset + 1))))
        }
        #expect(marks == expected)
        #expect(document.originalText(of: Span(1..<7)) == "NATO’s")
        #expect(document.offsetMap.edits.count == 7)
    }

    @Test("offsets survive")
    func offsets() throws {
        for stage in [TypographyNormalizer(), TypographyNormalizer(quotes: false)] {
            for input in Self.cases.map(\.0) + sharedHardCases {
                try expectOffsetsSurvive(normalize(input, with: [stage]), renormalizingWith: [stage])
            }
        }
    }

    @Test("offsets survive on the seed articles", arguments: Seeds.all.map(\.name))
    func seeds(name: String) throws {
        let stage = TypographyNormalizer()
        try expectOffsetsSurvive(normalize(Seeds.text(named: name), with: [stage]), renormalizingWith: [stage])
    }

    @Test("keeps the stage contract", arguments: options.map(\.0) + [TypographyNormalizer()])
    func contract(stage: TypographyNormalizer) throws {
        try StageVerifier.verify(stage, cases: StageVerifier.standardCases + sharedHardCases)
        try StageVerifier.verify(stage)
    }

    @Test("is named lede.typography and replaces everything by default")
    func configuration() {
        let stage = TypographyNormalizer()
        #expect(stage.name == "lede.typography")
        #expect(stage.quotes && stage.dashes && stage.ellipsis)
    }
}
