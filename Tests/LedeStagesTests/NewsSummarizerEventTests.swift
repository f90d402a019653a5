import Lede
import LedeStages
import Testing

/// NewsSummarizer on several reports of one event (made-up reports, written for these tests).
@Suite struct NewsSummarizerEventTests {
    /// Three reports of a storm: the first also dwells, three times over, on a side story.
    static func reports() throws -> [Document] {
        try [
            (
                "a",
                """
                Storm closes city airport for a second day.

                A storm closed the city airport for a second day on Tuesday. The new terminal cost far more than planned, the auditors said. Critics said the new terminal cost too much. The auditors will publish the terminal costs next month.
                """
            ),
            (
                "b",
                """
                Airport shut again as storm lingers over the city.

                The storm kept the city airport closed on Tuesday, a second day without flights. Hundreds of travellers slept on the floor overnight.
                """
            ),
            (
                "c",
                """
                Storm keeps airport closed.

                High winds kept the airport closed for a second day. Forecasters expect calmer weather on Thursday.
                """
            ),
        ].map { try analysed($0.1, id: $0.0) }
    }

    /// A summary's sentences as "document/sentence".
    static func places(_ summary: Summary) -> [String] {
        summary.sentences.map { "\($0.documentIndex)/\($0.sentenceIndex)" }
    }

    @Test func aSentenceSeveralSourcesReportRanksAboveOneItsOwnReportRepeats() throws {
        let reports = try Self.reports()
        let weighed = try NewsSummarizer(length: .sentences(1)).summarize(reports)
        #expect(weighed.sentences.map(\.text) == ["A storm closed the city airport for a second day on Tuesday."])
        // Pooled as one document, the side story the first report repeats comes first.
        let pooled = try NewsSummarizer(length: .sentences(1), sources: .pooled).summarize(reports)
        #expect(pooled.sentences.map(\.text) == ["The new terminal cost far more than planned, the auditors said."])
    }

    @Test func noHeadlineIsChosenEvenOneThatEndsInAPeriod() throws {
        let reports = try Self.reports()
        #expect(reports.allSatisfy { $0.layout.map(\.role) == [.headline] })
        let headlines = Set(reports.map { String($0.originalText(of: $0.layout[0].span)) })
        for sources in [NewsSummarizer.Sources.standard, .pooled] {
            let summary = try NewsSummarizer(length: .ratio(1), sources: sources).summarize(reports)
            #expect(summary.sentences.count == 7)
            #expect(summary.sentences.allSatisfy { !headlines.contains($0.text) })
        }
    }

    @Test func aSentenceTwoSourcesShareIsChosenOnce() throws {
        let summary = try NewsSummarizer(length: .ratio(1)).summarize(Self.reports())
        // The second report's first sentence is the first report's, in other words.
        #expect(!Self.places(summary).contains("1/1"))
        #expect(Self.places(summary).contains("0/1"))
    }

    @Test func theSummaryReadsBySourceThenPosition() throws {
        let summary = try NewsSummarizer(length: .sentences(3)).summarize(Self.reports())
        #expect(Self.places(summary) == ["0/1", "0/2", "2/1"])
        #expect(summary.sentences.map(\.rank) == [1, 2, 3])
        let byScore = try NewsSummarizer(length: .sentences(3), order: .score).summarize(Self.reports())
        #expect(byScore.sentences.map(\.rank) == [1, 2, 3])
    }

    @Test func balanceDrawsOnMoreSources() throws {
        let reports = try Self.reports()
        func sources(balance: Double) throws -> Set<Int> {
            var sources = NewsSummarizer.Sources.standard
            sources.balance = balance
            let summary = try NewsSummarizer(length: .sentences(3), sources: sources).summarize(reports)
            return Set(summary.sentences.map(\.documentIndex))
        }
        #expect(try sources(balance: 0) == [0, 2])
        #expect(try sources(balance: 1) == [0, 1, 2])
    }

    @Test func oneDocumentIsSummarizedAsBefore() throws {
        // The sources only weigh documents against one another: alone, a document is scored
        // the same whatever they are.
        let document = try Self.reports()[0]
        let standard = try NewsSummarizer(length: .ratio(1), order: .score).summarize([document])
        let pooled = try NewsSummarizer(length: .ratio(1), order: .score, sources: .pooled).summarize([document])
        #expect(standard == pooled)
        // A document without body text does not make the others several sources.
        let empty = try analysed("")
        let withEmpty = try NewsSummarizer(length: .ratio(1), order: .score).summarize([document, empty])
        #expect(withEmpty.sentences.map(\.score) == standard.sentences.map(\.score))
    }
}
