import Testing

@Suite struct JSONSchemaValidatorTests {
    static let schema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$ref": "#/$defs/thing",
          "$defs": {
            "thing": {
              "type": "object",
              "required": ["name", "count", "tags"],
              "additionalProperties": false,
              "properties": {
                "name": {"type": "string"},
                "count": {"type": "integer", "minimum": 0},
                "kind": {"enum": ["a", "b", null]},
                "tags": {"type": "array", "items": {"type": ["string", "null"]}},
                "child": {"anyOf": [{"$ref": "#/$defs/thing"}, {"type": "null"}]},
                "either": {"oneOf": [{"type": "number"}, {"type": "integer"}]}
              }
            }
          }
        }
        """

    @Test(
        "accepts values that keep the schema",
        arguments: [
            #"{"name": "x", "count": 0, "tags": []}"#,
            #"{"name": "x", "count": 3.0, "tags": ["a", null], "kind": null, "child": null}"#,
            #"{"name": "x", "count": 1, "tags": [], "child": {"name": "y", "count": 2, "tags": [], "kind": "b"}}"#,
            #"{"name": "x", "count": 1, "tags": [], "either": 1.5}"#,
        ]
    )
    func accepts(json: String) throws {
        let validator = try JSONSchemaValidator(schema: JSONTree.parse(Self.schema))
        #expect(validator.errors(in: try JSONTree.parse(json)) == [])
    }

    @Test(
        "names every way a value breaks the schema",
        arguments: [
            (#"{"name": "x", "count": 1}"#, "$: the member tags is missing"),
            (#"{"name": "x", "count": 1, "tags": [], "extra": 1}"#, "$: the member extra is not allowed"),
            (#"{"name": 5, "count": 1, "tags": []}"#, "$.name: 5.0 is not of type string"),
            (#"{"name": "x", "count": 1.5, "tags": []}"#, "$.count: 1.5 is not of type integer"),
            (#"{"name": "x", "count": -1, "tags": []}"#, "$.count: -1.0 is less than 0.0"),
            (#"{"name": "x", "count": 1, "tags": [], "kind": "c"}"#, #"$.kind: "c" is not one of"#),
            (#"{"name": "x", "count": 1, "tags": ["a", 2]}"#, "$.tags[1]: 2.0 is not of type string or null"),
            (#"{"name": "x", "count": 1, "tags": [], "child": 3}"#, "$.child: the value matches none of the anyOf"),
            (#"{"name": "x", "count": 1, "tags": [], "either": 2}"#, "$.either: the value matches 2 of the oneOf"),
            (#"[1]"#, "$: [1.0] is not of type object"),
        ]
    )
    func refuses(json: String, error: String) throws {
        let validator = try JSONSchemaValidator(schema: JSONTree.parse(Self.schema))
        let errors = validator.errors(in: try JSONTree.parse(json))
        #expect(errors.contains { $0.hasPrefix(error) }, "\(errors)")
    }

    @Test func aNestedValueIsCheckedThroughReferences() throws {
        let validator = try JSONSchemaValidator(schema: JSONTree.parse(Self.schema))
        let errors = validator.errors(
            in: try JSONTree.parse(#"{"name": "x", "count": 1, "tags": [], "child": {"name": "y", "tags": []}}"#)
        )
        #expect(!errors.isEmpty)
    }

    @Test func aReferenceThatPointsNowhereIsAnError() throws {
        let validator = try JSONSchemaValidator(schema: JSONTree.parse(##"{"$ref": "#/$defs/missing"}"##))
        #expect(validator.errors(in: .null) == ["$: the schema's $ref #/$defs/missing points nowhere"])
    }

    @Test("refuses a schema with a keyword it does not check", arguments: ["pattern", "const", "maxItems", "if"])
    func refusesUnknownKeywords(keyword: String) throws {
        let schema = try JSONTree.parse(#"{"properties": {"a": {"type": "string", "\#(keyword)": 1}}}"#)
        #expect(throws: JSONSchemaValidator.UnsupportedKeyword.self) { try JSONSchemaValidator(schema: schema) }
    }
}
