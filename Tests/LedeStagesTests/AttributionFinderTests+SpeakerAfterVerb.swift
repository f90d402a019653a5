import Lede
import LedeStages
import LedeTesting
import Testing

/// Speakers named after the reporting verb that follows a quotation (`“...,” said Kerr`).
extension AttributionFinderTests {
    @Test(
        "a speaker after the verb ends before `of` and what follows it: an affiliation, or what was spoken of",
        arguments: [
            (
                "“Things are getting worse,” said Dana Kerr of the non-partisan Kerr-Moss Election Report.",
                "Things are getting worse, | Dana Kerr"
            ),
            ("“It was a fair result,” said Kerr of the decision.", "It was a fair result, | Kerr"),
            ("“We are thrilled,” said one owner of a shop that sells bicycles.", "We are thrilled, | one owner"),
            ("“Prices will rise,” said David Wyss of Standard & Poor's in New York.", "Prices will rise, | David Wyss"),
        ] as [(String, String)]
    )
    func speakerBeforeOf(text: String, expected: String) throws {
        #expect(try Self.mentions(text) == [expected])
    }
}
