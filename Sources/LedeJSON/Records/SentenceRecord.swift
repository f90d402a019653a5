public import Lede

/// A sentence or heading line of a document, in an ``AnalysisRecord``'s `sentences`.
///
/// JSON: `{"text", "start", "end", "paragraph", "role"}`, for example
/// `{"text":"Prices rose.","start":30,"end":42,"paragraph":1,"role":null}`.
/// `SentenceRecord` is `Sendable`.
public struct SentenceRecord: Codable, Hashable, Sendable {
    /// The sentence as written in the original text.
    public var text: String
    /// Where it starts, in Unicode code points from the start of the record's text.
    public var start: Int
    /// Where it ends (exclusive), in code points.
    public var end: Int
    /// The index of its paragraph, from 0.
    public var paragraph: Int
    /// The role of the layout mark that contains it (`headline`, `heading`, `boilerplate`,
    /// ...), or `nil` for body text.
    public var role: LayoutRole?

    /// Creates a sentence record.
    ///
    /// - Parameters:
    ///   - text: The sentence as written.
    ///   - start: Its first code point.
    ///   - end: The code point after its last.
    ///   - paragraph: Its paragraph's index.
    ///   - role: The role of the layout mark that contains it, or `nil`.
    public init(text: String, start: Int, end: Int, paragraph: Int, role: LayoutRole?) {
        self.text = text
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.role = role
    }

    private enum CodingKeys: String, CodingKey {
        case text, start, end, paragraph, role
    }

    /// Encodes the record with every member, `role` as `null` for body text.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(paragraph, forKey: .paragraph)
        try container.encodeNullable(role, forKey: .role)
    }
}
