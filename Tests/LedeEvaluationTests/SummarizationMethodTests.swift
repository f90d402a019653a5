import Lede
import LedeEvaluation
import LedeStages
import LedeTesting
import Testing

@Suite struct SummarizationMethodTests {
    static let article = """
        Firm profits jump

        Profits at the firm rose 5% to $1.4bn. Sales were strong.

        The chief executive said: "We are pleased." Shares rose 2p.
        """

    @Test("lead picks the first k body sentences, never the headline", arguments: [0, 1, 3, 10])
    func lead(count: Int) throws {
        let document = try SummaryEvaluator.analysisPipeline().run(Self.article, id: "a")
        let summary = try SummarizationMethod.lead.makeSummarizer(count).summarize([document])
        let body = [
            "Profits at the firm rose 5% to $1.4bn.", "Sales were strong.",
            "The chief executive said: \"We are pleased.\"", "Shares rose 2p.",
        ]
        #expect(summary.sentences.map(\.text) == Array(body.prefix(count)))
        #expect(summary.sentences.map(\.rank) == Array((0..<min(count, body.count)).map { $0 + 1 }))
        #expect(summary.sentences.allSatisfy { $0.documentID == "a" && $0.sentenceIndex > 0 })
    }

    @Test("lead keeps the stage contract")
    func keepsTheStageContract() throws {
        try StageVerifier.verify(
            SummarizationMethod.lead.makeSummarizer(2),
            after: SummaryEvaluator.analysisPipeline().stages
        )
    }
}
