import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct NameFinderTests {
    static let upstream: [any AnalysisStage] = Normalizers.standard + [ParagraphSegmenter(), WordTokenizer()]

    /// Each mention as "name | role | title | gender | rule", with the span's original text
    /// when it differs from the name.
    static func mentions(_ text: String) throws -> [String] {
        let document = try AnalysisPipeline(stages: upstream + [NameFinder()]).run(text)
        return document.mentions.map { mention in
            let written = String(document.originalText(of: mention.span))
            return [
                written == mention.name ? mention.name : "\(mention.name) [\(written)]",
                mention.role ?? "-", mention.title ?? "-", mention.gender?.rawValue ?? "-", mention.provenance.rule,
            ].joined(separator: " | ")
        }
    }

    @Test(
        "a role, a rank or a title introduces a name, with what it tells",
        arguments: [
            ("Foreign Secretary Jack Straw said so.", ["Jack Straw | Foreign Secretary | - | - | role"]),
            (
                "Chair of the NATO Military Committee Admiral Giuseppe Cavo Dragone spoke.",
                [
                    "Giuseppe Cavo Dragone | Chair of the NATO Military Committee Admiral | - | - | role"
                ]
            ),
            ("Mrs Patricia Hewitt arrived.", ["Patricia Hewitt | - | Mrs | female | title"]),
            ("Then Mr Blair left.", ["Blair | - | Mr | male | title"]),
            (
                "Dr Ana Ruiz and Sir Ian Holm met.",
                ["Ana Ruiz | - | Dr | - | title", "Ian Holm | - | Sir | male | title"]
            ),
            ("Gen. Dan Caine hosted the talks.", ["Dan Caine | Gen. | - | - | role"]),
        ] as [(String, [String])]
    )
    func introducedNames(text: String, expected: [String]) throws {
        let actual = try Self.mentions(text)
        #expect(actual == expected)
    }

    @Test(
        "no name without a role or title, nor after a role with a single word",
        arguments: [
            "President Bush spoke.",
            "Giuseppe Cavo Dragone met the ministers.",
            "the secretary said nothing",
            "",
            "Fans cheered 🎉 as « Nous » won.",
        ]
    )
    func noNames(text: String) throws {
        #expect(try Self.mentions(text) == [])
    }

    @Test("a name keeps the input's spelling in its span and the working text's in its name")
    func curlyApostrophe() throws {
        let document = try AnalysisPipeline(stages: Self.upstream + [NameFinder()])
            .run("Chief Constable Sean O’Neill spoke.")
        let mention = try #require(document.mentions.first)
        #expect(document.originalText(of: mention.span) == "Sean O’Neill")
        #expect(mention.kind == .person)
        #expect(mention.role == "Chief Constable")
    }

    @Test("finds the mentions of the seeds")
    func seeds() throws {
        let names = try Self.mentions(Seeds.text(named: "000_19271642d0346297.txt")).map {
            $0.split(separator: " | ").prefix(2).joined(separator: " | ")
        }
        #expect(names.contains("Karoline Leavitt | White House Press Secretary"))
        #expect(names.contains("Giuseppe Cavo Dragone | Chair of the NATO Military Committee Admiral"))
        #expect(names.contains("Steve Witkoff | Special Envoy"))
    }

    @Test("keeps the stage contract")
    func contract() throws {
        try StageVerifier.verify(NameFinder(), after: Self.upstream)
    }
}
