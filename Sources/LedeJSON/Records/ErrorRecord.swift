/// What a JSON Lines reader writes, in a record's place, for an input line it cannot analyse.
///
/// JSON: `{"id", "schema_version", "line", "error"}`, for example
/// `{"id":"b-7","schema_version":1,"line":7,"error":"\"text\" must be a string"}`. The id is
/// the input's when the line could be read as an object, otherwise `null`.
///
/// Decoding a record of another ``RecordSchema/version`` throws. `ErrorRecord` is `Sendable`.
public struct ErrorRecord: Codable, Hashable, Sendable {
    /// The input record's id, or ``RecordID/null``.
    public var id: RecordID
    /// The version of the record's format: ``RecordSchema/version``.
    ///
    /// JSON: `schema_version`.
    public var schemaVersion: Int
    /// The input line's number, from 1.
    public var line: Int
    /// What went wrong, as a sentence fragment such as `the line is not valid JSON (at byte 12)`.
    public var error: String

    /// Creates an error record.
    ///
    /// - Parameters:
    ///   - id: The input record's id, or ``RecordID/null``.
    ///   - line: The input line's number, from 1.
    ///   - error: What went wrong.
    public init(id: RecordID, line: Int, error: String) {
        self.id = id
        self.schemaVersion = RecordSchema.version
        self.line = line
        self.error = error
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case schemaVersion = "schema_version"
        case line, error
    }

    /// Decodes a record.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` if a member is missing or of the wrong type, or if
    ///   `schema_version` is not ``RecordSchema/version``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(RecordID.self, forKey: .id)
        schemaVersion = try container.decodeSchemaVersion(forKey: .schemaVersion)
        line = try container.decode(Int.self, forKey: .line)
        error = try container.decode(String.self, forKey: .error)
    }

    /// Writes the record as compact JSON: the JSON that encoding it gives.
    ///
    /// - Parameter writer: Where to write.
    public func write(into writer: inout JSONWriter) {
        writer.object { writer in
            writer.field("id")
            writer.id(id)
            writer.field("schema_version")
            writer.int(schemaVersion)
            writer.field("line")
            writer.int(line)
            writer.field("error")
            writer.string(error)
        }
    }
}
