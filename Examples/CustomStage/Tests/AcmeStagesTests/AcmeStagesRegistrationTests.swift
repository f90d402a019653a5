import AcmeStages
import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct AcmeStagesRegistrationTests {
    @Test func buildsTheSamePipelineFromConfigurationAsFromCode() throws {
        var registry = StageRegistry.builtIn
        try registry.registerAcmeStages()
        let configured = try registry.makePipeline(
            json: """
                {"stages": ["lede.line-endings", "lede.unicode", "lede.control-characters", "lede.whitespace",
                  "lede.typography", "lede.paragraphs", "lede.layout", "lede.sentences", "lede.tokens",
                  "lede.quotes", "lede.names", "lede.cues", "lede.attributions", "lede.speakers",
                  {"name": "acme.hedges", "options": {"quoted": true}}]}
                """
        )
        let coded = try AnalysisPipeline.news().inserting(HedgeTagger(), at: .last)
        for seed in Seeds.all {
            #expect(try configured.run(seed.text).hedges == coded.run(seed.text).hedges, "\(seed.name)")
        }
    }

    @Test func appliesOptionsFromConfiguration() throws {
        var registry = StageRegistry.builtIn
        try registry.registerAcmeStages()
        let stage = try registry.makeStage(.init(name: "acme.hedges", options: ["kinds": ["modal"], "quoted": false]))
        let tagger = try #require(stage as? HedgeTagger)
        #expect(tagger.kinds == [.modal])
        #expect(!tagger.includesQuoted)
        #expect(!tagger.includesBoilerplate)
    }

    @Test(
        "names the stage and the option when configuration is wrong",
        arguments: [
            (
                ["kinds": .array([.string("modal"), .string("rumour")])],
                "Option 'kinds' of stage 'acme.hedges' lists 'rumour'"
            ),
            (["kinds": .array([])], "Option 'kinds' of stage 'acme.hedges' is empty"),
            (["quoted": .string("yes")], "Option 'quoted' of stage 'acme.hedges' must be true or false"),
            (["colour": .string("red")], "Stage 'acme.hedges' has no option 'colour'"),
        ] as [([String: JSONValue], String)]
    )
    func rejectsBadOptions(options: [String: JSONValue], message: String) throws {
        var registry = StageRegistry.builtIn
        try registry.registerAcmeStages()
        let error = #expect(throws: PipelineError.self) {
            try registry.makeStage(.init(name: "acme.hedges", options: options))
        }
        #expect(error?.stage == "acme.hedges")
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
    }

    @Test func refusesToRegisterTwice() throws {
        var registry = StageRegistry.builtIn
        try registry.registerAcmeStages()
        #expect(throws: PipelineError.self) { try registry.registerAcmeStages() }
    }
}
