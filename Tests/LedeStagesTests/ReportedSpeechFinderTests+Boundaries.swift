import Lede
import LedeStages
import Testing

/// Where subjects and contents begin and end: a subject with an adverb or a time adverbial next
/// to it or an adverbial before it (with the state after a town), participles joined by `and`
/// or `but` to an earlier participle phrase or after a subordinator, verbs joined by `, then`,
/// content that opens with a subordinate clause or ends before another speaker's clause,
/// objects that are no content, subjects with a plural head, and speakers that are noun
/// phrases.
extension ReportedSpeechFinderTests {
    @Test(
        "an adverb between a subject and its verb is not in the subject; one before the noun is",
        arguments: [
            (
                "The union eventually backed down, saying members had voted to accept.",
                "members had voted to accept | The union"
            ),
            (
                "The nurse later sued, saying the quarantine violated her rights.",
                "the quarantine violated her rights | The nurse"
            ),
            ("The firm already conceded, noting that sales had slowed.", "sales had slowed | The firm"),
            // Before the noun, an adverb belongs to the phrase.
            (
                "The newly elected mayor struck back, saying the audit was flawed.",
                "the audit was flawed | The newly elected mayor"
            ),
            // A name ends at its first lower-case word, as before.
            ("Dana Kerr later resigned, saying she was tired.", "she was tired | Dana Kerr"),
            // Adverbs of frequency.
            ("Her aides seldom say the vote is close.", "the vote is close | Her aides"),
            ("The mayor spoke first, and he sometimes added that the plan would fail.", "the plan would fail | he"),
        ] as [(String, String)]
    )
    func adverbAfterSubject(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }

    @Test(
        "a past verb with its object after `and` ends content told in the present; content in the past keeps it",
        arguments: [
            ("Moss said she admires the senator and visited his office.", "she admires the senator | Moss"),
            ("Moss said he makes a modest salary and questioned the new tax.", "he makes a modest salary | Moss"),
            ("Moss said the firm can do better and cited its rivals.", "the firm can do better | Moss"),
            // Content in the past, a participle after a copula, and two participles joined.
            ("Moss said the firm lost money and cut its staff.", "the firm lost money and cut its staff | Moss"),
            (
                "Moss said she was tired of it and wanted a new candidate.",
                "she was tired of it and wanted a new candidate | Moss"
            ),
            ("Moss said she is tired and worried about the vote.", "she is tired and worried about the vote | Moss"),
            (
                "Reyes says the council has aided and abetted the developers.",
                "the council has aided and abetted the developers | Reyes"
            ),
        ] as [(String, String)]
    )
    func narrativePastAfterContent(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }

    @Test(
        "`but` or `while` and a subject with its own reporting verb end the content, with no comma too",
        arguments: [
            (
                "Moss said the plan was sound but critics argued it would fail.",
                ["the plan was sound | Moss", "it would fail | critics"]
            ),
            (
                "The Tories say taxes are too high while the Lib Dems say they are too low.",
                ["taxes are too high | The Tories", "they are too low | the Lib Dems"]
            ),
            (
                "Moss said the rent was fair but he added that it was late.",
                ["the rent was fair | Moss", "it was late | he"]
            ),
            // No subject after the joiner, or a verb that is no finite one: the content goes on.
            (
                "Moss said the rent was fair but also that the owner had denied it.",
                ["the rent was fair but also that the owner had denied it | Moss"]
            ),
            (
                "Moss said the rent was “far too high” while trying to explain the plan.",
                ["the rent was “far too high” while trying to explain the plan | Moss"]
            ),
            // `and` may join two subjects inside the content.
            (
                "Moss said the mayor and her aides had argued for the plan.",
                ["the mayor and her aides had argued for the plan | Moss"]
            ),
        ] as [(String, [String])]
    )
    func contrastWithOtherSpeaker(sentence: String, expected: [String]) throws {
        #expect(try Self.reported(sentence) == expected)
    }

