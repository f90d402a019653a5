/// One JSON Lines input record, read and checked: `{"id": ..., "text": "...", "summary_sentences": 3}`.
///
/// Reading goes in two layers, so that other shapes of record can be added beside this one:
/// ``parse(_:)`` checks the line (empty, UTF-8, JSON, an object, no key twice) and collects
/// the top-level members; ``init(members:scanner:)`` then reads the members of a
/// one-document record. A multi-document record (`"documents": [{"id", "text"}, ...]`)
/// would be a second reader of the same members, choosing by whether `text` or `documents`
/// is present, and reuse ``InputDocument`` for each document.
struct InputRecord {
    /// The record's id, ``RecordID/null`` when it has none.
    var id: RecordID
    /// The text to analyse.
    var document: InputDocument
    /// How many sentences the summary should have, or `nil` for the default.
    var summarySentences: Int?
}

/// A text to analyse, as read from a record.
struct InputDocument {
    /// The decoded text.
    var text: String
    /// UTF-8 ranges of ``text`` where a lone surrogate escape was replaced with U+FFFD.
    var repairs: [Range<Int>]
}

/// A record that cannot be analysed: what is wrong, and the record's id when it was read.
struct RecordError: Error {
    var id: RecordID?
    var message: String

    init(_ message: String, id: RecordID? = nil) {
        self.id = id
        self.message = message
    }
}

extension InputRecord {
    /// Reads one line (without its line feed) as a record.
    ///
    /// A carriage return at the end and a byte-order mark at the start are ignored.
    ///
    /// - Throws: ``RecordError`` naming what is wrong.
    /// - Complexity: O(*n*).
    static func parse(_ line: UnsafeBufferPointer<UInt8>) throws(RecordError) -> InputRecord {
        var start = 0
        var end = line.count
        if end > 0 && line[end - 1] == 0x0D { end -= 1 }
        if end - start >= 3 && line[0] == 0xEF && line[1] == 0xBB && line[2] == 0xBF { start = 3 }
        let bytes = UnsafeBufferPointer(rebasing: line[start..<end])
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { throw RecordError("the line is empty") }
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            throw RecordError("the line is not valid UTF-8 (at byte \(offset + 1))")
        }
        var scanner = JSONScanner(bytes)
        let members: [(key: JSONScanner.Value, value: JSONScanner.Value)]
        do {
            scanner.skipWhitespace()
            if scanner.next == UInt8(ascii: "{") {
                members = try scanner.members()
            } else {
                _ = try scanner.value()
                scanner.skipWhitespace()
                guard scanner.isAtEnd else { throw JSONScanner.Failure(reason: .syntax, offset: scanner.index) }
                throw RecordError("the line is not a JSON object")
            }
            scanner.skipWhitespace()
            guard scanner.isAtEnd else { throw JSONScanner.Failure(reason: .syntax, offset: scanner.index) }
        } catch let error as RecordError {
            throw error
        } catch let failure as JSONScanner.Failure {
            switch failure.reason {
            case .syntax where failure.offset >= bytes.count:
                throw RecordError("the line is not valid JSON (it ends too soon)")
            case .syntax:
                throw RecordError("the line is not valid JSON (at byte \(failure.offset + 1))")
            case .tooDeep:
                throw RecordError(
                    "the line is not valid JSON: arrays and objects nest more than \(JSONScanner.maximumDepth) deep"
                )
            }
        } catch {
            throw RecordError("the line is not valid JSON")
        }
        return try InputRecord(members: members, scanner: scanner)
    }

    /// Reads the members of a one-document record.
    init(members: [(key: JSONScanner.Value, value: JSONScanner.Value)], scanner: JSONScanner) throws(RecordError) {
        var names: [String] = []
        names.reserveCapacity(members.count)
        var id: JSONScanner.Value?
        var text: JSONScanner.Value?
        var sentences: JSONScanner.Value?
        var duplicate: String?
        for (key, value) in members {
            var repairs: [Range<Int>] = []
            let name = scanner.decodedString(key, repairs: &repairs)
            if duplicate == nil && names.contains(name) { duplicate = name }
            names.append(name)
            switch name {
            case "id": id = value
            case "text": text = value
            case "summary_sentences": sentences = value
            default: break
            }
        }
        let recordID = duplicate == "id" ? RecordID.null : id.map { RecordID(scanner, $0) } ?? .null
        if let duplicate {
            var quoted = JSONWriter(reservingCapacity: duplicate.utf8.count + 2)
            quoted.string(duplicate)
            throw RecordError("the record has the key \(quoted.text) more than once", id: recordID)
        }
        guard let text else { throw RecordError("the record has no \"text\"", id: recordID) }
        guard text.kind == .string else { throw RecordError("\"text\" must be a string", id: recordID) }
        var summarySentences: Int?
        if let sentences, sentences.kind != .null {
            guard sentences.kind == .number, let count = Double(scanner.text(of: sentences)),
                count >= 0 && count == count.rounded() && count < 1e9
            else {
                throw RecordError("\"summary_sentences\" must be a whole number, 0 or more", id: recordID)
            }
            summarySentences = Int(count)
        }
        var repairs: [Range<Int>] = []
        let string = scanner.decodedString(text, repairs: &repairs)
        self.init(
            id: recordID,
            document: InputDocument(text: string, repairs: repairs),
            summarySentences: summarySentences
        )
    }
}
