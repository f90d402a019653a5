import Lede
import LedeTesting
import Testing

@Suite struct StageRegistryTests {
    static func registry() throws -> StageRegistry {
        var registry = StageRegistry()
        try registry.register("test.lowercase", summary: "Lower-cases ASCII.") { _ in LowercaseNormalizer() }
        try registry.register("test.paragraphs") { _ in BlankLineParagraphs() }
        try registry.register("test.word-counter") { options in
            _ = try options.int("minimum", default: 1, in: 0...100)
            _ = try options.string("mode", default: "fast", choices: ["fast", "exact"])
            _ = try options.bool("verbose", default: false)
            _ = try options.strings("skip", default: [])
            _ = try options.double("weight", default: 1)
            return WordCounter()
        }
        return registry
    }

    @Test("a pipeline is built from JSON, with names and objects")
    func fromJSON() throws {
        let pipeline = try Self.registry().makePipeline(
            json:
                #"{"stages": ["test.lowercase", "test.paragraphs", {"name": "test.word-counter", "options": {"minimum": 2, "mode": "exact", "skip": ["a"]}}]}"#
        )
        #expect(pipeline.stages.map(\.name) == ["test.lowercase", "test.paragraphs", "test.word-counter"])
        #expect(try pipeline.run("A b\n\nc").wordCounts == [2, 1])
    }

    @Test(
        "bad configurations name the stage and what to do",
        arguments: [
            (
                #"{"stages": ["test.nope"]}"#, "unknownStage",
                "No stage is registered as 'test.nope'. Registered stages: test.lowercase, test.paragraphs, test.word-counter."
            ),
            (
                #"{"stages": ["test.paragraphs", {"name": "test.word-counter", "options": {"minimun": 2}}]}"#,
                "invalidOption",
                "Stage 'test.word-counter' has no option 'minimun'; its options are minimum, mode, verbose, skip, weight."
            ),
            (
                #"{"stages": ["test.paragraphs", {"name": "test.word-counter", "options": {"minimum": "2"}}]}"#,
                "invalidOption",
                "Option 'minimum' of stage 'test.word-counter' must be a whole number, but is a string (\"2\")."
            ),
            (
                #"{"stages": ["test.paragraphs", {"name": "test.word-counter", "options": {"minimum": 500}}]}"#,
                "invalidOption", "Option 'minimum' of stage 'test.word-counter' must be between 0 and 100, not 500."
            ),
            (
                #"{"stages": ["test.paragraphs", {"name": "test.word-counter", "options": {"mode": "slow"}}]}"#,
                "invalidOption",
                "Option 'mode' of stage 'test.word-counter' must be one of \"fast\", \"exact\", not \"slow\"."
            ),
            (
                #"{"stages": ["test.word-counter"]}"#, "missingRequirement",
                "before 'test.word-counter'. Of the registered stages, 'test.paragraphs' provides 'paragraphs'."
            ),
            (
                #"{"stages": [42]}"#, "invalidConfiguration",
                "The pipeline configuration is not valid at line 1, column 13: stage 1 must be a stage name or an object with 'name' and 'options', but is a number."
            ),
            (
                #"{"stage": []}"#, "invalidConfiguration",
                "at line 1, column 2: the configuration has an unknown key 'stage'; its only key is 'stages'. Rename 'stage' to 'stages' or remove it."
            ),
            ("not json", "invalidConfiguration", "The pipeline configuration is not valid at line 1, column 1:"),
            (
                "{\"stages\": [\n  \"test.paragraphs\",\n  \"test.nope\"\n]}", "unknownStage",
                "Register it with StageRegistry.register(_:summary:factory:). The stage is at line 3, column 3 of the configuration."
            ),
            (
                "{\"stages\": [\"test.paragraphs\",\n {\"name\": \"test.word-counter\", \"options\": {\"minimun\": 2}}]}",
                "invalidOption", "The stage is at line 2, column 2 of the configuration."
            ),
            (
                "{\"stages\": [\n\"test.word-counter\"]}", "missingRequirement",
                "'test.paragraphs' provides 'paragraphs'. The stage is at line 2, column 1 of the configuration."
            ),
        ]
    )
    func badConfigurations(json: String, code: String, message: String) throws {
        let registry = try Self.registry()
        let error = #expect(throws: PipelineError.self) { try registry.makePipeline(json: json) }
        #expect(error?.code.description == code)
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
    }

    @Test("registering a stage under a name other than its own is refused, naming both")
    func nameMismatchAtRegistration() throws {
        var registry = StageRegistry()
        let error = #expect(throws: PipelineError.self) {
            try registry.register("test.paragraph") { _ in BlankLineParagraphs() }
        }
        #expect(error?.code == .stageNameMismatch)
        #expect(error?.stage == "test.paragraph")
        #expect(
            error?.message
                == "The stage registered as 'test.paragraph' is named 'test.paragraphs'; register it under 'test.paragraphs', or give the stage the name 'test.paragraph', so that configurations and pipelines call it the same."
        )
        #expect(registry.registered.isEmpty)
    }

    @Test("a mismatched name that registration cannot see is refused when the stage is made")
    func nameMismatchWhenMade() throws {
        var registry = StageRegistry()
        // The factory needs an option, so registering cannot make the stage to check it.
        try registry.register("test.counter") { options in
            guard try options.int("minimum", default: -1, in: -1...100) >= 0 else {
                throw options.invalid("minimum", "is required")
            }
            return WordCounter()
        }
        registry.replace("test.lower") { _ in LowercaseNormalizer() }
        for (name, options) in [("test.counter", ["minimum": JSONValue.number(1)]), ("test.lower", [:])] {
            let error = #expect(throws: PipelineError.self) {
                try registry.makeStage(.init(name: name, options: options))
            }
            #expect(error?.code == .stageNameMismatch, "\(name)")
            #expect(error?.message.hasPrefix("The stage registered as '\(name)' is named 'test.") == true)
        }
    }

    @Test("registering a taken name is an error; replacing is explicit")
    func registration() throws {
        var registry = try Self.registry()
        #expect(throws: PipelineError.self) { try registry.register("test.paragraphs") { _ in BlankLineParagraphs() } }
        registry.replace("test.paragraphs", summary: "Replaced.") { _ in BlankLineParagraphs() }
        #expect(registry.registered.map(\.name) == ["test.lowercase", "test.paragraphs", "test.word-counter"])
        #expect(registry.registered[1].summary == "Replaced.")
    }
}

@Suite struct DownstreamStageTests {
    @Test("a stage written against the public API passes the stage verifier")
    func verifierAcceptsWordCounter() throws {
        try StageVerifier.verify(WordCounter(), after: [BlankLineParagraphs()])
        try StageVerifier.verify(BlankLineParagraphs())
        try StageVerifier.verify(LowercaseNormalizer())
    }
}
