import Lede
import LedeStages
import Testing

/// Where a quotation's speaker phrase may start: not at a dateline (`SALEM, Ore. (AP) —`), nor at
/// a clause's conjunction (`when`, `if`).
extension AttributionFinderTests {
    @Test(
        "a dateline is no speaker, nor a name that the words after its comma describe",
        arguments: [
            (
                "RENO, Nevada — Republican hopeful Dana Kerr said Saturday the league has gone “soft” and is ruining the game.",
                ["soft | Republican hopeful Dana Kerr"]
            ),
            (
                "SALEM, Ore. (AP) — Governor Dana Kerr said the bill was “a disaster.”",
                ["a disaster. | Governor Dana Kerr"]
            ),
            (
                "WASHINGTON, D.C. — A spokesman for the mayor called the remarks “outrageous.”",
                ["outrageous. | A spokesman for the mayor"]
            ),
            // A capitalized name with an apposition is still the speaker.
            ("Dana Kerr, the mayor, said the bill was “a disaster.”", ["a disaster. | Dana Kerr"]),
        ] as [(String, [String])]
    )
    func datelines(text: String, expected: [String]) throws {
        #expect(try Self.mentions(text) == expected)
    }

    @Test(
        "a phrase that opens with a subordinating conjunction is no speaker",
        arguments: [
            (
                "The crowd cheered, and when Kerr thanked the city and said it was great to be home, a woman yelled “Go back!”",
                ["Go back! | a woman"]
            ),
            (
                "Her hands moved from side to side, her eyes shining, as if to say, “Did you see me do that?”",
                ["Did you see me do that? | Her hands"]
            ),
            // A name that merely starts with the letters of one is a name.
            ("Soto said: “We won.”", ["We won. | Soto"]),
        ] as [(String, [String])]
    )
    func conjunctionsOpenNoSpeaker(text: String, expected: [String]) throws {
        #expect(try Self.mentions(text) == expected)
    }
}
