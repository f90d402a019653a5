public import Lede

extension EventRecord {
    /// Writes the record of analysed documents and their combined summary as compact JSON:
    /// the JSON that encoding `EventRecord(documents, id: id, summary: summary, options:
    /// options)` gives, written straight from the documents' annotations.
    ///
    /// - Parameters:
    ///   - documents: The analysed documents; each record lists its document's own
    ///     `Document.summary`, if any, and has its `Document.id` as id.
    ///   - id: The event's id; by default ``RecordID/null``.
    ///   - summary: The summary of the documents together, made from `documents` in this
    ///     order, or `nil`.
    ///   - options: What each document's record includes.
    ///   - writer: Where to write.
    /// - Complexity: O(*n* + *a* log *n*) for texts of *n* bytes with *a* annotations.
    public static func write(
        _ documents: [Document],
        id: RecordID = .null,
        summary: Summary?,
        options: AnalysisRecord.Options = .init(),
        into writer: inout JSONWriter
    ) {
        let contexts = documents.map { RecordContext($0, summary: nil, options: options) }
        let entries = contexts.map { EventEntry.analysis($0, RecordID($0.document.id)) }
        write(
            entries,
            id: id,
            summary: EventSummary(summary, documents: contexts.map { ($0, RecordID($0.document.id)) }),
            into: &writer
        )
    }

    /// Writes an event whose documents are analyses or errors, in order, and its summary.
    static func write(
        _ entries: [EventEntry],
        id: RecordID,
        summary: EventSummary,
        into writer: inout JSONWriter
    ) {
        writer.object { writer in
            writer.field("id")
            writer.id(id)
            writer.field("schema_version")
            writer.int(RecordSchema.version)
            writer.field("documents")
            writer.array { writer in
                for entry in entries {
                    switch entry {
                    case .analysis(let context, let documentID):
                        AnalysisRecord.write(context, id: documentID, into: &writer)
                    case .error(let error):
                        error.write(into: &writer)
                    }
                }
            }
            writer.field("summary")
            writer.array { writer in
                for item in summary.sentences {
                    writer.object { writer in
                        let range = item.context.range(of: item.sentence.span)
                        let (start, end) = item.context.scalarRange(range)
                        writer.field("document")
                        writer.id(item.document)
                        writer.field("document_index")
                        writer.int(item.index)
                        writer.field("text")
                        writer.string(item.context.text(of: item.sentence.span))
                        writer.field("start")
                        writer.int(start)
                        writer.field("end")
                        writer.int(end)
                        writer.field("sentence")
                        writer.int(item.sentence.sentenceIndex)
                        writer.field("score")
                        writer.double(item.sentence.score)
                        writer.field("rank")
                        writer.int(item.sentence.rank)
                    }
                }
            }
        }
    }
}

/// A document of an event as the writer takes it: what its analysis is made of, with its id,
/// or its error record.
enum EventEntry {
    case analysis(RecordContext, RecordID)
    case error(ErrorRecord)
}
