public import Lede

/// The analyses of several documents and, optionally, their combined summary: what
/// `summarize --format json` writes.
///
/// JSON: `{"schema_version", "documents", "combined"}`: `documents` holds one
/// ``AnalysisRecord`` per document, each with its own summary; `combined` lists the
/// sentences of a summary of all of them together (``CombinedSummarySentenceRecord``), and
/// is left out when there is none.
///
/// Decoding a record of another ``RecordSchema/version`` throws. `CollectionRecord` is
/// `Sendable`.
public struct CollectionRecord: Codable, Hashable, Sendable {
    /// The version of the record's format: ``RecordSchema/version``.
    ///
    /// JSON: `schema_version`.
    public var schemaVersion: Int
    /// The documents' records, in order.
    public var documents: [AnalysisRecord]
    /// The combined summary's sentences, in the summary's order, or `nil` for none.
    public var combined: [CombinedSummarySentenceRecord]?

    /// Creates a collection from its members.
    ///
    /// - Parameters:
    ///   - documents: The documents' records.
    ///   - combined: The combined summary's sentences, or `nil`.
    public init(documents: [AnalysisRecord], combined: [CombinedSummarySentenceRecord]?) {
        self.schemaVersion = RecordSchema.version
        self.documents = documents
        self.combined = combined
    }

    /// Creates the collection of analysed documents.
    ///
    /// - Parameters:
    ///   - documents: The analysed documents; each record lists its document's own
    ///     `Document.summary`, if any, and has its `Document.id` as id.
    ///   - combined: A summary of the documents together, or `nil`.
    ///   - options: What each document's record includes.
    /// - Complexity: O(*n* + *a* log *n*) for texts of *n* bytes with *a* annotations.
    public init(_ documents: [Document], combined: Summary?, options: AnalysisRecord.Options = .init()) {
        self.init(
            documents: documents.map { AnalysisRecord($0, options: options) },
            combined: combined.map(Self.sentences(of:))
        )
    }

    private static func sentences(of summary: Summary) -> [CombinedSummarySentenceRecord] {
        summary.sentences.map { sentence in
            CombinedSummarySentenceRecord(
                document: sentence.documentID,
                text: sentence.text,
                sentence: sentence.sentenceIndex,
                score: sentence.score,
                rank: sentence.rank
            )
        }
    }

    /// Writes the collection of analysed documents as compact JSON: the JSON that encoding
    /// `CollectionRecord(documents, combined: combined, options: options)` gives, written
    /// without building it.
    ///
    /// - Parameters:
    ///   - documents: The analysed documents; each record lists its document's own
    ///     `Document.summary`, if any, and has its `Document.id` as id.
    ///   - combined: A summary of the documents together, or `nil`.
    ///   - options: What each document's record includes.
    ///   - writer: Where to write.
    /// - Complexity: O(*n* + *a* log *n*) for texts of *n* bytes with *a* annotations.
    public static func write(
        _ documents: [Document],
        combined: Summary?,
        options: AnalysisRecord.Options = .init(),
        into writer: inout JSONWriter
    ) {
        writer.object { writer in
            writer.field("schema_version")
            writer.int(RecordSchema.version)
            writer.field("documents")
            writer.array { writer in
                for document in documents {
                    AnalysisRecord.write(document, options: options, into: &writer)
                }
            }
            if let combined {
                writer.field("combined")
                writer.array { writer in
                    for sentence in combined.sentences {
                        writer.object { writer in
                            writer.field("document")
                            writer.string(sentence.documentID)
                            writer.field("text")
                            writer.string(sentence.text)
                            writer.field("sentence")
                            writer.int(sentence.sentenceIndex)
                            writer.field("score")
                            writer.double(sentence.score)
                            writer.field("rank")
                            writer.int(sentence.rank)
                        }
                    }
                }
            }
        }
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case documents, combined
    }

    /// Decodes a collection.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` if a member is missing or of the wrong type, or if
    ///   `schema_version` is not ``RecordSchema/version``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decodeSchemaVersion(forKey: .schemaVersion)
        documents = try container.decode([AnalysisRecord].self, forKey: .documents)
        combined = try container.decodeIfPresent([CombinedSummarySentenceRecord].self, forKey: .combined)
    }
}
