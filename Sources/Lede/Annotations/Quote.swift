/// A direct quotation: text between quotation marks, possibly running over several
/// paragraphs.
///
/// In news, a quotation that runs into the next paragraph has no closing mark at the end of
/// the first paragraph, and the next paragraph opens with a new mark; such a quotation is
/// one `Quote` with one ``parts`` entry per passage. Offsets are UTF-8 bytes of the working
/// text. `Quote` is `Sendable`.
public struct Quote: Hashable, Sendable {
    /// From the first opening mark to the last closing mark (or the end of the last part
    /// when the quotation is never closed).
    public var span: Span
    /// The quoted text of each passage, without the marks.
    public var parts: [Span]
    /// What kind of quotation it is, as far as the quote finder can tell; see
    /// ``Attribution/quoteKind`` for the kind after attribution (an unattributed fragment is
    /// a term).
    public var kind: QuoteKind
    /// `true` when a closing mark ends the quotation.
    public var isClosed: Bool
    /// 0 for a quotation in running text, 1 for one quoted inside another.
    public var depth: Int
    /// The index, in `Document.sentences`, of the sentence where the quotation opens.
    public var sentence: Int
    /// The index, in `Document.paragraphs`, of the paragraph where it opens.
    public var paragraph: Int
    /// The stage and rule that found it (`paired`, `continued`, `unclosed`).
    public var provenance: Provenance

    /// Creates a quotation.
    ///
    /// - Parameters:
    ///   - span: From the first opening mark to the last closing mark.
    ///   - parts: The quoted text of each passage, without marks.
    ///   - kind: The kind of quotation.
    ///   - isClosed: Whether a closing mark ends it.
    ///   - depth: 0 in running text, 1 inside another quotation.
    ///   - sentence: The sentence where it opens.
    ///   - paragraph: The paragraph where it opens.
    ///   - provenance: The stage and rule that found it.
    public init(
        span: Span,
        parts: [Span],
        kind: QuoteKind,
        isClosed: Bool,
        depth: Int,
        sentence: Int,
        paragraph: Int,
        provenance: Provenance
    ) {
        self.span = span
        self.parts = parts
        self.kind = kind
        self.isClosed = isClosed
        self.depth = depth
        self.sentence = sentence
        self.paragraph = paragraph
        self.provenance = provenance
    }

    /// From the start of the first part to the end of the last.
    public var content: Span { Span(start: parts.first?.start ?? span.start, end: parts.last?.end ?? span.end) }
}
