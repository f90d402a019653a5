import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct SentenceSegmenterTests {
    static func sentences(_ text: String, segmenter: SentenceSegmenter = SentenceSegmenter()) throws -> [String] {
        let pipeline = try AnalysisPipeline {
            ParagraphSegmenter()
            segmenter
        }
        let document = try pipeline.run(text)
        return document.sentences.map { String(document.originalText(of: $0.span)) }
    }

    @Test(
        "hard cases of English news",
        arguments: [
            // Abbreviations and titles.
            (
                "Gen. Dan Caine met Sen. Smith and Gov. Pritzker. They talked.",
                ["Gen. Dan Caine met Sen. Smith and Gov. Pritzker.", "They talked."]
            ),
            (
                "Mr. and Mrs. Smith met Dr. Jones at St. Paul's. Ms. Lee did not.",
                ["Mr. and Mrs. Smith met Dr. Jones at St. Paul's.", "Ms. Lee did not."]
            ),
            ("U.S. officials met. The U.S. Senate voted.", ["U.S. officials met.", "The U.S. Senate voted."]),
            ("Troops left the U.S. The U.K. followed.", ["Troops left the U.S.", "The U.K. followed."]),
            ("It was made by Acme Inc. Former staff said so.", ["It was made by Acme Inc.", "Former staff said so."]),
            ("Apple Inc. said on Jan. 5 it would grow.", ["Apple Inc. said on Jan. 5 it would grow."]),
            (
                "The vote is at 5 p.m. ET on Monday. It may slip.",
                ["The vote is at 5 p.m. ET on Monday.", "It may slip."]
            ),
            ("They met at 9 a.m. The talks ended at noon.", ["They met at 9 a.m.", "The talks ended at noon."]),
            ("George W. Bush and J.R.R. Tolkien met. Odd.", ["George W. Bush and J.R.R. Tolkien met.", "Odd."]),
            (
                "He lives at No. 10 Downing Street. She asked: \"No. Definitely not.\"",
                ["He lives at No. 10 Downing Street.", "She asked: \"No.", "Definitely not.\""]
            ),
            ("Apples, pears, etc. Much better than sweets.", ["Apples, pears, etc.", "Much better than sweets."]),
            ("Ant and Dec. Natalie left.", ["Ant and Dec.", "Natalie left."]),
            // Numbers, decimals, versions, URLs.
            ("Growth was 3.5% in 2004. In 2005 it fell.", ["Growth was 3.5% in 2004.", "In 2005 it fell."]),
            (
                "Version 2.0.1 shipped. See www.bbc.co.uk. Then leave.",
                ["Version 2.0.1 shipped.", "See www.bbc.co.uk.", "Then leave."]
            ),
            (
                "Profits rose to $1.13bn. $639m came a year earlier.",
                ["Profits rose to $1.13bn.", "$639m came a year earlier."]
            ),
            ("1. Do this. 2. Do that.", ["1. Do this.", "2. Do that."]),
            ("The U.S.-led force. Amazon.com grew.", ["The U.S.-led force.", "Amazon.com grew."]),
            // Quotations.
            (
                "“The president has stated it,” Leavitt said. “But we can help.”",
                ["“The president has stated it,” Leavitt said.", "“But we can help.”"]
            ),
            (
                "\"Some countries tried. I do not wish to judge,\" he said.",
                ["\"Some countries tried.", "I do not wish to judge,\" he said."]
            ),
            ("\"Who is Sylvia?\" asked the critic. He left.", ["\"Who is Sylvia?\" asked the critic.", "He left."]),
            (
                "\"Just spoke to trev.\" \"think tbwa shd give statement.\"",
                ["\"Just spoke to trev.\"", "\"think tbwa shd give statement.\""]
            ),
            ("He said: 'We won.' Then he left.", ["He said: 'We won.'", "Then he left."]),
            ("(He later resigned.) The party moved on.", ["(He later resigned.)", "The party moved on."]),
            ("« Nous sommes unis. » Il est parti.", ["« Nous sommes unis. »", "Il est parti."]),
            // Ellipses, questions, exclamations.
            (
                "It saw a recovery... much patchier than hoped. Fine.",
                ["It saw a recovery... much patchier than hoped.", "Fine."]
            ),
            ("He paused… Then he left.", ["He paused…", "Then he left."]),
            ("Why? Because! Really?! Yes.", ["Why?", "Because!", "Really?!", "Yes."]),
            (
                "Yahoo! said it would buy it. eBay agreed. iPod sales rose.",
                ["Yahoo! said it would buy it.", "eBay agreed.", "iPod sales rose."]
            ),
            // Other scripts and marks.
            ("東京は晴れ。大阪は雨。", ["東京は晴れ。", "大阪は雨。"]),
            ("Zürich won. Ærø lost.", ["Zürich won.", "Ærø lost."]),
            ("No final mark here", ["No final mark here"]),
            ("", []),
            ("   \n\n  ", []),
        ] as [(String, [String])]
    )
    func hardCases(text: String, expected: [String]) throws {
        #expect(try Self.sentences(text) == expected)
    }

    @Test("CRLF, tabs and line breaks inside a paragraph are whitespace, not boundaries")
    func lineBreaks() throws {
        #expect(
            try Self.sentences("First one.\r\nSecond one.\r\n\r\nThird.") == ["First one.", "Second one.", "Third."]
        )
        #expect(
            try Self.sentences("A line that was\nwrapped here. Next.") == ["A line that was\nwrapped here.", "Next."]
        )
    }

    @Test("extra titles and abbreviations are honoured")
    func options() throws {
        let segmenter = SentenceSegmenter(extraTitles: ["Ald"], extraAbbreviations: ["Attn"])
        let text = "Ald. Brown spoke. Send it Attn. Brown now."
        #expect(try Self.sentences(text, segmenter: segmenter) == ["Ald. Brown spoke.", "Send it Attn. Brown now."])
        #expect(try Self.sentences(text) == ["Ald.", "Brown spoke.", "Send it Attn.", "Brown now."])
    }

    @Test("very long text without a boundary is split at whitespace, and nothing is lost")
    func lengthLimit() throws {
        let text = String(repeating: "word ", count: 5_000)
        let document = try AnalysisPipeline {
            ParagraphSegmenter()
            SentenceSegmenter(maximumLength: 1_000)
        }.run(text)
        #expect(document.sentences.count > 20)
        #expect(document.sentences.allSatisfy { $0.span.length <= 1_000 })
        #expect(document.sentences.map { document.text(of: $0.span) }.joined(separator: " ") + " " == text)
        #expect(
            document.sentences.allSatisfy {
                $0.provenance.rule == "length-limit" || $0.provenance.rule == "paragraph-end"
            }
        )
    }

    @Test(
        "sentences cover every non-space character of their paragraph, in order",
        arguments: Seeds.all.map(\.text) + StageVerifier.standardCases
    )
    func coverage(text: String) throws {
        let document = try AnalysisPipeline {
            ParagraphSegmenter()
            SentenceSegmenter()
        }.run(text)
        for (index, paragraph) in document.paragraphs.enumerated() {
            let inParagraph = document.sentences.filter { $0.paragraph == index }
            let joined = inParagraph.map { document.text(of: $0.span) }.joined().filter { !$0.isWhitespace }
            #expect(joined == document.text(of: paragraph.span).filter { !$0.isWhitespace })
            #expect(zip(inParagraph, inParagraph.dropFirst()).allSatisfy { $0.span.end <= $1.span.start })
        }
    }

    @Test("keeps the stage contract")
    func contract() throws {
        try StageVerifier.verify(SentenceSegmenter(), after: [ParagraphSegmenter()])
    }

    @Test("the sentences of seed 000, exactly")
    func seed000() throws {
        #expect(try Self.sentences(Seeds.text(named: "000_19271642d0346297.txt")) == SeedExpectations.sentences000)
    }

    @Test("the sentences of seed 004, exactly")
    func seed004() throws {
        #expect(try Self.sentences(Seeds.text(named: "004_66e653aac7ebe387.txt")) == SeedExpectations.sentences004)
    }

    @Test(
        "inline enumerations, numbered or lettered, after bullets or dashes, with or without a closing period",
        arguments: [
            ("1. Buy milk 2. Call Anna 3. Pay the rent", ["1. Buy milk", "2. Call Anna", "3. Pay the rent"]),
            ("1. Buy milk. 2. Call Anna.", ["1. Buy milk.", "2. Call Anna."]),
            ("1.) Buy milk 2.) Call Anna", ["1.) Buy milk", "2.) Call Anna"]),
            ("1.) Buy milk. 2.) Call Anna.", ["1.) Buy milk.", "2.) Call Anna."]),
            ("1) Buy milk 2) Call Anna", ["1) Buy milk", "2) Call Anna"]),
            ("1) Buy milk. 2) Call Anna.", ["1) Buy milk.", "2) Call Anna."]),
            ("a. Buy milk b. Call Anna c. Pay the rent", ["a. Buy milk", "b. Call Anna", "c. Pay the rent"]),
            ("a) buy milk b) call Anna", ["a) buy milk", "b) call Anna"]),
            ("A) Buy milk B) Call Anna", ["A) Buy milk", "B) Call Anna"]),
            ("• 9. Buy milk • 10. Call Anna", ["• 9. Buy milk", "• 10. Call Anna"]),
            ("⁃11. Buy milk ⁃12. Call Anna", ["⁃11. Buy milk", "⁃12. Call Anna"]),
            ("- 1) Buy milk - 2) Call Anna", ["- 1) Buy milk", "- 2) Call Anna"]),
            ("• Buy milk. • Call Anna.", ["• Buy milk.", "• Call Anna."]),
            // Not enumerations: initials, numbers out of sequence, items inside a sentence.
            ("A. Smith met B. Jones at noon.", ["A. Smith met B. Jones at noon."]),
            (
                "1. The team scored 3 goals. 2. The fans cheered.",
                ["1. The team scored 3 goals.", "2. The fans cheered."]
            ),
            (
                "The report lists three causes: 1) costs; 2) staff; and 3) planning. Officials disputed it.",
                ["The report lists three causes: 1) costs; 2) staff; and 3) planning.", "Officials disputed it."]
            ),
        ] as [(String, [String])]
    )
    func enumerations(text: String, expected: [String]) throws {
        #expect(try Self.sentences(text) == expected)
    }

    @Test(
        "ellipses in their forms, omissions in brackets and citations after a quotation",
        arguments: [
            ("He paused . . . and went on. Then he left.", ["He paused . . . and went on.", "Then he left."]),
            ("He stopped . . . . Then he left.", ["He stopped . . . .", "Then he left."]),
            ("It was over.... They went home.", ["It was over....", "They went home."]),
            ("She said “it hurts. . . .”", ["She said “it hurts. . . .”"]),
            ("It was, well . . . I cannot say it.", ["It was, well . . . I cannot say it."]),
            (
                "Nothing was the same. . . . The town had changed. . . .",
                ["Nothing was the same.", ". . . The town had changed. . . ."]
            ),
            // News writes `...` and ends sentences with it, before `I` too.
            ("It has been a blast... I loved it.", ["It has been a blast...", "I loved it."]),
            (
                "\"The plan [...] failed, and [. . .] it cost us,\" she said.",
                ["\"The plan [...] failed, and [. . .] it cost us,\" she said."]
            ),
            (
                "He called it \"worse than expected [...] and getting worse.\" (Reuters 2024, p. 4). Shares fell.",
                ["He called it \"worse than expected [...] and getting worse.\" (Reuters 2024, p. 4).", "Shares fell."]
            ),
            (
                "“We will not stop.” (Jones 2004, p. 12). Nobody did.",
                ["“We will not stop.” (Jones 2004, p. 12).", "Nobody did."]
            ),
            (
                "\"We won,\" he said. (He later resigned.) The end.",
                ["\"We won,\" he said.", "(He later resigned.)", "The end."]
            ),
        ] as [(String, [String])]
    )
    func ellipsesAndCitations(text: String, expected: [String]) throws {
        #expect(try Self.sentences(text) == expected)
    }

    @Test(
        "abbreviations that may end a sentence, decided by what follows",
        arguments: [
            ("Apple Inc. (NASDAQ: AAPL) said it would grow.", ["Apple Inc. (NASDAQ: AAPL) said it would grow."]),
            (
                "The firm, in Washington, D.C. (where it has 300 staff), grew.",
                ["The firm, in Washington, D.C. (where it has 300 staff), grew."]
            ),
            (
                "He arrived at 6 p.m. Police were already there.",
                ["He arrived at 6 p.m.", "Police were already there."]
            ),
            ("She left at 10 P.M. Mr. Lee stayed.", ["She left at 10 P.M.", "Mr. Lee stayed."]),
            ("At 6 a.m. Mr. Lee opened the shop.", ["At 6 a.m. Mr. Lee opened the shop."]),
            ("Shortly before 9 p.m. Police closed the road.", ["Shortly before 9 p.m. Police closed the road."]),
            (
                "Polls close at 8 p.m. GMT on Thursday. Results follow.",
                ["Polls close at 8 p.m. GMT on Thursday.", "Results follow."]
            ),
            (
                "Talks begin at 9 a.m. Tuesday. They end at noon.",
                ["Talks begin at 9 a.m. Tuesday.", "They end at noon."]
            ),
            ("It ends at 10 a.m. Moscow time. Then we leave.", ["It ends at 10 a.m. Moscow time.", "Then we leave."]),
            ("Ask Jane and co. They know.", ["Ask Jane and co.", "They know."]),
            ("Were Jane and co. at the party?", ["Were Jane and co. at the party?"]),
            ("We met, you and I. Did you see Mary I. Jones?", ["We met, you and I.", "Did you see Mary I. Jones?"]),
            ("He lived in the U.S.A. for years.", ["He lived in the U.S.A. for years."]),
            // Numbers and codes with several dots.
            ("It is at N°. 12.4.7. That is the place.", ["It is at N°. 12.4.7.", "That is the place."]),
            (
                "Version 10.2.3 shipped. IP 192.168.0.1 was blocked.",
                ["Version 10.2.3 shipped.", "IP 192.168.0.1 was blocked."]
            ),
            ("It cost $100.00. It was cheap.", ["It cost $100.00.", "It was cheap."]),
        ] as [(String, [String])]
    )
    func abbreviations(text: String, expected: [String]) throws {
        #expect(try Self.sentences(text) == expected)
    }

    @Test(
        "news in the style of Wikinews and the wire services",
        arguments: [
            (
                """
                Tuesday, April 8, 2025

                The council of Springfield, Ill. voted 7–2 on Monday to close the Main St. bridge. \
                Work will begin at 7 a.m. April 14 and last until Dec. 1.

                Mayor J. R. Doe said the vote was "long overdue." Residents disagreed. "We were told \
                it was safe [...] in 2019," one said.

                Sources
                """,
                [
                    "Tuesday, April 8, 2025",
                    "The council of Springfield, Ill. voted 7–2 on Monday to close the Main St. bridge.",
                    "Work will begin at 7 a.m. April 14 and last until Dec. 1.",
                    "Mayor J. R. Doe said the vote was \"long overdue.\"", "Residents disagreed.",
                    "\"We were told it was safe [...] in 2019,\" one said.", "Sources",
                ]
            ),
            (
                """
                LONDON (AP) — The economy grew 0.1% in the three months to March, officials said \
                Friday. The figure was lower than the 0.3% forecast. Shares in Acme Plc. (LSE: ACME) rose.
                """,
                [
                    "LONDON (AP) — The economy grew 0.1% in the three months to March, officials said Friday.",
                    "The figure was lower than the 0.3% forecast.", "Shares in Acme Plc. (LSE: ACME) rose.",
                ]
            ),
            (
                """
                The suspect, 34, of Portland, Ore., was arrested at about 11:30 p.m. Saturday. He is \
                due in court at 9 a.m. Monday. (Reporting by Jane Smith.)
                """,
                [
                    "The suspect, 34, of Portland, Ore., was arrested at about 11:30 p.m. Saturday.",
                    "He is due in court at 9 a.m. Monday.", "(Reporting by Jane Smith.)",
                ]
            ),
            (
                """
                The storm made landfall at 4 a.m. local time. By 10 a.m. Officials had ordered \
                evacuations. Gov. Ana Ruiz (D) declared an emergency at 2 p.m. She urged people to \
                "stay inside . . . until further notice."
                """,
                [
                    "The storm made landfall at 4 a.m. local time.", "By 10 a.m. Officials had ordered evacuations.",
                    "Gov. Ana Ruiz (D) declared an emergency at 2 p.m.",
                    "She urged people to \"stay inside . . . until further notice.\"",
                ]
            ),
        ] as [(String, [String])]
    )
    func wireNews(text: String, expected: [String]) throws {
        #expect(try Self.sentences(text) == expected)
    }

    @Test("every sentence-final mark above ASCII ends a sentence", arguments: ["…", "‽", "。", "！", "？", "．"])
    func finalMarks(mark: String) throws {
        #expect(try Self.sentences("Rain\(mark) Sun\(mark)") == ["Rain\(mark)", "Sun\(mark)"])
    }

    @Test("changing a word list after creation is honoured")
    func changedLists() throws {
        var segmenter = SentenceSegmenter()
        segmenter.titles.insert("Ald")
        segmenter.starters.remove("The")
        #expect(
            try Self.sentences("Ald. Brown left the U.S. The end.", segmenter: segmenter) == [
                "Ald. Brown left the U.S. The end."
            ]
        )
    }

    @Test("text without final marks is split at the limit, once per limit, and nothing is lost")
    func longTextWithoutMarks() throws {
        // Far more bytes than the limit before the first final mark, then real sentences.
        let words = String(repeating: "word ", count: 20_000)
        let japanese = String(repeating: "東京大阪", count: 5_000)
        for text in [words + "End. Next one.", japanese + "。終わり。"] {
            let document = try AnalysisPipeline {
                ParagraphSegmenter()
                SentenceSegmenter(maximumLength: 1_000)
            }.run(text)
            let spans = document.sentences.map(\.span)
            #expect(spans.allSatisfy { $0.length <= 1_000 })
            #expect(spans.count >= text.utf8.count / 1_000)
            #expect(zip(spans, spans.dropFirst()).allSatisfy { $0.end <= $1.start })
            let joined = document.sentences.map { document.text(of: $0.span) }.joined()
            #expect(joined.filter { !$0.isWhitespace } == text.filter { !$0.isWhitespace })
        }
    }

    @Test("text without final marks takes linear time", .timeLimit(.minutes(1)), arguments: ["words", "japanese"])
    func linearTime(script: String) throws {
        // 3.4 and 3.1 MB, split every 200 bytes: scanning the rest of the text again after each
        // split (the quadratic behaviour this guards against) reads tens of gigabytes.
        let text =
            script == "words"
            ? String(repeating: "alpha beta gamma ", count: 200_000) : String(repeating: "東京大阪晴雨", count: 170_000)
        let document = try AnalysisPipeline {
            ParagraphSegmenter()
            SentenceSegmenter(maximumLength: 200)
        }.run(text)
        #expect(document.sentences.count >= text.utf8.count / 200)
    }
}

