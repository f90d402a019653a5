import Lede
import LedeStages
import LedeTesting
import Testing

/// Quotations after a reporting noun and its possessor (`Kerr's call for “...”`), and after an
/// `-ing` form that follows a quotation's clause.
extension AttributionFinderTests {
    @Test(
        "a noun after its possessor tells whose words it holds; the quotation is the speaker's of the sentence",
        arguments: [
            (
                "The senator blasted Dana Kerr's call for a “deportation force” on Wednesday, calling it “absurd.”",
                ["deportation force | The senator", "absurd. | The senator"]
            ),
            (
                "An aide tried to downplay Reyes's comments, saying they were “not a big deal.”",
                ["not a big deal. | An aide"]
            ),
            (
                "But she rejected the Greens' call for a cap, saying no “fixed number” could work.",
                ["fixed number | she"]
            ),
            (
                "Council members denounced Governor Ada Moss’s call for “a total shutdown” of the port.",
                ["a total shutdown | Council members"]
            ),
            ("The crowd applauded Senator Dana Kerr's call for “a fresh start.”", ["a fresh start. | The crowd"]),
        ] as [(String, [String])]
    )
    func possessorsOfNouns(text: String, expected: [String]) throws {
        #expect(try Self.mentions(text) == expected)
    }

    @Test(
        "a possessor with the words before it that are no verb: a participle after an adverb is an adjective",
        arguments: [
            (
                "The newly formed Committee to Protect Reporters' call for “open courts” went unanswered.",
                "open courts | The newly formed Committee to Protect Reporters'"
            ),
            ("Ada Moss's call for “a fresh vote” was rejected on Monday.", "a fresh vote | Ada Moss's"),
        ] as [(String, String)]
    )
    func possessorsKeepTheirPhrase(text: String, expected: String) throws {
        #expect(try Self.mentions(text) == [expected])
    }

    @Test(
        "an -ing form after a quotation's clause is not followed by its speaker; the clause after it names one",
        arguments: [
            (
                "Ticket sales showed a “summer slump” in June, indicating a slowing market, promoters have said.",
                "summer slump | promoters"
            ),
            (
                "Bookings hit a “post-holiday lull” in January, signalling a slower season, hoteliers said.",
                "post-holiday lull | hoteliers"
            ),
        ] as [(String, String)]
    )
    func ingFormsAfterQuotations(text: String, expected: String) throws {
        #expect(try Self.mentions(text) == [expected])
    }
}
