import Lede
import LedeStages
import Testing

/// News-style sentences of our own with currencies written around an amount.
@Suite struct CurrencyReaderTests {
    @Test(
        "codes glued before or after, signs after the amount, local names and nations, scaled codes, one of a currency",
        arguments: [
            (
                "Tickets cost GBP45 at the door and EUR12.50 online.",
                ["GBP45 | money 45 GBP", "EUR12.50 | money 12.5 EUR"]
            ),
            (
                "The fee was 250CHF per person, or 9.99USD for children.",
                ["250CHF | money 250 CHF", "9.99USD | money 9.99 USD"]
            ),
            (
                "A coffee costs Rs60 in Mumbai, and a room RM150 a night.",
                ["Rs60 | money 60 INR", "RM150 | money 150 MYR"]
            ),
            (
                "The meal cost 800 baht, and the taxi 2,000 rupees.",
                ["800 baht | money 800 THB", "2,000 rupees | money 2000 INR"]
            ),
            (
                "The ticket costs 15,000 won, and bus fares rose to 12 pesos.",
                ["15,000 won | money 15000 KRW", "12 pesos | money 12 peso"]
            ),
            (
                "The watch sold for 9,000 Swiss francs and the ring for 3,000 Mexican pesos.",
                ["9,000 Swiss francs | money 9000 CHF", "3,000 Mexican pesos | money 3000 MXN"]
            ),
            (
                "A sandwich now costs 4 € in Paris and 100元 in Beijing.",
                ["4 € | money 4 EUR", "100元 | money 100 CNY"]
            ),
            (
                "The price rose to 30 EUR, and revenue was 45 MEUR.",
                ["30 EUR | money 30 EUR", "45 MEUR | money 45000000 EUR"]
            ),
            (
                "They lost 75 USD million in three years.",
                ["75 USD million | money 75000000 USD", "three | cardinal 3 years"]
            ),
            (
                "Labour's 355 won the vote.",
                ["355 | cardinal 355"]
            ),
            (
                "She sold it for a pound, not a pound of flesh, in a dollar store.",
                ["a pound | money 1 GBP"]
            ),
        ] as [(String, [String])]
    )
    func currencies(text: String, expected: [String]) throws {
        let numbers = try NumberFinderTests.numbers(text)
        #expect(numbers == expected)
    }
}
