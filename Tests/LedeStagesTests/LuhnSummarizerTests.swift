import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct LuhnSummarizerTests {
    @Test(
        "the three best sentences of each seed, in document order, with their ranks",
        arguments: [
            (
                "000",
                [
                    "U.S. military leaders met with NATO defense chiefs on Wednesday to iron out details of security protections for Ukraine as part of a potential peace deal with Russia.",
                    "White House Press Secretary Karoline Leavitt said U.S. involvement would not include deploying troops during a news conference Tuesday.",
                    "Although Putin has rejected Ukraine’s admission to NATO, Special Envoy Steve Witkoff signaled that Putin will allow NATO members to provide Ukraine with Article 5 protections in a potential peace deal.",
                ],
                [2, 3, 1]
            ),
            (
                "004",
                [
                    "Military leaders from the United States and several European countries have been developing plans to provide security guarantees to Ukraine, officials said.",
                    "Defense chiefs from the United States, Finland, France, Germany, Italy, the United Kingdom, and Ukraine met in Washington, D.C., from Tuesday to Thursday.",
                    "A separate U.S. official confirmed that Rubio spoke with UK National Security Adviser Jonathan Powell, the European Commission president’s head of cabinet Bjoern Seibert, NATO secretary general’s chief of staff Geoffrey van Leeuwen, and other national security officials in France, Italy, Germany, and Finland.",
                ],
                [3, 2, 1]
            ),
        ] as [(String, [String], [Int])]
    )
    func seeds(prefix: String, expected: [String], ranks: [Int]) throws {
        let document = try #require(try analysedSeeds().first { $0.id.hasPrefix(prefix) })
        let summary = try LuhnSummarizer().summarize([document])
        #expect(texts(summary) == expected)
        #expect(summary.sentences.map(\.rank) == ranks)
        #expect(summary.sentences.allSatisfy { $0.documentID == document.id && $0.provenance.rule == "luhn" })
        #expect(summary.method == "lede.summary.luhn")
    }

    @Test(
        "a sentence scores its tightest cluster of significant words",
        arguments: [
            (2, 4, "Grain prices rose as grain exports and grain stocks fell."),
            (5, 4, "Markets were calm on Monday."),
        ] as [(Int, Int, String)]
    )
    func clusters(minimumCount: Int, gap: Int, best: String) throws {
        let document = try analysed(
            "Markets were calm on Monday. Grain prices rose as grain exports and grain stocks fell. Traders expect grain to stay dear."
        )
        let summary = try LuhnSummarizer(length: .sentences(1), minimumCount: minimumCount, gap: gap).summarize([
            document
        ])
        #expect(texts(summary) == [best])
    }

    @Test("keeps the summarizer contract")
    func contract() throws {
        try expectSummarizerContract { LuhnSummarizer(length: $0, order: $1) }
    }

    @Test("requires sentences, layout and tokens, and reads quotations and attributions if present")
    func readsQuotesIfPresent() throws {
        try expectQuotesReadIfPresent(LuhnSummarizer())
    }

    @Test("refuses documents that lack what it requires")
    func checksRequirements() throws {
        try expectRequirementsChecked(LuhnSummarizer())
    }

    @Test("keeps the stage contract after the news pipeline")
    func keepsTheStageContract() throws {
        try StageVerifier.verify(LuhnSummarizer(), after: AnalysisPipeline.news().stages)
    }
}
