public import Lede

/// Turns one JSON Lines input line into one output line: the heart of `summarize --jsonl`.
///
/// An input record is an object with a string `text`, an optional `id` (any JSON value) and
/// an optional `summary_sentences` (a whole number; `0` for no summary). Each call returns
/// exactly one line, ending in a line feed: the record's ``AnalysisRecord``, or, for a line
/// that cannot be analysed, an ``ErrorRecord`` naming the line and what is wrong. So a
/// stream goes on past bad lines, and the output has as many lines as the input, in the
/// same order when the caller keeps it.
///
/// The reader is strict JSON (RFC 8259) and fast: it checks each line, reads only the
/// members it needs, and keeps the `id` as the JSON text it was given, so it comes back
/// exactly (`9007199254740993` keeps every digit; an object keeps its keys' order). A key
/// given twice, invalid UTF-8, anything but an object, a missing or non-string `text` and a
/// bad `summary_sentences` give error records. A `\u` escape of a lone surrogate in the
/// text, which no Unicode string can hold, becomes U+FFFD and is reported as a
/// `lone-surrogate` issue in the record instead.
///
/// ```swift
/// let processor = JSONLinesProcessor(pipeline: try .news()) { documents, sentences in
///     NewsSummarizer(length: .sentences(sentences ?? 3)).summarize(documents)
/// }
/// let output = processor.process(Array(#"{"id": 7, "text": "Prices rose 3%."}"#.utf8), number: 1)
/// ```
///
/// `JSONLinesProcessor` is `Sendable`: one instance serves every task of a parallel loop.
public struct JSONLinesProcessor: Sendable {
    /// Makes the summary of analysed documents.
    ///
    /// It gets the record's documents (today always one) and the length the record asked
    /// for (`nil` when it did not ask), and returns `nil` for no summary. It is not called
    /// when the record asks for 0 sentences.
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
    ///   - summarize: Makes the summary of an analysed document.
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
        var writer = JSONWriter(reservingCapacity: 256)
        do throws(RecordError) {
            let record = try line.withUnsafeBufferPointer { (bytes) throws(RecordError) in
                try InputRecord.parse(bytes)
            }
            try analyse(record, into: &writer)
        } catch {
            ErrorRecord(id: error.id ?? .null, line: number, error: error.message).write(into: &writer)
        }
        writer.newline()
        return writer.bytes
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

    private func analyse(_ record: InputRecord, into writer: inout JSONWriter) throws(RecordError) {
        var document = Document(text: record.document.text, id: record.id.documentID)
        do {
            try pipeline.process(&document)
        } catch {
            throw RecordError("the analysis failed: \(error)", id: record.id)
        }
        var summary: Summary?
        if record.summarySentences != 0 {
            do {
                summary = try summarize([document], record.summarySentences)
            } catch {
                throw RecordError("the summary failed: \(error)", id: record.id)
            }
        }
        let context = RecordContext(document, summary: summary, options: options, repairs: record.document.repairs)
        AnalysisRecord.write(context, id: record.id, into: &writer)
    }
}
