/// An example text in a pattern file that the pattern must match, or must not match.
///
/// ```text
/// match: Mr. Smith said
/// match: Dr. Who => Dr.
/// reject: Mrs Smith
/// ```
///
/// The first line asks for some match in the text, the second for a first match of exactly
/// `Dr.`, and the third for no match at all. Escapes (`\n`, `\u{201C}`, …) are already
/// processed in ``text`` and ``expectedMatch``. `PatternExample` is `Sendable`.
public struct PatternExample: Sendable, Hashable {
    /// Whether an example must match or must not.
    ///
    /// `Kind` is `Sendable`.
    public enum Kind: String, Sendable, Hashable {
        /// A `match:` example: the pattern must find a match in the text.
        case match
        /// A `reject:` example: the pattern must find no match in the text.
        case reject
    }

    /// Whether the pattern must match the text.
    public let kind: Kind
    /// The text to search, with escapes processed.
    public let text: String
    /// For `match: TEXT => EXPECTED`, the text the first match must be exactly; otherwise `nil`.
    public let expectedMatch: String?
    /// Where the example's text starts in the file.
    public let location: PatternLocation
    /// Where the expected match starts in the file, when there is one.
    public let expectedLocation: PatternLocation?

    /// Creates an example.
    ///
    /// - Parameters:
    ///   - kind: Whether the pattern must match the text.
    ///   - text: The text to search.
    ///   - expectedMatch: The text the first match must be exactly, for a `match:` example.
    ///   - location: Where the example's text starts in the file.
    ///   - expectedLocation: Where the expected match starts in the file.
    public init(
        kind: Kind,
        text: String,
        expectedMatch: String? = nil,
        location: PatternLocation,
        expectedLocation: PatternLocation? = nil
    ) {
        self.kind = kind
        self.text = text
        self.expectedMatch = expectedMatch
        self.location = location
        self.expectedLocation = expectedLocation
    }

    /// The 1-based line of the example's key.
    public var line: Int { location.line }
}