    @Test(
        "a time adverbial with no comma after it opens the clause before its subject",
        arguments: [
            (
                "A few minutes later they changed course and said they would register voters.",
                "they would register voters | they"
            ),
            (
                "But a few days later, Kerr reversed herself, telling a local station that the rules were set.",
                "the rules were set | Kerr"
            ),
            ("Two years ago the firm said profits would rise.", "profits would rise | the firm"),
            ("A month earlier Dana Kerr said she would stay.", "she would stay | Dana Kerr"),
            // A span of time that is the subject has no `later`, `earlier` or `ago` after it.
            ("Three weeks have passed, officials said.", "Three weeks have passed | officials"),
        ] as [(String, String)]
    )
    func timeAdverbialBeforeSubject(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }

    @Test(
        "a participle after `and` or `but` joined to an earlier participle phrase has its subject",
        arguments: [
            (
                "The governor struck back, conceding that the plan had flaws but warning that critics had no plan.",
                ["the plan had flaws | The governor", "critics had no plan | The governor"]
            ),
            (
                "The coach spoke for an hour, praising the players and insisting that the season was not over.",
                ["the season was not over | The coach"]
            ),
            (
                "The senator hit back, saying that the bill was flawed and adding that it would fail.",
                ["the bill was flawed | The senator", "it would fail | The senator"]
            ),
            // No participle phrase before `and`: `saying` is a noun's modifier, which reports nothing.
            ("Dana Kerr read the letter and a note saying thanks.", []),
        ] as [(String, [String])]
    )
    func joinedParticiples(sentence: String, expected: [String]) throws {
        #expect(try Self.reported(sentence) == expected)
    }

    @Test(
        "a relative clause that ends the sentence is the writer's; one inside the content stays",
        arguments: [
            ("Moss said he backs the bill, which includes new audits.", ["he backs the bill | Moss"]),
            ("Moss said it would be Reyes, who has a clear lead in the polls.", ["it would be Reyes | Moss"]),
            // A comma closes it: the content goes on after it.
            (
                "Moss said the levy, which voters approved in May, would raise $4 million.",
                ["the levy, which voters approved in May, would raise $4 million | Moss"]
            ),
            // Its verb may be a reporting verb without making it a report of its own.
            (
                "Moss said the bill, which the mayor wrote, would pass.",
                ["the bill, which the mayor wrote, would pass | Moss"]
            ),
            // Inside a quotation, it is the speaker's.
            (
                "Moss said the budget the council passed on Monday night was “a start, which is more than we had.”",
                ["the budget the council passed on Monday night was “a start, which is more than we had.” | Moss"]
            ),
        ] as [(String, [String])]
    )
    func relativeClauses(sentence: String, expected: [String]) throws {
        #expect(try Self.reported(sentence) == expected)
    }

    @Test(
        "content ends before a comma and `but`, `while` or `whereas` with another speaker's clause",
        arguments: [
            (
                "Several supporters said the speech had gone well, while other voters said they were unmoved.",
                ["the speech had gone well | Several supporters", "they were unmoved | other voters"]
            ),
            (
                "Ms Kerr argues rents will fall, whereas critics say they will rise.",
                ["rents will fall | Ms Kerr", "they will rise | critics"]
            ),
            // With no reporting verb after it, `while` goes on with the content.
            (
                "The mayor said the plan would pass, while the budget would shrink.",
                ["the plan would pass, while the budget would shrink | The mayor"]
            ),
        ] as [(String, [String])]
    )
    func otherSpeakersClause(sentence: String, expected: [String]) throws {
        #expect(try Self.reported(sentence) == expected)
    }

