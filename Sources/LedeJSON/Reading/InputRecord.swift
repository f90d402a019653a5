/// One JSON Lines input record, read and checked: a document,
/// `{"id": ..., "text": "...", "summary_sentences": 3}`, or an event,
/// `{"id": ..., "documents": [{"id": ..., "text": "..."}, ...], "summary_sentences": 3}`.
///
/// Reading goes in two layers: ``parse(_:)`` checks the line (empty, UTF-8, JSON, an object,
/// no key twice) and collects the top-level members; ``init(members:scanner:)`` then reads
/// them, as one document or, when `documents` is given instead of `text`, as an event whose
/// documents are read one by one (``EventDocument``), so that a bad document is reported in
/// its place without losing the others.
struct InputRecord {
    /// What a record holds.
    enum Content {
        /// One text to analyse.
        case document(InputDocument)
        /// The documents of an event, in order, to analyse and summarize together.
        case event([EventDocument])
    }

    /// The record's id, ``RecordID/null`` when it has none.
    var id: RecordID
    /// The text or texts to analyse.
    var content: Content
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

/// One document of an event: its id, and its text or what is wrong with it.
struct EventDocument {
    /// The document's id, ``RecordID/null`` when it has none or could not be read.
    var id: RecordID
    /// The text, or why the document cannot be analysed.
    var text: Result<InputDocument, RecordError>
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

    /// Reads the members of a record: a document or an event.
    init(members: [(key: JSONScanner.Value, value: JSONScanner.Value)], scanner: JSONScanner) throws(RecordError) {
        let fields = try Fields(members, scanner: scanner, of: "record")
        let recordID = fields.id
        let content: Content
        switch (fields["text"], fields["documents"]) {
        case (let text?, nil):
            content = .document(try Self.document(text, scanner: scanner, id: recordID))
        case (nil, let documents?):
            guard documents.kind == .array else {
                throw RecordError("\"documents\" must be an array of documents", id: recordID)
            }
            var elements = JSONScanner(scanner.bytes, from: documents.range.lowerBound)
            // The line was scanned whole already, so its arrays are well formed.
            guard let values = try? elements.elements() else {
                throw RecordError("\"documents\" must be an array of documents", id: recordID)
            }
            guard !values.isEmpty else {
                throw RecordError("\"documents\" must hold at least one document", id: recordID)
            }
            content = .event(values.map { Self.eventDocument($0, scanner: scanner) })
        case (nil, nil):
            throw RecordError("the record has no \"text\" or \"documents\"", id: recordID)
        case (.some, .some):
            throw RecordError("the record has both \"text\" and \"documents\"; give one", id: recordID)
        }
        var summarySentences: Int?
        if let sentences = fields["summary_sentences"], sentences.kind != .null {
            guard sentences.kind == .number, let count = Double(scanner.text(of: sentences)),
                count >= 0 && count == count.rounded() && count < 1e9
            else {
                throw RecordError("\"summary_sentences\" must be a whole number, 0 or more", id: recordID)
            }
            summarySentences = Int(count)
        }
        self.init(id: recordID, content: content, summarySentences: summarySentences)
    }

    /// Reads one element of an event's `documents`.
    private static func eventDocument(_ value: JSONScanner.Value, scanner: JSONScanner) -> EventDocument {
        guard value.kind == .object else {
            return EventDocument(id: .null, text: .failure(RecordError("the document is not a JSON object")))
        }
        var inner = JSONScanner(scanner.bytes, from: value.range.lowerBound)
        guard let members = try? inner.members() else {
            return EventDocument(id: .null, text: .failure(RecordError("the document is not a JSON object")))
        }
        do throws(RecordError) {
            let fields = try Fields(members, scanner: scanner, of: "document")
            guard let text = fields["text"] else {
                return EventDocument(id: fields.id, text: .failure(RecordError("the document has no \"text\"")))
            }
            return EventDocument(id: fields.id, text: .success(try document(text, scanner: scanner, id: fields.id)))
        } catch {
            return EventDocument(id: error.id ?? .null, text: .failure(error))
        }
    }

    /// Reads a `text` member.
    private static func document(
        _ text: JSONScanner.Value,
        scanner: JSONScanner,
        id: RecordID
    ) throws(RecordError) -> InputDocument {
        guard text.kind == .string else { throw RecordError("\"text\" must be a string", id: id) }
        var repairs: [Range<Int>] = []
        let string = scanner.decodedString(text, repairs: &repairs)
        return InputDocument(text: string, repairs: repairs)
    }
}

/// The members of an object that a reader uses, checked for keys given twice.
private struct Fields {
    /// The object's id, ``RecordID/null`` when it has none or gives `id` twice.
    let id: RecordID
    private var values: [(name: String, value: JSONScanner.Value)] = []

    /// The members named `id`, `text`, `documents` and `summary_sentences`.
    private static let known: Set<String> = ["id", "text", "documents", "summary_sentences"]

    /// Collects the members.
    ///
    /// - Parameters:
    ///   - members: The object's members.
    ///   - scanner: The scanner that read them.
    ///   - noun: What the object is, for messages: `record` or `document`.
    /// - Throws: ``RecordError`` if a key is given twice, with the id unless the key is `id`.
    init(
        _ members: [(key: JSONScanner.Value, value: JSONScanner.Value)],
        scanner: JSONScanner,
        of noun: String
    ) throws(RecordError) {
        var names: [String] = []
        names.reserveCapacity(members.count)
        var duplicate: String?
        var idValue: JSONScanner.Value?
        for (key, value) in members {
            var repairs: [Range<Int>] = []
            let name = scanner.decodedString(key, repairs: &repairs)
            if duplicate == nil && names.contains(name) { duplicate = name }
            names.append(name)
            if name == "id" { idValue = value }
            if Self.known.contains(name) { values.append((name, value)) }
        }
        id = duplicate == "id" ? RecordID.null : idValue.map { RecordID(scanner, $0) } ?? .null
        if let duplicate {
            var quoted = JSONWriter(reservingCapacity: duplicate.utf8.count + 2)
            quoted.string(duplicate)
            throw RecordError("the \(noun) has the key \(quoted.text) more than once", id: id)
        }
    }

    /// The value of a member, or `nil` when the object has none.
    subscript(name: String) -> JSONScanner.Value? {
        values.first { $0.name == name }?.value
    }
}
