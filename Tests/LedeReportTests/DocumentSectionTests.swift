import Lede
import LedeStages
import Testing

@testable import LedeReport

@Suite struct DocumentSectionTests {
    @Test func linksEverySeedQuotationToItsSpeaker() throws {
        let quotations = try ReportPage.seeds().quotations
        let expected: [(String, String?)] = [
            (
                "“The president has definitely stated U.S. boots will not be on the ground in Ukraine,”",
                "Karoline Leavitt"
            ),
            (
                "“But we certainly can help in the coordination and perhaps provide other means of security guarantees to our European allies.”",
                "Karoline Leavitt"
            ),
            (
                "“an armed attack against one or more of its members shall be considered an attack against them all.”",
                "NATO’s Article 5"
            ),
            ("“candid discussion”", "Giuseppe Cavo Dragone"),
            ("“We are united, and that unity was truly tangible today,”", "Giuseppe Cavo Dragone"),
            ("“appropriate consideration”", "Pentagon statement"),
            ("“the lion’s share”", "A source familiar with the matter"),
            ("“The planning work continues,”", "A source familiar with the matter"),
            ("“determining the scope of its role.”", "A source familiar with the matter"),
            // A term nobody said: no speaker, no label (the document lists it after the quotations).
            ("“coalition of the willing,”", nil),
        ]
        #expect(quotations.map(\.words) == expected.map(\.0))
        #expect(quotations.map(\.speaker) == expected.map(\.1))
    }

    @Test func listsTheSeedSpeakersWithRoleKindAndQuotationCount() throws {
        let html = try ReportPage.seeds().html
        #expect(
            html.contains(
                "<span class=\"name\">Karoline Leavitt</span> <span class=\"role\">White House Press Secretary</span>"
                    + " <span class=\"kind\">person</span> <span class=\"count\">2 quotations</span></li>"
            )
        )
        #expect(
            html.contains(
                "<span class=\"name\">NATO’s Article 5</span> <span class=\"kind\">document</span> <span class=\"count\">1 quotation</span>"
            )
        )
        #expect(
            html.contains(
                "<span class=\"name\">A source familiar with the matter</span> <span class=\"kind\">anonymous</span> <span class=\"count\">3 quotations</span>"
            )
        )
    }

    @Test func marksTheSeedNumbersWithValueUnitAndKind() throws {
        let numbers = try ReportPage.seeds().numbers
        func info(_ text: String) -> [String] { numbers.filter { $0.text == text }.map(\.info) }
        #expect(info("$134 Million") == ["money · value 134000000 · unit USD"])
        #expect(info("tens of thousands") == ["approximate · range 20000–99999 · unit troops"])
        #expect(info("three-and-a-half-year-old") == ["decimal · value 3.5 · unit years"])
        #expect(info("K‑12") == ["identifier"])
        #expect(info("20") == ["cardinal · value 20 · unit countries"])
    }

    @Test func marksReportedSpeechWithItsSpeaker() throws {
        let html = try ReportPage.seeds().html
        #expect(
            html.contains(
                "data-info=\"reported speech · Karoline Leavitt — White House Press Secretary\" tabindex=\"0\">"
                    + "U.S. involvement would not include deploying troops during a news conference Tuesday</span>"
            )
        )
    }

    @Test func greysLayoutAndMarksSummarySentences() throws {
        let html = try ReportPage.seeds().html
        #expect(
            html.contains(
                "<span class=\"layout headline\" data-info=\"headline\">U.S., NATO military officials discuss Ukraine security guarantees</span>"
            )
        )
        #expect(html.contains("<span class=\"layout boilerplate\" data-info=\"boilerplate\">Latest News Stories"))
        #expect(html.contains("<span class=\"layout heading\" data-info=\"heading\">Troop Deployments</span>"))
        #expect(html.contains("<mark class=\"summary combined\" id=\"d0-sentence-1\""))
    }

    @Test func nestsANumberInsideAQuotationInsideASummarySentence() throws {
        let pipeline = try AnalysisPipeline.news()
        let document = try pipeline.run("“Sales rose 12% this year,” Ann Lee said.", id: "n")
        let section = DocumentSection(
            document: document,
            summary: try NewsSummarizer().summarize([document]),
            position: 0
        )
        let text = section.markedText()
        #expect(
            text.hasPrefix(
                "<mark class=\"summary\" id=\"d0-sentence-0\" data-info=\"summary sentence 1\"><q class=\"quote speaker-0\""
            )
        )
        #expect(text.contains(">“Sales rose <data class=\"number percent\" value=\"12\""))
        #expect(text.contains(">12%</data> this year,”</q> Ann Lee said.</mark>"))
        #expect(ReportPage.text(text) == document.original)
    }

    @Test(arguments: [
        "",
        "Zoë Ó Briain said the café in Kraków — 東京 too — had 3 ünits. 🇺🇦\n\nNew line.",
        "“<script>alert('x')</script> & <b>bold</b>,” Tom O'Neil said.\n",
    ])
    func keepsTheTextAsGiven(text: String) throws {
        let document = try AnalysisPipeline.news().run(text, id: "t")
        let section = DocumentSection(document: document, summary: nil, position: 0)
        #expect(ReportPage.text(section.markedText()) == text)
        #expect(!section.markedText().contains("<script"))
        #expect(!section.render().contains("<script"))
    }

    @Test func saysSoForAnEmptyDocument() throws {
        let document = try AnalysisPipeline.news().run("", id: "empty")
        let html = DocumentSection(document: document, summary: try NewsSummarizer().summarize([document]), position: 0)
            .render()
        #expect(html.contains("<p class=\"empty\">This document is empty.</p>"))
        #expect(html.contains("<p class=\"empty\">No body sentences.</p>"))
        #expect(html.contains("<p class=\"empty\">No speakers found.</p>"))
    }
}
