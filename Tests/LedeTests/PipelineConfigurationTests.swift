import Foundation
import Lede
import Testing

@Suite struct PipelineConfigurationTests {
    @Test("reads stage names and objects with options")
    func reads() throws {
        let configuration = try PipelineConfiguration(
            json: #"{"stages": ["a.one", {"name": "a.two", "options": {"n": 2, "list": ["x", "\u00e9\ud83d\ude00"]}}]}"#
        )
        #expect(
            configuration
                == PipelineConfiguration(stages: [
                    .init(name: "a.one"),
                    .init(name: "a.two", options: ["n": .number(2), "list": .array([.string("x"), .string("é😀")])]),
                ])
        )
        #expect(try PipelineConfiguration(json: #"{"stages": []}"#).stages.isEmpty)
        let values = try PipelineConfiguration(
            json:
                "\r\n{ \"stages\" :\t[ {\"options\": {\"a\": -0.5, \"b\": 1E3, \"c\": \"tab\\there\\/\\\"\", \"d\": [true, false, null, {}]}, \"name\": \"x\"} ] }\r\n"
        ).stages[0].options
        #expect(values["a"] == .number(-0.5))
        #expect(values["b"] == .number(1000))
        #expect(values["c"] == .string("tab\there/\""))
        #expect(values["d"] == .array([.bool(true), .bool(false), .null, .object([:])]))
    }

    @Test(
        "says what is wrong, at which line and column, and what to do",
        arguments: [
            ("", "line 1, column 1: expected a JSON value, but the text ends."),
            (
                "{\"stages\": [\n  \"a.one\",\n  \"a.two\",\n]}",
                "line 3, column 10: a ',' must be followed by another element"
            ),
            (
                "{\"stages\": [\"a.one\" \"a.two\"]}",
                "line 1, column 21: expected ',' or ']' after an array element, found '\"'."
            ),
            ("{\"stages\": [\"a.one\"]} x", "line 1, column 23: unexpected 'x' after the end of the JSON value."),
            ("{\"stages\": [\"unclosed]}", "line 1, column 13: a string is not closed; end it with '\"'."),
            ("{stages: []}", "line 1, column 2: expected a key in double quotes, found 's'."),
            ("{\"stages\": [nope]}", "line 1, column 13: expected a JSON value, found an unquoted word"),
            ("{\"stages\": [01]}", "line 1, column 13: a number must not start with 0 followed by digits."),
            ("{\"stages\": [\"\\q\"]}", "line 1, column 14: '\\q' is not a JSON escape."),
            ("{\"stages\": [\"\\ud83d\"]}", "line 1, column 14: the escape \\uD83D is half of a surrogate pair"),
            (
                "{\"stages\": [], \"stages\": []}",
                "line 1, column 16: the key 'stages' appears twice in one object; keep one."
            ),
            ("[\"a.one\"]", "line 1, column 1: the configuration must be an object, but is an array. Write it as {"),
            ("{}", "line 1, column 1: the configuration has no 'stages'. List the stages: {"),
            ("{\"stages\": {}}", "line 1, column 12: 'stages' must be an array, but is an object."),
            (
                "{\n  \"stages\": [],\n  \"options\": {}\n}",
                "line 3, column 3: the configuration has an unknown key 'options'; its only key is 'stages'. Rename 'options' to 'stages' or remove it."
            ),
            (
                "{\"stages\": [\n  {\"name\": \"a.one\", \"option\": {}}\n]}",
                "line 2, column 21: stage 1 has an unknown key 'option'; its keys are 'name' and 'options'. Rename 'option' to one of them or remove it."
            ),
            ("{\"stages\": [\"a.one\", {\"options\": {}}]}", "line 1, column 22: stage 2 has no 'name'. Give the name"),
            (
                "{\"stages\": [{\"name\": 3}]}",
                "line 1, column 22: the 'name' of stage 1 must be a string, but is a number."
            ),
            (
                "{\"stages\": [{\"name\": \"a.one\", \"options\": [1]}]}",
                "line 1, column 42: the 'options' of stage 1 ('a.one') must be an object, but is an array."
            ),
            ("{\"stages\": [null]}", "line 1, column 13: stage 1 must be a stage name or an object"),
            ("«\"é\": 1, \"stages\": []}", "line 1, column 1: expected a JSON value (an object, array, string"),
            ("{\"é\": 1, \"stages\": []}", "line 1, column 2: the configuration has an unknown key 'é'"),
            ("{\"stages\": [\"é\", 1]}", "line 1, column 18: stage 2 must be"),
            (String(repeating: "[", count: 300), "is nested more than 256 levels deep"),
        ]
    )
    func errors(json: String, message: String) throws {
        let error = #expect(throws: PipelineError.self) { try PipelineConfiguration(json: json) }
        #expect(error?.code == .invalidConfiguration)
        #expect(error?.message.hasPrefix("The pipeline configuration is not valid at line ") == true)
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
        #expect(error?.message.hasSuffix(".") == true)
    }

    @Test("decoding with a decoder also refuses unknown keys")
    func decodableRefusesUnknownKeys() throws {
        let decoder = JSONDecoder()
        #expect(throws: DecodingError.self) {
            try decoder.decode(PipelineConfiguration.self, from: Data(#"{"stages": [], "stage": []}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try decoder.decode(
                PipelineConfiguration.self,
                from: Data(#"{"stages": [{"name": "a", "option": {}}]}"#.utf8)
            )
        }
        let configuration = try decoder.decode(
            PipelineConfiguration.self,
            from: Data(#"{"stages": ["a", {"name": "b", "options": {"k": true}}]}"#.utf8)
        )
        #expect(configuration.stages.map(\.name) == ["a", "b"])
    }

    @Test("configurations round-trip through JSON")
    func roundTrip() throws {
        let configuration = PipelineConfiguration(stages: [
            .init(name: "test.paragraphs"),
            .init(name: "test.word-counter", options: ["minimum": .number(3), "skip": .array([.string("x")])]),
        ])
        #expect(try PipelineConfiguration(json: configuration.json) == configuration)
    }
}
