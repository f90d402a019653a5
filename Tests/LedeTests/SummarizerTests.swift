import Lede
import LedeTesting
import Testing

@Suite struct SummarizerTests {
    static let text = "A long first sentence of the story. Short one. Another rather long sentence here."

    @Test("summarize(_:) checks the requirements, then calls makeSummary(of:)")
    func summarizes() throws {
        let pipeline = try AnalysisPipeline {
            PeriodSentences()
            NoLayout()
        }
        let summary = try ShortestSentences(count: 1).summarize([pipeline.run(Self.text)])
        #expect(summary.sentences.map(\.text) == ["Short one."])
        #expect(summary.method == "acme.summary.shortest")
    }

    @Test(
        "a document that lacks a requirement is refused, naming the keys, the document and the providers",
        arguments: [
            (
                [""], "which the document lacks",
                "Stage 'acme.summary.shortest' requires 'layout', which the document lacks. Run a stage that provides 'layout' on the documents before summarizing them. Of the built-in stages, 'lede.layout' provides 'layout'."
            ),
            (["a1"], "which document 'a1' lacks", nil),
            (["", ""], "which document 1 of 2 lacks", nil),
        ] as [([String], String, String?)]
    )
    func refusesMissingRequirements(ids: [String], absence: String, message: String?) throws {
        let sentences = try AnalysisPipeline { PeriodSentences() }
        let documents = try ids.map { try sentences.run(Self.text, id: $0) }
        let error = #expect(throws: PipelineError.self) { try ShortestSentences().summarize(documents) }
        #expect(error?.code == .missingRequirement)
        #expect(error?.stage == "acme.summary.shortest")
        #expect(error?.message.contains(absence) == true, "\(error?.message ?? "")")
        if let message { #expect(error?.message == message) }
    }

    @Test("only the first document that lacks something is named, with all it lacks")
    func namesTheFirstLackingDocument() throws {
        let full = try AnalysisPipeline {
            PeriodSentences()
            NoLayout()
        }
        let documents = [try full.run(Self.text, id: "whole"), Document(text: Self.text, id: "bare")]
        let error = #expect(throws: PipelineError.self) { try ShortestSentences().summarize(documents) }
        #expect(
            error?.message
                == "Stage 'acme.summary.shortest' requires 'layout', 'sentences', which document 'bare' lacks. Run a stage that provides 'layout' on the documents before summarizing them. Of the built-in stages, 'lede.layout' provides 'layout'; 'lede.sentences' provides 'sentences'."
        )
    }

    @Test("process(_:) goes through the same check")
    func processChecks() throws {
        var document = Document(text: Self.text)
        #expect(throws: PipelineError.self) { try ShortestSentences().process(&document) }
        #expect(document.summary == nil)
    }

    @Test("a downstream summarizer keeps the stage contract")
    func keepsTheStageContract() throws {
        try StageVerifier.verify(ShortestSentences(), after: [PeriodSentences(), NoLayout()])
    }
}
