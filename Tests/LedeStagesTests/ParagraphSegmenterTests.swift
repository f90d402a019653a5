import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct ParagraphSegmenterTests {
    static func paragraphs(_ text: String, segmenter: ParagraphSegmenter = ParagraphSegmenter()) throws -> [String] {
        let document = try AnalysisPipeline { segmenter }.run(text)
        return document.paragraphs.map { String(document.originalText(of: $0.span)) }
    }

    @Test(
        "paragraph breaks",
        arguments: [
            ("One.\n\nTwo.", ["One.", "Two."]),
            ("One.\nTwo.", ["One.", "Two."]),
            ("Headline\nBody starts here.", ["Headline", "Body starts here."]),
            ("  padded  \n\n\n   second \n", ["padded", "second"]),
            ("CRLF one.\r\n\r\nCRLF two.\r\nCRLF three.", ["CRLF one.", "CRLF two.", "CRLF three."]),
            (
                "A line that breaks in the middle of a\nsentence joins the next.",
                ["A line that breaks in the middle of a\nsentence joins the next."]
            ),
            (
                "The minister resigned on Tuesday evening.\nHer deputy takes over the post.",
                ["The minister resigned on Tuesday evening.", "Her deputy takes over the post."]
            ),
            (
                "The committee met on Tuesday to discuss the\nProposals of the Treasury.",
                ["The committee met on Tuesday to discuss the\nProposals of the Treasury."]
            ),
            ("- first item\n- second item\n1. numbered", ["- first item", "- second item", "1. numbered"]),
            ("", []),
            (" \n\t\n ", []),
            (
                "“Quoted paragraph.\n\n“And its continuation,” she said.",
                ["“Quoted paragraph.", "“And its continuation,” she said."]
            ),
        ] as [(String, [String])]
    )
    func breaks(text: String, expected: [String]) throws {
        #expect(try Self.paragraphs(text) == expected)
    }

    @Test("hard-wrapped text is joined into paragraphs; blank lines still separate them")
    func hardWrapped() throws {
        let text = """
            The committee met on Tuesday to discuss the proposals put forward by
            Minister Jane Smith last week, and agreed to publish a report on the
            matter before the end of the year.

            Officials said the report would be short. It would include figures on
            Spending and Staffing for each department.
            """
        let paragraphs = try Self.paragraphs(text)
        #expect(paragraphs.count == 2)
        #expect(paragraphs[0].hasPrefix("The committee met") && paragraphs[0].hasSuffix("end of the year."))
        // Without wrap detection, a line break before a capital ends a paragraph.
        #expect(try Self.paragraphs(text, segmenter: ParagraphSegmenter(joinWrappedLines: false)).count == 4)
    }

    @Test("the paragraphs of the seeds: every line of 000 and 004 is its own paragraph")
    func seeds() throws {
        let first = try Self.paragraphs(Seeds.text(named: "000_19271642d0346297.txt"))
        #expect(first.count == 26)
        #expect(first[0] == "U.S., NATO military officials discuss Ukraine security guarantees")
        #expect(first[11] == "Latest News Stories")
        #expect(first[25] == "Chicago posts fewest homicides since 2016, arrests rate also declines")
        let second = try Self.paragraphs(Seeds.text(named: "004_66e653aac7ebe387.txt"))
        #expect(second.count == 7)
        #expect(second[4] == "Troop Deployments")
    }

    @Test("a long hard-wrapped block takes linear time, and its paragraphs are found")
    func longWrappedBlock() throws {
        let paragraph = """
            The committee met on Tuesday to discuss the proposals put forward by
            the Treasury, and agreed to publish its findings in the course of
            next month.
            """
        let text = Array(repeating: paragraph, count: 20_000).joined(separator: "\n")
        let paragraphs = try Self.paragraphs(text)
        #expect(paragraphs.count == 20_000)
        #expect(paragraphs.allSatisfy { $0 == paragraph })
    }

    @Test("keeps the stage contract")
    func contract() throws {
        try StageVerifier.verify(ParagraphSegmenter())
    }
}
