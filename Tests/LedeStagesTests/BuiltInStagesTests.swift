import Lede
import LedeStages
import Testing

@Suite struct BuiltInStagesTests {
    @Test("every built-in stage is registered under a `lede.` name")
    func prefixes() {
        for entry in StageRegistry.builtIn.registered {
            #expect(entry.name.hasPrefix("lede."), "\(entry.name)")
        }
    }

    @Test("the registry lists the stages of the news pipeline in its order, then the summarizers")
    func order() throws {
        let names = StageRegistry.builtIn.registered.map(\.name)
        let pipeline = try AnalysisPipeline.news()
        func flattened(_ stages: [any AnalysisStage]) -> [String] {
            stages.flatMap { stage in (stage as? AnalysisPipeline).map { flattened($0.stages) } ?? [stage.name] }
        }
        #expect(Array(names.prefix { !$0.hasPrefix("lede.summary.") }) == flattened(pipeline.stages))
        #expect(names.drop { !$0.hasPrefix("lede.summary.") }.allSatisfy { $0.hasPrefix("lede.summary.") })
    }

    @Test("each summarizer has one name, lede.summary.<method>, in the registry and as a stage")
    func summarizerNames() throws {
        let summarizers: [any Summarizer] = [
            NewsSummarizer(), LeadSummarizer(), LuhnSummarizer(), LexRankSummarizer(), TextRankSummarizer(),
        ]
        let names = ["news", "lead", "luhn", "lexrank", "textrank"].map { "lede.summary." + $0 }
        #expect(summarizers.map(\.name) == names)
        #expect(StageRegistry.builtIn.registered.map(\.name).filter { $0.hasPrefix("lede.summary") } == names)
        for name in names {
            #expect(try StageRegistry.builtIn.makeStage(.init(name: name)).name == name)
        }
    }

