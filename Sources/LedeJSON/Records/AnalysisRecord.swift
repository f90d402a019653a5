public import Lede

/// The analysis of one document as one JSON object: what `summarize --jsonl` writes for
/// each input line, and `summarize --format json` for each file.
///
/// Every `start` and `end` in a record is an offset in Unicode code points into the
/// document's **original** text, and every `text` (or `mention`) is the original text at
/// that range, as the writer wrote it, whatever normalizers changed in the working text.
/// So in Python `text[start:end]` gives the member beside them, and in Swift
/// `Array(text.unicodeScalars)[start..<end]`.
///
/// The members, in this order:
///
/// | Member | Contents |
/// | --- | --- |
/// | `id` | the record's id, as given (``RecordID``) |
/// | `schema_version` | ``RecordSchema/version`` |
/// | `sentences` | ``SentenceRecord``s |
/// | `quotes` | ``QuoteRecord``s: one per quoted passage |
/// | `attributions` | ``AttributionRecord``s: reported speech without quotation marks |
/// | `numbers` | ``NumberRecord``s: quantities outside boilerplate |
/// | `identifiers` | ``IdentifierRecord``s: numbers that are not quantities |
/// | `summary` | ``SummarySentenceRecord``s, in the summary's order |
/// | `layout` | ``LayoutMarkRecord``s: headings and boilerplate |
/// | `issues` | ``IssueRecord``s: problems in the input |
///
/// Make a record with ``init(_:id:summary:options:)`` and encode it with any `Encoder`, or
/// write the same JSON several times faster, without building the record, with
/// ``write(_:id:summary:options:into:)``:
///
/// ```swift
/// let document = try AnalysisPipeline.news().run(text, id: "a-1")
/// let data = try JSONEncoder().encode(AnalysisRecord(document).numbers)
/// ```
///
/// Decoding a record of another ``RecordSchema/version`` throws. `AnalysisRecord` is
/// `Sendable`.
public struct AnalysisRecord: Codable, Hashable, Sendable {
    /// Options for what a record includes.
    ///
    /// `Options` is `Sendable`.
    public struct Options: Hashable, Sendable {
        /// Whether numbers inside boilerplate (lists of other stories) are listed too; by
        /// default only those in body text and headings are.
        public var includesBoilerplateNumbers = false

        /// The default options.
        public init() {}
    }

    /// The record's id.
    public var id: RecordID
    /// The version of the record's format: ``RecordSchema/version``.
    ///
    /// JSON: `schema_version`.
    public var schemaVersion: Int
    /// Every sentence and heading line, in order.
    public var sentences: [SentenceRecord]
    /// Every passage of every top-level direct quotation, in order.
    public var quotes: [QuoteRecord]
    /// Reported speech without quotation marks, in order.
    public var attributions: [AttributionRecord]
    /// Quantities, in order.
    public var numbers: [NumberRecord]
    /// Numbers that are not quantities, in order.
    public var identifiers: [IdentifierRecord]
    /// The summary's sentences, in the summary's order; empty without a summary.
    public var summary: [SummarySentenceRecord]
    /// Headings and boilerplate, in order.
    public var layout: [LayoutMarkRecord]
    /// Problems in the input: invalid UTF-8 and lone surrogates that were replaced, then
    /// quotation marks that could not be paired.
    public var issues: [IssueRecord]

    /// Creates a record from its members.
    ///
    /// - Parameters:
    ///   - id: The record's id.
    ///   - sentences: The sentences.
    ///   - quotes: The quoted passages.
    ///   - attributions: The reported speech.
    ///   - numbers: The quantities.
    ///   - identifiers: The numbers that are not quantities.
    ///   - summary: The summary's sentences.
    ///   - layout: The layout marks.
    ///   - issues: The input's problems.
    public init(
        id: RecordID,
        sentences: [SentenceRecord] = [],
        quotes: [QuoteRecord] = [],
        attributions: [AttributionRecord] = [],
        numbers: [NumberRecord] = [],
        identifiers: [IdentifierRecord] = [],
        summary: [SummarySentenceRecord] = [],
        layout: [LayoutMarkRecord] = [],
        issues: [IssueRecord] = []
    ) {
        self.id = id
        self.schemaVersion = RecordSchema.version
        self.sentences = sentences
        self.quotes = quotes
        self.attributions = attributions
        self.numbers = numbers
        self.identifiers = identifiers
        self.summary = summary
        self.layout = layout
        self.issues = issues
    }

    /// Creates the record of an analysed document.
    ///
    /// - Parameters:
    ///   - document: The analysed document.
    ///   - id: The record's id; by default the document's `Document.id` as a string.
    ///   - summary: The summary to list; by default the document's own
    ///     `Document.summary`, if any.
    ///   - options: What to include.
    /// - Complexity: O(*n* + *a* log *n*) for a text of *n* bytes with *a* annotations.
    public init(_ document: Document, id: RecordID? = nil, summary: Summary? = nil, options: Options = Options()) {
        self.init(RecordContext(document, summary: summary, options: options), id: id)
    }

