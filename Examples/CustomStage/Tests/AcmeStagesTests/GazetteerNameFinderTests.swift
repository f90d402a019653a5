import AcmeStages
import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct GazetteerNameFinderTests {
    static let gazetteer = GazetteerNameFinder(entries: [
        .init(name: "Northwind Traders", kind: .organization),
        .init(name: "Pemberton", kind: .person, fullName: "Ada Pemberton"),
        .init(name: "Harbour Board", kind: .organization),
    ])

    static let text = "“Prices will rise,” Northwind Traders said. “We disagree,” Pemberton said."

    /// Each quotation's speaker as "mention -> name (kind)".
    static func speakers(_ document: Document) -> [String] {
        document.attributedQuotes.compactMap { item in
            guard let speaker = item.attribution?.speaker else { return nil }
            return "\(document.originalText(of: speaker.mention)) -> \(speaker.name) (\(speaker.kind))"
        }
    }

    @Test("in place of lede.names, the listed names decide the kinds and names of speakers")
    func speakerKindsFollowTheList() throws {
        let builtIn = try AnalysisPipeline.news().run(Self.text)
        #expect(
            Self.speakers(builtIn) == [
                "Northwind Traders -> Northwind Traders (person)", "Pemberton -> Pemberton (organization)",
            ]
        )
        let listed = try AnalysisPipeline.news().replacing("lede.names", with: Self.gazetteer).run(Self.text)
        #expect(
            Self.speakers(listed) == [
                "Northwind Traders -> Northwind Traders (organization)", "Pemberton -> Ada Pemberton (person)",
            ]
        )
        #expect(listed.mentions.map(\.provenance.stage) == ["acme.gazetteer", "acme.gazetteer"])
    }

    @Test(
        "matches whole words only, one space apart",
        arguments: [
            ("The Harbour Board met.", ["Harbour Board"]),
            ("The Harbour\nBoard met.", []),
            ("Pembertons and the Harbour Boards met.", []),
            ("Pemberton, Pemberton!", ["Pemberton", "Pemberton"]),
            ("", []),
        ] as [(String, [String])]
    )
    func wholeWords(text: String, expected: [String]) throws {
        let pipeline = try AnalysisPipeline {
            ParagraphSegmenter()
            WordTokenizer()
            Self.gazetteer
        }
        let document = try pipeline.run(text)
        #expect(document.mentions.map { String(document.originalText(of: $0.span)) } == expected)
    }

    @Test("is registered for configurations, in place of lede.names")
    func configuration() throws {
        var registry = StageRegistry.builtIn
        try registry.registerAcmeStages()
        let pipeline = try registry.makePipeline(
            json: """
                {"stages": ["lede.line-endings", "lede.unicode", "lede.control-characters", "lede.whitespace",
                  "lede.typography", "lede.paragraphs", "lede.layout", "lede.sentences", "lede.tokens",
                  "lede.quotes",
                  {"name": "acme.gazetteer", "options": {"organizations": ["Northwind Traders"], "people": ["Pemberton"]}},
                  "lede.cues", "lede.attributions", "lede.speakers"]}
                """
        )
        #expect(
            Self.speakers(try pipeline.run(Self.text)) == [
                "Northwind Traders -> Northwind Traders (organization)", "Pemberton -> Pemberton (person)",
            ]
        )
    }

    @Test("keeps the stage contract")
    func contract() throws {
        try StageVerifier.verify(Self.gazetteer, after: [ParagraphSegmenter(), WordTokenizer()])
    }
}
