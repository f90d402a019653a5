import Lede
import LedeStages
import Testing

/// News-style sentences of our own with decimals said in words and the multipliers written after a number.
@Suite struct SpokenDecimalReaderTests {
    @Test(
        "decimals said with `point`, leading-point numerals, and multipliers written as words",
        arguments: [
            (
                "Inflation rose to two point four per cent in May.",
                ["two point four per cent | percent 2.4 percent"]
            ),
            (
                "The deficit reached six point two billion pounds.",
                ["six point two billion pounds | money 6200000000 GBP"]
            ),
            (
                "The mortgage rate is five point two five per cent.",
                ["five point two five per cent | percent 5.25 percent"]
            ),
            (
                "Water use fell by nought point three per cent.",
                ["nought point three per cent | percent 0.3 percent"]
            ),
            (
                "At one point seven people were trapped inside.",
                ["seven | cardinal 7 people"]
            ),
            (
                "At that point 25 people had been evacuated.",
                ["25 | cardinal 25 people"]
            ),
            (
                "The rate was cut by point 5 of a percentage point.",
                ["point 5 | decimal 0.5"]
            ),
            (
                "The coin is just .3 millimetres thick, and the gap widened to point twenty-five.",
                [".3 | decimal 0.3 millimetres", "point twenty-five | decimal 0.25"]
            ),
            (
                "Growth came in at 3 point 1 per cent.",
                ["3 point 1 per cent | percent 3.1 percent"]
            ),
            (
                "Viewers watched in their millions, and two millions more streamed it.",
                ["millions | approximate 2000000 2000000…9999999", "two millions | cardinal 2000000"]
            ),
            (
                "The charity handed out eighty thousands of meals.",
                ["eighty thousands | cardinal 80000"]
            ),
            (
                "She bought 4 dozen roses and two dozens of eggs.",
                ["4 dozen | cardinal 48 roses", "two dozens | cardinal 24"]
            ),
            (
                "The bakery sells two hundred dozen rolls a week.",
                ["two hundred dozen | cardinal 2400 rolls"]
            ),
            (
                "The hall seats hundred and twenty people.",
                ["hundred and twenty | cardinal 120 people"]
            ),
            (
                "They planted thousand five hundred trees.",
                ["thousand five hundred | cardinal 1500 trees"]
            ),
            (
                "Fifteen hundred workers walked out, and one thousand two hundred million more were affected.",
                ["Fifteen hundred | cardinal 1500 workers", "one thousand two hundred million | cardinal 1200000000"]
            ),
            (
                "The hundred-metre sprint and a million thanks.",
                ["a million | cardinal 1000000 thanks"]
            ),
            (
                "About four and a half thousand fans travelled.",
                ["four and a half thousand | approximate 4500 fans (about)"]
            ),
            (
                "The budget is three quarters of a million, and a quarter million more is due.",
                ["three quarters of a million | cardinal 750000", "a quarter million | cardinal 250000"]
            ),
        ] as [(String, [String])]
    )
    func decimalsAndMultipliers(text: String, expected: [String]) throws {
        let numbers = try NumberFinderTests.numbers(text)
        #expect(numbers == expected)
    }
}
