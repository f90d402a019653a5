import AcmeStages
import Lede
import LedeStages
import LedeTesting
import Testing

/// What a test expects of one hedge: its text in the original input, its kind and whose it is.
struct ExpectedHedge: Equatable, CustomStringConvertible {
    var text: String
    var kind: HedgeKind
    var speaker: String?
    var quoted: Bool

    var description: String { "\(text) (\(kind.rawValue), \(quoted ? "quoting \(speaker ?? "?")" : "writer"))" }

    static func writer(_ text: String, _ kind: HedgeKind) -> ExpectedHedge {
        ExpectedHedge(text: text, kind: kind, speaker: nil, quoted: false)
    }

    static func quoted(_ text: String, _ kind: HedgeKind, by speaker: String?) -> ExpectedHedge {
        ExpectedHedge(text: text, kind: kind, speaker: speaker, quoted: true)
    }
}

@Suite struct HedgeTaggerTests {
    let pipeline: AnalysisPipeline

    init() throws {
        pipeline = try AnalysisPipeline.news().inserting(HedgeTagger(), at: .last)
    }

    func hedges(in text: String, with pipeline: AnalysisPipeline? = nil) throws -> [ExpectedHedge] {
        let document = try (pipeline ?? self.pipeline).run(text)
        return document.hedges.map {
            ExpectedHedge(
                text: String(document.originalText(of: $0.span)),
                kind: $0.kind,
                speaker: $0.speaker,
                quoted: $0.quote != nil
            )
        }
    }

    @Test func keepsTheStageContract() throws {
        try StageVerifier.verify(HedgeTagger(), after: [AnalysisPipeline.news()])
        try StageVerifier.verify(
            HedgeTagger(includesQuoted: false, includesBoilerplate: true),
            after: [AnalysisPipeline.news()]
        )
    }

    @Test(
        "finds hedges and says whose they are",
        arguments: [
            ("", []),
            ("The committee met on Tuesday. It approved the plan.", []),
            (
                "The minister reportedly resigned. The talks may collapse.",
                [.writer("reportedly", .adverb), .writer("may", .modal)]
            ),
            (
                "“We could not agree,” Smith said. It is unclear what happens next.",
                [.quoted("could not", .modal, by: "Smith"), .writer("It is unclear", .uncertainty)]
            ),
            (
                "\"Perhaps we can help,\" said Jane Doe, who is believed to lead the talks.",
                [.quoted("Perhaps", .adverb, by: "Jane Doe"), .writer("is believed to", .distancing)]
            ),
            (
                "Line one may matter.\r\nThe cause remains unclear.\r\n",
                [.writer("may", .modal), .writer("remains unclear", .uncertainty)]
            ),
            (
                "Zürich’s mayor reportedly left; Unconfirmed reports spoke of 🎉.",
                [.writer("reportedly", .adverb), .writer("Unconfirmed", .uncertainty)]
            ),
            ("The summit in May was cancelled. Theresa May spoke. It is clear that it failed.", []),
            ("The likely-voter model failed. He said to reporters that the might-have-beens hurt.", []),
        ] as [(String, [ExpectedHedge])]
    )
    func findsHedges(text: String, expected: [ExpectedHedge]) throws {
        #expect(try hedges(in: text) == expected)
    }

    @Test func skipsHeadingsAndBoilerplateUnlessAsked() throws {
        let text =
            "Talks may resume\n\nThe talks may resume on Monday, officials said.\n\nRelated Stories\n\nShares could fall, analysts warn\n"
        #expect(try hedges(in: text) == [.writer("may", .modal)])
        let everywhere = try AnalysisPipeline.news().inserting(HedgeTagger(includesBoilerplate: true), at: .last)
        #expect(try hedges(in: text, with: everywhere).map(\.text) == ["may", "may", "could"])
    }

    @Test func keepsOnlyTheKindsAsked() throws {
        let text = "“We could help,” she said. The plan reportedly failed, and it is not yet known why."
        let modals = try AnalysisPipeline.news().inserting(HedgeTagger(kinds: [.modal]), at: .last)
        #expect(try hedges(in: text, with: modals).map(\.kind) == [.modal])
        let writerOnly = try AnalysisPipeline.news().inserting(HedgeTagger(includesQuoted: false), at: .last)
        #expect(
            try hedges(in: text, with: writerOnly) == [
                .writer("reportedly", .adverb), .writer("it is not yet known", .uncertainty),
            ]
        )
    }

    @Test func recordsTheRuleThatFoundEachHedge() throws {
        let document = try pipeline.run("Troops could reportedly be deployed.")
        #expect(document.hedges.map(\.provenance.description) == ["acme.hedges/modal", "acme.hedges/adverb"])
        #expect(document.producer(of: .hedges) == "acme.hedges")
    }

    @Test func findsTheHedgesOfTheSeeds() throws {
        let expected: [String: [ExpectedHedge]] = [
            "000_19271642d0346297.txt": [
                .quoted("perhaps", .adverb, by: "Karoline Leavitt"),
                .writer("may", .modal),
            ],
            "004_66e653aac7ebe387.txt": [
                .writer("could", .modal),
                .writer("might", .modal),
            ],
        ]
        for seed in Seeds.all {
            #expect(try hedges(in: seed.text) == expected[seed.name], "\(seed.name)")
        }
    }
}