/// Sentences never share a byte, in the working text or in the original.
@Suite struct SentenceOverlapTests {
    /// A small deterministic generator (SplitMix64), so that every run tries the same texts.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    static let pieces = [
        "word", "Word", ".", ". ", "? ", "! ", "\r\n", "\n", "\r", " ", "  ", "\u{00A0}", "\"", "“", "”", "'", "’", "(",
        ")", "...", "…", " . . . ", "Mr.", "U.S.", "1.", "2)", "a.m.", "\t", "e\u{301}", "ﬁ", "。", "東京", "\u{200B}",
        "\u{0007}", "—", "–", "\u{2028}", "\u{FEFF}", "• ", "\u{1100}\u{1161}\u{11A8}", "👩\u{200D}🚀", "🇫🇷",
    ]

    /// Runs of combining marks of mixed classes, which normalization reorders.
    static let marks = (0x300...0x36E).compactMap(Unicode.Scalar.init).map { String(Character($0)) }

    static func hostileText(_ generator: inout SplitMix) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 5...80, using: &generator) {
            if Int.random(in: 0..<10, using: &generator) < 3 {
                for _ in 0..<Int.random(in: 1...60, using: &generator) {
                    text += marks.randomElement(using: &generator) ?? ""
                }
            } else {
                text += pieces.randomElement(using: &generator) ?? ""
            }
        }
        return text
    }

    static func expectNoOverlap(_ text: String, maximumLength: Int) throws {
        let document = try AnalysisPipeline {
            Normalizers.standard
            ParagraphSegmenter()
            SentenceSegmenter(maximumLength: maximumLength)
        }.run(text)
        for (first, second) in zip(document.sentences, document.sentences.dropFirst()) {
            #expect(first.span.end <= second.span.start, "working text: \(text.debugDescription)")
            #expect(
                document.originalRange(of: first.span).upperBound <= document.originalRange(of: second.span).lowerBound,
                "original text: \(text.debugDescription)"
            )
        }
    }

    @Test(
        "hostile texts",
        arguments: [
            "Zalgo: " + String(repeating: "Ẑ̶̡̛̲͎̪̬͓̈́̄͐ͅa̴̧͎̟̟͗͌̿̈́l̷̢̛̫̩͔̈́̈g̸̛̜̩̿̒o̵͉̅̿. ", count: 400),
            "a" + String(repeating: "\u{0316}\u{0301}\u{0327}\u{0308}", count: 4_000) + " end. Next one.",
            "He said \"so.\"" + String(repeating: "\u{0301}\u{0316}", count: 300) + " Then she left.",
            String(repeating: "One.\r\nTwo.\rThree.\n\r\n“Four.”\u{0301}\u{0316} Five. ", count: 300),
            String(repeating: "word—", count: 3_000),
            String(repeating: "ﬁ", count: 6_000) + ". Next.",
        ]
    )
    func hostile(text: String) throws {
        try Self.expectNoOverlap(text, maximumLength: 200)
        try Self.expectNoOverlap(text, maximumLength: 10_000)
    }

    @Test("random hostile texts", arguments: [1, 2, 3] as [UInt64])
    func random(seed: UInt64) throws {
        var generator = SplitMix(state: seed)
        for _ in 0..<300 {
            let text = Self.hostileText(&generator)
            try Self.expectNoOverlap(text, maximumLength: 200)
            try Self.expectNoOverlap(text, maximumLength: 10_000)
        }
    }
}
