import Lede
import LedeStages
import Testing

/// What follows a reporting verb: the object of a verb such as `declare`, `claim` or `add`,
/// which is what was said only when it holds a clause of its own, and a clause after an aside
/// set off by commas.
extension ReportedSpeechFinderTests {
    @Test(
        "an object whose only verb is a relative clause's is no content; a clause in the object is",
        arguments: [
            // The verb of a relative clause is the object's own.
            ("The mayor declared a state of emergency that will last a week.", []),
            ("The group claimed the seat that was left vacant in May.", []),
            ("The group claimed the seat that fell vacant in May.", []),
            ("Moss added a rule which bans cars from the square.", []),
            // Clauses: with a relative clause between commas, or `that` after a subject.
            ("The firm declared the deal was over.", ["the deal was over | The firm"]),
            (
                "Moss claimed the law, which the council passed in May, is unfair.",
                ["the law, which the council passed in May, is unfair | Moss"]
            ),
            (
                "Moss claimed there was suspicion that the mayor had lied.",
                ["there was suspicion that the mayor had lied | Moss"]
            ),
            // A bare noun is read as before.
            ("Moss claims he's owed two months of rent.", ["he's owed two months of rent | Moss"]),
        ] as [(String, [String])]
    )
    func objectOfDeclareOrClaim(sentence: String, expected: [String]) throws {
        #expect(try Self.reported(sentence) == expected)
    }

    @Test(
        "a clause after an aside between commas is the content",
        arguments: [
            ("Moss says, rain or shine, the market will open on Sunday.", ["the market will open on Sunday | Moss"]),
            ("Moss said, with a smile, the plan would fail.", ["the plan would fail | Moss"]),
            ("Moss said, in a statement, she’d run again.", ["she’d run again | Moss"]),
            // `that` after the aside, as before; content before the verb, and `and` after it.
            ("Moss said, in a statement on Monday, that the plan would fail.", ["the plan would fail | Moss"]),
            ("The plan will fail, Moss said, and the board agreed.", ["The plan will fail | Moss"]),
        ] as [(String, [String])]
    )
    func clauseAfterAside(sentence: String, expected: [String]) throws {
        #expect(try Self.reported(sentence) == expected)
    }
}
