/// Who said a quotation, or a piece of reported speech, and how the text says so.
///
/// The built-in `AttributionFinder` makes one attribution per quotation in running text (with
/// ``speaker`` `nil` when nobody said it) and one per piece of reported speech without
/// quotation marks (``quote`` `nil`). Offsets are UTF-8 bytes of the working text.
/// `Attribution` is `Sendable`.
public struct Attribution: Hashable, Sendable {
    /// The index of the quotation in ``Lede/Document/quotes``, or `nil` for reported speech.
    public var quote: Int?
    /// What was said: the quotation's content, or the reported clause.
    public var content: Span
    /// Who said it, or `nil` when the text does not say (a term or scare quote).
    public var speaker: Speaker?
    /// The reporting verb or phrase (`said`, `told`, `according to`), if any.
    public var cue: Cue?
    /// How the text attributes it.
    public var form: AttributionForm
    /// The kind of the quotation after attribution: an unattributed fragment is a term.
    public var quoteKind: QuoteKind?
    /// The stage and rule that made it; the rule is the form.
    public var provenance: Provenance

    /// Creates an attribution.
    ///
    /// - Parameters:
    ///   - quote: The quotation's index, or `nil` for reported speech.
    ///   - content: What was said.
    ///   - speaker: Who said it.
    ///   - cue: The reporting verb or phrase.
    ///   - form: How the text attributes it.
    ///   - quoteKind: The kind of the quotation after attribution.
    ///   - provenance: The stage and rule that made it.
    public init(
        quote: Int?,
        content: Span,
        speaker: Speaker?,
        cue: Cue?,
        form: AttributionForm,
        quoteKind: QuoteKind?,
        provenance: Provenance
    ) {
        self.quote = quote
        self.content = content
        self.speaker = speaker
        self.cue = cue
        self.form = form
        self.quoteKind = quoteKind
        self.provenance = provenance
    }
}
