import Lede
import LedeStages
import LedeTesting
import Testing

/// Writes fixed mentions, as a gazetteer would: every occurrence of each listed name.
private struct ListedNames: Tagger {
    let name = "test.listed-names"
    var names: [(name: String, kind: MentionKind)]
    var requires: Set<AnnotationKeyID> { [.tokens] }
    var provides: Set<AnnotationKeyID> { [.mentions] }

    func process(_ document: inout Document) {
        var mentions: [Mention] = []
        let text = Array(document.text.utf8)
        for (name, kind) in names {
            let needle = Array(name.utf8)
            for start in text.indices where text[start...].starts(with: needle) {
                mentions.append(
                    Mention(
                        span: Span(start: start, end: start + needle.count),
                        kind: kind,
                        name: name,
                        provenance: Provenance(stage: self.name, rule: "listed")
                    )
                )
            }
        }
        document.mentions = mentions.sorted { $0.span.start < $1.span.start }
    }
}

@Suite struct SpeakerTaggerTests {
    /// The news pipeline's stages up to the attributions, without the speaker stage.
    static func upstream() throws -> [any AnalysisStage] {
        let stages = try AnalysisPipeline.news().stages
        return Array(stages.prefix { $0.name != "lede.speakers" })
    }

    /// Each attribution's speaker as "mention -> name (kind)", with "!" for an unresolved one.
    static func speakers(_ document: Document) -> [String] {
        document.attributions.compactMap { attribution in
            guard let speaker = attribution.speaker else { return nil }
            let mark = speaker.isResolved ? "" : "!"
            return "\(document.originalText(of: speaker.mention)) -> \(speaker.name) (\(speaker.kind))\(mark)"
        }
    }

    @Test(
        "kinds, canonical names, and what pronouns and short forms refer to",
        arguments: [
            (
                "Marta Quill opened the fair. “We are ready,” Quill said. “We open at nine,” she added.",
                ["Quill -> Marta Quill (person)", "she -> Marta Quill (pronoun)"]
            ),
            (
                "Home Secretary Ana Ruiz spoke. “It works,” Ms Ruiz said.",
                ["Ms Ruiz -> Ana Ruiz (person)"]
            ),
            (
                "“Talks stalled,” a source familiar with the matter said. “Nothing moved,” the source added.",
                [
                    "a source familiar with the matter -> a source familiar with the matter (anonymous)",
                    "the source -> a source familiar with the matter (anonymous)",
                ]
            ),
            ("“It is over,” he said.", ["he -> he (pronoun)!"]),
            // Occupations of the arts and sport are roles, before a full name or one name alone.
            (
                "“We will tour,” Keane guitarist Tom Chaplin said. “Soon,” he added.",
                ["Keane guitarist Tom Chaplin -> Tom Chaplin (person)", "he -> Tom Chaplin (pronoun)"]
            ),
            (
                "“We are back,” U2 frontman Bono said. “Soon,” he added.",
                ["U2 frontman Bono -> Bono (person)", "he -> Bono (pronoun)"]
            ),
            ("“Prices will rise,” the company warned.", ["the company -> company (organization)"]),
            // A role held for someone else describes an unnamed speaker; a role before a name
            // names the speaker.
            (
                "“It is over,” a spokesman for Mayor Ada Moss said.",
                ["a spokesman for Mayor Ada Moss -> a spokesman for Mayor Ada Moss (anonymous)"]
            ),
            (
                "“It is over,” the lawyer for Mr Reyes said.",
                ["the lawyer for Mr Reyes -> the lawyer for Mr Reyes (anonymous)"]
            ),
            ("“It is over,” council spokesman Tom Reyes said.", ["council spokesman Tom Reyes -> Tom Reyes (person)"]),
            (
                "The council met.\n\nDana Kerr, who chairs the board, said rents must fall. Kerr, who said the "
                    + "vote was close, left early.",
                ["Dana Kerr -> Dana Kerr (person)", "who -> Dana Kerr (person)"]
            ),
            (
                "The council met.\n\nThe plan drew on a study by the Rent Board, which argued that fees were too high.",
                ["which -> Rent Board (organization)"]
            ),
        ] as [(String, [String])]
    )
    func resolution(text: String, expected: [String]) throws {
        let actual = Self.speakers(try AnalysisPipeline.news().run(text))
        #expect(actual == expected)
    }