    @Test(
        "an adverbial after an adverb, a span of time before a participle, or a sentence adverb opens the sentence",
        arguments: [
            (
                "Even as he won the vote, Mr. Kerr seemed to tire, revealing a tendency to stall.",
                ["a tendency to stall | Mr. Kerr"]
            ),
            ("Just before the vote, the mayor spoke, saying the plan was sound.", ["the plan was sound | the mayor"]),
            (
                "One month after announcing his support for Moss, Kerr said she was unfit to lead.",
                ["his support for Moss | Kerr", "she was unfit to lead | Kerr"]
            ),
            ("Days before saying he would run, the mayor toured the city.", ["he would run | the mayor"]),
            ("Sure, official data suggest that output peaked in 2013.", ["output peaked in 2013 | official data"]),
            ("Well, the union says the offer is too low.", ["the offer is too low | the union"]),
            // The state after a town's comma belongs to the adverbial.
            (
                "At a rally in Salem, Ohio, Ada Moss toured the site, saying it was safe.",
                ["it was safe | Ada Moss"]
            ),
            // A name after the town's comma is the subject.
            ("In Salem, Moss, the mayor, toured the site, saying it was safe.", ["it was safe | Moss"]),
            // A day, a month or a place adverb before its comma, and a preposition that
            // reads as an adjective, open an adverbial, also before a second verb of the subject.
            (
                "Sunday morning, Moss slammed the plan and accused Reyes of a flip-flop.",
                ["Reyes of a flip-flop | Moss"]
            ),
            (
                "There, the chairman declined to name the delegates but said one was a supporter.",
                ["one was a supporter | the chairman"]
            ),
            ("Monday, the mayor said the plan had failed.", ["the plan had failed | the mayor"]),
            (
                "Absent a strong defense, voters may listen and conclude that the plan failed.",
                ["the plan failed | voters"]
            ),
            // A month that opens a name is part of it.
            ("March Fong, the secretary, said the vote was fair.", ["the vote was fair | March Fong"]),
            // A past participle opens a phrase, alone or after the conjunction that opens the
            // sentence; an adjective in `-ing` after it does not.
            (
                "Known as the Tenants Union, the group rallied on Friday, noting that rents had risen.",
                ["rents had risen | the group"]
            ),
            (
                "Also known as the Tenants Union, the group rallied, noting that rents had risen.",
                ["rents had risen | the group"]
            ),
            ("But faced with a deficit, the council met, saying cuts were needed.", ["cuts were needed | the council"]),
            // An adverbial with a parenthesis between dashes ends at the second dash.
            (
                "In a speech in Ames -- which votes first -- Moss thanked the crowd and argued she would win.",
                ["she would win | Moss"]
            ),
            (
                "In a speech in Ames — a town of students — Moss thanked the crowd and argued she would win.",
                ["she would win | Moss"]
            ),
            (
                "And leading members have grown vocal while urging the mayor to quit.",
                ["the mayor to quit | leading members"]
            ),
        ] as [(String, [String])]
    )
    func openingAdverbials(sentence: String, expected: [String]) throws {
        #expect(try Self.reported(sentence) == expected)
    }

    @Test(
        "a participle after a subordinator reports for its own clause's subject; `That’s` names nobody",
        arguments: [
            ("That’s partly why Moss quit before announcing her run for mayor.", ["her run for mayor | Moss"]),
            ("That's partly why Moss quit before announcing her run for mayor.", ["her run for mayor | Moss"]),
            (
                "The nurse quit after the director fooled the staff by telling them the clinic would close.",
                ["the clinic would close | the director"]
            ),
            // The sentence's subject when the participle's clause is the main one.
            ("Moss quit the race before announcing that she would run.", ["she would run | Moss"]),
            // A contraction of `it` or `that` with `is` is no speaker, with either apostrophe.
            ("It’s a reason Reyes gave when announcing that the plant would close.", []),
            ("It's a reason Reyes gave when announcing that the plant would close.", []),
        ] as [(String, [String])]
    )
    func participleInOwnClause(sentence: String, expected: [String]) throws {
        #expect(try Self.reported(sentence) == expected)
    }

