public import Lede

/// Who said a quotation or reported speech: the `speaker` of a ``QuoteRecord`` or
/// ``AttributionRecord``.
///
/// JSON: `{"mention", "start", "end", "name", "kind", "role"}`, for example
/// `{"mention":"Leavitt","start":310,"end":317,"name":"Karoline Leavitt","kind":"person","role":"White House Press Secretary"}`.
/// `SpeakerRecord` is `Sendable`.
public struct SpeakerRecord: Codable, Hashable, Sendable {
    /// The words that name the speaker here, as written (`Leavitt`, `she`, `the source`).
    public var mention: String
    /// Where the mention starts, in code points.
    public var start: Int
    /// Where the mention ends (exclusive), in code points.
    public var end: Int
    /// The canonical speaker (`Karoline Leavitt`, or the first full mention of an unnamed
    /// source).
    public var name: String
    /// What kind of speaker: `person`, `organization`, `document`, `anonymous`, `pronoun`.
    public var kind: SpeakerKind
    /// The title that introduced the person (`White House Press Secretary`), or `nil`.
    public var role: String?

    /// Creates a speaker record.
    ///
    /// - Parameters:
    ///   - mention: The mention as written.
    ///   - start: Its first code point.
    ///   - end: The code point after its last.
    ///   - name: The canonical speaker.
    ///   - kind: The kind of speaker.
    ///   - role: The speaker's title, or `nil`.
    public init(mention: String, start: Int, end: Int, name: String, kind: SpeakerKind, role: String?) {
        self.mention = mention
        self.start = start
        self.end = end
        self.name = name
        self.kind = kind
        self.role = role
    }

    private enum CodingKeys: String, CodingKey {
        case mention, start, end, name, kind, role
    }

    /// Encodes the record with every member, `role` as `null` when there is none.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mention, forKey: .mention)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encodeNullable(role, forKey: .role)
    }
}
