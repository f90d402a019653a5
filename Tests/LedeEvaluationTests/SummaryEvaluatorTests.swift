import Foundation
import Lede
import LedeEvaluation
import Testing

@Suite struct SummaryEvaluatorTests {
    @Test("end to end: a BBC-layout corpus, Lead-k and ROUGE")
    func endToEnd() async throws {
        let corpus = try BBCCorpusReaderTests.corpus()
        let examples = try await BBCCorpusReader(root: corpus.root.path).examples()
        let evaluation = try await SummaryEvaluator().evaluate(examples, method: .lead)
        #expect(evaluation.method == "lead")
        #expect(evaluation.results.map(\.id) == ["business/001", "business/002", "sport/001"])
        #expect(
            evaluation.results.map(\.summary) == [
                ["Profits at the firm rose 5% to $1.4bn.", "Sales were strong."],
                ["The bank cut rates to 4.5%.", "Borrowers cheered."],
                ["The café side won 2-0."],
            ]
        )
        let scorer = RougeScorer()
        for (example, result) in zip(examples, evaluation.results) {
            #expect(result.scores == scorer.score(reference: example.reference, candidate: result.summary))
        }
        // The candidate has 9 of the reference's 10 tokens (all but "loudli").
        #expect(evaluation.results[1].scores.rouge1 == RougeScore(precision: 1, recall: 9 / 10))
        #expect(evaluation.mean == RougeScores.mean(evaluation.results.map(\.scores)))
    }

    @Test("runs are deterministic whatever the concurrency")
    func deterministic() async throws {
        let examples = (0..<40).map { index in
            SummaryExample(
                id: "\(index)",
                text: "Title \(index)\n\nFirst \(index) sentence. Second one here. Third one \(index % 3).",
                reference: ["Second one here.", "Third one \(index % 5)."]
            )
        }
        let serial = try await SummaryEvaluator().evaluate(examples, method: .lead, maxConcurrency: 1)
        let parallel = try await SummaryEvaluator().evaluate(examples, method: .lead)
        #expect(serial == parallel)
        #expect(serial.results.map(\.id) == examples.map(\.id))
    }

    /// An annotation the evaluation pipeline does not provide.
    enum SentimentKey: AnnotationKey {
        typealias Value = [Double]
        static var name: String { "sentiment" }
    }

    /// A summarizer that needs sentiment, which the evaluation pipeline does not provide.
    struct TokenSummarizer: Summarizer {
        var requires: Set<AnnotationKeyID> { [.sentences, AnnotationKeyID(SentimentKey.self)] }
        func makeSummary(of documents: [Document]) throws -> Summary { Summary(sentences: [], method: "tokens") }
    }

    @Test("a method that needs more than the pipeline provides is refused up front")
    func missingRequirement() async throws {
        let method = SummarizationMethod(name: "tokens") { _ in TokenSummarizer() }
        let error = await #expect(throws: EvaluationError.self) {
            try await SummaryEvaluator().evaluate(
                [SummaryExample(id: "a", text: "T\n\nB.", reference: ["B."])],
                method: method
            )
        }
        #expect(error?.code == .summarizationFailed)
        #expect(error?.message.contains("sentiment") == true)
    }

    @Test("reads the JSON Lines format of the curated dev sets")
    func jsonLines() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-gold-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        let lines = [
            #"{"id": "business/001", "text": "Title\n\nOne. Two.", "reference": ["Two.", " "], "k": 3}"#,
            "",
            #"{"id": "x", "text": "T\n\nA. B.", "reference": "A.\nB.\n"}"#,
        ]
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
        let examples = try SummaryExample.readJSONLines(atPath: url.path)
        #expect(examples.map(\.id) == ["business/001", "x"])
        #expect(examples[0].reference == ["Two."])
        #expect(examples[0].sentenceCount == 3)
        #expect(examples[1].reference == ["A.", "B."])
        #expect(examples[1].sentenceCount == 2)
        #expect(try SummaryExample.readJSONLines(atPath: url.path, limit: 1).count == 1)

        try Data((lines + [#"{"id": "y"}"#]).joined(separator: "\n").utf8).write(to: url)
        let error = #expect(throws: EvaluationError.self) { try SummaryExample.readJSONLines(atPath: url.path) }
        #expect(error?.code == .invalidRecord)
        #expect(error?.message.hasPrefix("Line 4 of") == true)
    }
}
