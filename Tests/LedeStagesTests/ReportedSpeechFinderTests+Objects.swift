import Lede
import LedeStages
import Testing

/// What follows a reporting verb: the object of a verb such as `declare`, `claim` or `add`,
/// which is what was said only when it holds a clause of its own, and a clause after an aside
/// set off by commas.
extension ReportedSpeechFinderTests {
    @Test(
        "an object with a relative clause, or a bare noun with no verb, is no content; a clause in the object is",
        arguments: [
            // The verb of a relative clause is the object's own.
            ("The mayor declared a state of emergency that will last a week.", []),
            ("The firm declared bankruptcy after the bank that lent it money collapsed.", []),
            ("The group claimed responsibility for the attack that killed ten people.", []),
            // A bare noun with no verb after it.
            ("The mayor declared victory in a speech on Tuesday.", []),
            // Clauses, with a bare noun, a relative clause between commas, `that` after a
            // subject or a contracted pronoun.
            ("The firm declared the deal was over.", ["the deal was over | The firm"]),
            ("She added police were looking for two men.", ["police were looking for two men | She"]),
            (
                "Moss claimed tobacco firms manipulated nicotine levels.",
                ["tobacco firms manipulated nicotine levels | Moss"]
            ),
            (
                "Moss claimed the law, which the council passed in May, is unfair.",
                ["the law, which the council passed in May, is unfair | Moss"]
            ),
            (
                "Moss claimed there was suspicion that the mayor had lied.",
                ["there was suspicion that the mayor had lied | Moss"]
            ),
            ("Moss claims he's worth ten billion dollars.", ["he's worth ten billion dollars | Moss"]),
            ("Moss claims they’re worth ten billion dollars.", ["they’re worth ten billion dollars | Moss"]),
        ] as [(String, [String])]
    )
    func objectOfDeclareOrClaim(sentence: String, expected: [String]) throws {
        #expect(try Self.reported(sentence) == expected)
    }

    @Test(
        "a clause after an aside between commas is the content",
        arguments: [
            (
                "Moss says, win or lose in the primary, she is staying in the race.",
                ["she is staying in the race | Moss"]
            ),
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
