import Lede
import Testing

@testable import LedeStages

@Suite struct SortedSpansTests {
    static func spans(_ pairs: [(Int, Int)]) -> [Span] { pairs.map { Span(start: $0.0, end: $0.1) } }

    @Test("an empty collection has no index", arguments: [-1, 0, 5])
    func empty(offset: Int) {
        let spans: [Span] = []
        #expect(spans.firstIndex(startingAtOrAfter: offset) == 0)
        #expect(spans.lastIndex(startingAtOrBefore: offset) == nil)
        #expect(spans.firstIndex(endingAfter: offset) == 0)
        #expect(spans.lastIndex(endingAtOrBefore: offset) == nil)
        #expect(spans.index(containing: offset) == nil)
    }

    @Test(
        "one span, before, at its start, inside, at its end and after it",
        arguments: [
            // offset, firstStartingAtOrAfter, lastStartingAtOrBefore, firstEndingAfter, lastEndingAtOrBefore, containing
            (2, 0, nil, 0, nil, nil),
            (3, 0, 0, 0, nil, 0),
            (5, 1, 0, 0, nil, 0),
            (7, 1, 0, 1, 0, nil),
            (9, 1, 0, 1, 0, nil),
        ] as [(Int, Int, Int?, Int, Int?, Int?)]
    )
    func one(
        offset: Int,
        startingAtOrAfter: Int,
        startingAtOrBefore: Int?,
        endingAfter: Int,
        endingBy: Int?,
        containing: Int?
    ) {
        let spans = Self.spans([(3, 7)])
        #expect(spans.firstIndex(startingAtOrAfter: offset) == startingAtOrAfter)
        #expect(spans.lastIndex(startingAtOrBefore: offset) == startingAtOrBefore)
        #expect(spans.firstIndex(endingAfter: offset) == endingAfter)
        #expect(spans.lastIndex(endingAtOrBefore: offset) == endingBy)
        #expect(spans.index(containing: offset) == containing)
    }

    @Test("ties: the first of equal starts at or after, the last of equal starts at or before")
    func ties() {
        // Empty spans share a start with the next: sorted by start and by end alike.
        let spans = Self.spans([(0, 2), (4, 4), (4, 4), (4, 6), (8, 9)])
        #expect(spans.firstIndex(startingAtOrAfter: 4) == 1)
        #expect(spans.lastIndex(startingAtOrBefore: 4) == 3)
        #expect(spans.firstIndex(endingAfter: 4) == 3)
        #expect(spans.lastIndex(endingAtOrBefore: 4) == 2)
        #expect(spans.index(containing: 4) == 3)
        #expect(spans.index(containing: 3) == nil)  // in the gap
        #expect(spans.index(containing: 9) == nil)  // the end is outside
    }

    @Test("a slice answers with the indices of its base")
    func slice() {
        let spans = Self.spans([(0, 2), (3, 5), (6, 8), (9, 11)])[1...2]
        #expect(spans.firstIndex(startingAtOrAfter: 0) == 1)
        #expect(spans.firstIndex(startingAtOrAfter: 10) == 3)
        #expect(spans.lastIndex(startingAtOrBefore: 2) == nil)
        #expect(spans.lastIndex(startingAtOrBefore: 20) == 2)
        #expect(spans.index(containing: 7) == 2)
    }

    @Test("annotations are searched by their spans")
    func annotations() throws {
        let document = try AnalysisPipeline.news().run("One sentence here. Another one follows. A third.")
        let sentences = document.sentences
        try #require(sentences.count == 3)
        #expect(sentences.lastIndex(startingAtOrBefore: sentences[1].span.start) == 1)
        #expect(sentences.lastIndex(startingAtOrBefore: sentences[1].span.start - 1) == 0)
        #expect(sentences.index(containing: sentences[2].span.end - 1) == 2)
        #expect(document.tokens.firstIndex(startingAtOrAfter: sentences[1].span.start) == 4)
    }
}
