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

    @Test("a value with a magnitude is the decimal written, scaled once")
    func exactMagnitudes() throws {
        let document = try AnalysisPipeline { NumberFinder() }.run(
            "It cost $16.4 million, 8.2bn euros and $2.18 trillion."
        )
        #expect(document.numbers.map(\.value) == [16_400_000, 8_200_000_000, 2_180_000_000_000])
    }

    @Test(
        "letters glued before a numeral make a currency or nothing",
        arguments: [
            ("MP3 players, the G7, an A380 and BBC1.", [String]()),
            (
                "It cost USD115, or 3 USD50 cards.",
                ["USD115 | money 115 USD", "3 | cardinal 3", "USD50 | money 50 USD"]
            ),
            (
                "Version 1.5.3 and wait...25 and .75 of it.",
                ["Version 1.5 | identifier", "25 | cardinal 25", ".75 | decimal 0.75"]
            ),
        ] as [(String, [String])]
    )
    func glued(text: String, expected: [String]) throws {
        let numbers = try NumberFinderTests.numbers(text)
        #expect(numbers == expected)
    }
}
