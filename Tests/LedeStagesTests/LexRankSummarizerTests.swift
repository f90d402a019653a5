import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct LexRankSummarizerTests {
    @Test(
        "the three best sentences of each seed, in document order, with their ranks",
        arguments: [
            (
                "000",
                [
                    "U.S. military leaders met with NATO defense chiefs on Wednesday to iron out details of security protections for Ukraine as part of a potential peace deal with Russia.",
                    "Trump said Tuesday that the U.S. may provide air support as a part of security protections for Ukraine.",
                    "Although Putin has rejected Ukraine’s admission to NATO, Special Envoy Steve Witkoff signaled that Putin will allow NATO members to provide Ukraine with Article 5 protections in a potential peace deal.",
                ],
                [2, 1, 3]
            ),
            (
                "004",
                [
                    "Military leaders from the United States and several European countries have been developing plans to provide security guarantees to Ukraine, officials said.",
                    "A source familiar with the matter said that U.S. Secretary of State Marco Rubio, who also serves as Trump’s national security adviser, held a conference call on Thursday with his European counterparts to discuss the options.",
                    "Trump has stated he will not deploy U.S. troops to Ukraine but has left the door open for other U.S. military involvement, including air support.",
                ],
                [1, 2, 3]
            ),
        ] as [(String, [String], [Int])]
    )
    func seeds(prefix: String, expected: [String], ranks: [Int]) throws {
        let document = try #require(try analysedSeeds().first { $0.id.hasPrefix(prefix) })
        let summary = try LexRankSummarizer().summarize([document])
        #expect(texts(summary) == expected)
        #expect(summary.sentences.map(\.rank) == ranks)
        #expect(
            summary.sentences.allSatisfy { $0.documentID == document.id && $0.provenance.rule == "lexrank-continuous" }
        )
        #expect(summary.method == "lede.summary.lexrank")
    }

    @Test("the threshold variant joins sentences equally above the threshold")
    func thresholdVariant() throws {
        let document = try #require(try analysedSeeds().first { $0.id.hasPrefix("004") })
        let summary = try LexRankSummarizer(variant: .threshold(0.1)).summarize([document])
        #expect(
            texts(summary) == [
                "A Pentagon statement indicated that U.S. and European planners had created military options for “appropriate consideration” by allied national security advisers.",
                "A separate U.S. official confirmed that Rubio spoke with UK National Security Adviser Jonathan Powell, the European Commission president’s head of cabinet Bjoern Seibert, NATO secretary general’s chief of staff Geoffrey van Leeuwen, and other national security officials in France, Italy, Germany, and Finland.",
                "Trump has stated he will not deploy U.S. troops to Ukraine but has left the door open for other U.S. military involvement, including air support.",
            ]
        )
        #expect(summary.sentences.allSatisfy { $0.provenance.rule == "lexrank-threshold" })
        // A threshold no pair reaches leaves every sentence alone: PageRank is uniform, so
        // document order breaks the tie.
        let lone = try LexRankSummarizer(length: .sentences(2), variant: .threshold(1)).summarize([document])
        #expect(lone.sentences.map(\.sentenceIndex) == [0, 1])
    }

    @Test("keeps the summarizer contract")
    func contract() throws {
        try expectSummarizerContract { LexRankSummarizer(length: $0, order: $1) }
    }

    @Test("requires sentences, layout and tokens, and reads quotations and attributions if present")
    func readsQuotesIfPresent() throws {
        try expectQuotesReadIfPresent(LexRankSummarizer())
    }

    @Test("refuses documents that lack what it requires")
    func checksRequirements() throws {
        try expectRequirementsChecked(LexRankSummarizer())
    }

    @Test("keeps the stage contract after the news pipeline")
    func keepsTheStageContract() throws {
        try StageVerifier.verify(LexRankSummarizer(), after: AnalysisPipeline.news().stages)
    }
}