    @Test(
        "he or she names the person the sentence before opens with, when the text knows that person or a title names them",
        arguments: [
            // The subject of the sentence before is nearer than the speaker before it.
            (
                "“We will win,” Tom Moss said. Mayor Dana Kerr took the stage after him. “They will lose,” she said.",
                ["Tom Moss -> Tom Moss (person)", "she -> Dana Kerr (pronoun)"]
            ),
            (
                "“We will win,” Tom Moss said. Dr Reyes disagreed with him. “They will lose,” he said.",
                ["Tom Moss -> Tom Moss (person)", "he -> Reyes (pronoun)"]
            ),
            // A name the text gives as a speaker later counts too.
            (
                "“We will win,” Tom Moss said. Ada Kerr smiled. “We will see,” she said. “Soon,” Ada Kerr added.",
                ["Tom Moss -> Tom Moss (person)", "she -> Ada Kerr (pronoun)", "Ada Kerr -> Ada Kerr (person)"]
            ),
            // A full name after a role, before a role, or written bare.
            (
                "“We will win,” Tom Moss said. Council leader Dana Kerr took the stage. “They will lose,” she said.",
                ["Tom Moss -> Tom Moss (person)", "she -> Dana Kerr (pronoun)"]
            ),
            (
                "“We will win,” Tom Moss said. Dana Kerr, the council leader, took the stage. “They will lose,” she said.",
                ["Tom Moss -> Tom Moss (person)", "she -> Dana Kerr (pronoun)"]
            ),
            // A full name written bare counts with an apposition, or with its surname written again.
            (
                "“We will win,” Tom Moss said. Dana Kerr, from the tenants’ group, took the stage. “They will lose,” "
                    + "she said.",
                ["Tom Moss -> Tom Moss (person)", "she -> Dana Kerr (pronoun)"]
            ),
            (
                "“We will win,” Tom Moss said. Dana Kerr took the stage after him. “They will lose,” she said. Kerr "
                    + "left at noon.",
                ["Tom Moss -> Tom Moss (person)", "she -> Dana Kerr (pronoun)"]
            ),
            (
                "“We will win,” Tom Moss said. Dana Kerr took the stage after him. “They will lose,” she said.",
                ["Tom Moss -> Tom Moss (person)", "she -> Tom Moss (pronoun)"]
            ),
            // The subject comes after a linking word or an opening phrase and its comma.
            (
                "“We will win,” Tom Moss said. But Council leader Dana Kerr disagreed. “They will lose,” she said.",
                ["Tom Moss -> Tom Moss (person)", "she -> Dana Kerr (pronoun)"]
            ),
            (
                "“We will win,” Tom Moss said. On Monday, Council leader Dana Kerr took the stage. “They will lose,” "
                    + "she said.",
                ["Tom Moss -> Tom Moss (person)", "she -> Dana Kerr (pronoun)"]
            ),
            // A role with no name after it is no person's name.
            (
                "“We will win,” Tom Moss said. The Attorney General took the stage. “They will lose,” he said.",
                ["Tom Moss -> Tom Moss (person)", "he -> Tom Moss (pronoun)"]
            ),
            // A title of the other gender, or a capitalized phrase nobody is called, is passed over.
            (
                "“We will win,” Tom Moss said. Mr Reyes took the stage after him. “They will lose,” she said.",
                ["Tom Moss -> Tom Moss (person)", "she -> Tom Moss (pronoun)"]
            ),
            (
                "“We will win,” Tom Moss said. Polar Star Radio went off the air. “They will lose,” he said.",
                ["Tom Moss -> Tom Moss (person)", "he -> Tom Moss (pronoun)"]
            ),
            // CRLF and curly marks change nothing.
            (
                "The council met.\r\n\r\n“We will win,” Tom Moss said.\r\nMayor Dana Kerr took the stage. “They will "
                    + "lose,” she said.",
                ["Tom Moss -> Tom Moss (person)", "she -> Dana Kerr (pronoun)"]
            ),
            // Sentences that open with the same pronoun carry the subject on; another pronoun
            // ends the search.
            (
                "“We will win,” Tom Moss said. Dana Kerr, the council leader, took the stage. She thanked the crowd. "
                    + "“They will lose,” she said.",
                ["Tom Moss -> Tom Moss (person)", "she -> Dana Kerr (pronoun)"]
            ),
            (
                "“We will win,” Tom Moss said. Dana Kerr, the council leader, took the stage. He thanked her. “They "
                    + "will lose,” she said.",
                ["Tom Moss -> Tom Moss (person)", "she -> Tom Moss (pronoun)"]
            ),
            // A surname alone names the full name written bare that ends in it.
            (
                "“We will win,” Tom Moss said. Dana Kerr will run in May. Kerr toured the city. “They will lose,” she "
                    + "said.",
                ["Tom Moss -> Tom Moss (person)", "she -> Dana Kerr (pronoun)"]
            ),
            (
                "“We will win,” Tom Moss said. Dana Kerr will run in May. Kerr will make her debut in June. She will "
                    + "also run in the relay. “I am still competitive,” she said.",
                ["Tom Moss -> Tom Moss (person)", "she -> Dana Kerr (pronoun)"]
            ),
        ] as [(String, [String])]
    )
    func previousSubject(text: String, expected: [String]) throws {
        #expect(Self.speakers(try AnalysisPipeline.news().run(text)) == expected)
    }

