import AcmeStages
import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct GuillemetQuoteFinderTests {
    /// The news pipeline with the guillemet finder in place of Lede's quote finder.
    static func pipeline() throws -> AnalysisPipeline {
        try AnalysisPipeline.news().replacing("lede.quotes", with: GuillemetQuoteFinder())
    }

    /// What a test expects of one quotation: its content as written, its kind, and its
    /// speaker as the attribution stage resolved it.
    struct Found: Equatable, CustomStringConvertible {
        var content: String
        var kind: QuoteKind
        var speaker: String?

        var description: String { "«\(content)» (\(kind), \(speaker ?? "nobody"))" }
    }

    func found(in text: String, with pipeline: AnalysisPipeline) throws -> [Found] {
        let document = try pipeline.run(text)
        return document.attributedQuotes.map {
            Found(
                content: String(document.originalText(of: $0.quote.content)),
                kind: $0.quote.kind,
                speaker: $0.attribution?.speaker?.name
            )
        }
    }

    @Test("keeps the stage contract, with and without the typography normalizer")
    func keepsTheStageContract() throws {
        let upstream: [any AnalysisStage] = [ParagraphSegmenter(), LayoutTagger(), SentenceSegmenter()]
        try StageVerifier.verify(GuillemetQuoteFinder(), after: Normalizers.standard + upstream)
        try StageVerifier.verify(GuillemetQuoteFinder(), after: upstream)
    }

    @Test(
        "Lede's attribution stage attributes the quotations the downstream finder found",
        arguments: [
            ("", []),
            ("Nobody was quoted in this story.", []),
            (
                "«We are united», Cavo Dragone said after the meeting.",
                [Found(content: "We are united", kind: .full, speaker: "Cavo Dragone")]
            ),
            (
                "The minister said: « Nous sommes prêts. » Critics disagreed.",
                [Found(content: "Nous sommes prêts.", kind: .full, speaker: "The minister")]
            ),
            (
                "“Project Fear” was back, officials said. «The deal is done», Jane Smith told reporters.",
                [Found(content: "The deal is done", kind: .full, speaker: "Jane Smith")]
            ),
            (
                "Zürich’s mayor called it «a new start» 🎉.\r\n\r\n«It is a good day», she added.\r\n",
                [
                    Found(content: "a new start", kind: .fragment, speaker: "Zürich’s mayor"),
                    // “she” resolved to the mayor.
                    Found(content: "It is a good day", kind: .full, speaker: "Zürich’s mayor"),
                ]
            ),
        ] as [(String, [Found])]
    )
    func attributesDownstreamQuotes(text: String, expected: [Found]) throws {
        let actual = try found(in: text, with: Self.pipeline())
        #expect(actual == expected, "\(actual)")
    }

    @Test("finds guillemets whether or not the typography normalizer turned them into straight quotes")
    func withoutTheTypographyNormalizer() throws {
        let text = "«We are united», Cavo Dragone said."
        let keeping = try AnalysisPipeline.news()
            .replacing("lede.typography", with: TypographyNormalizer(quotes: false))
            .replacing("lede.quotes", with: GuillemetQuoteFinder())
        let document = try keeping.run(text)
        #expect(document.text.hasPrefix("«"))
        #expect(
            try found(in: text, with: keeping) == [
                Found(content: "We are united", kind: .full, speaker: "Cavo Dragone")
            ]
        )
    }

    @Test("reports guillemets it cannot pair, and ignores other quotation marks")
    func issues() throws {
        let document = try Self.pipeline().run(
            "He said «one and «two». Then » alone. \"Straight\" and “curly” are not quotes."
        )
        #expect(document.quotes.map { String(document.originalText(of: $0.content)) } == ["two"])
        #expect(document.quoteIssues.map(\.reason) == ["unclosed", "unopened"])
        #expect(document.quoteIssues.map { String(document.originalText(of: $0.mark)) } == ["«", "»"])
        #expect(document.producer(of: .quotes) == "acme.guillemet-quotes")
    }

    @Test("is registered for configurations, in place of lede.quotes")
    func configuration() throws {
        var registry = StageRegistry.builtIn
        try registry.registerAcmeStages()
        let pipeline = try registry.makePipeline(
            json: """
                {"stages": ["lede.line-endings", "lede.unicode", "lede.control-characters", "lede.whitespace",
                  "lede.typography", "lede.paragraphs", "lede.layout", "lede.sentences", "lede.tokens",
                  "acme.guillemet-quotes", "lede.names", "lede.cues", "lede.attributions", "lede.speakers"]}
                """
        )
        let document = try pipeline.run("«We are united», Cavo Dragone said.")
        #expect(document.attribution(ofQuote: 0)?.speaker?.name == "Cavo Dragone")
    }
}
