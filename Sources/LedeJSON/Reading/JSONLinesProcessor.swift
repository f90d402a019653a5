public import Lede

/// Turns one JSON Lines input line into one output line: the heart of `summarize --jsonl`.
///
/// An input record is an object with an optional `id` (any JSON value), an optional
/// `summary_sentences` (a whole number; `0` for no summary), and either
///
/// - a string `text`: one document, answered with its ``AnalysisRecord``; or
/// - `documents`, an array of objects each with a string `text` and an optional `id`: the
///   reports of one event, answered with an ``EventRecord``, which holds each document's
///   analysis and their combined summary. A document that cannot be read or analysed gets
///   an ``ErrorRecord`` in its place in `documents`, and the others are still analysed and
///   summarized.
///
/// Each call returns exactly one line, ending in a line feed; a line that cannot be
/// analysed at all gives an ``ErrorRecord`` naming the line and what is wrong. So a stream
/// goes on past bad lines, and the output has as many lines as the input, in the same order
/// when the caller keeps it.
///
/// The reader is strict JSON (RFC 8259) and fast: it checks each line, reads only the
/// members it needs, and keeps each `id` as the JSON text it was given, so it comes back
/// exactly (`9007199254740993` keeps every digit; an object keeps its keys' order). A key
/// given twice, invalid UTF-8, anything but an object, a missing or non-string `text`, a
/// record with both `text` and `documents`, an empty `documents` and a bad
/// `summary_sentences` give error records. A `\u` escape of a lone surrogate in a text,
/// which no Unicode string can hold, becomes U+FFFD and is reported as a `lone-surrogate`
/// issue in the document's record instead.
///
/// ```swift
/// let processor = JSONLinesProcessor(pipeline: try .news()) { documents, sentences in
///     try NewsSummarizer(length: .sentences(sentences ?? 3)).summarize(documents)
/// }
/// let output = processor.process(Array(#"{"id": 7, "text": "Prices rose 3%."}"#.utf8), number: 1)
/// ```
///
/// `JSONLinesProcessor` is `Sendable`: one instance serves every task of a parallel loop.
public struct JSONLinesProcessor: Sendable {
    /// Makes the summary of analysed documents.
    ///
    /// It gets the record's analysed documents (one for a document record; for an event,
    /// every document that could be analysed, in order) and the length the record asked for
    /// (`nil` when it did not ask), and returns `nil` for no summary. It is not called when
    /// the record asks for 0 sentences, nor for an event none of whose documents could be
    /// analysed. A summary of several documents should be made with `Summarizer.summarize(_:)`,
    /// which checks that each document holds what the summarizer requires.
    public typealias Summarize = @Sendable (_ documents: [Document], _ sentences: Int?) throws -> Summary?

    /// The pipeline each record's text goes through.
    public let pipeline: AnalysisPipeline
    /// What each record includes.
    public let options: AnalysisRecord.Options
    private let summarize: Summarize

    /// Creates a processor.
    ///
    /// - Parameters:
    ///   - pipeline: The pipeline to analyse each text with.
    ///   - options: What each record includes.
    ///   - summarize: Makes the summary of a record's analysed documents.
    public init(
        pipeline: AnalysisPipeline,
        options: AnalysisRecord.Options = .init(),
        summarize: @escaping Summarize
    ) {
        self.pipeline = pipeline
        self.options = options
        self.summarize = summarize
    }

    /// Analyses one input line.
    ///
    /// - Parameters:
    ///   - line: The line's bytes, without its line feed (a carriage return at the end and
    ///     a byte-order mark at the start are ignored).
    ///   - number: The line's number, from 1, for error records.
    /// - Returns: One line of JSON, ending in a line feed.
    /// - Complexity: O(*n*) to read and write, plus the pipeline's and summary's cost.
    public func process(_ line: [UInt8], number: Int) -> [UInt8] {
        process([(line, number)])[0]
    }

    /// Analyses several input lines, running each pipeline stage over all their documents
    /// before the next (`AnalysisPipeline.process(_:)` on an array), which is faster than one
    /// line at a time; each answer is the line ``process(_:number:)`` gives.
    ///
    /// - Parameters:
    ///   - lines: The lines' bytes, each without its line feed, and their numbers.
    ///   - willWork: Called with a line's number whenever work on that line begins: reading
    ///     it, each stage on each of its documents, making its summary and writing its answer;
    ///     for a caller that watches which record a crash or a runaway stage is in.
    /// - Returns: One line of JSON per input line, in order, each ending in a line feed.
    /// - Complexity: O(*n*) to read and write, plus the pipeline's and summaries' cost.
    public func process(_ lines: [(line: [UInt8], number: Int)], willWork: (Int) -> Void = { _ in }) -> [[UInt8]] {
        var documents: [Document] = []
        // The line each document belongs to, by position in `lines`.
        var owners: [Int] = []
        let plans = lines.indices.map { index in
            willWork(lines[index].number)
            return plan(lines[index].line, number: lines[index].number, documents: &documents) {
                owners.append(index)
            }
        }
        let errors = pipeline.process(&documents) { willWork(lines[owners[$0]].number) }
        return plans.indices.map { index in
            willWork(lines[index].number)
            var writer = JSONWriter(reservingCapacity: 256)
            do throws(RecordError) {
                try finish(plans[index], line: lines[index].number, documents: documents, errors: errors, into: &writer)
            } catch {
                ErrorRecord(id: error.id ?? .null, line: lines[index].number, error: error.message).write(
                    into: &writer
                )
            }
            writer.newline()
            return writer.bytes
        }
    }

