import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct LeadSummarizerTests {
    /// A short article whose second and third body sentences are one quotation with its speaker.
    static let quoted = """
        Council backs record budget

        The city council approved its budget on Monday. "The budget is the largest in our history. \
        Schools and roads get most of it," Mayor Jane Smith said. Critics said the budget was too large.
        """

    @Test(
        "the first three body sentences of each seed",
        arguments: [
            (
                "000",
                [
                    "U.S. military leaders met with NATO defense chiefs on Wednesday to iron out details of security protections for Ukraine as part of a potential peace deal with Russia.",
                    "Security guarantees are a key component of ongoing conversations about ending the three-year-long war in Europe.",
                    "These measures would be included in a peace agreement between Russia and Ukraine to ensure Russian President Vladimir Putin does not attempt to invade Ukrainian territory again.",
                ]
            ),
            (
                "004",
                [
                    "Military leaders from the United States and several European countries have been developing plans to provide security guarantees to Ukraine, officials said.",
                    "They shared their ideas with national security advisers this week as efforts continue to find ways to protect the country amid its prolonged war with Russia.",
                    "This development follows a pledge by U.S. President Donald Trump to help protect Ukraine under any deal to end Russia’s three-and-a-half-year-old war.",
                ]
            ),
        ] as [(String, [String])]
    )
    func seeds(prefix: String, expected: [String]) throws {
        let document = try #require(try analysedSeeds().first { $0.id.hasPrefix(prefix) })
        let summary = try LeadSummarizer().summarize([document])
        #expect(texts(summary) == expected)
        #expect(summary.sentences.map(\.rank) == [1, 2, 3])
        #expect(summary.sentences.allSatisfy { $0.documentID == document.id && $0.provenance.rule == "lead" })
        #expect(summary.method == "lede.summary.lead")
    }

    @Test("several documents are interleaved: the first sentence of each, then the second")
    func interleaves() throws {
        let first = try analysed("Alpha opened a plant in Leeds. Alpha hired 200 staff.", id: "a")
        let second = try analysed("Beta closed a mine in Wales. Beta laid off 90 miners.", id: "b")
        let summary = try LeadSummarizer(length: .sentences(3)).summarize([first, second])
        #expect(summary.sentences.map { "\($0.documentID)/\($0.sentenceIndex)" } == ["a/0", "a/1", "b/0"])
        #expect(summary.sentences.map(\.documentIndex) == [0, 0, 1])
        #expect(summary.sentences.map(\.rank) == [1, 3, 2])
    }

    @Test(
        "a quotation and its speaker are one unit, counted whole or passed over",
        arguments: [
            (
                3,
                [
                    "The city council approved its budget on Monday.",
                    "\"The budget is the largest in our history.",
                    "Schools and roads get most of it,\" Mayor Jane Smith said.",
                ]
            ),
            (2, ["The city council approved its budget on Monday.", "Critics said the budget was too large."]),
        ] as [(Int, [String])]
    )
    func quoteUnit(count: Int, expected: [String]) throws {
        let summary = try LeadSummarizer(length: .sentences(count)).summarize([try analysed(Self.quoted)])
        #expect(texts(summary) == expected)
        #expect(summary.sentences.map(\.provenance.rule).contains("quote-unit") == (count == 3))
    }

    @Test("keeps the summarizer contract")
    func contract() throws {
        try expectSummarizerContract { LeadSummarizer(length: $0, order: $1) }
    }

    @Test("requires sentences, layout and tokens, and reads quotations and attributions if present")
    func readsQuotesIfPresent() throws {
        try expectQuotesReadIfPresent(LeadSummarizer())
    }

    @Test("refuses documents that lack what it requires")
    func checksRequirements() throws {
        try expectRequirementsChecked(LeadSummarizer())
    }

    @Test("keeps the stage contract after the news pipeline")
    func keepsTheStageContract() throws {
        try StageVerifier.verify(LeadSummarizer(), after: AnalysisPipeline.news().stages)
    }
}
