/// A problem in a record's input, in an ``AnalysisRecord``'s `issues`.
///
/// JSON: `{"kind", "start", "end"}`, for example `{"kind":"unclosed-quote","start":12,"end":13}`.
/// `IssueRecord` is `Sendable`.
public struct IssueRecord: Codable, Hashable, Sendable {
    /// What kind of problem an issue is.
    ///
    /// A set of names that may grow (a new kind is a compatible change): compare with the
    /// constants, and treat any other as an unknown problem. `Kind` is `Sendable`.
    public struct Kind: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible {
        /// The name, as in JSON.
        public let rawValue: String

        /// Creates a kind from its name.
        ///
        /// - Parameter rawValue: The name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Bytes of a file that were not valid UTF-8, each run replaced with U+FFFD:
        /// `invalid-utf8`.
        public static let invalidUTF8 = Kind(rawValue: "invalid-utf8")
        /// A `\u` escape of a lone surrogate in a JSON Lines record's text, which no
        /// Unicode text can hold, replaced with U+FFFD: `lone-surrogate`.
        public static let loneSurrogate = Kind(rawValue: "lone-surrogate")
        /// An opening quotation mark that nothing closes: `unclosed-quote`.
        public static let unclosedQuote = Kind(rawValue: "unclosed-quote")
        /// A closing quotation mark that nothing opens: `unopened-quote`.
        public static let unopenedQuote = Kind(rawValue: "unopened-quote")

        /// The name.
        public var description: String { rawValue }
    }

    /// What the problem is.
    public var kind: Kind
    /// Where it starts, in code points.
    public var start: Int
    /// Where it ends (exclusive), in code points.
    public var end: Int

    /// Creates an issue record.
    ///
    /// - Parameters:
    ///   - kind: The problem.
    ///   - start: Its first code point.
    ///   - end: The code point after its last.
    public init(kind: Kind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }
}
