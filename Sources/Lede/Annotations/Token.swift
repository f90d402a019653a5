/// A token: a word, number, punctuation mark, symbol, URL, e-mail address, hashtag or mention.
///
/// Tokens are many, so they carry no per-token provenance; the stage that made them is
/// ``Document/producer(of:)`` for ``AnnotationKeyID/tokens``, and the kind is the rule.
/// `Token` is `Sendable`.
public struct Token: Hashable, Sendable {
    /// The longest a token may be, in bytes: 4 GiB less one byte.
    public static let maxLength = Int(UInt32.max)

    /// The first byte of the token in the working text.
    private var start: Int
    /// The token's length in bytes.
    ///
    /// Held in 4 bytes, it makes a token 16 bytes in all, half of a ``Span`` and a kind's
    /// identifier: a document has about one token for every 5 or 6 bytes of text.
    private var length: UInt32
    /// What kind of token it is.
    public var kind: TokenKind

    /// Where the token lies in the working text.
    ///
    /// - Precondition: A span set here is at most ``maxLength`` bytes long.
    public var span: Span {
        // The bounds were checked when they were set.
        get { Span(Range(uncheckedBounds: (start, start + Int(length)))) }
        set {
            precondition(newValue.length <= Token.maxLength, "A token cannot be longer than 4 GiB.")
            start = newValue.start
            length = UInt32(newValue.length)
        }
    }

    /// Creates a token.
    ///
    /// - Parameters:
    ///   - span: The token's text; at most ``maxLength`` bytes long.
    ///   - kind: Its kind.
    /// - Precondition: `span` is at most ``maxLength`` bytes long.
    public init(span: Span, kind: TokenKind) {
        precondition(span.length <= Token.maxLength, "A token cannot be longer than 4 GiB.")
        self.start = span.start
        self.length = UInt32(span.length)
        self.kind = kind
    }
}
