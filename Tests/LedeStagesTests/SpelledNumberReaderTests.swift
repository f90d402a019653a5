import Lede
import LedeStages
import Testing

/// News-style sentences of our own on zero, the pronoun `one` and numbers in capitals.
@Suite struct SpelledNumberReaderTests {
    @Test(
        "zero in its spellings, `one` as a number or a pronoun, numbers in capitals, names",
        arguments: [
            (
                "The bank held rates at zero.",
                ["zero | cardinal 0"]
            ),
            (
                "Profits were nil this year, after a nil-nil draw.",
                ["nil | cardinal 0"]
            ),
            (
                "Water levels were nought point five metres below normal.",
                ["nought point five | decimal 0.5 metres"]
            ),
            (
                "No one was hurt, and one must be grateful.",
                []
            ),
            (
                "She is the one who called.",
                []
            ),
            (
                "Only one person was injured.",
                ["one | cardinal 1 person"]
            ),
            (
                "One",
                ["One | cardinal 1"]
            ),
            (
                "one, two, three",
                ["one | cardinal 1", "two | cardinal 2", "three | cardinal 3"]
            ),
            (
                "FIFTY JOBS WILL GO, THE UNION SAID.",
                ["FIFTY | cardinal 50"]
            ),
            (
                "THE COMPANY WILL CUT TWO HUNDRED JOBS.",
                ["TWO HUNDRED | cardinal 200"]
            ),
            (
                "The BBC's Formula One coverage and the World at One.",
                ["Formula One | identifier", "One | identifier"]
            ),
        ] as [(String, [String])]
    )
    func zeroOneAndCase(text: String, expected: [String]) throws {
        let numbers = try NumberFinderTests.numbers(text)
        #expect(numbers == expected)
    }
}
