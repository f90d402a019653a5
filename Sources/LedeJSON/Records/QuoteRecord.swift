public import Lede

/// One quoted passage of a direct quotation, in an ``AnalysisRecord``'s `quotes`.
///
/// A quotation continued over several paragraphs gives one record per passage, with the
/// same ``quotation`` index; most quotations have one passage (``part`` 0 of ``parts`` 1).
/// The passages of a quotation repeat its kind, closedness, speaker and cue. Quotations
/// nested inside another are not listed.
///
/// JSON: `{"text", "start", "end", "quotation", "part", "parts", "kind", "closed",
/// "speaker", "cue", "cue_start", "cue_end", "cue_lemma", "listener", "form"}`. `QuoteRecord` is
/// `Sendable`.
public struct QuoteRecord: Codable, Hashable, Sendable {
    /// The quoted words of the passage, without the quotation marks.
    public var text: String
    /// Where the passage starts, in code points.
    public var start: Int
    /// Where the passage ends (exclusive), in code points.
    public var end: Int
    /// The index of the quotation the passage belongs to, from 0.
    public var quotation: Int
    /// The passage's place in its quotation, from 0.
    public var part: Int
    /// How many passages the quotation has.
    public var parts: Int
    /// `full`, `fragment`, or `term` (a fragment nobody is quoted as saying).
    public var kind: QuoteKind
    /// Whether a closing mark ends the quotation.
    public var closed: Bool
    /// Who said it, or `nil` when no speaker was found.
    public var speaker: SpeakerRecord?
    /// The reporting verb or phrase as written (`said`, `according to`), or `nil`.
    public var cue: String?
    /// Where the cue starts, in code points, or `nil`.
    ///
    /// JSON: `cue_start`.
    public var cueStart: Int?
    /// Where the cue ends (exclusive), in code points, or `nil`.
    ///
    /// JSON: `cue_end`.
    public var cueEnd: Int?
    /// The cue's base form (`say`), or `nil`.
    ///
    /// JSON: `cue_lemma`.
    public var cueLemma: String?
    /// Whom it was said to, for `told` (`Reuters`), or `nil`.
    public var listener: String?
    /// How the text attributes it: `speaker-cue`, `cue-speaker`, `introducing`, ..., or
    /// `none`.
    public var form: AttributionForm

    /// Creates a quote record.
    ///
    /// - Parameters:
    ///   - text: The quoted words of the passage.
    ///   - start: Their first code point.
    ///   - end: The code point after their last.
    ///   - quotation: The quotation's index.
    ///   - part: The passage's place in its quotation.
    ///   - parts: How many passages the quotation has.
    ///   - kind: The kind of quotation.
    ///   - closed: Whether a closing mark ends it.
    ///   - speaker: Who said it, or `nil`.
    ///   - cue: The reporting verb as written, or `nil`.
    ///   - cueLemma: The verb's base form, or `nil`.
    ///   - listener: Whom it was said to, or `nil`.
    ///   - form: How the text attributes it.
    ///   - cueStart: Where the cue starts, or `nil`; defaults to `nil`.
    ///   - cueEnd: Where the cue ends, or `nil`; defaults to `nil`.
    public init(
        text: String,
        start: Int,
        end: Int,
        quotation: Int,
        part: Int,
        parts: Int,
        kind: QuoteKind,
        closed: Bool,
        speaker: SpeakerRecord?,
        cue: String?,
        cueLemma: String?,
        listener: String?,
        form: AttributionForm,
        cueStart: Int? = nil,
        cueEnd: Int? = nil
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.quotation = quotation
        self.part = part
        self.parts = parts
        self.kind = kind
        self.closed = closed
        self.speaker = speaker
        self.cue = cue
        self.cueLemma = cueLemma
        self.listener = listener
        self.form = form
        self.cueStart = cueStart
        self.cueEnd = cueEnd
    }

    private enum CodingKeys: String, CodingKey {
        case text, start, end, quotation, part, parts, kind, closed, speaker, cue
        case cueStart = "cue_start"
        case cueEnd = "cue_end"
        case cueLemma = "cue_lemma"
        case listener, form
    }

    /// Encodes the record with every member, `null` for what is missing.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(quotation, forKey: .quotation)
        try container.encode(part, forKey: .part)
        try container.encode(parts, forKey: .parts)
        try container.encode(kind, forKey: .kind)
        try container.encode(closed, forKey: .closed)
        try container.encodeNullable(speaker, forKey: .speaker)
        try container.encodeNullable(cue, forKey: .cue)
        try container.encodeNullable(cueStart, forKey: .cueStart)
        try container.encodeNullable(cueEnd, forKey: .cueEnd)
        try container.encodeNullable(cueLemma, forKey: .cueLemma)
        try container.encodeNullable(listener, forKey: .listener)
        try container.encode(form, forKey: .form)
    }
}
