import Lede
import LedeEvaluation
import LedeStages
import LedeTesting
import Testing

@Suite struct LeadingHeadlineTaggerTests {
    @Test("the first of several paragraphs is the headline; a single paragraph is body text")
    func marksFirstParagraph() throws {
        let pipeline = try AnalysisPipeline {
            ParagraphSegmenter()
            SentenceSegmenter()
            LeadingHeadlineTagger()
        }
        let document = try pipeline.run("Firm profits jump\n\nProfits rose. Sales were strong.")
        #expect(document.layout.map(\.role) == [.headline])
        #expect(document.sentences.map { document.isBodyText($0.span) } == [false, true, true])
        #expect(try pipeline.run("Just one paragraph. Two sentences.").layout.isEmpty)
        #expect(try pipeline.run("").layout.isEmpty)
    }

    @Test("keeps the stage contract")
    func keepsTheStageContract() throws {
        try StageVerifier.verify(LeadingHeadlineTagger(), after: [ParagraphSegmenter()])
    }
}
