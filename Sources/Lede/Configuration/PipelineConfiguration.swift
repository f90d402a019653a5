#if canImport(FoundationEssentials)
internal import FoundationEssentials
#else
internal import Foundation
#endif

/// A pipeline described as data: stage names with their options, read from JSON.
///
/// ```json
/// {
///   "stages": [
///     "lede.unicode",
///     "lede.paragraphs",
///     { "name": "lede.sentences", "options": { "extraAbbreviations": ["Ald"] } },
///     "lede.quotes"
///   ]
/// }
/// ```
///
/// A stage is a name, or an object with `name` and optional `options`. Build the pipeline
/// with ``StageRegistry/makePipeline(_:name:)``. `PipelineConfiguration` is `Sendable`.
public struct PipelineConfiguration: Hashable, Sendable, Codable {
    /// One stage of a configuration.
    ///
    /// `Stage` is `Sendable`.
    public struct Stage: Hashable, Sendable, Codable {
        /// The registered name of the stage.
        public var name: String
        /// Its options.
        public var options: [String: JSONValue]

        /// Creates a stage entry.
        ///
        /// - Parameters:
        ///   - name: The registered name.
        ///   - options: The options; defaults to none.
        public init(name: String, options: [String: JSONValue] = [:]) {
            self.name = name
            self.options = options
        }

        private enum CodingKeys: String, CodingKey { case name, options }

        /// Decodes a stage from a string (its name) or an object with `name` and `options`.
        ///
        /// - Parameter decoder: The decoder.
        /// - Throws: `DecodingError` for any other shape, or for an object with another key.
        public init(from decoder: any Decoder) throws {
            if let name = try? decoder.singleValueContainer().decode(String.self) {
                self.init(name: name)
                return
            }
            try AnyCodingKey.rejectUnknownKeys(in: decoder, allowed: ["name", "options"])
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                name: try container.decode(String.self, forKey: .name),
                options: try container.decodeIfPresent([String: JSONValue].self, forKey: .options) ?? [:]
            )
        }

