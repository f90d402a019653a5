import Lede
import LedeStages
import Testing

/// Quotations in a sentence that opens with a dateline (`SALEM, Ore. (AP) —`).
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
}
