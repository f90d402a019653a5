public import Lede

/// The analyses of several documents about one event, with their combined summary: what
/// `summarize --jsonl` writes for an event record.
///
/// JSON: `{"id", "schema_version", "documents", "summary"}`:
///
/// | Member | Contents |
/// | --- | --- |
/// | `id` | the event's id, as given (``RecordID``) |
/// | `schema_version` | ``RecordSchema/version`` |
/// | `documents` | one entry per document, in the event's order: the document's ``AnalysisRecord``, or an ``ErrorRecord`` for a document that could not be analysed (``Entry``) |
/// | `summary` | the combined summary's sentences, in the summary's order (``EventSummarySentenceRecord``): each names its document and has offsets into that document's text |
///
/// Each analysis is the record the document would have on its own line, with the document's
/// own summary if it has one (the JSON Lines reader gives the documents of an event none:
/// the event's `summary` is theirs together).
///
/// Make a record with ``init(_:id:summary:options:)``, or summarize and make it in one call
/// with ``init(_:id:summarizer:options:)``, which checks that every document holds what the
/// summarizer requires; write the same JSON several times faster with
/// ``write(_:id:summary:options:into:)``:
///
/// ```swift
/// let pipeline = try AnalysisPipeline.news()
/// let documents = try reports.map { try pipeline.run($0.text, id: $0.id) }
/// let record = try EventRecord(documents, id: RecordID("storm-7"), summarizer: NewsSummarizer())
/// ```
///
/// Decoding a record of another ``RecordSchema/version`` throws. `EventRecord` is `Sendable`.
public struct EventRecord: Codable, Hashable, Sendable {
    /// A document of an event: its analysis, or why it has none.
    ///
    /// JSON: the ``AnalysisRecord`` or the ``ErrorRecord`` itself; a reader tells them apart
    /// by the `error` member, as in a stream of JSON Lines records.
    ///
    /// `Entry` is `Sendable`.
    public enum Entry: Codable, Hashable, Sendable {
        /// The document's analysis.
        case analysis(AnalysisRecord)
        /// What kept the document from being analysed.
        case error(ErrorRecord)

        private enum Key: String, CodingKey {
            case error
        }

        /// Decodes an analysis, or an error record when the object has an `error` member.
        ///
        /// - Parameter decoder: The decoder.
        /// - Throws: `DecodingError` if the object is neither record.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            if container.contains(.error) {
                self = .error(try ErrorRecord(from: decoder))
            } else {
                self = .analysis(try AnalysisRecord(from: decoder))
            }
        }

        /// Encodes the analysis or the error record.
        ///
        /// - Parameter encoder: The encoder.
        /// - Throws: What the encoder throws.
        public func encode(to encoder: any Encoder) throws {
            switch self {
            case .analysis(let record): try record.encode(to: encoder)
            case .error(let record): try record.encode(to: encoder)
            }
        }
    }

    /// The event's id.
    public var id: RecordID
    /// The version of the record's format: ``RecordSchema/version``.
    ///
    /// JSON: `schema_version`.
    public var schemaVersion: Int
    /// The documents, in order.
    public var documents: [Entry]
    /// The combined summary's sentences, in the summary's order; empty without a summary.
    public var summary: [EventSummarySentenceRecord]

    /// Creates a record from its members.
    ///
    /// - Parameters:
    ///   - id: The event's id.
    ///   - documents: The documents' analyses or errors.
    ///   - summary: The combined summary's sentences.
    public init(id: RecordID, documents: [Entry], summary: [EventSummarySentenceRecord] = []) {
        self.id = id
        self.schemaVersion = RecordSchema.version
        self.documents = documents
        self.summary = summary
    }

    /// Creates the record of analysed documents and their combined summary.
    ///
    /// - Parameters:
    ///   - documents: The analysed documents; each record lists its document's own
    ///     `Document.summary`, if any, and has its `Document.id` as id.
    ///   - id: The event's id; by default ``RecordID/null``.
    ///   - summary: The summary of the documents together, made from `documents` in this
    ///     order (each `SummarySentence.documentIndex` is an index of `documents`), or `nil`.
    ///   - options: What each document's record includes.
    /// - Complexity: O(*n* + *a* log *n*) for texts of *n* bytes with *a* annotations.
    public init(
        _ documents: [Document],
        id: RecordID = .null,
        summary: Summary?,
        options: AnalysisRecord.Options = .init()
    ) {
        let contexts = documents.map { RecordContext($0, summary: nil, options: options) }
        self.init(
            id: id,
            documents: contexts.map { .analysis(AnalysisRecord($0, id: nil)) },
            summary: EventSummary(summary, documents: contexts.map { ($0, RecordID($0.document.id)) }).records
        )
    }

    /// Summarizes analysed documents together and creates their record, in one call.
    ///
    /// The summary is `summarizer.summarize(documents)`, which first checks that every
    /// document holds what the summarizer requires.
    ///
    /// - Parameters:
    ///   - documents: The analysed documents.
    ///   - id: The event's id; by default ``RecordID/null``.
    ///   - summarizer: The summarizer, such as Lede's `NewsSummarizer`.
    ///   - options: What each document's record includes.
    /// - Throws: `PipelineError` with code `missingRequirement` if a document lacks what the
    ///   summarizer requires; otherwise what the summarizer throws.
    /// - Complexity: O(*n* + *a* log *n*) for texts of *n* bytes with *a* annotations, plus
    ///   the summarizer's own work.
    public init(
        _ documents: [Document],
        id: RecordID = .null,
        summarizer: some Summarizer,
        options: AnalysisRecord.Options = .init()
    ) throws {
        self.init(documents, id: id, summary: try summarizer.summarize(documents), options: options)
    }

    private enum CodingKeys: String, CodingKey {
        case id
        case schemaVersion = "schema_version"
        case documents, summary
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
        documents = try container.decode([Entry].self, forKey: .documents)
        summary = try container.decode([EventSummarySentenceRecord].self, forKey: .summary)
    }
}

/// The sentences of an event's summary, located in their documents.
struct EventSummary {
    /// Each sentence with the context of its document, the document's id and its index in
    /// the event.
    let sentences: [(sentence: SummarySentence, context: RecordContext, document: RecordID, index: Int)]

    /// Locates a summary's sentences.
    ///
    /// - Parameters:
    ///   - summary: The summary, or `nil`.
    ///   - documents: The contexts and ids of the documents it was made from, in the order
    ///     they were summarized (a sentence's `SummarySentence.documentIndex`).
    ///   - eventIndices: Each summarized document's index in the event; by default the same.
    init(
        _ summary: Summary?,
        documents: [(context: RecordContext, id: RecordID)],
        eventIndices: [Int]? = nil
    ) {
        sentences = (summary?.sentences ?? []).compactMap { sentence in
            let index = sentence.documentIndex
            guard index >= 0 && index < documents.count else { return nil }
            return (sentence, documents[index].context, documents[index].id, eventIndices?[index] ?? index)
        }
    }

    /// The sentences as records.
    var records: [EventSummarySentenceRecord] {
        sentences.map { item in
            let (start, end) = item.context.scalarRange(item.context.range(of: item.sentence.span))
            return EventSummarySentenceRecord(
                document: item.document,
                documentIndex: item.index,
                text: item.context.text(of: item.sentence.span),
                start: start,
                end: end,
                sentence: item.sentence.sentenceIndex,
                score: item.sentence.score,
                rank: item.sentence.rank
            )
        }
    }
}
