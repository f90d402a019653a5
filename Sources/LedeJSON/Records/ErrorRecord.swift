/// What a JSON Lines reader writes, in a record's place, for an input line it cannot analyse.
///
/// JSON: `{"id", "schema_version", "line", "error"}`, for example
/// `{"id":"b-7","schema_version":1,"line":7,"error":"\"text\" must be a string"}`. The id is
/// the input's when the line could be read as an object, otherwise `null`. A record that
/// the program running the processor could not run at all (it crashed, ran out of time, or
/// was too large to read) also has a `code` at the end, such as `"code":"crashed"`.
///
/// Decoding a record of another ``RecordSchema/version`` throws. `ErrorRecord` is `Sendable`.
public struct ErrorRecord: Codable, Hashable, Sendable {
    /// Why a record could not be run at all, for programs to act on.
    ///
    /// A set of names that may grow (a new code is a compatible change): compare with the
    /// constants, and treat any other as a failure of unknown cause. `Code` is `Sendable`.
    public struct Code: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible {
        /// The name, as in JSON.
        public let rawValue: String

        /// Creates a code from its name.
        ///
        /// - Parameter rawValue: The name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The process analysing the record died: `crashed`.
        ///
        /// A stage trapped, the process crashed, or the system ended it (out of memory).
        /// Running the record again would most likely fail again.
        public static let crashed = Code(rawValue: "crashed")
        /// The analysis of the record ran past its time limit and was stopped: `timeout`.
        public static let timeout = Code(rawValue: "timeout")
        /// The line is longer than the record size limit, and was skipped unread: `too-large`.
        public static let tooLarge = Code(rawValue: "too-large")

        /// The name.
        public var description: String { rawValue }
    }

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
    /// Why the record could not be run at all, or `nil` for a record that was read and found
    /// wrong, or whose analysis threw an error.
    ///
    /// JSON: `code`, left out when `nil`.
    public var code: Code?

    /// Creates an error record.
    ///
    /// - Parameters:
    ///   - id: The input record's id, or ``RecordID/null``.
    ///   - line: The input line's number, from 1.
    ///   - error: What went wrong.
    ///   - code: Why the record could not be run at all, if that is what went wrong.
    public init(id: RecordID, line: Int, error: String, code: Code? = nil) {
        self.id = id
        self.schemaVersion = RecordSchema.version
        self.line = line
        self.error = error
        self.code = code
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case schemaVersion = "schema_version"
        case line, error, code
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
        code = try container.decodeIfPresent(Code.self, forKey: .code)
    }

    /// Encodes the record, leaving `code` out when it is `nil`.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(line, forKey: .line)
        try container.encode(error, forKey: .error)
        try container.encodeIfPresent(code, forKey: .code)
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
            if let code {
                writer.field("code")
                writer.string(code.rawValue)
            }
        }
    }
}
