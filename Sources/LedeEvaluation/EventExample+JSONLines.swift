#if canImport(FoundationEssentials)
internal import FoundationEssentials
#else
internal import Foundation
#endif

extension EventExample {
    /// Reads events from a JSON Lines file in the format of the multi-document dev sets: one
    /// object a line with `id`, `documents` (a list of objects with `id` and `text`),
    /// `reference` (a list of sentences) and optionally `k`.
    ///
    /// Blank lines are skipped, and so are blank reference sentences. Without `k`, the number
    /// of reference sentences is used.
    ///
    /// - Parameters:
    ///   - path: The file's path.
    ///   - limit: At most this many events, the first in the file; defaults to all.
    /// - Returns: The events, in file order.
    /// - Throws: ``EvaluationError`` with code ``EvaluationError/Code/unreadableFile`` or
    ///   ``EvaluationError/Code/invalidRecord`` (naming the line).
    public static func readJSONLines(atPath path: String, limit: Int? = nil) throws -> [EventExample] {
        let text = try BBCCorpusReader.readText(atPath: path)
        var examples: [EventExample] = []
        let decoder = JSONDecoder()
        for (number, line) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .enumerated()
        {
            if let limit, examples.count >= limit { break }
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            do {
                let record = try decoder.decode(Record.self, from: Data(line))
                examples.append(
                    EventExample(
                        id: record.id,
                        reports: record.documents.map { Report(id: $0.id, text: $0.text) },
                        reference: record.reference.filter { !$0.trimmingSpaces.isEmpty },
                        sentenceCount: record.k
                    )
                )
            } catch {
                throw EvaluationError(
                    code: .invalidRecord,
                    message:
                        "Line \(number + 1) of '\(path)' is not an event record: \(error). Each line needs \"id\", \"documents\" (objects with \"id\" and \"text\") and \"reference\" (a list of sentences), and may have \"k\".",
                    underlying: error
                )
            }
        }
        return examples
    }

    private struct Record: Decodable {
        struct Document: Decodable {
            var id: String
            var text: String
        }

        var id: String
        var documents: [Document]
        var reference: [String]
        var k: Int?
    }
}
