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
        /// - Throws: `DecodingError` for any other shape.
        public init(from decoder: any Decoder) throws {
            if let name = try? decoder.singleValueContainer().decode(String.self) {
                self.init(name: name)
                return
            }
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

    /// Reads a configuration from JSON text.
    ///
    /// - Parameter json: The JSON text.
    /// - Throws: ``PipelineError`` with code ``PipelineError/Code/invalidConfiguration`` that says
    ///   where the JSON is wrong.
    public init(json: String) throws(PipelineError) {
        do {
            self = try JSONDecoder().decode(PipelineConfiguration.self, from: Data(json.utf8))
        } catch let error as DecodingError {
            throw PipelineError(
                code: .invalidConfiguration,
                message:
                    "The pipeline configuration is not valid: \(PipelineConfiguration.explain(error)). Expected {\"stages\": [\"name\", {\"name\": ..., \"options\": {...}}, ...]}."
            )
        } catch {
            throw PipelineError(
                code: .invalidConfiguration,
                message: "The pipeline configuration cannot be read: \(error)."
            )
        }
    }

    /// The configuration as pretty-printed JSON.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private static func explain(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.isEmpty ? "the top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        func describe(_ context: DecodingError.Context) -> String {
            // Foundation's descriptions end with a period; the message goes on after them.
            var description = context.debugDescription
            while description.last == "." { description.removeLast() }
            return description + " at " + path(context.codingPath)
        }
        switch error {
        case .dataCorrupted(let context):
            return describe(context)
        case .keyNotFound(let key, let context):
            return "'\(key.stringValue)' is missing at \(path(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return describe(context)
        @unknown default:
            return "\(error)"
        }
    }
}
