#if canImport(FoundationEssentials)
internal import FoundationEssentials
#else
internal import Foundation
#endif

extension SummaryExample {
    /// Reads examples from a JSON Lines file in the format of the curated summary dev sets:
    /// one object a line with `id`, `text`, `reference` (a list of sentences, or one string
    /// with a sentence a line) and optionally `k`.
    ///
    /// Blank lines are skipped, and so are blank reference sentences. Without `k`, the number
    /// of reference sentences is used.
    ///
    /// - Parameters:
    ///   - path: The file's path.
    ///   - limit: At most this many examples, the first in the file; defaults to all.
    /// - Returns: The examples, in file order.
    /// - Throws: ``EvaluationError`` with code ``EvaluationError/Code/unreadableFile`` or
    ///   ``EvaluationError/Code/invalidRecord`` (naming the line).
    public static func readJSONLines(atPath path: String, limit: Int? = nil) throws -> [SummaryExample] {
        let text = try BBCCorpusReader.readText(atPath: path)
        var examples: [SummaryExample] = []
        let decoder = JSONDecoder()
        for (number, line) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .enumerated()
        {
            if let limit, examples.count >= limit { break }
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            do {
                let record = try decoder.decode(Record.self, from: Data(line))
                let reference = record.reference.sentences.filter { !$0.trimmingSpaces.isEmpty }
                examples.append(
                    SummaryExample(id: record.id, text: record.text, reference: reference, sentenceCount: record.k)
                )
            } catch {
                throw EvaluationError(
                    code: .invalidRecord,
                    message:
                        "Line \(number + 1) of '\(path)' is not a summary record: \(error). Each line needs \"id\", \"text\" and \"reference\" (a list of sentences), and may have \"k\".",
                    underlying: error
                )
            }
        }
        return examples
    }

    private struct Record: Decodable {
        var id: String
        var text: String
        var reference: Reference
        var k: Int?
    }

    private enum Reference: Decodable {
        case list([String])
        case lines(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let list = try? container.decode([String].self) {
                self = .list(list)
            } else {
                self = .lines(try container.decode(String.self))
            }
        }

        var sentences: [String] {
            switch self {
            case .list(let list): list
            case .lines(let text):
                text.utf8.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
            }
        }
    }
}
