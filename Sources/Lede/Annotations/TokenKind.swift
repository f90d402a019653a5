/// The kind of a ``Token``; an open set, so segmenters in other packages can add kinds.
///
/// `TokenKind` is `Sendable`.
public struct TokenKind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The kind's identifier.
    public let rawValue: String

    /// Creates a kind from its identifier.
    ///
    /// - Parameter rawValue: The identifier, such as `word`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Letters, with inner apostrophes and hyphens (`NATO’s`, `don't`, `three-and-a-half-year-old`).
    public static let word = TokenKind(rawValue: "word")
    /// Digits, with separators and decimals (`1,400`, `3.5`), or with a letter suffix (`45p`, `2m`).
    public static let number = TokenKind(rawValue: "number")
    /// Punctuation (`.`, `,`, `“`, `--`).
    public static let punctuation = TokenKind(rawValue: "punctuation")
    /// A currency sign (`$`, `£`, `€`).
    public static let currency = TokenKind(rawValue: "currency")
    /// Any other symbol (`%`, `&`, `+`, emoji).
    public static let symbol = TokenKind(rawValue: "symbol")
    /// A URL (`https://example.com/a`, `www.bbc.co.uk`).
    public static let url = TokenKind(rawValue: "url")
    /// An e-mail address.
    public static let email = TokenKind(rawValue: "email")
    /// A hashtag (`#Ukraine`).
    public static let hashtag = TokenKind(rawValue: "hashtag")
    /// A mention (`@Reuters`).
    public static let mention = TokenKind(rawValue: "mention")
    /// A contraction or possessive clitic split from its word (`n't`, `'s`) when a tokenizer splits them.
    public static let clitic = TokenKind(rawValue: "clitic")

    /// The identifier.
    public var description: String { rawValue }
}
