/// A piece of the original text and where it is: the `resolved_from` of a ``SpeakerRecord``.
///
/// JSON: `{"text", "start", "end"}`. `TextSpanRecord` is `Sendable`.
public struct TextSpanRecord: Codable, Hashable, Sendable {
    /// The text, as written.
    public var text: String
    /// Where it starts, in code points.
    public var start: Int
    /// Where it ends (exclusive), in code points.
    public var end: Int

    /// Creates a record.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - start: Its first code point.
    ///   - end: The code point after its last.
    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}
