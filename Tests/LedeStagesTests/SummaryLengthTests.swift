import LedeStages
import Testing

@Suite struct SummaryLengthTests {
    @Test(
        "the target length from the number of body sentences",
        arguments: [
            (SummaryLength.sentences(3), 10, 3),
            (.sentences(3), 2, 2),
            (.sentences(0), 10, 0),
            (.sentences(-1), 10, 0),
            (.sentences(3), 0, 0),
            (.ratio(0.4), 10, 4),
            (.ratio(0.4), 11, 5),
            (.ratio(0.4), 20, 8),
            (.ratio(0.01), 10, 1),
            (.ratio(1), 7, 7),
            (.ratio(2), 7, 7),
            (.ratio(0), 7, 0),
            (.ratio(0.5), 0, 0),
        ] as [(SummaryLength, Int, Int)]
    )
    func counts(length: SummaryLength, body: Int, expected: Int) {
        #expect(length.sentenceCount(outOf: body) == expected)
    }
}
