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
