import Lede
import Testing

@testable import LedeStages

/// How the summarizers' input gathers candidates (made-up texts).
@Suite struct SummaryInputTests {
    /// A text of `count` short sentences in paragraphs of ten.
    static func text(sentences count: Int) -> String {
        stride(from: 0, to: count, by: 10).map { first in
            (first..<min(first + 10, count)).map { "Crew \($0) painted the hall." }.joined(separator: " ")
        }.joined(separator: "\n\n")
    }

    @Test func aShortDocumentHasEveryBodySentenceAsACandidate() throws {
        let document = try analysed(Self.text(sentences: 40))
        let input = SummaryInput([document])
        let body = document.sentences.indices.filter { document.isBodyText(document.sentences[$0].span) }
        #expect(input.candidates.map(\.sentence) == body)
    }

    @Test func aVeryLongDocumentHasOnlyItsFirstSentencesAsCandidates() throws {
        let bound = SummaryInput.maxCandidatesPerDocument
        let document = try analysed(Self.text(sentences: bound + 25))
        let input = SummaryInput([document])
        #expect(input.candidates.count == bound)
        let body = document.sentences.indices.filter { document.isBodyText(document.sentences[$0].span) }
        #expect(input.candidates.map(\.sentence) == Array(body.prefix(bound)))
        #expect(input.candidateOfSentence[0].suffix(25).allSatisfy { $0 == -1 })
        // Every summarizer chooses from them.
        let summary = try LeadSummarizer(length: .ratio(1)).summarize([document])
        #expect(summary.sentences.count == bound)
    }
}
