public import Lede

/// Reported speech without quotation marks (`sources told Reuters that ...`), in an
/// ``AnalysisRecord``'s `attributions`.
///
/// Quotations are attributed in their ``QuoteRecord``; this record is for what was said
/// without marks.
///
/// JSON: `{"text", "start", "end", "speaker", "cue", "cue_start", "cue_end", "cue_lemma",
/// "listener", "form"}`. `cue_start` and `cue_end` say where the reporting verb or phrase the
/// speech was found through is (`said`, `told`, `according to`).
/// `AttributionRecord` is `Sendable`.
public struct AttributionRecord: Codable, Hashable, Sendable {
    /// What was said, as written.
    public var text: String
    /// Where it starts, in code points.
    public var start: Int
    /// Where it ends (exclusive), in code points.
    public var end: Int
    /// Who said it, or `nil` when no speaker was found.
    public var speaker: SpeakerRecord?
    /// The reporting verb or phrase as written, or `nil`.
    public var cue: String?
    /// Where the cue starts, in code points, or `nil`.
    ///
    /// JSON: `cue_start`.
    public var cueStart: Int?
    /// Where the cue ends (exclusive), in code points, or `nil`.
    ///
    /// JSON: `cue_end`.
    public var cueEnd: Int?
    /// The cue's base form, or `nil`.
    ///
    /// JSON: `cue_lemma`.
    public var cueLemma: String?
    /// Whom it was said to, or `nil`.
    public var listener: String?
    /// How the text attributes it.
    public var form: AttributionForm

    /// Creates an attribution record.
    ///
    /// - Parameters:
    ///   - text: What was said.
    ///   - start: Its first code point.
    ///   - end: The code point after its last.
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
        self.speaker = speaker
        self.cue = cue
        self.cueLemma = cueLemma
        self.listener = listener
        self.form = form
        self.cueStart = cueStart
        self.cueEnd = cueEnd
    }

    private enum CodingKeys: String, CodingKey {
        case text, start, end, speaker, cue
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
        try container.encodeNullable(speaker, forKey: .speaker)
        try container.encodeNullable(cue, forKey: .cue)
        try container.encodeNullable(cueStart, forKey: .cueStart)
        try container.encodeNullable(cueEnd, forKey: .cueEnd)
        try container.encodeNullable(cueLemma, forKey: .cueLemma)
        try container.encodeNullable(listener, forKey: .listener)
        try container.encode(form, forKey: .form)
    }
}
