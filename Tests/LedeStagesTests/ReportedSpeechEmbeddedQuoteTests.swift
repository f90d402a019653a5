import Lede
import LedeStages
import Testing

/// Reported speech whose subject holds a few quoted words before the verb: the subject is read
/// across them, and a quotation that is what someone said still bounds it.
@Suite struct ReportedSpeechEmbeddedQuoteTests {
    @Test(
        "a few quoted words in a relative clause or an apposition are part of the subject",
        arguments: [
            (
                "Kerr, who calls the mayor a “liar,” said she does not believe the plan will work.",
                ["she does not believe the plan will work | Kerr"]
            ),
            (
                "Kerr, who calls the mayor a \"liar,\" said she does not believe the plan will work.",
                ["she does not believe the plan will work | Kerr"]
            ),
            (
                "Moss, the author of \"Quiet Streets,\" a book about the city, said the days of cheap rent are gone.",
                ["the days of cheap rent are gone | Moss"]
            ),
            (
                "José Núñez, who called the tax “un robo,” said it would be repealed.",
                ["it would be repealed | José Núñez"]
            ),
            (
                "Kerr, who called the plan “a costly mistake that will haunt the city for years to come,” said she would vote no.",
                ["she would vote no | Kerr"]
            ),
            (
                "Mayor Ada Moss - who once vowed to \"tear the old mill down\" - said on Monday that the mill would stay.",
                ["the mill would stay | Mayor Ada Moss"]
            ),
            (
                "Kerr, who calls the mayor a “liar,”\r\nsaid she does not believe the plan will work.",
                ["she does not believe the plan will work | Kerr"]
            ),
        ] as [(String, [String])]
    )
    func quotedWordsInTheSubject(sentence: String, expected: [String]) throws {
        #expect(try ReportedSpeechFinderTests.reported(sentence) == expected)
    }

    @Test(
        "a quotation that opens the sentence, or quoted words in a clause, are no part of a subject",
        arguments: [
            // The speaker follows the verb, and the clause before it is the content.
            (
                "He called the plan a “disaster,” said Moss.",
                ["He called the plan a “disaster,” | Moss"]
            ),
            // An auxiliary makes the words before the comma a clause, not an apposition.
            (
                "In the end, the measures would build a \"fairer city for all of us\", said Dana Kerr.",
                ["In the end, the measures would build a \"fairer city for all of us\" | Dana Kerr"]
            ),
            ("Kerr, who calls the mayor a “liar,” left early.", []),
        ] as [(String, [String])]
    )
    func quotationsThatBoundTheSubject(sentence: String, expected: [String]) throws {
        #expect(try ReportedSpeechFinderTests.reported(sentence) == expected)
    }

    @Test("a comma inside a closing mark ends the content before a second verb of the same subject")
    func secondVerbAfterQuotedComma() throws {
        let reported = try ReportedSpeechFinderTests.reported(
            "Okafor said the new plan was far too “costly,” argued that the vote should wait and left."
        )
        #expect(reported.first == "the new plan was far too “costly,” | Okafor")
    }
}