    @Test("a missing requirement names, for each missing key, the stages that provide it")
    func missingRequirements() throws {
        let error = try #require(throws: PipelineError.self) {
            try StageRegistry.builtIn.makePipeline(json: #"{"stages": ["lede.paragraphs", "lede.quotes"]}"#)
        }
        #expect(error.code == .missingRequirement)
        #expect(error.stage == "lede.quotes")
        #expect(
            error.message.hasSuffix(
                "Of the registered stages, 'lede.layout' provides 'layout'; 'lede.sentences' provides 'sentences'. The stage is at line 1, column 32 of the configuration."
            ),
            "\(error.message)"
        )
    }

    @Test("a configuration written for the single attribution stage says which stages to add")
    func singleAttributionStage() throws {
        let json =
            #"{"stages": ["lede.paragraphs", "lede.layout", "lede.sentences", "lede.tokens", "lede.quotes", "lede.attributions"]}"#
        let error = try #require(throws: PipelineError.self) { try StageRegistry.builtIn.makePipeline(json: json) }
        #expect(error.code == .missingRequirement)
        #expect(error.stage == "lede.attributions")
        #expect(
            error.message.contains("'lede.cues' provides 'cues'; 'lede.names' provides 'mentions'"),
            "\(error.message)"
        )
        #expect(
            error.message.contains(
                #"in this order: "lede.names", "lede.cues", "lede.attributions" and "lede.speakers""#
            ),
            "\(error.message)"
        )
        let fixed =
            #"{"stages": ["lede.paragraphs", "lede.layout", "lede.sentences", "lede.tokens", "lede.quotes", "lede.names", "lede.cues", "lede.attributions", "lede.speakers"]}"#
        let document = try StageRegistry.builtIn.makePipeline(json: fixed).run("“We won,” Mr Blair said.")
        #expect(document.attribution(ofQuote: 0)?.speaker?.kind == .person)
    }

    @Test(
        "the built-in stage a missing-requirement message suggests is registered and provides the key",
        arguments: [
            AnnotationKeyID.paragraphs, .layout, .sentences, .tokens, .quotes, .mentions, .cues, .attributions,
            .speakers, .numbers,
        ]
    )
    func suggestedProviders(key: AnnotationKeyID) throws {
        let error = try #require(throws: PipelineError.self) { try AnalysisPipeline { Needs(key: key) } }
        let suggested = try #require(error.message.firstMatch(of: /built-in stages, '([a-z.-]+)' provides/)?.1)
        let entry = try #require(StageRegistry.builtIn.registered.first { $0.name == suggested })
        var options = StageOptions(stage: entry.name)
        #expect(try entry.factory(&options).provides.contains(key))
    }

    /// A stage that requires one key.
    struct Needs: Tagger {
        var key: AnnotationKeyID
        var name: String { "test.needs" }
        var requires: Set<AnnotationKeyID> { [key] }
        var provides: Set<AnnotationKeyID> { [] }
        func process(_ document: inout Document) throws {}
    }

    @Test(
        "summarizers are made from their options",
        arguments: [
            (#"{"name": "lede.summary.news"}"#, "lede.summary.news"),
            (
                #"{"name": "lede.summary.news", "options": {"ratio": 0.3, "order": "score", "redundancy": 1}}"#,
                "lede.summary.news"
            ),
            (#"{"name": "lede.summary.lead", "options": {"sentences": 5}}"#, "lede.summary.lead"),
            (#"{"name": "lede.summary.luhn", "options": {"minimumCount": 3, "gap": 2}}"#, "lede.summary.luhn"),
            (
                #"{"name": "lede.summary.lexrank", "options": {"variant": "threshold", "threshold": 0.2}}"#,
                "lede.summary.lexrank"
            ),
            (#"{"name": "lede.summary.textrank", "options": {"damping": 0.9}}"#, "lede.summary.textrank"),
        ] as [(String, String)]
    )
    func summarizerOptions(stage: String, name: String) throws {
        let configuration = try PipelineConfiguration(json: #"{"stages": ["# + stage + "]}")
        let made = try StageRegistry.builtIn.makeStage(configuration.stages[0])
        #expect(made.name == name)
        #expect(StageKind(of: made) == .summarizer)
    }

    @Test("summarizer options are read as given")
    func summarizerValues() throws {
        func make(_ json: String) throws -> any AnalysisStage {
            try StageRegistry.builtIn.makeStage(PipelineConfiguration(json: #"{"stages": ["# + json + "]}").stages[0])
        }
        let news = try #require(
            try make(#"{"name": "lede.summary.news", "options": {"ratio": 0.3, "order": "score", "quotes": 0.5}}"#)
                as? NewsSummarizer
        )
        #expect(news.length == .ratio(0.3))
        #expect(news.order == .score)
        #expect(news.weights.quotes == 0.5)
        #expect(news.weights.position == NewsSummarizer.Weights.standard.position)
        #expect(news.sources == .standard)
        let event = try #require(
            try make(
                #"{"name": "lede.summary.news", "options": {"sameDocumentWeight": 1, "headlinesVote": false, "leadBias": 0, "balance": 0}}"#
            ) as? NewsSummarizer
        )
        #expect(event.sources == .pooled)
        let lexrank = try #require(
            try make(#"{"name": "lede.summary.lexrank", "options": {"variant": "threshold"}}"#) as? LexRankSummarizer
        )
        #expect(lexrank.variant == .threshold(0.1))
        #expect(lexrank.length == .sentences(3))
        #expect(lexrank.order == .document)
    }

    @Test(
        "bad summarizer options name the stage",
        arguments: [
            (
                #"{"name": "lede.summary.news", "options": {"sentences": 2, "ratio": 0.5}}"#,
                "Option 'ratio' of stage 'lede.summary.news' cannot be given with 'sentences'; give one of the two."
            ),
            (
                #"{"name": "lede.summary.lead", "options": {"ratio": 0}}"#,
                "Option 'ratio' of stage 'lede.summary.lead' must be above 0, not 0."
            ),
            (
                #"{"name": "lede.summary.textrank", "options": {"order": "random"}}"#,
                "Option 'order' of stage 'lede.summary.textrank' must be one of \"document\", \"score\", not \"random\"."
            ),
            (
                #"{"name": "lede.summary.lexrank", "options": {"threshold": 0.2}}"#,
                "Option 'threshold' of stage 'lede.summary.lexrank' applies only to the variant \"threshold\"; add \"variant\": \"threshold\"."
            ),
            (
                #"{"name": "lede.summary.news", "options": {"redundancy": 2}}"#,
                "Option 'redundancy' of stage 'lede.summary.news' must be between 0.0 and 1.0, not 2.0."
            ),
            (
                #"{"name": "lede.summary.luhn", "options": {"gaps": 2}}"#,
                "Stage 'lede.summary.luhn' has no option 'gaps'; its options are sentences, ratio, order, minimumCount, gap."
            ),
        ] as [(String, String)]
    )
    func badSummarizerOptions(stage: String, message: String) throws {
        let configuration = try PipelineConfiguration(json: #"{"stages": ["# + stage + "]}")
        let error = try #require(throws: PipelineError.self) {
            try StageRegistry.builtIn.makeStage(configuration.stages[0])
        }
        #expect(error.code == .invalidOption)
        #expect(error.message == message)
        #expect(error.stage?.hasPrefix("lede.summary.") == true)
    }

    @Test("a summarizer runs at the end of the news pipeline")
    func newsPipeline() throws {
        let pipeline = try AnalysisPipeline.news().inserting(NewsSummarizer(), at: .last)
        let document = try pipeline.run("The council met on Monday. It approved the budget. Critics objected.")
        #expect(document.summary?.sentences.count == 3)
        #expect(document.summary?.method == "lede.summary.news")
    }
}
