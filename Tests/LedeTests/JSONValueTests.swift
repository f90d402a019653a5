import Lede
import Testing

@Suite struct JSONValueTests {
    @Test(
        "literals build the same values as the cases",
        arguments: [
            (nil, .null),
            (true, .bool(true)),
            (3, .number(3)),
            (2.5, .number(2.5)),
            ("Ald", .string("Ald")),
            (["Ald", 1, false], .array([.string("Ald"), .number(1), .bool(false)])),
            (["kinds": ["modal"], "quoted": nil], .object(["kinds": .array([.string("modal")]), "quoted": .null])),
        ] as [(JSONValue, JSONValue)]
    )
    func literals(literal: JSONValue, expected: JSONValue) {
        #expect(literal == expected)
    }

    @Test func literalsMatchWhatAConfigurationFileDecodesTo() throws {
        let configuration = try PipelineConfiguration(
            json:
                #"{"stages": [{"name": "lede.sentences", "options": {"extraAbbreviations": ["Ald", "Cllr"], "maximumLength": 5000}}]}"#
        )
        let literal = PipelineConfiguration.Stage(
            name: "lede.sentences",
            options: ["extraAbbreviations": ["Ald", "Cllr"], "maximumLength": 5_000]
        )
        #expect(configuration.stages == [literal])
    }

    @Test func aKeyGivenTwiceKeepsItsLastValue() {
        let value: JSONValue = ["a": 1, "a": 2]
        #expect(value == .object(["a": .number(2)]))
    }
}
