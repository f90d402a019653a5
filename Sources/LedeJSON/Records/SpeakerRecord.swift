public import Lede

/// Who said a quotation or reported speech: the `speaker` of a ``QuoteRecord`` or
/// ``AttributionRecord``.
///
/// JSON: `{"mention", "start", "end", "name", "kind", "role", "resolved_from"}`, for example
/// `{"mention":"Leavitt","start":310,"end":317,"name":"Karoline Leavitt","kind":"person","role":"White House Press Secretary","resolved_from":{"text":"Karoline Leavitt","start":120,"end":136}}`.
///
/// A pronoun that nothing earlier resolves has `kind` `pronoun`, its own text as `name`, and
/// `resolved_from` `null`: it is unresolved (`Speaker.isResolved` is `false`).
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
    /// The mention that gave ``name``, when it is not ``mention`` (the full name a surname or
    /// a pronoun resolves to), or `nil`.
    ///
    /// JSON: `resolved_from`.
    public var resolvedFrom: TextSpanRecord?

    /// Creates a speaker record.
    ///
    /// - Parameters:
    ///   - mention: The mention as written.
    ///   - start: Its first code point.
    ///   - end: The code point after its last.
    ///   - name: The canonical speaker.
    ///   - kind: The kind of speaker.
    ///   - role: The speaker's title, or `nil`.
    ///   - resolvedFrom: The mention that gave the name, or `nil`; defaults to `nil`.
    public init(
        mention: String,
        start: Int,
        end: Int,
        name: String,
        kind: SpeakerKind,
        role: String?,
        resolvedFrom: TextSpanRecord? = nil
    ) {
        self.mention = mention
        self.start = start
        self.end = end
        self.name = name
        self.kind = kind
        self.role = role
        self.resolvedFrom = resolvedFrom
    }

    private enum CodingKeys: String, CodingKey {
        case mention, start, end, name, kind, role
        case resolvedFrom = "resolved_from"
    }

    /// Encodes the record with every member, `role` and `resolved_from` as `null` when there
    /// is none.
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
        try container.encodeNullable(resolvedFrom, forKey: .resolvedFrom)
    }
}
