/// The reporting verb or phrase of an attribution.
///
/// `Cue` is `Sendable`.
public struct Cue: Hashable, Sendable {
    /// The verb or phrase as written (`said`, `told`, `according to`).
    public var span: Span
    /// Its base form (`say`, `tell`, `according to`).
    public var lemma: String
    /// Whom it was said to, for `told`: `Reuters`, `the BBC`, `reporters`.
    public var listener: Span?

    /// Creates a cue.
    ///
    /// - Parameters:
    ///   - span: The verb or phrase.
    ///   - lemma: Its base form.
    ///   - listener: Whom it was said to.
    public init(span: Span, lemma: String, listener: Span? = nil) {
        self.span = span
        self.lemma = lemma
        self.listener = listener
    }
}
