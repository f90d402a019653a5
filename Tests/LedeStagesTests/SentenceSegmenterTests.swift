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
}
