public import Lede

/// A number that is not a quantity (`Article 5`, `K‑12`, `5 p.m.`, `8 December`), in an
/// ``AnalysisRecord``'s `identifiers`.
///
/// JSON: `{"text", "start", "end", "kind"}`. `IdentifierRecord` is `Sendable`.
public struct IdentifierRecord: Codable, Hashable, Sendable {
    /// The number as written.
    public var text: String
    /// Where it starts, in code points.
    public var start: Int
    /// Where it ends (exclusive), in code points.
    public var end: Int
    /// `identifier`, `time` or `date`.
    public var kind: NumberKind

    /// Creates an identifier record.
    ///
    /// - Parameters:
    ///   - text: The number as written.
    ///   - start: Its first code point.
    ///   - end: The code point after its last.
    ///   - kind: Its kind.
    public init(text: String, start: Int, end: Int, kind: NumberKind) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
    }
}
