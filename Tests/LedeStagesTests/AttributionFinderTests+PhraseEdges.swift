import Lede
import LedeStages
import Testing

/// Where a quotation's speaker phrase starts and ends: not at a dateline (`SALEM, Ore. (AP) —`),
/// nor at a clause's conjunction (`when`, `if`); after the verb, a name with the words that
/// describe it, up to an adverb of time; in a sentence of two clauses joined by `and` or `but`,
/// the later clause's speaker.
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
                "New York (AFP) – Governor Dana Kerr said the bill was “a disaster.”",
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

    @Test(
        "a speaker after the verb: a name with lower-case words that describe it, ending before an adverb of time",
        arguments: [
            (
                "“What a great way to finish the year,” said Nadal afterwards.",
                ["What a great way to finish the year, | Nadal"]
            ),
            ("“We did what we had to,” said Gardener later.", ["We did what we had to, | Gardener"]),
            (
                "“It has been a fantastic few weeks,” said 20-year-old politics student Nick Vaughan.",
                ["It has been a fantastic few weeks, | 20-year-old politics student Nick Vaughan"]
            ),
            (
                "“No one was more worried than me,” said eighth seed Andre Agassi.",
                ["No one was more worried than me, | eighth seed Andre Agassi"]
            ),
            (
                "“We are taken as hostages,” said accountant Jose Lopez.",
                ["We are taken as hostages, | accountant Jose Lopez"]
            ),
            (
                "“The position is sensible,” said one analyst quoted by a news agency.",
                ["The position is sensible, | one analyst"]
            ),
            ("“We can win on Tuesday,” said Dana Kerr as she left the stage.", ["We can win on Tuesday, | Dana Kerr"]),
            // After `told`, lower-case words and a name are a listener, not a speaker.
            ("“We won the vote,” told reporters Dana Kerr.", ["We won the vote, | none"]),
            // A preposition is no word that describes a person.
            ("“It was close,” said Dana Kerr of the vote.", ["It was close, | Dana Kerr"]),
        ] as [(String, [String])]
    )
    func describedNamesAfterVerb(text: String, expected: [String]) throws {
        #expect(try Self.mentions(text) == expected)
    }

    @Test(
        "`as` before a name opens its phrase, and `put it` reports a quotation",
        arguments: [
            (
                "As the chief executive, Jeff Wyner, put it in his memo to staff, “Imagine a world where we lead.”",
                ["Imagine a world where we lead. | Jeff Wyner"]
            ),
            (
                "Or, as Tom Ridge, a former secretary of homeland security, said: “The barbarians are inside.”",
                ["The barbarians are inside. | Tom Ridge"]
            ),
            (
                "As Professor Foner put it: “The country does a better job.”",
                ["The country does a better job. | Professor Foner"]
            ),
            // `put it` with no quotation reports nothing of its own.
            ("She put it on the table and said nothing.", []),
        ] as [(String, [String])]
    )
    func asAndPutIt(text: String, expected: [String]) throws {
        #expect(try Self.mentions(text) == expected)
    }

    @Test(
        "a later clause joined by `and` or `but` with its own speaker names the speaker of the quotation after it",
        arguments: [
            (
                "Dana Kerr accuses the mayor of “leading from behind” and Ada Moss says he is “losing the war on crime.”",
                ["leading from behind | Dana Kerr", "losing the war on crime. | Ada Moss"]
            ),
            (
                "Kerr said he would make the streets “glow at night,” for instance, and Moss vowed to “clean up” the port.",
                ["glow at night, | Kerr", "clean up | Moss"]
            ),
            (
                "Both issued a statement, Kerr saying he was “very encouraged” and Moss calling it a “great meeting.”",
                ["very encouraged | Kerr", "great meeting. | Moss"]
            ),
            // A clause joined with no speaker of its own keeps the main clause's.
            (
                "Dana Kerr told reporters the plan was sound and repeated that it would “work for everyone.”",
                ["work for everyone. | Dana Kerr"]
            ),
        ] as [(String, [String])]
    )
    func joinedClauses(text: String, expected: [String]) throws {
        #expect(try Self.mentions(text) == expected)
    }
}
