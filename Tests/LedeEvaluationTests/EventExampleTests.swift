import Foundation
import Lede
import LedeEvaluation
import LedeStages
import Testing

@Suite struct EventExampleTests {
    /// Writes `lines` to a temporary file and returns its path.
    static func file(_ lines: [String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("events-\(UUID().uuidString).jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        return url.path
    }

    static let line =
        #"{"id": "e1", "documents": [{"id": "a", "text": "Storm closes airport.\n\nA storm closed the airport on Monday. Flights stopped."}, {"id": "b", "text": "Airport shut by storm.\n\nThe storm shut the airport on Monday. Trains ran late."}], "reference": ["A storm closed the airport on Monday.", " "], "k": 1}"#

    @Test func readsEventsWithTheirReportsAndReference() throws {
        let path = try Self.file([Self.line, "", #"{"id": "e2", "documents": [], "reference": ["x", "y"]}"#])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let events = try EventExample.readJSONLines(atPath: path)
        #expect(events.map(\.id) == ["e1", "e2"])
        #expect(events[0].reports.map(\.id) == ["a", "b"])
        #expect(events[0].reference == ["A storm closed the airport on Monday."])
        #expect(events[0].sentenceCount == 1)
        #expect(events[1].sentenceCount == 2)
        #expect(try EventExample.readJSONLines(atPath: path, limit: 1).count == 1)
    }

    @Test func aBadLineIsNamed() throws {
        let path = try Self.file([Self.line, #"{"id": "e2", "text": "not an event"}"#])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = #expect(throws: EvaluationError.self) { try EventExample.readJSONLines(atPath: path) }
        #expect(error?.code == .invalidRecord)
        #expect(error?.message.hasPrefix("Line 2 of") == true)
    }

    @Test func theReportsOfAnEventAreSummarizedTogether() async throws {
        let path = try Self.file([Self.line])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let events = try EventExample.readJSONLines(atPath: path)
        let evaluation = try await SummaryEvaluator().evaluate(
            events,
            method: SummarizationMethod(name: "news") { NewsSummarizer(length: .sentences($0)) }
        )
        #expect(evaluation.results.count == 1)
        let summary = try #require(evaluation.results.first?.summary)
        #expect(summary.count == 1)
        // Never a headline; one of the two first sentences, which both sources support.
        #expect(
            summary == ["A storm closed the airport on Monday."] || summary == ["The storm shut the airport on Monday."]
        )
        #expect(evaluation.mean.rouge1.f1 > 0.5)
    }
}
