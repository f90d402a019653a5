import Lede
import LedeStages
import Testing

/// Reported speech (indirect, without quotation marks), through the news pipeline: each
/// sentence is preceded by one that reports nothing, so that it is body text.
@Suite struct ReportedSpeechFinderTests {
    /// The reported speech of a sentence as "content | speaker" (speaker `-` when none).
    static func reported(_ sentence: String) throws -> [String] {
        let document = try AnalysisPipeline.news().run("The council met on Monday in the town hall.\n\n" + sentence)
        return document.attributions.filter { $0.quote == nil }.map { attribution in
            let speaker = attribution.speaker.map { String(document.originalText(of: $0.mention)) } ?? "-"
            return "\(document.originalText(of: attribution.content)) | \(speaker)"
        }
    }

    @Test(
        "the content follows the verb and its subject",
        arguments: [
            ("Critics say the bridge will cost twice as much.", "the bridge will cost twice as much | Critics"),
            ("Police said the driver had fled on foot.", "the driver had fled on foot | Police"),
            (
                "The mayor has repeatedly argued that the budget is too small.",
                "the budget is too small | The mayor"
            ),
            (
                "Nearly half said they had not yet decided.",
                "they had not yet decided | Nearly half"
            ),
            (
                "The treasurer on Tuesday noted that revenue fell for a third year.",
                "revenue fell for a third year | The treasurer"
            ),
            (
                "The minister said in a radio interview that the talks would resume.",
                "the talks would resume | The minister"
            ),
            (
                "In Ohio, the governor acknowledged the plan had stalled.",
                "the plan had stalled | the governor"
            ),
            (
                "The fire spread quickly, and the chief warned that more homes were at risk.",
                "more homes were at risk | the chief"
            ),
            ("On housing, 38% say rents are too high.", "rents are too high | 38%"),
            // The `%` of an amount that ends the content stays; the period goes.
            ("The agency said rents rose 3.1%.", "rents rose 3.1% | The agency"),
            // `Will` and `May` open a name as well as a question.
            ("Will Moss said the plan would fail.", "the plan would fail | Will Moss"),
            // An adverb of the saying before `that` is no content.
            ("Kerr said only that the matter was closed.", "the matter was closed | Kerr"),
            ("The mayor has argued repeatedly that the tax is unfair.", "the tax is unfair | The mayor"),
            ("According to the agency, rents rose 3.1%.", "rents rose 3.1% | the agency"),
            (
                "Other brokers said prices would keep falling.",
                "prices would keep falling | Other brokers"
            ),
            ("Landlords argue that the rules cost them money.", "the rules cost them money | Landlords"),
            ("Tenants argue the new fee breaks the lease.", "the new fee breaks the lease | Tenants"),
            (
                "Days after the mayor said the plan was sound, the council dropped it.",
                "the plan was sound | the mayor"
            ),
            (
                "Before the mayor said the new plan for the harbor was “a mess,” the council had voted for it.",
                "the new plan for the harbor was “a mess,” | the mayor"
            ),
            ("The newspaper reports the talks have stalled.", "the talks have stalled | The newspaper"),
            ("Press reports said the talks had stalled.", "the talks had stalled | Press reports"),
            ("The mayor comments that the plan is dead.", "the plan is dead | The mayor"),
            (
                "Analysts estimate the repairs will cost $4 million.",
                "the repairs will cost $4 million | Analysts"
            ),
            ("The firm did not deny that it had lost the files.", "it had lost the files | The firm"),
            (
                "The coach refused to acknowledge that the team had lost its way.",
                "the team had lost its way | The coach"
            ),
            (
                "In Maine, about a third of renters said they had moved twice.",
                "they had moved twice | about a third of renters"
            ),
            (
                "Although in May she said the plan was sound, she later dropped it.",
                "the plan was sound | she"
            ),
            (
                "Outside experts also say the new levees fall far short.",
                "the new levees fall far short | Outside experts"
            ),
            ("First responders said the road was closed.", "the road was closed | First responders"),
            ("Outside the hall, protesters said the vote was rigged.", "the vote was rigged | protesters"),
            (
                "The economist said each year of delay adds to the cost.",
                "each year of delay adds to the cost | The economist"
            ),
            ("The economist said each year the cost grows.", "the cost grows | The economist"),
            (
                "The union said in a tweet that the strike would go ahead.",
                "the strike would go ahead | The union"
            ),
            (
                "The station reported at least six boats sank in the storm.",
                "at least six boats sank in the storm | The station"
            ),
            ("Police said about 40 people were hurt in the crash.", "about 40 people were hurt in the crash | Police"),
            ("Officials said over half of the homes had no power.", "over half of the homes had no power | Officials"),
            (
                "Pate said in an interview with Valley News that he backs no candidate.",
                "he backs no candidate | Pate"
            ),
            (
                "Kane now says, however, that – in his working life – he backs the plan.",
                "in his working life – he backs the plan | Kane"
            ),
            (
                "I can now say, with the benefit of hindsight, that the goal has been met.",
                "the goal has been met | I"
            ),
            ("Lane said, per a translator, that the server was open.", "the server was open | Lane"),
            ("Her aides have in the past said she was staying quiet.", "she was staying quiet | Her aides"),
            (
                "The ferry runs late - a former captain said the crew was short.",
                "the crew was short | a former captain"
            ),
            (
                "The ferry runs late — a former captain said the crew was short — and fares rose.",
                "the crew was short | a former captain"
            ),
            (
                "The coach says despite the loss, the squad will make the playoffs.",
                "despite the loss, the squad will make the playoffs | The coach"
            ),
        ] as [(String, String)]
    )
    func contentAfterVerb(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }

