public import Lede

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Turns one JSON Lines record into one line of analysis: the heart of `summarize --jsonl`.
///
/// A record is an object with a string `text`, an optional `id` (any JSON value, echoed as
/// given) and an optional `summary_sentences` (a whole number; `0` for no summary). Each call
/// returns exactly one line: the analysis (see ``AnalysisRecord``), or, for a record that
/// cannot be analysed, an error object `{"id": ..., "line": N, "error": "..."}` naming the
/// line and what is wrong. So a stream keeps going past bad records, and the output has as
/// many lines as the input. `JSONLinesProcessor` is `Sendable`: one instance serves all tasks.
public struct JSONLinesProcessor: Sendable {
    /// Makes a summary of an analysed document, given the length a record asked for (`nil`
    /// when it did not ask); returns `nil` for no summary.
    public typealias Summarize = @Sendable (_ document: Document, _ sentences: Int?) throws -> Summary?

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
    public init(pipeline: AnalysisPipeline, options: AnalysisRecord.Options = .init(), summarize: @escaping Summarize) {
        self.pipeline = pipeline
        self.options = options
        self.summarize = summarize
    }

    /// Analyses one input line.
    ///
    /// - Parameters:
    ///   - line: The line's bytes, without its line break (a trailing carriage return is
    ///     ignored).
    ///   - number: The line's number, from 1, for error records.
    /// - Returns: One line of JSON, ending in a line feed.
    public func process(_ line: [UInt8], number: Int) -> [UInt8] {
        var id = RecordID.missing
        do throws(RecordError) {
            let record = try Self.parse(line)
            id = record.id
            var document = Document(text: record.text, id: record.id.documentID)
            do {
                try pipeline.process(&document)
            } catch {
                throw RecordError(id, "the analysis failed: \(error)")
            }
            let summary: Summary?
            if record.sentences == 0 {
                summary = nil
            } else {
                do {
                    summary = try summarize(document, record.sentences)
                } catch {
                    throw RecordError(id, "the summary failed: \(error)")
                }
            }
            var writer = JSONWriter()
            AnalysisRecord.write(document, id: id.json, summary: summary, options: options, into: &writer)
            return writer.bytes + [0x0A]
        } catch {
            var writer = JSONWriter()
            writer.object { writer in
                writer.key("id")
                writer.raw((error.id ?? id).json)
                writer.member("line", number)
                writer.member("error", error.description)
            }
            return writer.bytes + [0x0A]
        }
    }

    /// A parsed record.
    struct Record {
        var id: RecordID
        var text: String
        var sentences: Int?
    }

    /// Parses and checks one line.
    static func parse(_ bytes: [UInt8]) throws(RecordError) -> Record {
        var line = bytes[...]
        if line.last == 0x0D { line = line.dropLast() }
        if line.first == 0xEF, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { throw RecordError("the line is empty") }
        if let offset = Self.firstInvalidUTF8(in: line) {
            throw RecordError("the line is not valid UTF-8 (at byte \(offset + 1))")
        }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(line))
        } catch {
            throw RecordError("the line is not valid JSON")
        }
        guard case .object(let members) = value else { throw RecordError("the line is not a JSON object") }
        let id = RecordID(members["id"])
        guard let text = members["text"] else { throw RecordError(id, "the record has no \"text\"") }
        guard case .string(let string) = text else { throw RecordError(id, "\"text\" must be a string") }
        var sentences: Int?
        switch members["summary_sentences"] {
        case nil, .null?: break
        case .number(let count)? where count >= 0 && count == count.rounded() && count < 1e9:
            sentences = Int(count)
        default: throw RecordError(id, "\"summary_sentences\" must be a whole number, 0 or more")
        }
        return Record(id: id, text: string, sentences: sentences)
    }

    /// The offset of the first byte that is not valid UTF-8, or `nil`.
    private static func firstInvalidUTF8(in bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}

/// A record's id as written, and the document id made from it.
struct RecordID: Sendable {
    /// The id as JSON text, echoed in the output; `null` when the record has none.
    var json: String
    /// The document id: a string id as is, any other id as its JSON text.
    var documentID: String

    static let missing = RecordID(json: "null", documentID: "")

    init(json: String, documentID: String) {
        self.json = json
        self.documentID = documentID
    }

    init(_ value: JSONValue?) {
        guard let value else {
            self = .missing
            return
        }
        var writer = JSONWriter()
        writer.value(value)
        if case .string(let string) = value {
            self.init(json: writer.text, documentID: string)
        } else {
            self.init(json: writer.text, documentID: writer.text)
        }
    }
}

/// A problem with one JSON Lines record, with the record's id when it was read.
struct RecordError: Error, CustomStringConvertible {
    var id: RecordID?
    var description: String

    init(_ description: String) { self.description = description }

    init(_ id: RecordID, _ description: String) {
        self.id = id
        self.description = description
    }
}
