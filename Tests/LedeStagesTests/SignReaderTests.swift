import Lede
import LedeStages
import Testing

/// News-style sentences of our own, one class per table, with the exact mention each number gives.
@Suite struct SignReaderTests {
    @Test(
        "a minus sign, a hyphen before a value, `minus` and `negative` make a number negative; a dash between numbers or in prose does not",
        arguments: [
            (
                "Overnight lows of -8 are forecast for the glens.",
                ["-8 | cardinal -8"]
            ),
            (
                "The index ended the session at −12.75 after a volatile week.",
                ["−12.75 | decimal -12.75"]
            ),
            (
                "Net migration was minus 4,300 in the year to June.",
                ["minus 4,300 | cardinal -4300"]
            ),
            (
                "The account showed negative two hundred and forty pounds.",
                ["negative two hundred and forty pounds | money -240 GBP"]
            ),
            (
                "The firm's cash position swung to - 1,800,000 by the end of March.",
                ["- 1,800,000 | cardinal -1800000"]
            ),
            (
                "Shares closed at -2.1% while bonds gained 0.4%.",
                ["-2.1% | percent -2.1 percent", "0.4% | percent 0.4 percent"]
            ),
            (
                "The fund's return was -5.6M last quarter.",
                ["-5.6M | cardinal -5600000"]
            ),
            (
                "Ten minus three is seven, the teacher said.",
                ["Ten | cardinal 10", "three | cardinal 3", "seven | cardinal 7"]
            ),
            (
                "The score was 12-4 at half time, and 10 - 4 on the second count.",
                ["12 | score 12", "4 | score 4", "10 | cardinal 10", "4 | cardinal 4", "second | ordinal 2 count"]
            ),
            (
                "The plan - 2,000 homes in all - was approved.",
                ["2,000 | cardinal 2000 homes"]
            ),
            (
                "She tested negative three times.",
                ["three | cardinal 3"]
            ),
            (
                "Temperatures fell to minus five overnight, and (-3) at dawn.",
                ["minus five | cardinal -5", "-3 | cardinal -3"]
            ),
        ] as [(String, [String])]
    )
    func signs(text: String, expected: [String]) throws {
        let numbers = try NumberFinderTests.numbers(text)
        #expect(numbers == expected)
    }
}