    @Test("without sentences, a pronoun resolves to an earlier speaker only")
    func withoutSentences() throws {
        let text = "“We will win,” Tom Moss said. Mayor Dana Kerr took the stage after him. “They will lose,” she said."
        var document = try AnalysisPipeline(stages: Self.upstream()).run(text)
        document.removeAnnotation(.sentences)
        SpeakerTagger().process(&document)
        #expect(Self.speakers(document) == ["Tom Moss -> Tom Moss (person)", "she -> Tom Moss (pronoun)"])
    }

    @Test("speakers are grouped by canonical name, and an unresolved pronoun stands alone")
    func entities() throws {
        let text = "“It is over,” he said. Marta Quill arrived. “We are ready,” Quill said. “Go,” she said."
        let document = try AnalysisPipeline.news().run(text)
        let entities = document.speakers.map { entity in
            "\(entity.name) (\(entity.kind)\(entity.isResolved ? "" : ", unresolved")): "
                + entity.mentions.map { String(document.originalText(of: $0)) }.joined(separator: ", ")
        }
        #expect(entities == ["he (pronoun, unresolved): he", "Marta Quill (person): Quill, she"])
        #expect(document.speakers.map(\.attributions.count) == [1, 2])
    }

    @Test("thousands of unresolved pronouns are one entity each, in text order")
    func manyPronouns() throws {
        let count = 1_500
        let text = String(repeating: "“Yes,” he said. ", count: count)
        let document = try AnalysisPipeline.news().run(text)
        #expect(document.attributions.count == count)
        #expect(document.speakers.count == count)
        #expect(document.speakers.allSatisfy { !$0.isResolved && $0.mentions.count == 1 })
        #expect(document.speakers.map(\.attributions) == (0..<count).map { [$0] })
        #expect(
            document.speakers.map { $0.mentions[0].start } == document.speakers.map { $0.mentions[0].start }.sorted()
        )
    }

    @Test("thousands of attributions to one person are one entity with every mention once, sorted")
    func manyMentionsOfOnePerson() throws {
        let count = 1_500
        let text = "Marta Quill arrived. " + String(repeating: "“Yes,” Quill said. ", count: count)
        let document = try AnalysisPipeline.news().run(text)
        let entity = try #require(document.speakers.first)
        #expect(document.speakers.count == 1)
        #expect(entity.name == "Marta Quill")
        #expect(entity.attributions == Array(0..<count))
        #expect(entity.mentions.count == count)
        #expect(entity.mentions == entity.mentions.sorted())
        #expect(entity.mentions.allSatisfy { document.originalText(of: $0) == "Quill" })
    }

    /// A hundred made-up surnames, each different, from Balbury to Roswick.
    static let hundredSurnames: [String] = {
        let starts = ["Bal", "Cor", "Dun", "Fen", "Gar", "Hol", "Lin", "Mor", "Pen", "Ros"]
        let ends = ["bury", "den", "ford", "ham", "ley", "more", "stone", "ton", "well", "wick"]
        return starts.flatMap { start in ends.map { start + $0 } }
    }()

    /// A first paragraph long enough to be body text, not a headline.
    static let councilLead = "The council met on Monday to choose the members of a new board.\n\n"

    @Test("a hundred surnames each resolve to the full name written bare before them")
    func manyBareNames() throws {
        let surnames = Self.hundredSurnames
        let text =
            Self.councilLead
            + surnames.map { "Marta \($0) arrived. “Yes,” \($0) said.\n\n" }.joined()
        let document = try AnalysisPipeline.news().run(text)
        #expect(Self.speakers(document) == surnames.map { "\($0) -> Marta \($0) (person)" })
    }

    @Test("among hundreds of people, each pronoun resolves to the latest person of its gender")
    func manyPeopleAndPronouns() throws {
        let surnames = Self.hundredSurnames
        let pairs = (0..<surnames.count / 2).map { (surnames[2 * $0], surnames[2 * $0 + 1]) }
        let text =
            Self.councilLead
            + pairs.map { "Mr Bob \($0) met Mrs Ann \($1). “Yes,” she said. “No,” he said.\n\n" }.joined()
        let document = try AnalysisPipeline.news().run(text)
        #expect(
            Self.speakers(document)
                == pairs.flatMap { ["she -> Ann \($1) (pronoun)", "he -> Bob \($0) (pronoun)"] }
        )
    }

    @Test("a hundred ministers: each surname, said twice, resolves to its own minister")
    func manyNamedPeople() throws {
        let surnames = Self.hundredSurnames
        let text =
            Self.councilLead
            + surnames.map { "Minister Ann \($0) arrived. “Yes,” \($0) said. “No,” \($0) added.\n\n" }.joined()
        let document = try AnalysisPipeline.news().run(text)
        #expect(
            Self.speakers(document) == surnames.flatMap { Array(repeating: "\($0) -> Ann \($0) (person)", count: 2) }
        )
        #expect(document.speakers.map(\.role) == Array(repeating: "Minister", count: surnames.count))
    }

    @Test(
        "a linking word that opens the sentence is in neither the role nor the mention a pronoun resolves from",
        arguments: ["But", "And", "Meanwhile"]
    )
    func linkingWordBeforeRole(word: String) throws {
        let document = try AnalysisPipeline.news().run(
            "“We will win,” Tom Moss said. \(word) Treasury Secretary Dana Kerr attacked the plans. “They will lose,” "
                + "she said."
        )
        let speaker = try #require(document.attributions.last?.speaker)
        #expect(speaker.name == "Dana Kerr")
        #expect(speaker.role == "Treasury Secretary")
        let from = try #require(speaker.resolvedFrom)
        #expect(document.originalText(of: from) == "Treasury Secretary Dana Kerr")
    }

    @Test(
        "an office with its complement before a name is the role; the last two words are the name",
        arguments: [
            ("Chancellor of the Exchequer Gordon Brown", "Gordon Brown", "Chancellor of the Exchequer"),
            ("Secretary of State for Defence Geoff Hoon", "Geoff Hoon", "Secretary of State for Defence"),
            ("Minister for Europe Denis MacShane", "Denis MacShane", "Minister for Europe"),
            // A phrase that opens with an article names an organization's speaker, unsplit.
            (
                "A spokesman for the British Casino Association", "A spokesman for the British Casino Association",
                nil
            ),
        ] as [(String, String, String?)]
    )
    func officeWithComplement(phrase: String, name: String, role: String?) throws {
        let document = try AnalysisPipeline.news().run("“We will win,” \(phrase) said.")
        let speaker = try #require(document.attributions.first?.speaker)
        #expect(speaker.name == name)
        #expect(speaker.role == role)
    }

    @Test("the seed articles' speakers")
    func seeds() throws {
        let document = try AnalysisPipeline.news().run(Seeds.text(named: "000_19271642d0346297.txt"))
        #expect(
            document.speakers.map(\.name) == [
                "Donald Trump", "Karoline Leavitt", "Steve Witkoff", "NATO’s Article 5", "Giuseppe Cavo Dragone",
            ]
        )
        #expect(document.speakers.first { $0.name == "Karoline Leavitt" }?.role == "White House Press Secretary")
    }

    @Test("a mention of the document's names decides a speaker's kind: the seam of lede.names")
    func mentionsDecideKinds() throws {
        let text = "“Prices will rise,” Northwind Traders said. “We disagree,” Pemberton said."
        let builtIn = try AnalysisPipeline.news().run(text)
        #expect(
            Self.speakers(builtIn) == [
                "Northwind Traders -> Northwind Traders (person)", "Pemberton -> Pemberton (organization)",
            ]
        )

        let listed = ListedNames(names: [("Northwind Traders", .organization), ("Pemberton", .person)])
        let withList = try AnalysisPipeline.news().replacing("lede.names", with: listed).run(text)
        #expect(
            Self.speakers(withList) == [
                "Northwind Traders -> Northwind Traders (organization)", "Pemberton -> Pemberton (person)",
            ]
        )
    }

    @Test("a quotation given to the speaker around it keeps a pronoun of the paragraph before, and runs again the same")
    func contextAndRunningTwice() throws {
        let text = "Mayor Marta Quill arrived. “We are ready,” she said. The talks went on.\n\n“Nothing is agreed.”"
        var document = try AnalysisPipeline.news().run(text)
        let context = try #require(document.attributions.last { $0.form == .context })
        let speaker = try #require(context.speaker)
        // A pronoun in the paragraph just before is how the passage names the speaker.
        #expect(document.originalText(of: speaker.mention) == "she")
        #expect(speaker.foundMention == nil)
        let (attributions, speakers) = (document.attributions, document.speakers)
        SpeakerTagger().process(&document)
        #expect(document.attributions == attributions)
        #expect(document.speakers == speakers)
    }

    @Test(
        "a relative pronoun that reports speech keeps its mention, resolves through its antecedent, and runs again the same"
    )
    func relativePronoun() throws {
        let text = "The council met.\n\nDana Kerr chairs the board. Kerr, who said the vote was close, left early."
        var document = try AnalysisPipeline.news().run(text)
        let speaker = try #require(document.attributions.first { $0.quote == nil }?.speaker)
        #expect(document.originalText(of: speaker.mention) == "who")
        #expect(speaker.name == "Dana Kerr")
        #expect(speaker.kind == .person)
        #expect(speaker.resolvedFrom.map { document.originalText(of: $0) } == "Dana Kerr")
        #expect(speaker.foundMention.map { document.originalText(of: $0) } == "Kerr")
        let (attributions, speakers) = (document.attributions, document.speakers)
        SpeakerTagger().process(&document)
        #expect(document.attributions == attributions)
        #expect(document.speakers == speakers)
    }

    @Test("keeps the stage contract")
    func contract() throws {
        try StageVerifier.verify(SpeakerTagger(), after: Self.upstream())
    }

    @Test("keeps the stage contract on sentences cut short at every word")
    func contractOnCutSentences() throws {
        try StageVerifier.verify(SpeakerTagger(), after: Self.upstream(), cases: SentenceCuts.cases)
    }
}