    @Test(
        "the subject is the name before an apposition or a relative clause",
        arguments: [
            (
                "Ada Moss, chair of the planning board, said the vote would be delayed.",
                "the vote would be delayed | Ada Moss"
            ),
            (
                "Tom Reyes, 58, who runs a bakery nearby, says business has never been worse.",
                "business has never been worse | Tom Reyes"
            ),
            (
                "Her deputy, Lena Park, said the office would stay open.",
                "the office would stay open | Lena Park"
            ),
            // The name between the commas may carry the place it is from or in.
            (
                "One pastor, Dan Webb of St Mark's Church in Leeds, said he had made 150 calls.",
                "he had made 150 calls | Dan Webb of St Mark's Church in Leeds"
            ),
            ("Her neighbour, Ada Moss from Hull, said she heard shouting.", "she heard shouting | Ada Moss from Hull"),
            (
                "The pool reopened, and Ada Moss, the warden, said the water was safe.",
                "the water was safe | Ada Moss"
            ),
            (
                "The report was written by an aide, who said the figures were checked twice.",
                "the figures were checked twice | who"
            ),
            (
                "Senator Ruth Gale (D-Ore.) said the bill had enough votes.",
                "the bill had enough votes | Senator Ruth Gale"
            ),
            (
                "Dana Kerr, 41, of Salem, Ore., says her rent has doubled.",
                "her rent has doubled | Dana Kerr"
            ),
            (
                "Tad Lane, Jones' senior adviser, said voters are angry about the tax.",
                "voters are angry about the tax | Tad Lane"
            ),
            (
                "Ana Ruiz, Chile's ambassador to Peru from 2007 to 2013, said the port must reopen.",
                "the port must reopen | Ana Ruiz"
            ),
            (
                "In his reply, Steve Lane, the dean of the law school, said that he had read the claims.",
                "he had read the claims | Steve Lane"
            ),
            (
                "Lane, speaking at a rally in Salem, Ore., warned that the levy would fail.",
                "the levy would fail | Lane"
            ),
            (
                "Groups that have endorsed him say the mayor should resign.",
                "the mayor should resign | Groups"
            ),
            ("The study that was released Monday said rents rose.", "rents rose | The study"),
            (
                "One delegate, Emily Moss, told reporters she was leaning toward Lane.",
                "she was leaning toward Lane | Emily Moss"
            ),
            (
                "The paper's correspondent in Jakarta, Rachel Harvey, said the reaction would be strong.",
                "the reaction would be strong | Rachel Harvey"
            ),
            (
                "In its report, Online Commons, the IPPR also asks if ID cards could help.",
                "if ID cards could help | the IPPR"
            ),
            (
                "Five unions in the region, including the nurses, said the deal was unfair.",
                "the deal was unfair | Five unions in the region"
            ),
            (
                "The coach -- who has feuded with the owners for years -- said she would not resign.",
                "she would not resign | The coach"
            ),
            (
                "County Clerk Will Ames, for example, said the count would take a week.",
                "the count would take a week | County Clerk Will Ames"
            ),
            (
                "One of the authors of that 2019 audit, Ada Moss, said the fund was short.",
                "the fund was short | Ada Moss"
            ),
            (
                "Dana Kerr, Harbor Trust chief executive, said the fund was short.",
                "the fund was short | Dana Kerr"
            ),
            (
                "Ada Moss, Lakeside Clinic’s former head of nursing, said the ward would close.",
                "the ward would close | Ada Moss"
            ),
            (
                "Tom Reyes, Green Party MP for Eastfield, says the levy is unfair.",
                "the levy is unfair | Tom Reyes"
            ),
            (
                "Lena Park, Ohio state director for the Moss campaign, told reporters the office had opened.",
                "the office had opened | Lena Park"
            ),
            (
                "Lena Park, Rovers’ new manager, said the team was tired.",
                "the team was tired | Lena Park"
            ),
        ] as [(String, String)]
    )
    func appositions(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }

