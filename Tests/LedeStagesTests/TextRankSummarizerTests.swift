import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct TextRankSummarizerTests {
    @Test(
        "the three best sentences of each seed, in document order, with their ranks",
        arguments: [
            (
                "000",
                [
                    "U.S. military leaders met with NATO defense chiefs on Wednesday to iron out details of security protections for Ukraine as part of a potential peace deal with Russia.",
                    "During a meeting with Ukrainian President Volodymyr Zelenskyy and other European heads of state at the White House on Monday, President Donald Trump indicated that the U.S. would be involved in providing these protections for Ukraine in some way.",
                    "Trump said Tuesday that the U.S. may provide air support as a part of security protections for Ukraine.",
                ],
                [1, 3, 2]
            ),
            (
                "004",
                [
                    "Military leaders from the United States and several European countries have been developing plans to provide security guarantees to Ukraine, officials said.",
                    "A source familiar with the matter said that U.S. Secretary of State Marco Rubio, who also serves as Trump’s national security adviser, held a conference call on Thursday with his European counterparts to discuss the options.",
                    "A separate U.S. official confirmed that Rubio spoke with UK National Security Adviser Jonathan Powell, the European Commission president’s head of cabinet Bjoern Seibert, NATO secretary general’s chief of staff Geoffrey van Leeuwen, and other national security officials in France, Italy, Germany, and Finland.",
                ],
                [2, 1, 3]
            ),
        ] as [(String, [String], [Int])]
    )
    func seeds(prefix: String, expected: [String], ranks: [Int]) throws {
        let document = try #require(try analysedSeeds().first { $0.id.hasPrefix(prefix) })
        let summary = try TextRankSummarizer().summarize([document])
        #expect(texts(summary) == expected)
        #expect(summary.sentences.map(\.rank) == ranks)
        #expect(summary.sentences.allSatisfy { $0.documentID == document.id && $0.provenance.rule == "textrank" })
        #expect(summary.method == "lede.summary.textrank")
    }

    @Test("a short sentence that shares its words with the others ranks first")
    func overlap() throws {
        let document = try analysed(
            "The river flooded the town. Rain fell all week. The flooded river closed the town bridge. Officials said the river would fall."
        )
        let summary = try TextRankSummarizer(length: .sentences(1)).summarize([document])
        #expect(texts(summary) == ["The river flooded the town."])
    }

    @Test("keeps the summarizer contract")
    func contract() throws {
        try expectSummarizerContract { TextRankSummarizer(length: $0, order: $1) }
    }

    @Test("requires sentences, layout and tokens, and reads quotations and attributions if present")
    func readsQuotesIfPresent() throws {
        try expectQuotesReadIfPresent(TextRankSummarizer())
    }

    @Test("refuses documents that lack what it requires")
    func checksRequirements() throws {
        try expectRequirementsChecked(TextRankSummarizer())
    }

    @Test("keeps the stage contract after the news pipeline")
    func keepsTheStageContract() throws {
        try StageVerifier.verify(TextRankSummarizer(), after: AnalysisPipeline.news().stages)
    }
}
