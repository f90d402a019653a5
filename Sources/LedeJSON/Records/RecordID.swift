/// A record's id: any JSON value, kept as the JSON text it was given as.
///
/// An input record's `id` is echoed in its output record exactly: `"a-1"` stays a string,
/// `9007199254740993` keeps every digit (a double would round it), and an object keeps its
/// keys in their order and spelling, escapes included. Only the white space between tokens
/// is dropped. A record without an id has ``null``.
///
/// Two ids are equal when their JSON text is: `1` and `1.0` are different ids.
/// `RecordID` is `Sendable`.
public struct RecordID: Hashable, Sendable, CustomStringConvertible {
    /// The id as compact JSON text, such as `"a-1"` (with the quotes), `12` or `null`.
    public let json: String

    /// The document id made from this id: a string id's text, empty for `null`, or the JSON text of any other.
    let documentID: String

    /// No id: JSON `null`.
    public static let null = RecordID(trustedJSON: "null", documentID: "")

    /// A string id.
    ///
    /// - Parameter string: The id.
    public init(_ string: String) {
        var writer = JSONWriter(reservingCapacity: string.utf8.count + 2)
        writer.string(string)
        self.init(trustedJSON: writer.text, documentID: string)
    }

    /// A whole-number id.
    ///
    /// - Parameter number: The id.
    public init(_ number: Int) {
        self.init(trustedJSON: String(number), documentID: String(number))
    }

    /// An id given as JSON text, such as `"a-1"`, `12` or `{"feed": 3, "item": 9}`.
    ///
    /// The text must be one JSON value, with white space around it or not; white space
    /// between its tokens is dropped and everything else kept as written.
    ///
    /// Returns `nil` if the text is not one valid JSON value.
    ///
    /// - Parameter json: The JSON text.
    /// - Complexity: O(*n*).
    public init?(json: String) {
        var json = json
        let parsed: RecordID? = json.withUTF8 { buffer in
            guard UTF8Validation.firstInvalidOffset(in: buffer) == nil else { return nil }
            var scanner = JSONScanner(buffer)
            scanner.skipWhitespace()
            guard let value = try? scanner.value() else { return nil }
            scanner.skipWhitespace()
            guard scanner.isAtEnd else { return nil }
            return RecordID(scanner, value)
        }
        guard let parsed else { return nil }
        self = parsed
    }

    /// An id read by the JSON Lines reader.
    init(_ scanner: JSONScanner, _ value: JSONScanner.Value) {
        let json = scanner.compactText(of: value)
        if value.kind == .string {
            var repairs: [Range<Int>] = []
            self.init(trustedJSON: json, documentID: scanner.decodedString(value, repairs: &repairs))
        } else if value.kind == .null {
            self = .null
        } else {
            self.init(trustedJSON: json, documentID: json)
        }
    }

    init(trustedJSON json: String, documentID: String) {
        self.json = json
        self.documentID = documentID
    }

    /// The id's text, if it is a JSON string; `nil` for any other id.
    public var string: String? {
        json.utf8.first == UInt8(ascii: "\"") ? documentID : nil
    }

    /// The JSON text, as ``json``.
    public var description: String { json }

    /// Whether two ids have the same JSON text.
    ///
    /// - Parameters:
    ///   - lhs: An id.
    ///   - rhs: Another id.
    /// - Returns: `true` if their ``json`` is equal.
    public static func == (lhs: RecordID, rhs: RecordID) -> Bool { lhs.json == rhs.json }

    /// Hashes the JSON text.
    ///
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) { hasher.combine(json) }
}