    @Test(
        "a relative clause set off by commas ends its content where the main clause's verb follows a comma",
        arguments: [
            ("Kerr, who said the vote was close, left early.", "the vote was close | who"),
            ("Kerr, who has said the levy is unfair, has voted against it.", "the levy is unfair | who"),
            ("The aide, who said the plan was sound, was fired on Monday.", "the plan was sound | who"),
            ("Kerr, who said the vote was close, told reporters she would stay.", "the vote was close | who"),
            // The first comma opens a phrase inside the content, which is read as before.
            (
                "Kerr, who said the plan, backed by Moss, was sound, left early.",
                "the plan, backed by Moss, was sound, left early | who"
            ),
            (
                "Kerr, who said the vote was close, tight and messy, left.",
                "the vote was close, tight and messy, left | who"
            ),
        ] as [(String, String)]
    )
    func nonRestrictiveRelatives(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence).first == expected)
    }

    @Test(
        "a capitalized phrase with a role is an apposition only when the role ends it, or a preposition follows the role",
        arguments: [
            // The role is followed by a name: the phrase is the subject itself.
            (
                "In a statement, Harbor Trust chief executive Dana Kerr said the fund was short.",
                "the fund was short | Harbor Trust chief executive Dana Kerr"
            ),
            // A capitalized role word may be a surname: `Champion` is no role here.
            (
                "Ada's uncle, Lewis Champion, told reporters the appeal would go ahead.",
                "the appeal would go ahead | Lewis Champion"
            ),
            // A plural role describes no single name before it.
            (
                "In Eastfield, Green Party officials said the levy was unfair.",
                "the levy was unfair | Green Party officials"
            ),
        ] as [(String, String)]
    )
    func roleDescriptions(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }

    @Test(
        "after `and`, the subject is the clause's",
        arguments: [
            (
                "Governor Hale toured the flooded streets and said the state would pay for repairs.",
                "the state would pay for repairs | Governor Hale"
            ),
            (
                "Ebeling reminisced about her days with Moss, and said their views had changed.",
                "their views had changed | Ebeling"
            ),
            (
                "Speaking to reporters, the mayor waved and said the plan was sound.",
                "the plan was sound | the mayor"
            ),
        ] as [(String, String)]
    )
    func coordinatedVerb(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }

    @Test(
        "time words and an opening adverbial bound the content after the verb",
        arguments: [
            ("Moss said Saturday night that the levy would pass.", ["the levy would pass | Moss"]),
            ("Moss said on Saturday night that the levy would pass.", ["the levy would pass | Moss"]),
            // A part of the day with a verb after it is the content's subject.
            ("Moss said Saturday night fell early.", ["night fell early | Moss"]),
            ("Moss said Tuesday morning the levy would pass.", ["the levy would pass | Moss"]),
            (
                "Among voters who said they cared most about roads, most backed Moss.",
                ["they cared most about roads | who"]
            ),
            (
                "For tenants who say the rent is too high, the choice is simple.",
                ["the rent is too high | who"]
            ),
            // A demonstrative subject is no opening adverbial.
            (
                "This is backed by research which suggests that rents have doubled, with landlords raising fees.",
                ["rents have doubled, with landlords raising fees | which"]
            ),
        ] as [(String, [String])]
    )
    func timeWordsAndOpeningAdverbials(sentence: String, expected: [String]) throws {
        #expect(try Self.reported(sentence) == expected)
    }

    @Test(
        "the content comes before the verb, or around it",
        arguments: [
            ("The plan will fail, he said.", "The plan will fail | he"),
            (
                "SALEM, Ore. (AP) — The pool reopened on Friday, the mayor said.",
                "The pool reopened on Friday | the mayor"
            ),
            // A place in capitalized words with the agency in parentheses is a dateline too.
            ("New York (AFP) – Costs will rise, the mayor said.", "Costs will rise | the mayor"),
            (
                "Leeds (Reuters) — The mayor toured the site, warning that costs could rise.",
                "costs could rise | The mayor"
            ),
            (
                "The school will close in June, the district said in a statement on Friday.",
                "The school will close in June | the district"
            ),
            (
                "Costs rose sharply last year, said Maria Ortiz, a spokeswoman for the utility.",
                "Costs rose sharply last year | Maria Ortiz"
            ),
            (
                "The economy, she argued, is weaker than it looks.",
                "The economy, she argued, is weaker than it looks | she"
            ),
            ("Still, he said, the board must decide soon.", "the board must decide soon | he"),
            // A lone word before the verb's commas is its subject when an auxiliary follows them.
            ("Profits, she said, would keep rising.", "Profits, she said, would keep rising | she"),
            ("Perhaps, she said, the board can wait.", "the board can wait | she"),
            (
                "About 30 people would show up to each meeting, she said.",
                "About 30 people would show up to each meeting | she"
            ),
            ("The tax is unfair to renters, as the auditor noted.", "The tax is unfair to renters | the auditor"),
            (
                "Most tenants will move within a year, housing experts say; in 2019, few did.",
                "Most tenants will move within a year | housing experts"
            ),
            (
                "Pivoting to cuts too soon, many economists say, slowed the recovery.",
                "Pivoting to cuts too soon, many economists say, slowed the recovery | many economists"
            ),
            ("Turnout was low, he said, shaking his head.", "Turnout was low | he"),
            (
                "The pier will close for a year, the port authority said on Monday -- a blow to local shops.",
                "The pier will close for a year | the port authority"
            ),
            (
                "The lights went out at noon, she and a neighbor said.",
                "The lights went out at noon | she and a neighbor"
            ),
            (
                "Reyes, the mayor said, approved the budget without debate.",
                "Reyes, the mayor said, approved the budget without debate | the mayor"
            ),
            (
                "As the paper noted, the bridge has been closed since March.",
                "the bridge has been closed since March | the paper"
            ),
            // A speaker's phrase may end in an object pronoun after a preposition.
            (
                "The talks will resume next week, a source close to him said.",
                "The talks will resume next week | a source close to him"
            ),
            ("Rents will rise, people familiar with them say.", "Rents will rise | people familiar with them"),
            // A speaker after the verb may carry a relative clause to the end of the sentence.
            (
                "The talks will resume next week, said an official who asked not to be named.",
                "The talks will resume next week | an official"
            ),
            (
                "Costs rose sharply last year, said Maria Ortiz, who runs the utility.",
                "Costs rose sharply last year | Maria Ortiz"
            ),
            // A passive inside the content reports nothing of its own: the speaker is the verb's
            // after it.
            (
                "Reyes is accused of lying to investigators, prosecutors said.",
                "Reyes is accused of lying to investigators | prosecutors"
            ),
            // A verb and its speaker between commas, the clause going on after them.
            ("The gap, said Moss, would be clear.", "The gap, said Moss, would be clear | Moss"),
            ("The answer, says Dr Reyes, is more buses.", "The answer, says Dr Reyes, is more buses | Dr Reyes"),
            // The text may end with the speaker, with no full stop after it.
            ("Costs rose sharply last year, said Maria Ortiz", "Costs rose sharply last year | Maria Ortiz"),
            ("Bus fares will rise, said the mayor", "Bus fares will rise | the mayor"),
        ] as [(String, String)]
    )
    func contentBeforeVerb(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }

    @Test(
        "a participle after a message takes the sender as speaker",
        arguments: [
            (
                "The mayor fired back a response saying she would not sign the budget.",
                "she would not sign the budget | The mayor"
            ),
            (
                "The firm issued a reply saying the claims were false.",
                "the claims were false | The firm"
            ),
            (
                "The senator raised her attacks on Friday, saying in a tweet that more suits would follow.",
                "more suits would follow | The senator"
            ),
        ] as [(String, String)]
    )
    func participleAfterMessage(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }

    @Test(
        "the main clause's subject before a participle is a whole noun phrase",
        arguments: [
            (
                "European firms in the region have objected - arguing that the rules cost them dearly.",
                "the rules cost them dearly | European firms in the region"
            ),
            (
                "Republican leaders walked out, saying the vote was rigged.",
                "the vote was rigged | Republican leaders"
            ),
            ("Susan Jordan walked out, saying the vote was rigged.", "the vote was rigged | Susan Jordan"),
            ("Emily Moss walked out, saying the vote was rigged.", "the vote was rigged | Emily Moss"),
            (
                "The council refuses to lift the ban, saying the risk is too high.",
                "the risk is too high | The council"
            ),
            // A possessive opens the phrase of its head, which ends before an adverb; a pronoun
            // with `'s` is no possessive.
            (
                "Ruritania's president has defended the sale, saying it followed market rules.",
                "it followed market rules | Ruritania's president"
            ),
            (
                "Children's charities have reacted with alarm, saying the policy amounts to removal.",
                "the policy amounts to removal | Children's charities"
            ),
            (
                "Sandville's board of governors strongly rejects the charges, saying the payments were legal.",
                "the payments were legal | Sandville's board of governors"
            ),
            ("He's comparing the two plans, saying neither would work.", "neither would work | He's"),
        ] as [(String, String)]
    )
    func subjectBeforeParticiple(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }

    @Test(
        "the clause's subject comes after an opening span of time and a relative clause set off by commas",
        arguments: [
            (
                "Minutes later, the club issued a statement saying the match would go ahead.",
                "the match would go ahead | the club"
            ),
            (
                "Days after the storm, the utility put out a notice saying refunds would follow.",
                "refunds would follow | the utility"
            ),
            (
                "In Salem, where the mayor grew up, she won the crowd by joking that she would stay.",
                "she would stay | she"
            ),
        ] as [(String, String)]
    )
    func subjectAfterOpeningAdverbials(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence).last == expected)
    }

    @Test("a participle of speech that opens a sentence is no subject of the noun after it")
    func participleOpener() throws {
        #expect(
            try Self.reported("Addressing claims that he had lied, the mayor said the report was false.")
                == ["the report was false | the mayor"]
        )
        #expect(try Self.reported("Manning claims that the vote was rigged.") == ["the vote was rigged | Manning"])
    }

    @Test("a participle after a comma takes the main clause's speaker, and ends the first content")
    func participles() throws {
        #expect(
            try Self.reported("The senator voted against the bill, saying it would raise taxes.")
                == ["it would raise taxes | The senator"]
        )
        #expect(
            try Self.reported("The coach said the team was tired, adding that two players were injured.")
                == ["the team was tired | The coach", "two players were injured | The coach"]
        )
    }

    @Test(
        "a second verb of the same subject after a comma ends the content, unless it is a participle",
        arguments: [
            (
                "The mayor says the levy will pass, recalled that voters backed it in 2019 and left.",
                "the levy will pass | The mayor"
            ),
            (
                "The mayor says the levy, announced in May, will pass.",
                "the levy, announced in May, will pass | The mayor"
            ),
            (
                "The mayor says the levy, said to be the largest, will pass.",
                "the levy, said to be the largest, will pass | The mayor"
            ),
        ] as [(String, String)]
    )
    func secondVerb(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence).first == expected)
    }

    @Test("a verb followed by a conjunction reports nothing; the second verb reports its own clause")
    func conjunctionAfterVerb() throws {
        #expect(
            try Self.reported("A spokeswoman declined to comment but said the talks were continuing.")
                == ["the talks were continuing | A spokeswoman"]
        )
        #expect(
            try Self.reported("A spokeswoman declined to comment but said the talks were continuing.\r\n")
                == ["the talks were continuing | A spokeswoman"]
        )
    }

    @Test(
        "tell, ask and their listeners",
        arguments: [
            (
                "The mayor told reporters the bridge would reopen in May.",
                "the bridge would reopen in May | The mayor"
            ),
            ("She told him that the deal was off.", "the deal was off | She"),
            ("Reyes told the jury he had not seen the car.", "he had not seen the car | Reyes"),
            (
                "A voter asked the candidate whether she would raise taxes.",
                "whether she would raise taxes | A voter"
            ),
            ("Asked about the delay, the mayor said nothing.", "about the delay | -"),
            ("The union urged members to reject the offer.", "members to reject the offer | The union"),
            ("The company promised to refund every customer.", "to refund every customer | The company"),
            (
                "The mayor declined to say whether the deal was signed.",
                "whether the deal was signed | The mayor"
            ),
            (
                "The senator went on to argue that the tax was unfair.",
                "the tax was unfair | The senator"
            ),
            // A name and a noun that modifies it, or a noun and the name it introduces.
            (
                "Moss told the Daily Ledger’s Morning Call programme she had no plans to resign.",
                "she had no plans to resign | Moss"
            ),
            ("Moss told a Senate panel he would not resign.", "he would not resign | Moss"),
            ("Moss told Metro Radio host Ann Lee that he would not resign.", "he would not resign | Moss"),
            ("Moss told Metro Radio host Ann Lee he would not resign.", "he would not resign | Moss"),
            ("Moss told the Senate committee it would take a year.", "it would take a year | Moss"),
            // A number and its possessive in a name (`Radio 4's`), and what may follow the noun.
            (
                "Moss told Metro Radio 4's Morning Call programme there was no deal.",
                "there was no deal | Moss"
            ),
            (
                "Moss told Metro Radio 4’s Morning Call programme on Friday that Kerr had lied.",
                "Kerr had lied | Moss"
            ),
            ("Moss told the Ledger newspaper the tax was unfair.", "the tax was unfair | Moss"),
            // After a lower-case listener, a name with a verb opens the content.
            ("Moss told the court Kerr had lied.", "Kerr had lied | Moss"),
            // Two lower-case words end the listener where a name's noun would.
            ("Moss told his closest advisers he would run.", "he would run | Moss"),
            ("Moss told the local paper she would run.", "she would run | Moss"),
            // A negation after the listener is the content's.
            ("The union warned the Harbor Board not to act this year.", "not to act this year | The union"),
        ] as [(String, String)]
    )
    func listenersAndQuestions(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }

    @Test(
        "a relative clause whose verb follows the reporting verb, and passive reports",
        arguments: [
            (
                "The council passed a law which critics said will raise rents.",
                "which critics said will raise rents | critics"
            ),
            ("The merger was first reported by a small blog.", "The merger | a small blog"),
            (
                "The rower was declared the victor after a long review.",
                "The rower was declared the victor after a long review | -"
            ),
        ] as [(String, String)]
    )
    func relativesAndPassives(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }

    @Test(
        "according to, before, after or inside the content",
        arguments: [
            (
                "According to the survey, most renters expect to move within a year.",
                "most renters expect to move within a year | the survey"
            ),
            (
                "Most renters expect to move within a year, according to the survey.",
                "Most renters expect to move within a year | the survey"
            ),
            (
                "The fund, according to two people familiar with it, lost money in March.",
                "The fund, according to two people familiar with it, lost money in March | two people familiar with it"
            ),
            (
                "Lane went to the debate because, according to his aides, the press would mock him otherwise.",
                "the press would mock him otherwise | his aides"
            ),
            (
                "Most renters - 63 percent in 2014, according to the survey - still expect to move.",
                "Most renters - 63 percent in 2014 | the survey"
            ),
            (
                "According to the clerk on duty that night, the ballots were never counted.",
                "the ballots were never counted | the clerk on duty that night"
            ),
            (
                "According to letters from the time that were later made public, Moss met the envoy twice.",
                "Moss met the envoy twice | letters from the time"
            ),
            // One word before the cue is the subject when a finite verb follows the source.
            (
                "Sales, according to the firm, have doubled.",
                "Sales, according to the firm, have doubled | the firm"
            ),
            (
                "Kerr, according to the police, was held overnight.",
                "Kerr, according to the police, was held overnight | the police"
            ),
            ("Now, according to the firm, sales have doubled.", "sales have doubled | the firm"),
            ("Yet, according to the firm, sales have doubled.", "sales have doubled | the firm"),
        ] as [(String, String)]
    )
    func accordingTo(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }

    @Test(
        "words that are not reported speech",
        arguments: [
            "She said in an interview.",
            "His remarks were widely criticized.",
            "A man claiming to be a doctor was arrested.",
            "Delegates pledged to the governor met on Sunday.",
            "Later in the day, the agency said nothing.",
            "About 30 minutes later, the agency said.",
            "Moss hopes the plan will underpin his claim that his party is the only real opposition.",
            "But that is not to say the game is anything other than superb.",
            "Outside court the pair denied that.",
            // A question asks whether something was said.
            "Did the firm say it would cut jobs?",
            "Has Kerr said she will stand?",
            "Will the council say the plan has failed?",
            "The group will be announcing at least one other candidate later.",
            "The rush forced the firm to add another 34 servers to cope.",
            "To recoup its costs, the firm will have to win legal claims against the supplier.",
            "Her aides let Park explain the plan to donors.",
            "The rower claimed a clear lead in the heats.",
            "The mayor declined to comment on reports that the bridge would close.",
            "The cost of the bridge was not disclosed.",
            "The band went on to play a second set.",
            "She won 40 pledged delegates in the state.",
            "The club kept posting, sharing three old photos.",
            "A 2019 estimate put the cost of the bridge at $4 million.",
            "Local news reports of the closure were wrong.",
            "The council seized on controversial comments made by the mayor.",
            "The tenants sent angry tweets and letters to the landlord.",
            // A conjunction after the verb joins another predicate, not a reported clause.
            "The spokeswoman declined to comment and left the room.",
            "The band said goodbye and played a last song.",
            // Mostly a quotation: the quotation's attribution, not reported speech.
            "The mayor said the plan was “a disaster for every family in this town.”",
        ] as [String]
    )
    func notReported(sentence: String) throws {
        #expect(try Self.reported(sentence) == [])
    }

    @Test(
        "a quoted fragment is weighed by its words, not its marks",
        arguments: [
            // The curly marks take three bytes each: counted with the words, they made these
            // contents look mostly quoted.
            ("Moss said it was “unfair”.", ["it was “unfair” | Moss"]),
            ("Moss said it was \"unfair\".", ["it was \"unfair\" | Moss"]),
            (
                "The mayor says she respects Moss’s “energy and commitment” but argues that the plan will fail.",
                ["she respects Moss’s “energy and commitment” | The mayor", "the plan will fail | The mayor"]
            ),
            // More quoted words than the writer's: the quotation's attribution.
            ("Moss said it was “a disaster for every family in this town”.", []),
        ] as [(String, [String])]
    )
    func quotedFragments(sentence: String, expected: [String]) throws {
        #expect(try Self.reported(sentence) == expected)
    }

    @Test(
        "quantifiers, relative clauses and contractions make subjects",
        arguments: [
            ("Most of them said they had loved working there.", "they had loved working there | Most of them"),
            ("Some said the vote was unfair.", "the vote was unfair | Some"),
            ("Both say the deal is fair.", "the deal is fair | Both"),
            ("Another says the fee is too low.", "the fee is too low | Another"),
            // A quantifier after its noun is not the subject.
            ("The lenders (both members of the group) all said rates would rise.", "rates would rise | The lenders"),
            ("And a neighbor, Ada Moss, said that she would sell.", "she would sell | Ada Moss"),
            ("She’s said she will stay on the board.", "she will stay on the board | She"),
            ("Parents who attended the meeting said the fees were too high.", "the fees were too high | Parents"),
            ("Tenants whose leases ran out say the rent doubled.", "the rent doubled | Tenants"),
            ("The mayor has since said that the project is on hold.", "the project is on hold | The mayor"),
            ("Voters were more likely to say the economy was improving.", "the economy was improving | Voters"),
            ("A note left on the door said the shop had closed.", "the shop had closed | A note left on the door"),
        ] as [(String, String)]
    )
    func subjects(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }

    @Test(
        "a subordinate clause, an aside or a listener stands between the verb and its content",
        arguments: [
            (
                "Mayor Reyes said if the levy passed, the pool would reopen.",
                "if the levy passed, the pool would reopen | Mayor Reyes"
            ),
            // With no comma after it as well.
            ("Ada Moss said if she lost she would resign.", "if she lost she would resign | Ada Moss"),
            (
                "The minister said unless the talks resumed the strike would go on.",
                "unless the talks resumed the strike would go on | The minister"
            ),
            // `that` right after the conjunction is the clause's subject, not the conjunction
            // that opens the content.
            ("Moss said if that happens, the plan fails.", "if that happens, the plan fails | Moss"),
            ("A reporter asked if that remained his view.", "if that remained his view | A reporter"),
            ("The host asked whether that was her only path.", "whether that was her only path | The host"),
            // An adjunct with no subject of its own is no part of the content.
            ("Ada Moss said in an interview she would resign.", "she would resign | Ada Moss"),
            (
                "The council said in a statement Friday that, if funds allow, the library will reopen.",
                "if funds allow, the library will reopen | The council"
            ),
            ("The coach said — after a long pause — that he would stay.", "he would stay | The coach"),
            (
                "The chief told the hearing at the town hall the case could take years.",
                "the case could take years | The chief"
            ),
            (
                "Crime fell for a third year, the chief told a council panel on Wednesday.",
                "Crime fell for a third year | the chief"
            ),
            (
                "The chief told a meeting in Salem, Oregon on Monday that the station would close.",
                "the station would close | The chief"
            ),
            (
                "Some economists - including two on the board - warn that rates could rise.",
                "rates could rise | Some economists"
            ),
        ] as [(String, String)]
    )
    func betweenVerbAndContent(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }

    @Test(
        "a participle reports for the phrase after with, or for the sender of a message",
        arguments: [
            (
                "The survey found renters struggling, with 40 percent saying rents had doubled.",
                "rents had doubled | 40 percent"
            ),
            ("The firm issued a statement saying the plant would close.", "the plant would close | The firm"),
            ("Reyes rejected the claim — saying the audit was complete.", "the audit was complete | Reyes"),
            (
                "Reyes kept to the budget at first, eventually saying the levy was needed.",
                "the levy was needed | Reyes"
            ),
            (
                "The firm warned of cuts, with Reyes quoted as saying the plant could close.",
                "the plant could close | Reyes"
            ),
            (
                "Most called themselves moderate, with about three in 10 saying they are very liberal.",
                "they are very liberal | about three in 10"
            ),
            (
                "The floods have left 62 percent of residents saying the levees are failing.",
                "the levees are failing | 62 percent of residents"
            ),
            ("The poll of 900 adults found 40% saying the economy is weak.", "the economy is weak | 40%"),
            (
                "The timing led voters to say that the council was hiding the plan.",
                "the council was hiding the plan | voters"
            ),
            (
                "The leak prompted the mayor to warn that more cuts were coming.",
                "more cuts were coming | the mayor"
            ),
            (
                "After saying he was nervous to ask a question, the man spoke for ten minutes.",
                "he was nervous to ask a question | the man"
            ),
            (
                "While saying that she respects Lane, Moss went on to attack her record.",
                "she respects Lane | Moss"
            ),
        ] as [(String, String)]
    )
    func participleSpeakers(sentence: String, expected: String) throws {
        #expect(try Self.reported(sentence) == [expected])
    }

    @Test(
        "no reported speech: a gerund after a preposition, a noun before a participle",
        arguments: [
            "The coach was unhappy with Reyes for not revealing he was injured.",
            "In a joint statement the two firms gave hints about how the chip will work.",
            "The group ran a letter writing campaign on the issue.",
            "Reyes said when asked, adding nothing.",
            "The well-known pre-war plan was shelved.",
        ] as [String]
    )
    func notReportedHere(sentence: String) throws {
        #expect(try Self.reported(sentence) == [])
    }

    @Test("a headline reports speech with a speaker, and a clause where its verb takes an object")
    func headlines() throws {
        func reported(_ headline: String) throws -> [String] {
            let text = "\(headline)\n\nThe council met on Monday in the town hall, and the vote was close."
            let document = try AnalysisPipeline.news().run(text)
            return document.attributions.filter { $0.quote == nil }.map {
                String(document.originalText(of: $0.content))
            }
        }
        #expect(try reported("Mayor says the budget will pass") == ["the budget will pass"])
        #expect(try reported("Club agrees new kit deal") == [])
        #expect(try reported("Club agrees to sell its ground") == ["to sell its ground"])
        #expect(try reported("Budget cuts to be announced") == [])
    }

    // MARK: Hostile text

    @Test("a long sentence of reporting verbs with no stop: the first eight report, each to the end")
    func verbsWithoutStops() throws {
        let reported = try Self.reported(
            String(repeating: "he said she told they added the minister noted ", count: 150) + "that it was late."
        )
        let speakers = reported.map { $0.split(separator: " | ").last.map(String.init) ?? "" }
        #expect(speakers == Array(repeating: ["he", "she", "they", "the minister"], count: 2).flatMap { $0 })
        #expect(reported.allSatisfy { $0.contains(" noted that it was late | ") })
        #expect(reported.first?.hasPrefix("she told they added the minister noted he said ") == true)
    }

    @Test("in a sentence of several reporting verbs, each stop ends the content before it")
    func verbsWithStops() throws {
        let reported = try Self.reported(
            "He said the plan was late; she said, but they added that the vote was close; he said the plan was "
                + "late; she said, but they added that the vote was close; they said so."
        )
        #expect(
            reported == [
                "the plan was late | He", "the vote was close | they", "the plan was late | he",
                "the vote was close | they",
            ]
        )
    }
}
