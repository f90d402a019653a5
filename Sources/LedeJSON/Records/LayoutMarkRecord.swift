public import Lede

/// A headline, heading or boilerplate region, in an ``AnalysisRecord``'s `layout`.
///
/// A dateline covers only its prefix; a list of other stories is one mark.
///
/// JSON: `{"role", "text", "start", "end"}`. `LayoutMarkRecord` is `Sendable`.
public struct LayoutMarkRecord: Codable, Hashable, Sendable {
    /// `headline`, `heading`, `boilerplate`, `byline`, `dateline`, `credit`, `prompt` or
    /// `timestamp`.
    public var role: LayoutRole
    /// The marked text as written.
    public var text: String
    /// Where it starts, in code points.
    public var start: Int
    /// Where it ends (exclusive), in code points.
    public var end: Int

    /// Creates a layout mark record.
    ///
    /// - Parameters:
    ///   - role: The mark's role.
    ///   - text: The marked text.
    ///   - start: Its first code point.
    ///   - end: The code point after its last.
    public init(role: LayoutRole, text: String, start: Int, end: Int) {
        self.role = role
        self.text = text
        self.start = start
        self.end = end
    }
}
