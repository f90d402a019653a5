import Lede
import LedeStages
import Testing

/// How far the subject read forward from a clause's start goes (for a participle after the main
/// clause, or a verb after `and` or `but`), the name before a reporting word used as a noun,
/// and the time phrases read past between a subject and its verb.
extension ReportedSpeechFinderTests {
    @Test(
        "a clause's subject keeps a role and the name after it, and a complement after `of` or `for`",
        arguments: [
            // A capitalized word, a role in lower case, and a name.
            (
                "Tory leader Ada Moss also backed the plan but said ministers had been slow.",
                "ministers had been slow | Tory leader Ada Moss"
            ),
            (
                "Shadow health secretary Dana Kerr met the board and said the plan was wrong.",
                "the plan was wrong | Shadow health secretary Dana Kerr"
            ),
            (
                "Labour leader Tom Reyes visited the site, saying the work would start soon.",
                "the work would start soon | Labour leader Tom Reyes"
            ),
            // A complement after `of` or `for`, to the end of the name in it.
            (
                "A spokesman for Green Party candidate Ada Moss called it a disgrace, saying it was wrong.",
                "it was wrong | A spokesman for Green Party candidate Ada Moss"
            ),
            (
                "A candidate for the Green Party has resigned, saying the plan was wrong.",
                "the plan was wrong | A candidate for the Green Party"
            ),
            (
                "The lawyer for Acme Corp sent a letter saying the plan was wrong.",
                "the plan was wrong | The lawyer for Acme Corp"
            ),
            (
                "The chair of the Regional Housing Board Dana Kerr Moss quit, saying she was tired.",
                "she was tired | The chair of the Regional Housing Board Dana Kerr Moss"
            ),
            // A name still ends at a lower-case word that is no role.
            ("Moss went first and said the plan was wrong.", "the plan was wrong | Moss"),
            ("Dana Kerr visited the site, saying the work would start soon.", "the work would start soon | Dana Kerr"),
            (
                "Police officers toured the streets and said the area was calm.",
                "the area was calm | Police officers"
            ),
        ] as [(String, String)]
    )
    func clauseSubjectPhrase(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }

    @Test(
        "a reporting word used as a noun after a name is that name's, not the writer's clause's",
        arguments: [
            (
                "And he hit back at Labour claims he had used the girl as a shield.",
                "he had used the girl as a shield | Labour"
            ),
            ("Moss derided Tory promises to cut tax by a billion.", "to cut tax by a billion | Tory"),
            (
                "The mayor rejected Green Party claims that the bridge was unsafe.",
                "the bridge was unsafe | Green Party"
            ),
            // A verb after a subject with a preposition or a naming participle in it.
            ("The group at Acme claims the plan will fail.", "the plan will fail | The group at Acme"),
            ("A man named Moss claims the plan will fail.", "the plan will fail | A man named Moss"),
            ("Labour claims the plan will fail.", "the plan will fail | Labour"),
        ] as [(String, String)]
    )
    func nameBeforeNounCue(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }

    @Test(
        "a time phrase with a preposition and `the` between a subject and its verb is not the subject's",
        arguments: [
            (
                "Moss at the time said the budget would be cut in half.",
                "the budget would be cut in half | Moss"
            ),
            ("The board over the weekend said the plan was wrong.", "the plan was wrong | The board"),
            ("Moss at the same time said the plan was wrong.", "the plan was wrong | Moss"),
            ("The mayor in the past week has said the plan was wrong.", "the plan was wrong | The mayor"),
            // A phrase with no time in it stays.
            ("The man in the hat said the plan was wrong.", "the plan was wrong | The man in the hat"),
        ] as [(String, String)]
    )
    func timePhraseBeforeVerb(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }
}
