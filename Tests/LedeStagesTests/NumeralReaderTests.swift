import Lede
import LedeStages
import Testing

@Suite struct NumeralReaderTests {
    @Test(
        "a numeral too long for a Double keeps its mention without a value, and never traps",
        .tags(.regression),
        arguments: [
            ("In the 99999999999999999999s the city grew.", [String]()),
            ("It had 99999999999999999999 stars.", ["99999999999999999999 | cardinal stars"]),
            ("A 1234567890123456 code.", ["1234567890123456 | cardinal"]),
            ("It sold 999999999999999 units.", ["999999999999999 | cardinal 999999999999999 units"]),
            (
                "They won 99999999999999999999-1 and it cost 99999999999999999999p.",
                ["99999999999999999999 | cardinal", "1 | cardinal 1", "99999999999999999999p | money GBX"]
            ),
            (
                "It was 1/99999999999999999999 of it, or 5-99999999999999999999%.",
                ["1/99999999999999999999 | identifier", "5-99999999999999999999% | percent percent"]
            ),
            (
                "In the 99999999999999999999's and 1e99999999999999999999 and 0800 99999999999999999999.",
                ["99999999999999999999 | cardinal", "0800 | time", "99999999999999999999 | cardinal"]
            ),
        ] as [(String, [String])]
    )
    func outOfRange(text: String, expected: [String]) throws {
        let numbers = try NumberFinderTests.numbers(text)
        #expect(numbers == expected)
    }
}
