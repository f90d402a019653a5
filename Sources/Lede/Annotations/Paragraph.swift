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
