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

    @Test(
        "a verb after a comma, or one that opens the sentence with a clause about its speaker, then the speaker, introduces a quotation",
        arguments: [
            (
                "Because of how the council drew the map, explained Kerr, “there is no way back for us now.”",
                ["there is no way back for us now. | Kerr"]
            ),
            (
                "Said Dana Kerr, who grew up on the street, “We were all so proud of him.”",
                ["We were all so proud of him. | Dana Kerr"]
            ),
        ] as [(String, [String])]
    )
    func verbThenSpeakerIntroduces(text: String, expected: [String]) throws {
        #expect(try Self.mentions(text) == expected)
    }

    @Test(
        "after `told` the phrase is the listener, and a clause after a quotation's speaker may hold a name in marks",
        arguments: [
            (
                "The plan failed, Ada Moss, 58, told a news conference: “We will appeal.”",
                ["We will appeal. | Ada Moss"]
            ),
            (
                "“I was surprised,” said Jo Lee, who wore the team's slogan, “Back the Bid”, on her shirt.",
                ["I was surprised, | Jo Lee", "Back the Bid | none"]
            ),
        ] as [(String, [String])]
    )
    func listenersAndClausesAfterSpeakers(text: String, expected: [String]) throws {
        #expect(try Self.mentions(text) == expected)
    }
}
