import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct NewsSummarizerTests {
    @Test(
        "the three best sentences of each seed, in document order, with their ranks",
        arguments: [
            (
                "000",
                [
                    "U.S. military leaders met with NATO defense chiefs on Wednesday to iron out details of security protections for Ukraine as part of a potential peace deal with Russia.",
                    "“The president has definitely stated U.S. boots will not be on the ground in Ukraine,” Leavitt said.",
                    "Trump said Tuesday that the U.S. may provide air support as a part of security protections for Ukraine.",
                ], [2, 3, 1]
            ),
            (
                "004",
                [
                    "Military leaders from the United States and several European countries have been developing plans to provide security guarantees to Ukraine, officials said.",
                    "This development follows a pledge by U.S. President Donald Trump to help protect Ukraine under any deal to end Russia’s three-and-a-half-year-old war.",
                    "A source familiar with the matter said that U.S. Secretary of State Marco Rubio, who also serves as Trump’s national security adviser, held a conference call on Thursday with his European counterparts to discuss the options.",
                ], [1, 3, 2]
            ),
        ] as [(String, [String], [Int])]
    )
    func seeds(prefix: String, expected: [String], ranks: [Int]) throws {
        let document = try #require(try analysedSeeds().first { $0.id.hasPrefix(prefix) })
        let summary = try NewsSummarizer().summarize([document])
        #expect(texts(summary) == expected)
        #expect(summary.sentences.map(\.rank) == ranks)
        #expect(summary.sentences.allSatisfy { $0.documentID == document.id && $0.provenance.rule == "news" })
        #expect(summary.method == "lede.summary.news")
    }

    @Test("the two seed articles about one event make one summary")
    func combinedSeeds() throws {
        let seeds = try analysedSeeds()
        let summary = try NewsSummarizer().summarize(seeds)
        #expect(
            summary.sentences.map { "\($0.documentID) #\($0.sentenceIndex) (rank \($0.rank)): \($0.text)" } == [
                "000_19271642d0346297.txt #1 (rank 1): U.S. military leaders met with NATO defense chiefs on Wednesday to iron out details of security protections for Ukraine as part of a potential peace deal with Russia.",
                "000_19271642d0346297.txt #8 (rank 3): Trump said Tuesday that the U.S. may provide air support as a part of security protections for Ukraine.",
                "004_66e653aac7ebe387.txt #0 (rank 2): Military leaders from the United States and several European countries have been developing plans to provide security guarantees to Ukraine, officials said.",
            ]
        )
        #expect(summary.sentences.map(\.documentIndex) == [0, 0, 1])
        // Five sentences in score order: every sentence names its article.
        let longer = try NewsSummarizer(length: .sentences(5), order: .score).summarize(seeds)
        #expect(
            longer.sentences.map { "\($0.documentIndex)/\($0.sentenceIndex)" } == ["0/1", "1/0", "0/8", "0/6", "1/2"]
        )
    }

    @Test("a sentence two articles share is chosen once, by every summarizer")
    func nearDuplicates() throws {
        let first = try analysed(
            "The central bank raised interest rates to 5% on Thursday. Markets fell after the central bank decision.",
            id: "wire"
        )
        let second = try analysed(
            "The central bank raised interest rates to 5% on Thursday. Banks said the central bank decision hurt borrowers.",
            id: "paper"
        )
        let summarizers: [any Summarizer] = [
            NewsSummarizer(), LeadSummarizer(), LuhnSummarizer(), LexRankSummarizer(), TextRankSummarizer(),
        ]
        for summarizer in summarizers {
            let summary = try summarizer.summarize([first, second])
            #expect(summary.sentences.count == 3, "\(summarizer.name)")
            #expect(
                summary.sentences.filter { $0.text.hasPrefix("The central bank raised") }.count == 1,
                "\(summarizer.name)"
            )
        }
    }

    @Test(
        "news evidence multiplies centrality: named speakers' full quotations and quantities count, terms and years do not",
        arguments: [
            (
                "\"We will cut taxes for families,\" Jane Smith said.",
                NewsSummarizer.Weights(position: 0, headline: 0, quotes: 1, numbers: 0), 2.0
            ),
            (
                "They called the plan a \"tax cut\" for families.",
                NewsSummarizer.Weights(position: 0, headline: 0, quotes: 1, numbers: 0), 1.0
            ),
            (
                "The plan cuts taxes for families by 5%.",
                NewsSummarizer.Weights(position: 0, headline: 0, quotes: 0, numbers: 1), 2.0
            ),
            (
                "The plan cuts taxes for families from 2026.",
                NewsSummarizer.Weights(position: 0, headline: 0, quotes: 0, numbers: 1), 1.0
            ),
            (
                "The plan cuts taxes for families.",
                NewsSummarizer.Weights(position: 1, headline: 0, quotes: 0, numbers: 0), 1.5
            ),
        ] as [(String, NewsSummarizer.Weights, Double)]
    )
    func evidence(sentence: String, weights: NewsSummarizer.Weights, factor: Double) throws {
        let document = try analysed("The government unveiled its tax plan on Monday. " + sentence)
        let plain = try NewsSummarizer(length: .ratio(1), weights: .none, redundancy: 1).summarize([document])
        let weighed = try NewsSummarizer(length: .ratio(1), weights: weights, redundancy: 1).summarize([document])
        let before = try #require(plain.sentences.last?.score)
        let after = try #require(weighed.sentences.last?.score)
        #expect(abs(after / before - factor) < 1e-9, "\(after / before)")
    }

    @Test("the headline raises the sentences that share its words")
    func headline() throws {
        let document = try analysed(
            """
            Floods close schools in Leeds

            Heavy rain fell across Yorkshire overnight. Floods closed twelve schools in Leeds on Monday.
            """
        )
        let plain = try NewsSummarizer(length: .ratio(1), order: .document, weights: .none).summarize([document])
        let weighed = try NewsSummarizer(
            length: .ratio(1),
            order: .document,
            weights: NewsSummarizer.Weights(position: 0, headline: 1, quotes: 0, numbers: 0)
        ).summarize([document])
        #expect(weighed.sentences[0].score == plain.sentences[0].score)
        #expect(weighed.sentences[1].score > plain.sentences[1].score * 1.5)
    }

    @Test("maximal marginal relevance passes over a sentence like one already chosen")
    func redundancy() throws {
        let document = try analysed(
            """
            Acme shares rose sharply on Monday after strong quarterly results. \
            Acme shares rose on Monday after results beat forecasts. \
            The company also named a new chief executive. \
            Acme results lifted shares across the sector.
            """
        )
        let relevant = try NewsSummarizer(length: .sentences(2), weights: .none, redundancy: 1).summarize([document])
        let diverse = try NewsSummarizer(length: .sentences(2), weights: .none, redundancy: 0.3).summarize([document])
        #expect(relevant.sentences.map(\.sentenceIndex) == [0, 1])
        #expect(diverse.sentences.map(\.sentenceIndex) == [1, 2])
    }

    @Test(
        "requires the news evidence its weights count, and reads quotations if present otherwise",
        arguments: [
            (NewsSummarizer.Weights.standard, [.quotes, .attributions, .speakers, .numbers], []),
            (
                NewsSummarizer.Weights(position: 1, headline: 1, quotes: 0, numbers: 1), [.numbers],
                [.quotes, .attributions]
            ),
            (
                NewsSummarizer.Weights(position: 1, headline: 1, quotes: 1, numbers: 0),
                [.quotes, .attributions, .speakers], []
            ),
            (NewsSummarizer.Weights.none, [], [.quotes, .attributions]),
        ] as [(NewsSummarizer.Weights, Set<AnnotationKeyID>, Set<AnnotationKeyID>)]
    )
    func requirements(
        weights: NewsSummarizer.Weights,
        evidence: Set<AnnotationKeyID>,
        readsIfPresent: Set<AnnotationKeyID>
    ) throws {
        let summarizer = NewsSummarizer(weights: weights)
        #expect(summarizer.requires == evidence.union([.sentences, .layout, .tokens]))
        #expect(summarizer.readsIfPresent == readsIfPresent)
        try StageVerifier.verify(summarizer, after: AnalysisPipeline.news().stages, cases: Seeds.all.map(\.text))
    }

    @Test("refuses documents without numbers unless their weight is 0")
    func checksNumbers() throws {
        var document = try analysed("Prices rose 5% in May. The council met on Monday.", id: "prices")
        document.removeAnnotation(.numbers)
        let error = #expect(throws: PipelineError.self) { try NewsSummarizer().summarize([document]) }
        #expect(
            error?.message
                == "Stage 'lede.summary.news' requires 'numbers', which document 'prices' lacks. Run a stage that provides 'numbers' on the documents before summarizing them. Of the built-in stages, 'lede.numbers' provides 'numbers'."
        )
        let withoutNumbers = NewsSummarizer(
            weights: NewsSummarizer.Weights(position: 1, headline: 1, quotes: 1, numbers: 0)
        )
        #expect(try withoutNumbers.summarize([document]).sentences.count == 2)
    }

    @Test("keeps the summarizer contract")
    func contract() throws {
        try expectSummarizerContract { NewsSummarizer(length: $0, order: $1) }
    }

    @Test("refuses documents that lack what it requires")
    func checksRequirements() throws {
        try expectRequirementsChecked(NewsSummarizer())
    }

    @Test("keeps the stage contract after the news pipeline")
    func keepsTheStageContract() throws {
        try StageVerifier.verify(NewsSummarizer(), after: AnalysisPipeline.news().stages)
    }
}
