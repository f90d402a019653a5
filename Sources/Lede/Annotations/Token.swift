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
