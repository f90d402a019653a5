import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct CueFinderTests {
    static let upstream: [any AnalysisStage] =
        Normalizers.standard + [
            ParagraphSegmenter(), LayoutTagger(), SentenceSegmenter(), WordTokenizer(), QuoteFinder(),
        ]

    /// Each cue as "written | lemma", with " | listener" when it has one.
    static func cues(_ text: String) throws -> [String] {
        let document = try AnalysisPipeline(stages: upstream + [CueFinder()]).run(text)
        return document.cues.map { cue in
            var line = "\(document.originalText(of: cue.span)) | \(cue.lemma)"
            if let listener = cue.listener { line += " | \(document.originalText(of: listener))" }
            return line
        }
    }

    @Test(
        "reporting verbs and phrases, with their lemma and listener",
        arguments: [
            ("“We won,” Leavitt said.", ["said | say"]),
            ("The newspaper reports that the talks stalled.", ["reports | report"]),
            ("Sources told Reuters on Monday that talks had stalled.", ["told | tell | Reuters"]),
            ("She told the BBC’s Today programme the plan was dead.", ["told | tell | the BBC’s Today"]),
            ("Hayes pointed out that prices rose.", ["pointed out | point out"]),
            ("Said the Pew report: “This finding is ironic.”", ["Said | say"]),
            ("Prices will rise, according to the Treasury.", ["according to | according to"]),
            ("She called it a “coalition of the willing” and warned of delays.", ["called | call", "warned | warn"]),
            ("The minister, who says little, later insisted.", ["says | say", "insisted | insist"]),
        ] as [(String, [String])]
    )
    func cues(text: String, expected: [String]) throws {
        let actual = try Self.cues(text)
        #expect(actual == expected)
    }

    @Test(
        "no cue inside a quotation, nor in words that only look like one",
        arguments: [
            "“I said no, and they told me to wait,” she recalled.",
            "The accordion player and the sayings of the day.",
            "",
            "Fans cheered 🎉 and « nous avons dit » nothing.",
            "Voters disliked his recent remarks about the pool.",
            "The council seized on controversial comments from the mayor.",
            "The tenants sent angry tweets to the landlord.",
        ]
    )
    func noCues(text: String) throws {
        let actual = try Self.cues(text).filter { !$0.hasPrefix("recalled") }
        #expect(actual == [])
    }

    @Test("the listener of told stops at the next quotation")
    func listenerStopsAtAQuotation() throws {
        #expect(try Self.cues("He told “Newsnight” nothing.") == ["told | tell"])
    }

    @Test("keeps the stage contract")
    func contract() throws {
        try StageVerifier.verify(CueFinder(), after: Self.upstream)
    }
}
