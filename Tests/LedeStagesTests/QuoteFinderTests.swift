import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct QuoteFinderTests {
    /// Each quotation as "kind: part ‖ part" in the original text.
    static func quotes(_ text: String, finder: QuoteFinder = QuoteFinder()) throws -> [String] {
        let pipeline = try AnalysisPipeline {
            Normalizers.standard
            ParagraphSegmenter()
            LayoutTagger()
            SentenceSegmenter()
            finder
        }
        let document = try pipeline.run(text)
        return document.quotes.map { quote in
            "\(quote.kind)\(quote.depth > 0 ? "/nested" : ""): "
                + quote.parts.map { String(document.originalText(of: $0)) }.joined(separator: " ‖ ")
        }
    }

    @Test(
        "marks of every family, and apostrophes that never open or close",
        arguments: [
            ("“We are united,” he said.", ["full: We are united,"]),
            ("\"We are united,\" he said.", ["full: We are united,"]),
            ("« Nous sommes unis et forts », a-t-il dit.", ["full: Nous sommes unis et forts"]),
            ("„Wir sind heute vereint“, sagte er.", ["full: Wir sind heute vereint"]),
            ("»Wir sind heute vereint«, sagte er.", ["full: Wir sind heute vereint"]),
            ("Campbell: E-mail row 'silly fuss'", ["fragment: silly fuss"]),
            ("She called it ‘a disaster’ on Monday.", ["fragment: a disaster"]),
            ("NATO’s plan gave the lion’s share to Ellis’ team, but don't ask about the ’90s.", []),
            ("The soldiers' union and the '90s band rock 'n' roll on.", []),
            ("He said “the lion’s share” was theirs.", ["fragment: the lion’s share"]),
            ("''A law firm will put a case forward,'' he said.", ["full: A law firm will put a case forward,"]),
            ("It is one of the best “Draft One” beers.", ["fragment: Draft One"]),
            ("No quotation here at all.", []),
            ("", []),
        ] as [(String, [String])]
    )
    func marks(text: String, expected: [String]) throws {
        #expect(try Self.quotes(text) == expected)
    }

    @Test("the value of a markup attribute left in the text is no quotation")
    func attributeValues() throws {
        let text = #"<figure data-caption="The pier, 1921" data-id="77">He called it “a fine day” at last.</figure>"#
        #expect(try Self.quotes(text) == ["fragment: a fine day"])
    }

    @Test("a quotation inside a quotation is nested")
    func nested() throws {
        #expect(
            try Self.quotes("He said: \"We would say to him 'don't give it away' if asked.\"")
                == ["full: We would say to him 'don't give it away' if asked.", "fragment/nested: don't give it away"]
        )
    }

    @Test("a quotation running into the next paragraph is one quotation with two parts")
    func multiParagraph() throws {
        let text = "Leavitt said: “The president has stated it.\n\n“But we can help our allies,” she added."
        #expect(try Self.quotes(text) == ["full: The president has stated it. ‖ But we can help our allies,"])
        let document = try AnalysisPipeline.news().run(text)
        #expect(document.quotes.first?.provenance.rule == "continued")
        #expect(document.quoteIssues.isEmpty)
    }

    @Test("a mark that re-opens after a sentence end, while the quotation is open, continues it")
    func reopened() throws {
        let text = "Ms Hewitt said: \"We have doubled it to 26 weeks. \"We are going to extend it.\" She left."
        #expect(try Self.quotes(text) == ["full: We have doubled it to 26 weeks. ‖ We are going to extend it."])
    }

    @Test("unbalanced marks are reported, and the rest is still found")
    func unbalanced() throws {
        let text = "He said “this never closes. Then.\n\nShe said: “We won,” and left. A stray ” mark."
        let document = try AnalysisPipeline.news().run(text)
        let found = document.quotes.map { $0.parts.map { String(document.originalText(of: $0)) } }
        #expect(found == [["this never closes. Then."], ["We won,"]])
        #expect(document.quotes.map(\.isClosed) == [false, true])
        #expect(document.quoteIssues.map(\.reason) == ["unclosed", "unopened"])
        #expect(document.quoteIssues.map { String(document.originalText(of: $0.mark)) } == ["“", "”"])
    }

    @Test("straight marks that open and never close are all reported, but only sixteen stay open")
    func manyUnclosedStraight() throws {
        // 60,000 quotations left open, each running to the end of the paragraph: reading the
        // whole of each to tell a title from a fragment (the quadratic behaviour this guards
        // against) would read 5 GB.
        let text = String(repeating: "\"a ", count: 60_000)
        let document = try AnalysisPipeline {
            ParagraphSegmenter()
            LayoutTagger()
            SentenceSegmenter()
            QuoteFinder()
        }.run(text)
        #expect(document.quoteIssues.count == 60_000)
        #expect(document.quoteIssues.allSatisfy { $0.reason == "unclosed" })
        #expect(document.quotes.count == 16)
        #expect(document.quotes.allSatisfy { !$0.isClosed })
    }

    @Test("quotes in boilerplate are skipped; headings are searched")
    func layout() throws {
        let text =
            "Row over 'silly fuss'\n\n“It was silly,” he said.\n\nRelated Stories\nMinister says “no comment”\nOther news"
        #expect(try Self.quotes(text) == ["fragment: silly fuss", "full: It was silly,"])
    }

    @Test("single-mark quotations can be turned off")
    func singleMarksOff() throws {
        #expect(try Self.quotes("It was a 'silly fuss' indeed.", finder: QuoteFinder(findsSingleQuotes: false)).isEmpty)
    }

    @Test("CRLF and non-ASCII text")
    func crlf() throws {
        #expect(
            try Self.quotes("“Zürich ist schön,” sagte sie.\r\n\r\n“Ça va,” dit-il.") == [
                "full: Zürich ist schön,", "full: Ça va,",
            ]
        )
    }

    @Test("the quotations of seed 000")
    func seed000() throws {
        #expect(
            try Self.quotes(Seeds.text(named: "000_19271642d0346297.txt")) == [
                "full: The president has definitely stated U.S. boots will not be on the ground in Ukraine,",
                "full: But we certainly can help in the coordination and perhaps provide other means of security guarantees to our European allies.",
                "full: an armed attack against one or more of its members shall be considered an attack against them all.",
                "fragment: candid discussion",
                "full: We are united, and that unity was truly tangible today,",
            ]
        )
    }

    @Test("the quotations of seed 004")
    func seed004() throws {
        #expect(
            try Self.quotes(Seeds.text(named: "004_66e653aac7ebe387.txt")) == [
                "fragment: appropriate consideration",
                "fragment: the lion’s share",
                "full: The planning work continues,",
                "fragment: determining the scope of its role.",
                "fragment: coalition of the willing,",
            ]
        )
    }

    @Test("keeps the stage contract")
    func contract() throws {
        try StageVerifier.verify(
            QuoteFinder(),
            after: Normalizers.standard + [ParagraphSegmenter(), LayoutTagger(), SentenceSegmenter()]
        )
    }

    // MARK: Hostile text

    @Test("opening marks that never close are all reported, but only sixteen stay open")
    func unclosedRun() throws {
        let text = String(repeating: "“word and more words here ", count: 500)
        let document = try AnalysisPipeline.news().run(text)
        #expect(document.quoteIssues.count == 500)
        #expect(document.quoteIssues.allSatisfy { $0.reason == "unclosed" })
        #expect(document.quotes.count == 16)
        #expect(document.quotes.allSatisfy { !$0.isClosed })
    }

    @Test(
        "curly marks packed with no space between them: every double mark is reported, at most sixteen stay open",
        arguments: [("“a", 16), ("“‘", 0), ("“a‘b", 16)] as [(String, Int)]
    )
    func packedMarks(unit: String, quotes: Int) throws {
        let count = 20_000
        let document = try AnalysisPipeline {
            Normalizers.standard
            ParagraphSegmenter()
            LayoutTagger()
            SentenceSegmenter()
            QuoteFinder()
        }.run(String(repeating: unit, count: count))
        #expect(document.quoteIssues.count == count)
        #expect(document.quoteIssues.allSatisfy { $0.reason == "unclosed" })
        #expect(document.quotes.count == quotes)
        #expect(document.quotes.allSatisfy { !$0.isClosed })
    }

    @Test("past sixteen open quotations, a closing mark still closes the innermost one kept")
    func closeAfterDeepRun() throws {
        let text = String(repeating: "“a b c d ", count: 40) + "end” after."
        let document = try AnalysisPipeline.news().run(text)
        let closed = document.quotes.filter(\.isClosed)
        #expect(closed.count == 1)
        #expect(closed.first.map { String(document.originalText(of: $0.span)) }?.hasPrefix("“a b c d “a") == true)
        #expect(document.quoteIssues.count == 39)
    }
}
