import Lede
import LedeStages
import Testing

/// News-style sentences of our own where two numbers, or a number and a fraction, make one.
@Suite struct NumberPairerTests {
    @Test(
        "minor units, restatements, mixed and compound fractions, `over`, and slashed dates",
        arguments: [
            (
                "The stamp was priced at $3 and 45c.",
                ["$3 and 45c | money 3.45 USD"]
            ),
            (
                "He found 6 dollars 70 cents in the jar.",
                ["6 dollars 70 cents | money 6.7 USD"]
            ),
            (
                "The bill came to 3 pounds 20 pence.",
                ["3 pounds 20 pence | money 3.2 GBP"]
            ),
            (
                "The fare is ten dollars and fifty.",
                ["ten dollars and fifty | money 10.5 USD"]
            ),
            (
                "Tickets cost $20 and 30 were sold.",
                ["$20 | money 20 USD", "30 | cardinal 30"]
            ),
            (
                "Police arrested fifteen (15) suspects.",
                ["fifteen (15) | cardinal 15 suspects"]
            ),
            (
                "The council approved 40 (forty) new homes.",
                ["40 (forty) | cardinal 40 homes"]
            ),
            (
                "The journey took six and a quarter hours.",
                ["six and a quarter | decimal 6.25 hours"]
            ),
            (
                "The recipe needs two and three quarters cups of flour.",
                ["two and three quarters | decimal 2.75 cups"]
            ),
            (
                "Only thirty-one hundredths of the grant was spent.",
                ["thirty-one hundredths | fraction 0.31"]
            ),
            (
                "The error was five one-thousandths of a metre.",
                ["five one-thousandths | fraction 0.005"]
            ),
            (
                "The odds were 3 over 8, said the bookmaker.",
                ["3 over 8 | fraction 0.375"]
            ),
            (
                "The hearing was set for 5/12 at the county court, and the vote is on 3/4.",
                ["5/12 | date", "3/4 | date"]
            ),
            (
                "Nearly 3/4 of voters agreed.",
                ["3/4 | fraction 0.75 …0.75 (nearly)"]
            ),
        ] as [(String, [String])]
    )
    func pairs(text: String, expected: [String]) throws {
        let numbers = try NumberFinderTests.numbers(text)
        #expect(numbers == expected)
    }
}
