/// A paragraph of a document: a block of text between blank lines, or a line that stands alone.
///
/// `Paragraph` is `Sendable`.
public struct Paragraph: Hashable, Sendable {
    /// Where the paragraph lies in the working text, without surrounding whitespace.
    public var span: Span
    /// The stage and rule that found it.
    public var provenance: Provenance

    /// Creates a paragraph.
    ///
    /// - Parameters:
    ///   - span: The paragraph's text, trimmed of surrounding whitespace.
    ///   - provenance: The stage and rule that found it.
    public init(span: Span, provenance: Provenance) {
        self.span = span
        self.provenance = provenance
    }
}

/// A sentence, or a heading line, of a document.
///
/// Sentences of a paragraph are in order and, together, cover every non-space character of
/// the paragraph. A heading or boilerplate line is one `Sentence` too (so that nothing is
/// lost), and ``Document/layoutRole(of:)`` tells it apart from body text.
///
/// `Sentence` is `Sendable`.
public struct Sentence: Hashable, Sendable {
    /// Where the sentence lies in the working text, without surrounding whitespace.
    public var span: Span
    /// The index of its paragraph in ``Document/paragraphs``.
    public var paragraph: Int
    /// The stage and rule that ended it (for example `terminal-punctuation`, `paragraph-end`).
    public var provenance: Provenance

    /// Creates a sentence.
    ///
    /// - Parameters:
    ///   - span: The sentence's text, trimmed of surrounding whitespace.
    ///   - paragraph: The index of its paragraph.
    ///   - provenance: The stage and the rule that ended it.
    public init(span: Span, paragraph: Int, provenance: Provenance) {
        self.span = span
        self.paragraph = paragraph
        self.provenance = provenance
    }
}

/// A token: a word, number, punctuation mark, symbol, URL, e-mail address, hashtag or mention.
///
/// Tokens are many, so they carry no per-token provenance; the stage that made them is
/// ``Document/producer(of:)`` for ``AnnotationKeyID/tokens``, and the kind is the rule.
/// `Token` is `Sendable`.
public struct Token: Hashable, Sendable {
    /// Where the token lies in the working text.
    public var span: Span
    /// What kind of token it is.
    public var kind: TokenKind

    /// Creates a token.
    ///
    /// - Parameters:
    ///   - span: The token's text.
    ///   - kind: Its kind.
    public init(span: Span, kind: TokenKind) {
        self.span = span
        self.kind = kind
    }
}

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
