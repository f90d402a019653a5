import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct LayoutTaggerTests {
    /// Each mark as "role: original text".
    static func marks(_ text: String) throws -> [String] {
        let document = try AnalysisPipeline {
            ParagraphSegmenter()
            LayoutTagger()
        }.run(text)
        return document.layout.map { "\($0.role): \(document.originalText(of: $0.span))" }
    }

    @Test("seed 000: the headline, and the list of other stories as one boilerplate block")
    func seed000() throws {
        let text = try Seeds.text(named: "000_19271642d0346297.txt")
        let document = try AnalysisPipeline {
            ParagraphSegmenter()
            LayoutTagger()
        }.run(text)
        #expect(document.layout.count == 2)
        #expect(document.layout.map(\.role) == [.headline, .boilerplate])
        #expect(
            document.originalText(of: document.layout[0].span)
                == "U.S., NATO military officials discuss Ukraine security guarantees"
        )
        let block = document.originalText(of: document.layout[1].span)
        #expect(block.hasPrefix("Latest News Stories\n\nGovernor defends"))
        #expect(block.hasSuffix("Chicago posts fewest homicides since 2016, arrests rate also declines"))
        #expect(document.layout[1].provenance.rule == "related-list")
        // Every paragraph from "Latest News Stories" on is outside the body; none before it is.
        for (index, paragraph) in document.paragraphs.enumerated() {
            #expect(document.isBodyText(paragraph.span) == (index > 0 && index < 11))
        }
    }

    @Test("seed 004: a subheading, and no headline (its first line is a sentence)")
    func seed004() throws {
        #expect(try Self.marks(Seeds.text(named: "004_66e653aac7ebe387.txt")) == ["heading: Troop Deployments"])
    }

    @Test(
        "headlines, headings and boilerplate in news layouts",
        arguments: [
            (
                "Ad sales boost Time Warner profit\n\nQuarterly profits rose 76%.",
                ["headline: Ad sales boost Time Warner profit"]
            ),
            (
                "Is this the end for the euro?\n\nThe currency fell sharply on Monday.",
                ["headline: Is this the end for the euro?"]
            ),
            (
                "Talks resume\nBy Jane Smith and John Doe, Reuters\nWASHINGTON (Reuters) - Officials met on Monday. They agreed.",
                [
                    "headline: Talks resume", "byline: By Jane Smith and John Doe, Reuters",
                    "dateline: WASHINGTON (Reuters) -",
                ]
            ),
            (
                "KYIV, Ukraine -- Officials said the plan was ready.\n\nReporting by Ann Lee; Editing by Tom Ray",
                ["dateline: KYIV, Ukraine --", "credit: Reporting by Ann Lee; Editing by Tom Ray"]
            ),
            (
                "Prices rose again in May.\n\nRead more: Inflation hits a ten-year high\n\nSubscribe to our newsletter",
                ["boilerplate: Read more: Inflation hits a ten-year high", "prompt: Subscribe to our newsletter"]
            ),
            (
                "Prices rose.\n\nRelated Stories\nMarkets slide\nOil jumps\n",
                ["boilerplate: Related Stories\nMarkets slide\nOil jumps"]
            ),
            (
                "The plan was approved. Officials said it would cost $5m.\n\nMore than 1,000 people attended the rally.",
                []
            ),
            ("By the end of the year, prices had doubled.\n\nLatest figures show growth slowed.", []),
            (
                "Storm closes city airport for a second day.\n\nA storm closed the airport on Monday. Flights were cancelled.",
                ["headline: Storm closes city airport for a second day."]
            ),
            (
                "Lawmakers pass the budget, ending a long standoff.\n\n“It is done,” the speaker said. Markets rose.",
                ["headline: Lawmakers pass the budget, ending a long standoff."]
            ),
            (
                // A sentence of more than 25 words is a lede, not a headline, period or not.
                "Officials in the northern province said on Monday that the storm, the worst in a decade, had closed the airport and most of the roads for a second day.\n\nFlights were cancelled on Monday and again on Tuesday, and the trains ran late across the country.",
                []
            ),
            (
                // The excerpt under the headline may be cut off mid-sentence.
                "Storm closes city airport.\n\nA storm closed the airport on Monday, and officials said that flights",
                ["headline: Storm closes city airport."]
            ),
            (
                // Not alone before a blank line: a paragraph of its own line among others.
                "Storm closes city airport.\nA storm closed the airport on Monday. Flights were cancelled.",
                []
            ),
            (
                "Storm closes city airport.\n\nRelated Stories\nMarkets slide\nOil jumps\n",
                ["boilerplate: Related Stories\nMarkets slide\nOil jumps"]
            ),
            (
                "Leeds v Saracens (Fri)\n\nHeadingley\n\nFriday, 25 February\n\n2000 GMT\n\nThe Tykes have brought in a prop on loan.",
                ["headline: Leeds v Saracens (Fri)", "timestamp: Friday, 25 February", "timestamp: 2000 GMT"]
            ),
            (
                "Markets rally\n\nUpdated: 3 March 2025, 14:05 GMT\n\nShares rose. 25 February was a good day.\n\nMay\n\n2005",
                ["headline: Markets rally", "timestamp: Updated: 3 March 2025, 14:05 GMT"]
            ),
            ("One paragraph only, with no headline.", []),
            ("", []),
        ] as [(String, [String])]
    )
    func layouts(text: String, expected: [String]) throws {
        #expect(try Self.marks(text) == expected)
    }

    @Test("options turn each half of the work off")
    func options() throws {
        let text = try Seeds.text(named: "000_19271642d0346297.txt")
        let headingsOnly = try AnalysisPipeline {
            ParagraphSegmenter()
            LayoutTagger(marksBoilerplate: false)
        }.run(text)
        #expect(headingsOnly.layout.map(\.role) == [.headline])
        let boilerplateOnly = try AnalysisPipeline {
            ParagraphSegmenter()
            LayoutTagger(marksHeadings: false)
        }.run(text)
        #expect(boilerplateOnly.layout.map(\.role) == [.boilerplate])
    }

    @Test("keeps the stage contract")
    func contract() throws {
        try StageVerifier.verify(LayoutTagger(), after: [ParagraphSegmenter()])
    }
}