    init(_ context: RecordContext, id: RecordID?) {
        let document = context.document
        func located(_ span: Span) -> (text: String, start: Int, end: Int) {
            let (start, end) = context.scalarRange(context.range(of: span))
            return (context.text(of: span), start, end)
        }
        func speaker(_ attribution: Attribution?) -> SpeakerRecord? {
            guard let speaker = attribution?.speaker else { return nil }
            let (mention, start, end) = located(speaker.mention)
            return SpeakerRecord(
                mention: mention,
                start: start,
                end: end,
                name: speaker.name,
                kind: speaker.kind,
                role: speaker.role,
                resolvedFrom: speaker.resolvedFrom.map {
                    let (text, start, end) = located($0)
                    return TextSpanRecord(text: text, start: start, end: end)
                }
            )
        }
        func cueRange(_ cue: Cue?) -> (start: Int, end: Int)? {
            cue.map { context.scalarRange(context.range(of: $0.span)) }
        }
        self.init(id: id ?? RecordID(document.id))
        sentences = document.sentences.map { sentence in
            let (text, start, end) = located(sentence.span)
            return SentenceRecord(
                text: text,
                start: start,
                end: end,
                paragraph: sentence.paragraph,
                role: context.role(of: sentence.span)
            )
        }
        for (quotation, (quote, attribution)) in context.quotations.enumerated() {
            for (part, span) in quote.parts.enumerated() {
                let (text, start, end) = located(span)
                quotes.append(
                    QuoteRecord(
                        text: text,
                        start: start,
                        end: end,
                        quotation: quotation,
                        part: part,
                        parts: quote.parts.count,
                        kind: attribution?.quoteKind ?? quote.kind,
                        closed: quote.isClosed,
                        speaker: speaker(attribution),
                        cue: attribution?.cue.map { context.text(of: $0.span) },
                        cueLemma: attribution?.cue?.lemma,
                        listener: attribution?.cue?.listener.map { context.text(of: $0) },
                        form: attribution?.form ?? .none,
                        cueStart: cueRange(attribution?.cue)?.start,
                        cueEnd: cueRange(attribution?.cue)?.end
                    )
                )
            }
        }
        attributions = context.reportedSpeech.map { attribution in
            let (text, start, end) = located(attribution.content)
            return AttributionRecord(
                text: text,
                start: start,
                end: end,
                speaker: speaker(attribution),
                cue: attribution.cue.map { context.text(of: $0.span) },
                cueLemma: attribution.cue?.lemma,
                listener: attribution.cue?.listener.map { context.text(of: $0) },
                form: attribution.form,
                cueStart: cueRange(attribution.cue)?.start,
                cueEnd: cueRange(attribution.cue)?.end
            )
        }
        numbers = context.quantities.map { number in
            let (text, start, end) = located(number.span)
            return NumberRecord(
                text: text,
                start: start,
                end: end,
                value: number.value,
                kind: number.kind,
                unit: number.unit,
                low: number.low,
                high: number.high,
                qualifier: number.qualifier
            )
        }
        identifiers = context.identifiers.map { number in
            let (text, start, end) = located(number.span)
            return IdentifierRecord(text: text, start: start, end: end, kind: number.kind)
        }
        summary = context.summarySentences.map { sentence in
            let (text, start, end) = located(sentence.span)
            return SummarySentenceRecord(
                text: text,
                start: start,
                end: end,
                sentence: sentence.sentenceIndex,
                score: sentence.score,
                rank: sentence.rank
            )
        }
        layout = document.layout.map { mark in
            let (text, start, end) = located(mark.span)
            return LayoutMarkRecord(role: mark.role, text: text, start: start, end: end)
        }
        issues = context.issues.map { issue in
            let (start, end) = context.scalarRange(issue.range)
            return IssueRecord(kind: issue.kind, start: start, end: end)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case schemaVersion = "schema_version"
        case sentences, quotes, attributions, numbers, identifiers, summary, layout, issues
    }

    /// Decodes a record.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` if a member is missing or of the wrong type, or if
    ///   `schema_version` is not ``RecordSchema/version``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(RecordID.self, forKey: .id)
        schemaVersion = try container.decodeSchemaVersion(forKey: .schemaVersion)
        sentences = try container.decode([SentenceRecord].self, forKey: .sentences)
        quotes = try container.decode([QuoteRecord].self, forKey: .quotes)
        attributions = try container.decode([AttributionRecord].self, forKey: .attributions)
        numbers = try container.decode([NumberRecord].self, forKey: .numbers)
        identifiers = try container.decode([IdentifierRecord].self, forKey: .identifiers)
        summary = try container.decode([SummarySentenceRecord].self, forKey: .summary)
        layout = try container.decode([LayoutMarkRecord].self, forKey: .layout)
        issues = try container.decode([IssueRecord].self, forKey: .issues)
    }
}
