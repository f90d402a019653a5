import Lede
import LedeStages
import Testing

/// News-style sentences of our own with magnitudes written on or after a numeral.
@Suite struct MagnitudeReaderTests {
    @Test(
        "glued and spelled magnitudes: `k`, `M`, `G`, `lakh`, `crore`, `cr`, and the lakh grouping of digits",
        arguments: [
            (
                "The striker signed for 3,200k last summer.",
                ["3,200k | cardinal 3200000"]
            ),
            (
                "He ran the 10k race in under 40 minutes.",
                ["10k | cardinal 10 km", "40 | cardinal 40 minutes"]
            ),
            (
                "The start-up raised $750k from investors.",
                ["$750k | money 750000 USD"]
            ),
            (
                "The file grew to .8G overnight, on a 4G network with 2.5G phones.",
                [".8G | cardinal 800000000", "4G | identifier", "2.5G | identifier"]
            ),
            (
                "Losses hit 1.2bn euros, or 4.5M in the old money.",
                ["1.2bn euros | money 1200000000 EUR", "4.5M | cardinal 4500000"]
            ),
            (
                "Attendance topped 120K, with 1.5 million watching.",
                ["120K | cardinal 120000", "1.5 million | cardinal 1500000"]
            ),
            (
                "The temple received Rs 3 lakh in donations.",
                ["Rs 3 lakh | money 300000 INR"]
            ),
            (
                "The project will cost four crore sixty lakh rupees.",
                ["four crore sixty lakh rupees | money 46000000 INR"]
            ),
            (
                "Around 15 lakhs of people attended the fair.",
                ["15 lakhs | approximate 1500000 (around)"]
            ),
            (
                "The state spent Rs 20 cr on roads and Rs 1.5 lakh crore on pensions.",
                ["Rs 20 cr | money 200000000 INR", "Rs 1.5 lakh crore | money 1500000000000 INR"]
            ),
            (
                "He owed 2,50,000 rupees to the bank and 1,00,000 to a cousin.",
                ["2,50,000 rupees | money 250000 INR", "1,00,000 | cardinal 100000"]
            ),
            (
                "Exports were worth 12 lakh crore rupees.",
                ["12 lakh crore rupees | money 12000000000000 INR"]
            ),
        ] as [(String, [String])]
    )
    func magnitudes(text: String, expected: [String]) throws {
        let numbers = try NumberFinderTests.numbers(text)
        #expect(numbers == expected)
    }
}
