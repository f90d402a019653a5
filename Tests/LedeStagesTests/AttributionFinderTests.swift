import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct AttributionFinderTests {
    /// Each quotation's attribution as "quote | mention -> name (kind, form)".
    static func attributions(_ text: String) throws -> [String] {
        let document = try AnalysisPipeline.news().run(text)
        return document.quotes.indices.compactMap { index in
            guard let attribution = document.attribution(ofQuote: index) else { return nil }
            let quote = document.quotes[index].parts.map { String(document.originalText(of: $0)) }.joined(
                separator: " ‖ "
            )
            guard let speaker = attribution.speaker else {
                return "\(quote) | none (\(attribution.quoteKind ?? .full))"
            }
            return
                "\(quote) | \(document.originalText(of: speaker.mention)) -> \(speaker.name) (\(speaker.kind), \(attribution.form))"
        }
    }

    /// Each quotation with the speaker's mention as written: "quote | mention", or "quote |
    /// none".
    static func mentions(_ text: String) throws -> [String] {
        let document = try AnalysisPipeline.news().run(text)
        return document.quotes.indices.compactMap { index in
            guard let attribution = document.attribution(ofQuote: index) else { return nil }
            let quote = document.quotes[index].parts.map { String(document.originalText(of: $0)) }.joined(
                separator: " ‖ "
            )
            return "\(quote) | \(attribution.speaker.map { String(document.originalText(of: $0.mention)) } ?? "none")"
        }
    }

    @Test(
        "attribution forms of news",
        arguments: [
            ("“We won,” Leavitt said.", "We won, | Leavitt -> Leavitt (organization, speaker-cue)"),
            ("“We won,” said Tony Blair.", "We won, | Tony Blair -> Tony Blair (person, cue-speaker)"),
            ("Ms Hewitt said: “We won.”", "We won. | Ms Hewitt -> Hewitt (person, introducing)"),
            ("He told the BBC: “We won.”", "We won. | He -> He (pronoun, introducing)"),
            (
                "The figures were “disappointing”, according to the Treasury.",
                "disappointing | the Treasury -> Treasury (organization, according-to)"
            ),
            ("“We won” -- Karoline Leavitt", "We won | Karoline Leavitt -> Karoline Leavitt (person, dash)"),
            // The sentence's period is not the speaker's; an initial's is.
            ("\"We won\" - Ada Moss.", "We won | Ada Moss -> Ada Moss (person, dash)"),
            ("“We won” — A. Moss.", "We won | A. Moss -> A. Moss (person, dash)"),
            (
                "“We won,” a spokesman for the firm said.",
                "We won, | a spokesman for the firm -> a spokesman for the firm (anonymous, speaker-cue)"
            ),
            (
                "“Prices will rise,” the company warned.",
                "Prices will rise, | the company -> company (organization, speaker-cue)"
            ),
            (
                "Its Article 5 says that “an attack on one is an attack on all.”",
                "an attack on one is an attack on all. | Its Article 5 -> Its Article 5 (document, speaker-cue)"
            ),
            (
                "“The economy is benign,” Roy Asher, chief investment officer of Hibernian, said.",
                "The economy is benign, | Roy Asher -> Roy Asher (person, speaker-cue)"
            ),
            (
                "“We must act,” Acme's CEO, Cynthia Musselman, told reporters.",
                "We must act, | Cynthia Musselman -> Cynthia Musselman (person, speaker-cue)"
            ),
            (
                "Manchester City boss Kevin Keegan: “We had a great chance.”",
                "We had a great chance. | Manchester City boss Kevin Keegan -> Kevin Keegan (person, introducing)"
            ),
            (
                "Said the Pew report: “This finding is ironic.”",
                "This finding is ironic. | the Pew report -> Pew report (document, cue-speaker)"
            ),
            ("They joined a “coalition of the willing,” with others.", "coalition of the willing, | none (term)"),
            ("“We won”, he said.", "We won | he -> he (pronoun, speaker-cue)"),
        ] as [(String, String)]
    )
    func forms(text: String, expected: String) throws {
        #expect(try Self.attributions(text) == [expected])
    }

    @Test("names resolve: surnames and titles to full names, pronouns to the nearest person")
    func resolution() throws {
        let text = """
            New proposals were announced by the Trade and Industry Secretary Patricia Hewitt.

            Ms Hewitt said: “We have already doubled it.” “We are going further,” she added.

            “It is desperate,” said Tory spokesman David Willetts. “It will fail,” Mr Willetts said.
            """
        #expect(
            try Self.attributions(text) == [
                "We have already doubled it. | Ms Hewitt -> Patricia Hewitt (person, introducing)",
                "We are going further, | she -> Patricia Hewitt (pronoun, speaker-cue)",
                "It is desperate, | Tory spokesman David Willetts -> David Willetts (person, cue-speaker)",
                "It will fail, | Mr Willetts -> David Willetts (person, speaker-cue)",
            ]
        )
        let document = try AnalysisPipeline.news().run(text)
        #expect(document.attribution(ofQuote: 0)?.speaker?.role == "Trade and Industry Secretary")
        #expect(document.attribution(ofQuote: 2)?.speaker?.role == "Tory spokesman")
    }

    @Test(
        "short forms resolve to full names written anywhere, ranks are roles, and look-alikes stay apart",
        arguments: [
            (
                "Giuseppe Cavo Dragone met defence chiefs. “We are united,” Cavo Dragone said.",
                "We are united, | Cavo Dragone -> Giuseppe Cavo Dragone (person, speaker-cue)"
            ),
            (
                "Karoline Leavitt spoke on Monday.\n\n“We are not sending troops,” Leavitt said.",
                "We are not sending troops, | Leavitt -> Karoline Leavitt (person, speaker-cue)"
            ),
            (
                "Australian Lynton Crosby ran the campaign. “It worked,” Mr Crosby said.",
                "It worked, | Mr Crosby -> Lynton Crosby (person, speaker-cue)"
            ),
            // A word that opens a clause is no given name: `To Sexton` is no full name.
            (
                "The vote was close.\n\nJared Sexton ran the campaign. To Sexton, it was a game. “It worked,” Sexton "
                    + "said.",
                "It worked, | Sexton -> Jared Sexton (person, speaker-cue)"
            ),
            (
                "Chancellor of the Exchequer Gordon Brown spoke. “It is fine,” Brown said.",
                "It is fine, | Brown -> Gordon Brown (person, speaker-cue)"
            ),
            (
                "The Rolling Stones played. “It was loud,” Stones said.",
                "It was loud, | Stones -> Stones (organization, speaker-cue)"
            ),
            (
                "John Smith and Mary Smith met. “No,” Smith said.",
                "No, | Smith -> Smith (person, speaker-cue)"
            ),
            (
                "Mr Jones arrived late. “Sorry,” Jones said.",
                "Sorry, | Jones -> Jones (person, speaker-cue)"
            ),
            (
                "Capt. John Smith told reporters: “The ship is safe.”",
                "The ship is safe. | Capt. John Smith -> John Smith (person, introducing)"
            ),
            (
                "“We will respond,” said Maj. Gen. Ann Lee.",
                "We will respond, | Maj. Gen. Ann Lee -> Ann Lee (person, cue-speaker)"
            ),
            (
                "Det Sgt Mark Jones said: “It is ongoing.”",
                "It is ongoing. | Det Sgt Mark Jones -> Mark Jones (person, introducing)"
            ),
            (
                "NATO met in Brussels\n\nAdm. Giuseppe Cavo Dragone said: “We are ready.”",
                "We are ready. | Adm. Giuseppe Cavo Dragone -> Giuseppe Cavo Dragone (person, introducing)"
            ),
        ] as [(String, String)]
    )
    func shortFormsAndRanks(text: String, expected: String) throws {
        #expect(try Self.attributions(text) == [expected])
    }

    @Test(
        "a rank or a title is the role, a conjunction before it is not",
        arguments: [
            ("Capt. John Smith told reporters: “The ship is safe.”", "Capt."),
            ("Det Sgt Mark Jones said: “It is ongoing.”", "Det Sgt"),
            ("NATO met in Brussels\n\nAdm. Giuseppe Cavo Dragone said: “We are ready.”", "Adm."),
            ("But Home Office minister Hazel Blears said: “No.”", "Home Office minister"),
            ("But Mr Dams said: “No.”", nil),
        ] as [(String, String?)]
    )
    func roles(text: String, role: String?) throws {
        let document = try AnalysisPipeline.news().run(text)
        #expect(document.attribution(ofQuote: 0)?.speaker?.role == role)
    }

    @Test(
        "words about the saying are not reported content",
        arguments: [
            ("Leavitt said so on Tuesday.", nil),
            ("Leavitt said so, adding nothing.", nil),
            ("The minister said otherwise in private.", nil),
            ("Leavitt said so much had changed since the summit.", "so much had changed since the summit"),
            ("Leavitt said so-called experts were wrong about it.", "so-called experts were wrong about it"),
            ("Leavitt said nothing had changed since the summit.", "nothing had changed since the summit"),
        ] as [(String, String?)]
    )
    func reportedContent(text: String, content: String?) throws {
        let document = try AnalysisPipeline.news().run(text)
        let reported = document.attributions.filter { $0.quote == nil }
        #expect(reported.map { String(document.originalText(of: $0.content)) } == (content.map { [$0] } ?? []))
    }

    @Test(
        "reported speech that a quotation only ends is kept beside the quotation's attribution",
        arguments: [
            ("Reyes said the budget was “a fair deal” for the town.", "the budget was “a fair deal” for the town"),
            ("Reyes said the plan was sound, adding, “We will build it.”", "the plan was sound"),
            ("Reyes said, “We will build it.”", nil),
            ("“We will build it,” Reyes said.", nil),
        ] as [(String, String?)]
    )
    func reportedBesideQuotation(text: String, content: String?) throws {
        let document = try AnalysisPipeline.news().run(text)
        let reported = document.attributions.filter { $0.quote == nil }
        #expect(reported.map { String(document.originalText(of: $0.content)) } == (content.map { [$0] } ?? []))
    }

    @Test(
        "a fragment inside reported speech is the reported speaker's, not a term, whatever clause follows it",
        arguments: [
            ("Reyes said the plan was a “reckless gamble” for the town.", ["reckless gamble | Reyes"]),
            // A reporting clause after the closing mark reports the report, not the words.
            (
                "The mayor said the plan was “a reckless gamble,” the council reported.",
                ["a reckless gamble, | The mayor"]
            ),
            // The speech that holds the fragment, not an earlier clause of the sentence.
            (
                "If the budget fails, the council will blame the mayor and the unions will accuse him of a “betrayal.”",
                ["betrayal. | the unions"]
            ),
            // Straight marks; a fragment next to its own verb; no reported speech around it.
            ("Reyes said the plan was a \"reckless gamble\" for the town.", ["reckless gamble | Reyes"]),
            ("The plan is a “reckless gamble,” she said.", ["reckless gamble, | she"]),
            ("They joined a “coalition of the willing.”", ["coalition of the willing. | none"]),
        ] as [(String, [String])]
    )
    func fragmentInsideReportedSpeech(text: String, expected: [String]) throws {
        #expect(try Self.mentions(text) == expected)
    }

    @Test("a title-case quotation that only the passage could attribute is a name")
    func titleCaseWithoutSpeaker() throws {
        let text =
            "The council met on Monday.\n\n“We will build it,” Reyes said.\n\nThe scheme was later renamed “Riverside First Action Plan.”"
        #expect(try Self.mentions(text) == ["We will build it, | Reyes", "Riverside First Action Plan. | none"])
        let document = try AnalysisPipeline.news().run(text)
        #expect(document.attribution(ofQuote: 1)?.quoteKind == .term)
    }

    @Test("a participle after a comma introduces the quotation after it, for the main clause's speaker")
    func participleIntroduces() throws {
        let document = try AnalysisPipeline.news().run("Reyes said the plan was sound, adding, “We will build it.”")
        let attribution = try #require(document.attribution(ofQuote: 0))
        #expect(attribution.cue?.lemma == "add")
        #expect(attribution.form == .introducing)
        #expect(attribution.speaker.map { String(document.originalText(of: $0.mention)) } == "Reyes")
    }

    @Test(
        "a participle after a comma takes the subject of the clause before it; after `with`, the phrase before it",
        arguments: [
            (
                "Speaking to farmers in Wexley, Kansas, the mayor turned on her rival, calling him “a man of no plans.”",
                "a man of no plans. | the mayor"
            ),
            (
                "Ms Reyes, the council’s treasurer, listed its failures, adding: “We cannot go on like this.”",
                "We cannot go on like this. | Ms Reyes"
            ),
            (
                "The senator hit back in a note on Friday, saying she had “balanced every budget since 2009.”",
                "balanced every budget since 2009. | The senator"
            ),
            (
                "With the governor telling reporters that it was “a fine day,” the vote went ahead.",
                "a fine day, | the governor"
            ),
            (
                "The storm damaged hundreds of homes, with Moss saying the city would “rebuild every street.”",
                "rebuild every street. | Moss"
            ),
            (
                "Republicans were quick to respond, with Dana Kerr calling the plan a “reckless gamble.”",
                "reckless gamble. | Dana Kerr"
            ),
            (
                "Critics were less kind, with the Daily Ledger labelling the film a “dispiriting mess.”",
                "dispiriting mess. | the Daily Ledger"
            ),
        ] as [(String, String)]
    )
    func participles(text: String, expected: String) throws {
        #expect(try Self.mentions(text) == [expected])
    }

    @Test(
        "the speaker is the subject, not the object of a preposition or a phrase before a pronoun",
        arguments: [
            ("Ruiz at the time said the deal was “a poor bargain.”", "a poor bargain. | Ruiz"),
            ("The league backs what it calls “a fair wage for players.”", "a fair wage for players. | it"),
            ("She told the crowd she would take on the “usual suspects” at city hall.", "usual suspects | She"),
        ] as [(String, String)]
    )
    func subjectBoundaries(text: String, expected: String) throws {
        #expect(try Self.mentions(text) == [expected])
    }

    @Test(
        "the subject of a reporting verb past adverbs, appositions, clauses and a joined verb",
        arguments: [
            (
                "Mr Dunmore initially said in June, when the audit came out, “No money was lost.”",
                "No money was lost. | Mr Dunmore"
            ),
            (
                "Lee, meanwhile, who holds no seat, said the vote was “a wake-up call.”",
                "a wake-up call. | Lee"
            ),
            (
                "A spokesman for the firm would not name the buyer but said that “no rules were broken.”",
                "no rules were broken. | A spokesman for the firm"
            ),
            ("The mayor is telling voters that “the worst is over.”", "the worst is over. | The mayor"),
        ] as [(String, String)]
    )
    func verbSubjects(text: String, expected: String) throws {
        #expect(try Self.mentions(text) == [expected])
    }

    @Test(
        "an object, a later clause and an earlier paragraph's pronoun do not take the speaker's place",
        arguments: [
            (
                "Ms Park released a statement saying the levy was “unfair to small shops.”",
                "unfair to small shops. | Ms Park"
            ),
            (
                "Others, tired of waiting for the ferry, shouted “Let us board!”",
                "Let us board! | Others"
            ),
            (
                "Sales fell “well below what we planned” in May, said Jo Reed, an analyst at the bank.",
                "well below what we planned | Jo Reed"
            ),
        ] as [(String, String)]
    )
    func objectsAndLaterClauses(text: String, expected: String) throws {
        #expect(try Self.mentions(text) == [expected])
    }

    @Test(
        "a verb before its speaker after a quotation, long appositions, and a comma inside the marks",
        arguments: [
            (
                "“We fixed the roof ourselves, board by board,” remembered Tom Hale, a former aide.",
                "We fixed the roof ourselves, board by board, | Tom Hale"
            ),
            (
                "“Neither plan helps us,” Ines Duarte, 41, of Tacoma, Washington, who runs a bakery there, said on Monday.",
                "Neither plan helps us, | Ines Duarte"
            ),
            (
                "Holding banners calling the plan “a sham,” the crowd chanted “Not in our valley.”",
                "Not in our valley. | the crowd"
            ),
        ] as [(String, String)]
    )
    func verbsAppositionsAndCommas(text: String, expected: String) throws {
        #expect(try Self.mentions(text).last == expected)
    }

    @Test(
        "a reporting verb between commas is a parenthesis; an apposition before it is not",
        arguments: [
            (
                "Ortiz, Hale said, had served on the board for “far too long.”",
                "far too long. | Hale"
            ),
            ("“It was fine,” Smith, a lawyer, said, adding that it was over.", "It was fine, | Smith"),
            // A common noun phrase is the parenthesis when the clause goes on in lower case.
            ("Kerr, a top aide said, “is very confident” about the vote.", "is very confident | a top aide"),
            ("Kerr, an aide said, \"will not resign.\"", "will not resign. | an aide"),
            // Without the second comma, an apposition before a quotation is the speaker's.
            ("Kerr, a top aide said, “We will win.”", "We will win. | Kerr"),
        ] as [(String, String)]
    )
    func parentheses(text: String, expected: String) throws {
        #expect(try Self.mentions(text) == [expected])
    }

    @Test("a paragraph that is only a quotation is signed by a dash line after it")
    func signature() throws {
        let text =
            "Claims checked this week.\n\n“Most firms pay no tax at all.”\n\n- Jane Ortiz.\n\nThe claim is complex."
        #expect(try Self.mentions(text) == ["Most firms pay no tax at all. | Jane Ortiz"])
    }

    @Test("a quotation after a fragment with its own speaker continues it")
    func continuesFragment() throws {
        let text = "The vote is a “cruel trade,” she said. “I will back the plan that keeps the library open.”"
        #expect(try Self.mentions(text).last == "I will back the plan that keeps the library open. | she")
        // The passage would give the same speaker; the form tells that the fragment was continued.
        #expect(try AnalysisPipeline.news().run(text).attribution(ofQuote: 1)?.form == .continuation)
    }

    @Test("the subject of a passive verb heard the words and did not say them")
    func passive() throws {
        let document = try AnalysisPipeline.news().run("Ms Simms was told her post was “unacceptable” by the board.")
        #expect(document.attribution(ofQuote: 0)?.speaker == nil)
    }

    @Test(
        "a pronoun with a contracted auxiliary is the speaker of the verb after it, unless the verb is passive; a negated one is no word of a speaker",
        arguments: [
            ("She’s predicting the team will finish “well ahead of the pack.”", "well ahead of the pack. | She"),
            ("They're warning that the plan “will not survive the winter.”", "will not survive the winter. | They"),
            ("It’s said that the mayor “never sleeps.”", "never sleeps. | none"),
            (
                "While the contractor didn’t disclose the cost, he did say the repairs would be “very expensive.”",
                "very expensive. | he"
            ),
        ] as [(String, String)]
    )
    func contractedAuxiliaries(text: String, expected: String) throws {
        #expect(try Self.mentions(text) == [expected])
    }

    @Test("a reporting noun after a possessive and an adjective names no speaker of the quotations after it")
    func possessiveNoun() throws {
        let text =
            "Sen. Dana Kerr visited the studio to discuss his recent remarks about the mayor, saying “on her worst day” she’d be “a better mayor.”"
        #expect(
            try Self.mentions(text) == ["on her worst day | Sen. Dana Kerr", "a better mayor. | Sen. Dana Kerr"]
        )
    }

    @Test(
        "a conjunction or subordinator that opens the sentence, or `as`, is no part of the speaker",
        arguments: [
            ("But Mr. Okafor said: “We will appeal.”", "We will appeal. | Mr. Okafor"),
            (
                "Voters want change, or, as columnist Dana Kerr wrote, “stop the rot.”",
                "stop the rot. | columnist Dana Kerr"
            ),
            ("And Dana Kerr told the board: “The vote stands.”", "The vote stands. | Dana Kerr"),
            ("Yet Okafor said it was “a fair deal.”", "a fair deal. | Okafor"),
            // Nor is a subordinator that opens the speaker's clause.
            ("When Kerr said the plan was “a fresh start,” the room went quiet.", "a fresh start, | Kerr"),
            ("While Reyes called the plan “a fresh start,” others were less sure.", "a fresh start, | Reyes"),
            ("Although Moss described it as “a fresh start,” she voted no.", "a fresh start, | Moss"),
        ] as [(String, String)]
    )
    func leadingConjunctions(text: String, expected: String) throws {
        #expect(try Self.mentions(text) == [expected])
    }

    @Test(
        "a clause of `as` after a quotation names its speaker when a comma sets it off",
        arguments: [
            ("The vote is “wide open right now,” as Hale told reporters.", "wide open right now, | Hale"),
            ("The crowd cheered “a fair deal” as he promised to cut taxes.", "a fair deal | The crowd"),
        ] as [(String, String)]
    )
    func asClauses(text: String, expected: String) throws {
        #expect(try Self.mentions(text) == [expected])
    }

    @Test(
        "a quotation inside a clause is its subject's words, whatever the verb",
        arguments: [
            ("The mayor thanked the council for “acting fast to keep the bridge open.”", "The mayor"),
            ("A woman in the gallery hollered “Sit down!” as he spoke.", "A woman in the gallery"),
            ("The marchers chanted “Keep the clinic open, keep it free.”", "The marchers"),
            ("Whitlow has repeatedly decried the “rigged tender” in her columns.", "Whitlow"),
            ("Ms Lee, who chairs the panel, mocked the plan for its “magic numbers.”", "Ms Lee"),
            ("She met her rival, whom he nicknamed “the quiet banker.”", "he"),
            ("She has coined a new phrase, “quiet quitters,” to describe them.", "She"),
            ("Lee heralded the pact as a “turning point.”", "Lee"),
            ("Hale groused that the paper “never gets it right” and left.", "Hale"),
            ("Ortiz implied the judge was “not neutral” in the case.", "Ortiz"),
            ("The senator mocked Hale for calling himself the “king of debt,” noting the cost.", "The senator"),
            ("Lee on Monday thanked the nurses “for their care in a hard year” and left.", "Lee"),
            ("Lee, the city's mayor, on Monday thanked the nurses “for their care” and left.", "Lee"),
            ("He waved to the crowd, mouthing “thank you” as he left.", "He"),
        ] as [(String, String)]
    )
    func clauseSubjects(text: String, speaker: String) throws {
        let mentions = try Self.mentions(text)
        #expect(mentions.count == 1)
        #expect(mentions.first?.hasSuffix(" | \(speaker)") == true)
    }

    @Test(
        "a short phrase in a clause that speaks of no speech is the writer's term",
        arguments: [
            "The leaders joined a “coalition of the willing” last year.",
            "The so-called “rainy day” fund was spent by June.",
            "She closed the office, and there were “long” delays afterwards.",
            "Club officials ordered a “review” after the loss.",
        ]
    )
    func terms(text: String) throws {
        let document = try AnalysisPipeline.news().run(text)
        let attribution = try #require(document.attribution(ofQuote: 0))
        #expect(attribution.speaker == nil)
        #expect(attribution.quoteKind == .term)
    }

    @Test(
        "a party and state after a name, and campaign roles, belong to the speaker",
        arguments: [
            ("“We will vote no,” Rep. Ann Lee (D-Ore.) said.", "We will vote no, | Rep. Ann Lee (D-Ore.)"),
            ("“It is over,” said Sen. Tom Hale (R-Ind.) in an interview.", "It is over, | Sen. Tom Hale (R-Ind.)"),
            ("“I can win,” Republican candidate Bob Stone said.", "I can win, | Republican candidate Bob Stone"),
            ("“It was loud,” said local resident Mary Cole.", "It was loud, | local resident Mary Cole"),
        ] as [(String, String)]
    )
    func partiesAndRoles(text: String, expected: String) throws {
        #expect(try Self.mentions(text) == [expected])
    }

    @Test("a sentence ending in a colon introduces the quotation that opens the next paragraph")
    func colonBeforeParagraph() throws {
        let text = """
            The mayor issued a statement on Friday.

            Dr. Reyes then wrote to the council:

            “The budget is not balanced. We must act now.”

            “Every month of delay costs us more.”

            The council meets next week.
            """
        #expect(
            try Self.mentions(text) == [
                "The budget is not balanced. We must act now. | Dr. Reyes",
                "Every month of delay costs us more. | Dr. Reyes",
            ]
        )
    }

    @Test(
        "a quotation that opens its sentence is the object of the clause after it, whatever the verb",
        arguments: [
            ("“Tuesday,” she guessed.", "Tuesday, | she"),
            (
                "“Sit down and listen,” the chairman snapped, and the room fell silent.",
                "Sit down and listen, | the chairman"
            ),
            ("“Not again!” the crowd groaned.", "Not again! | the crowd"),
        ] as [(String, String)]
    )
    func objectOfClauseAfter(text: String, expected: String) throws {
        #expect(try Self.mentions(text) == [expected])
    }

    @Test("a name of a few words with only the comma of news style is a term")
    func nameWithComma() throws {
        let text = "In an interview on “Night Desk,” the senator spoke about the budget."
        let document = try AnalysisPipeline.news().run(text)
        #expect(document.attribution(ofQuote: 0)?.quoteKind == .term)
        #expect(document.attribution(ofQuote: 0)?.speaker == nil)
    }

    @Test(
        "a title after a possessive, `on` or a word for a work is the name of a show or a work",
        arguments: [
            "“We will win,” the senator said on Channel 9’s “Morning Report.”",
            "“We will win,” the senator said on “Morning Report.”",
            "“We will win,” she told the podcast “Talk Of The Town.”",
        ]
    )
    func titlesOfWorks(text: String) throws {
        let document = try AnalysisPipeline.news().run(text)
        #expect(document.attribution(ofQuote: 0)?.speaker != nil)
        #expect(document.attribution(ofQuote: 1)?.speaker == nil)
        #expect(document.attribution(ofQuote: 1)?.quoteKind == .term)
    }

    @Test(
        "a title named as a work by the words around it is a term, whoever speaks in its sentence",
        arguments: [
            "The mayor wrote in her 2019 memoir, “A Long Road Home.” The council disagreed.",
            "The “Night Desk” host said on Monday that the budget was too small.",
            "“Tales From the Harbor,” a radio drama that first aired in 1989, will return, the station said.",
            "The mayor spoke to a local program called “Morning Report,” on Monday.",
            "The co-author of “Going Under,” Dana Moss, said the plan would fail.",
            "In an interview with “Valley Weekend,” the senator said the vote was close.",
            "The council published a report titled “A Plan for the River.”",
        ]
    )
    func titlesNamedByTheirWords(text: String) throws {
        let document = try AnalysisPipeline.news().run(text)
        #expect(document.attribution(ofQuote: 0)?.speaker == nil)
        #expect(document.attribution(ofQuote: 0)?.quoteKind == .term)
    }

    @Test(
        "a title-case quotation is speech when nothing names it a work",
        arguments: [
            ("“We Will Win,” Moss said.", "We Will Win, | Moss"),
            ("Lane called the plan “Total Madness” on Monday.", "Total Madness | Lane"),
        ] as [(String, String)]
    )
    func titleCaseSpeech(text: String, expected: String) throws {
        #expect(try Self.mentions(text) == [expected])
    }

    @Test("a short first paragraph before a longer one is a headline, even with a final period")
    func headlineWithPeriod() throws {
        let text = """
            Mayor calls the budget ‘a disgrace’.

            The mayor of the city said on Monday that the budget passed by the council was “a disgrace,” and \
            promised to veto it before the end of the month.
            """
        let document = try AnalysisPipeline.news().run(text)
        #expect(document.attribution(ofQuote: 0)?.provenance.rule == "heading")
        #expect(document.attribution(ofQuote: 0)?.quoteKind == .term)
        #expect(try Self.mentions(text).last == "a disgrace, | The mayor of the city")
    }

    @Test("continuations: a second quotation in the paragraph, and a paragraph that is only a quotation")
    func continuations() throws {
        let text = "“We won,” Leavitt said. “We will win again.”\n\n“And again.”\n\nThe talks ended."
        #expect(
            try Self.attributions(text) == [
                "We won, | Leavitt -> Leavitt (organization, speaker-cue)",
                "We will win again. | Leavitt -> Leavitt (organization, continuation)",
                "And again. | Leavitt -> Leavitt (organization, continuation)",
            ]
        )
    }

    @Test("the sentence before or after names the speaker")
    func neighbouringSentences() throws {
        #expect(
            try Self.attributions("She said mothers were entitled to leave. “We have made a firm commitment.”")
                == ["We have made a firm commitment. | She -> She (pronoun, preceding-sentence)"]
        )
        #expect(
            try Self.attributions("“We will not give up.” Mr Smith said so on Monday.")
                == ["We will not give up. | Mr Smith -> Smith (person, following-sentence)"]
        )
    }

    @Test("reported speech without quotation marks is tagged with its content")
    func reportedSpeech() throws {
        let text =
            "Plans were drawn up, sources told Reuters. Trump said Tuesday that the U.S. may provide air support."
        let document = try AnalysisPipeline.news().run(text)
        let reported = document.attributions.filter { $0.quote == nil }
        #expect(reported.count == 2)
        #expect(
            reported.map { String(document.originalText(of: $0.content)) } == [
                "Plans were drawn up", "the U.S. may provide air support",
            ]
        )
        #expect(
            reported.map { $0.speaker.map { String(document.originalText(of: $0.mention)) } } == ["sources", "Trump"]
        )
        #expect(reported.map { $0.speaker?.kind } == [.anonymous, .organization])
        #expect(reported.map(\.form) == [.told, .speakerCue])
        #expect(reported.first?.cue.flatMap { $0.listener.map { String(document.originalText(of: $0)) } } == "Reuters")
        #expect(reported.map { $0.cue?.lemma } == ["tell", "say"])
    }

    @Test("a paragraph of thousands of reporting verbs: each sentence is reported speech of its own subject")
    func manyReportingVerbs() throws {
        let count = 1_500
        let document = try AnalysisPipeline.news().run(String(repeating: "He said that it would. ", count: count))
        let reported = document.attributions.filter { $0.quote == nil }
        #expect(reported.count == count)
        #expect(reported.allSatisfy { $0.speaker.map { document.originalText(of: $0.mention) } == "He" })
        #expect(reported.allSatisfy { document.originalText(of: $0.content) == "it would" })
        #expect(Set(reported.compactMap { $0.cue?.span.start }).count == count)
    }

    @Test("a paragraph of thousands of quotations: each is attributed to the speaker after it")
    func manyQuotationsInOneParagraph() throws {
        let count = 1_500
        let text = String(repeating: "“Yes, we will,” Ana Ruiz said. ", count: count)
        #expect(
            try Self.attributions(text)
                == Array(repeating: "Yes, we will, | Ana Ruiz -> Ana Ruiz (person, speaker-cue)", count: count)
        )
    }

    @Test("seed 000: Leavitt, NATO's Article 5 and Cavo Dragone")
    func seed000() throws {
        let document = try AnalysisPipeline.news().run(Seeds.text(named: "000_19271642d0346297.txt"))
        let quoted = document.attributions.filter { $0.quote != nil }
        func describe(_ attribution: Attribution) -> String {
            let speaker = attribution.speaker
            return [
                String(document.originalText(of: attribution.content)),
                speaker.map { String(document.originalText(of: $0.mention)) } ?? "-",
                speaker?.name ?? "-", speaker?.kind.rawValue ?? "-", speaker?.role ?? "-", attribution.form.rawValue,
                attribution.quoteKind?.rawValue ?? "-",
            ].joined(separator: " | ")
        }
        #expect(
            quoted.map(describe) == [
                "The president has definitely stated U.S. boots will not be on the ground in Ukraine, | Leavitt | Karoline Leavitt | person | White House Press Secretary | speaker-cue | full",
                "But we certainly can help in the coordination and perhaps provide other means of security guarantees to our European allies. | Leavitt | Karoline Leavitt | person | White House Press Secretary | continuation | full",
                "an armed attack against one or more of its members shall be considered an attack against them all. | NATO’s Article 5 | NATO’s Article 5 | document | - | speaker-cue | full",
                "candid discussion | Chair of the NATO Military Committee Admiral Giuseppe Cavo Dragone | Giuseppe Cavo Dragone | person | Chair of the NATO Military Committee Admiral | speaker-cue | fragment",
                "We are united, and that unity was truly tangible today, | Cavo Dragone | Giuseppe Cavo Dragone | person | Chair of the NATO Military Committee Admiral | speaker-cue | full",
            ]
        )
        // Nothing in the "Latest News Stories" block is attributed.
        let block = try #require(document.layout.last)
        #expect(document.attributions.allSatisfy { !$0.content.isInside(block.span) })
        #expect(quoted.first?.cue?.lemma == "say")
    }

    @Test("seed 004: the Pentagon statement, the anonymous source, a term, and reported speech")
    func seed004() throws {
        let document = try AnalysisPipeline.news().run(Seeds.text(named: "004_66e653aac7ebe387.txt"))
        let quoted = document.attributions.filter { $0.quote != nil }
        #expect(
            quoted.map {
                "\(document.originalText(of: $0.content)) | \($0.speaker?.name ?? "-") | \($0.speaker?.kind.rawValue ?? "-") | \($0.quoteKind?.rawValue ?? "-")"
            } == [
                "appropriate consideration | Pentagon statement | document | fragment",
                "the lion’s share | A source familiar with the matter | anonymous | fragment",
                "The planning work continues, | A source familiar with the matter | anonymous | full",
                "determining the scope of its role. | A source familiar with the matter | anonymous | fragment",
                "coalition of the willing, | - | - | term",
            ]
        )
        let reported = document.attributions.filter { $0.quote == nil }
        let sources = try #require(reported.first { $0.cue?.listener != nil })
        #expect(sources.speaker.map { String(document.originalText(of: $0.mention)) } == "sources")
        #expect(sources.speaker?.kind == .anonymous)
        #expect(sources.form == .told)
        #expect(sources.cue.flatMap { $0.listener.map { String(document.originalText(of: $0)) } } == "Reuters")
    }

    /// The stages the attribution stage runs after in the news pipeline.
    static func upstream() -> [any AnalysisStage] {
        Normalizers.standard + [
            ParagraphSegmenter(), LayoutTagger(), SentenceSegmenter(), WordTokenizer(), QuoteFinder(), NameFinder(),
            CueFinder(),
        ]
    }

    @Test("keeps the stage contract")
    func contract() throws {
        try StageVerifier.verify(AttributionFinder(), after: Self.upstream())
    }

    @Test("keeps the stage contract on sentences cut short at every word")
    func contractOnCutSentences() throws {
        try StageVerifier.verify(AttributionFinder(), after: Self.upstream(), cases: SentenceCuts.cases)
    }

    @Test("attributes through the cues of Document.cues: the seam of lede.cues")
    func readsTheCuesOfTheDocument() throws {
        let text = "“We will not move,” Marta Quill harrumphed. “It is settled,” Quill said."
        let listed = try AnalysisPipeline.news().replacing(
            "lede.cues",
            with: ListedCues(words: ["harrumphed": "harrumph"])
        )
        let document = try listed.run(text)
        let first = try #require(document.attribution(ofQuote: 0))
        #expect(first.speaker?.name == "Marta Quill")
        #expect(first.cue?.lemma == "harrumph")
        // `said` is no cue of this stage: the second quotation has no verb of its own.
        #expect(document.attribution(ofQuote: 1)?.cue?.lemma != "say")
    }
}

/// Writes a cue for each occurrence of the listed words, with their lemmas.
private struct ListedCues: Tagger {
    let name = "test.listed-cues"
    var words: [String: String]
    var requires: Set<AnnotationKeyID> { [.tokens] }
    var provides: Set<AnnotationKeyID> { [.cues] }

    func process(_ document: inout Document) {
        document.cues = document.tokens.compactMap { token in
            words[String(document.text(of: token.span))].map { Cue(span: token.span, lemma: $0) }
        }
    }
}