        /// Encodes the stage as an object.
        ///
        /// - Parameter encoder: The encoder.
        /// - Throws: What the encoder throws.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            if !options.isEmpty { try container.encode(options, forKey: .options) }
        }
    }

    /// The stages, in order.
    public var stages: [Stage]

    /// Creates a configuration.
    ///
    /// - Parameter stages: The stages, in order.
    public init(stages: [Stage]) {
        self.stages = stages
    }

    private enum CodingKeys: String, CodingKey { case stages }

    /// Decodes a configuration: an object whose only key is `stages`.
    ///
    /// ``init(json:)`` reads JSON text with better messages; use this with other decoders.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` for another shape, a missing `stages` or any other key.
    public init(from decoder: any Decoder) throws {
        try AnyCodingKey.rejectUnknownKeys(in: decoder, allowed: ["stages"])
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(stages: try container.decode([Stage].self, forKey: .stages))
    }

    /// Reads a configuration from JSON text.
    ///
    /// The text must be one JSON object whose only key is `stages`; each stage is a name or an
    /// object whose keys are `name` and, optionally, `options`. Any other key is an error, so a
    /// misspelt key never passes silently.
    ///
    /// - Parameter json: The JSON text.
    /// - Throws: ``PipelineError`` with code ``PipelineError/Code/invalidConfiguration`` that
    ///   says what is wrong, at which line and column (counted from 1, the column in Unicode
    ///   scalars), and what to do.
    /// - Complexity: O(*n*) in the length of the text.
    public init(json: String) throws(PipelineError) {
        self = try Self.read(json: json).configuration
    }

    /// What a configuration looks like, for messages.
    static let shape = #"{"stages": ["name", {"name": "...", "options": {...}}, ...]}"#

    /// Reads a configuration and the place of each of its stages in the text.
    ///
    /// - Parameter json: The JSON text.
    /// - Returns: The configuration, and for each stage the offset where its entry starts.
    /// - Throws: ``PipelineError`` as ``init(json:)`` does.
    static func read(json: String) throws(PipelineError) -> (configuration: PipelineConfiguration, offsets: [Int]) {
        func invalid(_ problem: String, at offset: Int, _ fix: String) -> PipelineError {
            PipelineError(
                code: .invalidConfiguration,
                message:
                    "The pipeline configuration is not valid at \(TextLocation(offset: offset, in: json)): \(problem). \(fix)"
            )
        }
        func allowed(_ keys: [String]) -> String { keys.map { "'\($0)'" }.joined(separator: " and ") }
        let shapeFix = "Write it as \(shape)."

        let root: LocatedJSON
        do {
            root = try LocatedJSONParser.parse(json)
        } catch {
            throw invalid(error.problem, at: error.offset, "Fix the JSON there; a configuration looks like \(shape).")
        }
        guard case .object(let members) = root.node else {
            throw invalid(
                "the configuration must be an object, but is \(root.kindDescription)",
                at: root.offset,
                shapeFix
            )
        }
        for member in members where member.key != "stages" {
            throw invalid(
                "the configuration has an unknown key '\(member.key)'; its only key is 'stages'",
                at: member.keyOffset,
                "Rename '\(member.key)' to 'stages' or remove it."
            )
        }
        guard let stagesMember = members.first(where: { $0.key == "stages" }) else {
            throw invalid("the configuration has no 'stages'", at: root.offset, "List the stages: \(shape).")
        }
        guard case .array(let entries) = stagesMember.value.node else {
            throw invalid(
                "'stages' must be an array, but is \(stagesMember.value.kindDescription)",
                at: stagesMember.value.offset,
                shapeFix
            )
        }
        var stages: [Stage] = []
        for (index, entry) in entries.enumerated() {
            let ordinal = "stage \(index + 1)"
            switch entry.node {
            case .string(let name):
                stages.append(Stage(name: name))
            case .object(let fields):
                let keys = ["name", "options"]
                if let unknown = fields.first(where: { !keys.contains($0.key) }) {
                    throw invalid(
                        "\(ordinal) has an unknown key '\(unknown.key)'; its keys are \(allowed(keys))",
                        at: unknown.keyOffset,
                        "Rename '\(unknown.key)' to one of them or remove it."
                    )
                }
                guard let nameField = fields.first(where: { $0.key == "name" }) else {
                    throw invalid("\(ordinal) has no 'name'", at: entry.offset, "Give the name it is registered under.")
                }
                guard case .string(let name) = nameField.value.node else {
                    throw invalid(
                        "the 'name' of \(ordinal) must be a string, but is \(nameField.value.kindDescription)",
                        at: nameField.value.offset,
                        "Give the name it is registered under, in double quotes."
                    )
                }
                var options: [String: JSONValue] = [:]
                if let optionsField = fields.first(where: { $0.key == "options" }) {
                    guard case .object = optionsField.value.node, case .object(let values) = optionsField.value.value
                    else {
                        throw invalid(
                            "the 'options' of \(ordinal) ('\(name)') must be an object, but is \(optionsField.value.kindDescription)",
                            at: optionsField.value.offset,
                            #"Write them as {"option": value, ...}."#
                        )
                    }
                    options = values
                }
                stages.append(Stage(name: name, options: options))
            default:
                throw invalid(
                    "\(ordinal) must be a stage name or an object with 'name' and 'options', but is \(entry.kindDescription)",
                    at: entry.offset,
                    shapeFix
                )
            }
        }
        return (PipelineConfiguration(stages: stages), entries.map(\.offset))
    }

    /// The configuration as pretty-printed JSON.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A coding key of any name, to list the keys of an object.
private struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    /// Throws if the decoder's object has a key that is not allowed.
    static func rejectUnknownKeys(in decoder: any Decoder, allowed: [String]) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        guard let unknown = container.allKeys.first(where: { !allowed.contains($0.stringValue) }) else { return }
        let keys = allowed.map { "'\($0)'" }.joined(separator: " and ")
        throw DecodingError.dataCorruptedError(
            forKey: unknown,
            in: container,
            debugDescription: "'\(unknown.stringValue)' is not a key here; the keys are \(keys). Rename or remove it."
        )
    }
}