    /// The error record for an input line that could not be analysed at all, as when the
    /// process analysing it crashed: the line's `id` when the line can be read as a record,
    /// otherwise `null`.
    ///
    /// A program that runs ``process(_:number:)`` in worker processes writes this record in
    /// the place of a line whose worker died or ran out of time, so that the output keeps
    /// one line per input line.
    ///
    /// - Parameters:
    ///   - line: The input line's bytes, without its line feed.
    ///   - number: The line's number, from 1.
    ///   - message: What went wrong, as a sentence fragment.
    ///   - code: Why the line could not be analysed.
    /// - Returns: The error record.
    /// - Complexity: O(*n*) in the line's length.
    public static func errorRecord(
        for line: [UInt8],
        number: Int,
        message: String,
        code: ErrorRecord.Code?
    ) -> ErrorRecord {
        var id = RecordID.null
        do throws(RecordError) {
            id = try line.withUnsafeBufferPointer { (bytes) throws(RecordError) in try InputRecord.parse(bytes) }.id
        } catch {
            id = error.id ?? .null
        }
        return ErrorRecord(id: id, line: number, error: message, code: code)
    }

    /// What a line needs once its documents are analysed.
    private enum Plan {
        /// A line that could not be read as a record.
        case failed(RecordError)
        /// A document record, its document at a position of the batch.
        case document(InputRecord, InputDocument, document: Int)
        /// An event record, each of its documents at a position of the batch, or the error
        /// that kept it from being read.
        case event(InputRecord, [(id: RecordID, document: Result<(input: InputDocument, position: Int), RecordError>)])
    }

    /// Reads a line and adds the documents it holds to the batch, calling `added` once for each.
    private func plan(_ line: [UInt8], number: Int, documents: inout [Document], added: () -> Void) -> Plan {
        let record: InputRecord
        do throws(RecordError) {
            record = try line.withUnsafeBufferPointer { (bytes) throws(RecordError) in try InputRecord.parse(bytes) }
        } catch {
            return .failed(error)
        }
        func add(_ input: InputDocument, id: RecordID) -> Int {
            documents.append(Document(text: input.text, id: id.documentID))
            added()
            return documents.count - 1
        }
        switch record.content {
        case .document(let input):
            return .document(record, input, document: add(input, id: record.id))
        case .event(let inputs):
            return .event(
                record,
                inputs.map { input in (input.id, input.text.map { text in (text, add(text, id: input.id)) }) }
            )
        }
    }

    /// Writes a line's record from its analysed documents.
    private func finish(
        _ plan: Plan,
        line: Int,
        documents: [Document],
        errors: [PipelineError?],
        into writer: inout JSONWriter
    ) throws(RecordError) {
        /// A document of the batch, or the error of its analysis.
        func analysed(_ position: Int, id: RecordID) throws(RecordError) -> Document {
            if let error = errors[position] { throw RecordError("the analysis failed: \(error)", id: id) }
            return documents[position]
        }
        switch plan {
        case .failed(let error):
            throw error
        case .document(let record, let input, let position):
            let document = try analysed(position, id: record.id)
            var summary: Summary?
            if record.summarySentences != 0 {
                summary = try makeSummary(of: [document], sentences: record.summarySentences, id: record.id)
            }
            let context = RecordContext(document, summary: summary, options: options, repairs: input.repairs)
            AnalysisRecord.write(context, id: record.id, into: &writer)
        case .event(let record, let inputs):
            // Each document is analysed on its own; one that cannot be is reported in its place.
            var entries: [EventEntry] = []
            var analysedDocuments: [(context: RecordContext, id: RecordID)] = []
            var eventIndices: [Int] = []
            for (index, input) in inputs.enumerated() {
                do throws(RecordError) {
                    let (text, position) = try input.document.get()
                    let document = try analysed(position, id: input.id)
                    let context = RecordContext(document, summary: nil, options: options, repairs: text.repairs)
                    entries.append(.analysis(context, input.id))
                    analysedDocuments.append((context, input.id))
                    eventIndices.append(index)
                } catch {
                    entries.append(.error(ErrorRecord(id: error.id ?? input.id, line: line, error: error.message)))
                }
            }
            var summary: Summary?
            if record.summarySentences != 0 && !analysedDocuments.isEmpty {
                let documents = analysedDocuments.map(\.context.document)
                summary = try makeSummary(of: documents, sentences: record.summarySentences, id: record.id)
            }
            let located = EventSummary(summary, documents: analysedDocuments, eventIndices: eventIndices)
            EventRecord.write(entries, id: record.id, summary: located, into: &writer)
        }
    }

    private func makeSummary(
        of documents: [Document],
        sentences: Int?,
        id: RecordID
    ) throws(RecordError) -> Summary? {
        do {
            return try summarize(documents, sentences)
        } catch {
            throw RecordError("the summary failed: \(error)", id: id)
        }
    }
}