    @Test(
        "the object of a verb such as `write` or `claim` is no content, even when another clause follows",
        arguments: [
            ("Moss wrote the emails, and he later said they were private.", ["they were private | he"]),
            ("Kerr claimed the title, but critics said the vote was rigged.", ["the vote was rigged | critics"]),
            ("Kerr added a new rule, and the board approved it.", []),
            // A clause before the comma is what was written.
            ("Moss wrote the plan was doomed, and he said so.", ["the plan was doomed | Moss"]),
            // A past form in `-ed` between a noun and its own object is the clause's verb; a
            // participle after its noun, or a relative clause's verb, is not.
            (
                "The tenant sued, claiming the landlord ignored her complaints.",
                ["the landlord ignored her complaints | The tenant"]
            ),
            ("Kerr claimed the seat vacated by Moss in May.", []),
            ("Kerr wrote a letter that angered the board.", []),
            ("Kerr claimed a prize, which surprised the board.", []),
        ] as [(String, [String])]
    )
    func objectBeforeCoordinatedClause(sentence: String, expected: [String]) throws {
        #expect(try Self.reported(sentence) == expected)
    }

    @Test(
        "a speaker is a noun phrase: a verb, a participle clause or a time adverbial around it is cut off",
        arguments: [
            // A participle clause with no comma after it, and the name that ends it.
            (
                "Speaking to reporters on Friday Mr Kerr said the plan would fail.",
                ["the plan would fail | Mr Kerr"]
            ),
            ("Responding to the plans, the union said cuts were unfair.", ["cuts were unfair | the union"]),
            // A participle clause, a time adverbial or a verb alone names no one.
            ("Responding to the plans said the union was wrong.", []),
            ("Speaking in Salem accused Reyes of lying.", []),
            ("Two weeks ago said the plan would fail.", []),
            // The source after `according to`; the subject after an inverted `said`.
            ("According to the survey reported that turnout fell.", ["turnout fell | the survey"]),
            (
                "''The budget was cut,'' said Ada Moss, the chair of the board, noting that rents had risen.",
                ["rents had risen | Ada Moss"]
            ),
            // After a past form, `claims` and `reports` are nouns, its object; not after a
            // relative clause's verb.
            ("Moss dismissed claims the plan would fail.", []),
            ("An aide who resigned claims the vote was rigged.", ["the vote was rigged | An aide"]),
        ] as [(String, [String])]
    )
    func speakerIsNounPhrase(sentence: String, expected: [String]) throws {
        #expect(try Self.reported(sentence) == expected)
    }

    @Test(
        "a verb after `, then` is the clause subject's; a subordinate clause before a comma opens the content",
        arguments: [
            ("Moss toured the plant, then said the jobs were safe.", ["the jobs were safe | Moss"]),
            // A subject of its own after `then`.
            ("Moss toured the plant, then Reyes said the jobs were safe.", ["the jobs were safe | Reyes"]),
            // The subordinate clause's verb in the present, or a contracted pronoun after it.
            ("Moss says if the plan fails, taxes will rise.", ["if the plan fails, taxes will rise | Moss"]),
            (
                "Reyes says when the plant closes, the town will suffer.",
                ["when the plant closes, the town will suffer | Reyes"]
            ),
            (
                "Moss says if she spent the day in Ohio she’d be doing nothing more than yelling at people.",
                ["if she spent the day in Ohio she’d be doing nothing more than yelling at people | Moss"]
            ),
        ] as [(String, [String])]
    )
    func thenAndSubordinateContent(sentence: String, expected: [String]) throws {
        #expect(try Self.reported(sentence) == expected)
    }

    @Test(
        "a capitalized word and a plural before a verb are one subject",
        arguments: [
            (
                "Council members praised the plan while urging the mayor to quit.",
                ["the mayor to quit | Council members"]
            ),
            ("Police officers toured the site, saying it was safe.", ["it was safe | Police officers"]),
            (
                "Union leaders met on Friday and said the strike would go on.",
                ["the strike would go on | Union leaders"]
            ),
            // A name before a verb in `-s` is a name alone.
            ("Moss toured the site, saying it was safe.", ["it was safe | Moss"]),
        ] as [(String, [String])]
    )
    func capitalizedWordAndPlural(sentence: String, expected: [String]) throws {
        #expect(try Self.reported(sentence) == expected)
    }
}
