/// Checks JSON values against a JSON Schema (draft 2020-12).
///
/// It checks the keywords Lede's record schema uses: `type`, `enum`, `minimum`, `properties`, `required`, `additionalProperties`,
/// `items`, `minItems`, `oneOf`, `anyOf` and `$ref` to `#/$defs/...`. Annotations (`$schema`, `title`,
/// `description`, `$defs`) are skipped; any other keyword is refused when the validator is
/// made, so that the schema cannot silently use a keyword this validator ignores.
struct JSONSchemaValidator {
    struct UnsupportedKeyword: Error, CustomStringConvertible {
        var keyword: String
        var path: String
        var description: String { "the schema uses \(keyword) at \(path), which the validator does not check" }
    }

    let root: JSONTree

    static let checked: Set<String> = [
        "type", "enum", "minimum", "properties", "required", "additionalProperties", "items", "minItems", "oneOf",
        "anyOf",
        "$ref",
    ]
    static let annotations: Set<String> = ["$schema", "title", "description", "$defs"]

    init(schema: JSONTree) throws {
        root = schema
        try Self.checkKeywords(schema, path: "#")
    }

    private static func checkKeywords(_ schema: JSONTree, path: String) throws {
        guard case .object(let members) = schema else { return }
        for (keyword, value) in members {
            guard checked.contains(keyword) || annotations.contains(keyword) else {
                throw UnsupportedKeyword(keyword: keyword, path: path)
            }
            switch keyword {
            case "properties", "$defs":
                if case .object(let children) = value {
                    for (name, child) in children { try checkKeywords(child, path: "\(path)/\(keyword)/\(name)") }
                }
            case "items", "additionalProperties": try checkKeywords(value, path: "\(path)/\(keyword)")
            case "oneOf", "anyOf":
                if case .array(let children) = value {
                    for (index, child) in children.enumerated() {
                        try checkKeywords(child, path: "\(path)/\(keyword)/\(index)")
                    }
                }
            default: break
            }
        }
    }

    /// Every way `value` breaks the schema, each with the path of the value, such as
    /// `$.quotes[2].kind: "said" is not one of ["full", "fragment", "term"]`.
    func errors(in value: JSONTree) -> [String] {
        errors(in: value, schema: root, path: "$")
    }

    private func errors(in value: JSONTree, schema: JSONTree, path: String) -> [String] {
        guard case .object(let keywords) = schema else {
            return schema == .bool(false) ? ["\(path): no value is allowed"] : []
        }
        var errors: [String] = []
        if case .string(let reference)? = keywords["$ref"] {
            if let target = resolve(reference) {
                errors += self.errors(in: value, schema: target, path: path)
            } else {
                errors.append("\(path): the schema's $ref \(reference) points nowhere")
            }
        }
        if let type = keywords["type"] {
            let allowed: [String]
            switch type {
            case .string(let name): allowed = [name]
            case .array(let names): allowed = names.compactMap { if case .string(let name) = $0 { name } else { nil } }
            default: allowed = []
            }
            if !allowed.contains(where: { Self.has(value, type: $0) }) {
                errors.append("\(path): \(value) is not of type \(allowed.joined(separator: " or "))")
            }
        }
        if case .array(let options)? = keywords["enum"], !options.contains(value) {
            errors.append("\(path): \(value) is not one of \(options)")
        }
        if case .number(let minimum)? = keywords["minimum"], case .number(let number) = value, number < minimum {
            errors.append("\(path): \(number) is less than \(minimum)")
        }
        if case .object(let members) = value {
            var properties: [String: JSONTree] = [:]
            if case .object(let declared)? = keywords["properties"] { properties = declared }
            if case .array(let required)? = keywords["required"] {
                for case .string(let name) in required where members[name] == nil {
                    errors.append("\(path): the member \(name) is missing")
                }
            }
            for (name, member) in members.sorted(by: { $0.key < $1.key }) {
                if let property = properties[name] {
                    errors += self.errors(in: member, schema: property, path: "\(path).\(name)")
                } else if let additional = keywords["additionalProperties"] {
                    if additional == .bool(false) {
                        errors.append("\(path): the member \(name) is not allowed")
                    } else {
                        errors += self.errors(in: member, schema: additional, path: "\(path).\(name)")
                    }
                }
            }
        }
        if case .number(let least)? = keywords["minItems"], case .array(let elements) = value,
            Double(elements.count) < least
        {
            errors.append("\(path): the array has \(elements.count) items, fewer than \(least)")
        }
        if case .array(let elements) = value, let items = keywords["items"] {
            for (index, element) in elements.enumerated() {
                errors += self.errors(in: element, schema: items, path: "\(path)[\(index)]")
            }
        }
        if case .array(let options)? = keywords["oneOf"] {
            let matching = options.filter { self.errors(in: value, schema: $0, path: path).isEmpty }.count
            if matching != 1 {
                errors.append("\(path): the value matches \(matching) of the oneOf schemas, not exactly one")
            }
        }
        if case .array(let options)? = keywords["anyOf"],
            !options.contains(where: { self.errors(in: value, schema: $0, path: path).isEmpty })
        {
            errors.append("\(path): the value matches none of the anyOf schemas")
        }
        return errors
    }

    private func resolve(_ reference: String) -> JSONTree? {
        let prefix = "#/$defs/"
        guard reference.hasPrefix(prefix) else { return nil }
        return root["$defs"]?[String(reference.dropFirst(prefix.count))]
    }

    private static func has(_ value: JSONTree, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
            ("object", .object):
            true
        case ("integer", .number(let number)): number == number.rounded(.towardZero) && number.isFinite
        default: false
        }
    }
}
