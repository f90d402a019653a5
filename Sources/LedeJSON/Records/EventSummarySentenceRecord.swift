/// A sentence of an event's combined summary, in an ``EventRecord``'s `summary`.
///
/// JSON: `{"document", "document_index", "text", "start", "end", "sentence", "score", "rank"}`.
/// `start` and `end` are code-point offsets into the text of the document the sentence comes
/// from, and `sentence` its index in that document's `sentences`.
///
/// `EventSummarySentenceRecord` is `Sendable`.
public struct EventSummarySentenceRecord: Codable, Hashable, Sendable {
    /// The id of the document the sentence comes from, as the input gave it.
    public var document: RecordID
    /// The index of that document in the event's `documents`, from 0.
    ///
    /// JSON: `document_index`.
    public var documentIndex: Int
    /// The sentence as written.
    public var text: String
    /// Where it starts in its document's text, in code points.
    public var start: Int
    /// Where it ends (exclusive), in code points.
    public var end: Int
    /// Its index in its document's `sentences`.
    public var sentence: Int
    /// The summarizer's score, comparable only within one summary; NaN when JSON has
    /// `null`.
    public var score: Double
    /// Its rank in the summary: 1 for the best.
    public var rank: Int

    /// Creates an event summary sentence record.
    ///
    /// - Parameters:
    ///   - document: The id of its document.
    ///   - documentIndex: The index of its document in the event.
    ///   - text: The sentence as written.
    ///   - start: Its first code point in its document's text.
    ///   - end: The code point after its last.
    ///   - sentence: Its index in its document's sentences.
    ///   - score: The summarizer's score.
    ///   - rank: Its rank, from 1.
    public init(
        document: RecordID,
        documentIndex: Int,
        text: String,
        start: Int,
        end: Int,
        sentence: Int,
        score: Double,
        rank: Int
    ) {
        self.document = document
        self.documentIndex = documentIndex
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.score = score
        self.rank = rank
    }

    private enum CodingKeys: String, CodingKey {
        case document
        case documentIndex = "document_index"
        case text, start, end, sentence, score, rank
    }

    /// Decodes a record; a `null` score becomes NaN.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` if a member is missing or of the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        document = try container.decode(RecordID.self, forKey: .document)
        documentIndex = try container.decode(Int.self, forKey: .documentIndex)
        text = try container.decode(String.self, forKey: .text)
        start = try container.decode(Int.self, forKey: .start)
        end = try container.decode(Int.self, forKey: .end)
        sentence = try container.decode(Int.self, forKey: .sentence)
        score = try container.decode(Double?.self, forKey: .score) ?? .nan
        rank = try container.decode(Int.self, forKey: .rank)
    }

    /// Encodes the record; a score JSON cannot hold becomes `null`.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(documentIndex, forKey: .documentIndex)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(sentence, forKey: .sentence)
        try container.encodeNumber(score, forKey: .score)
        try container.encode(rank, forKey: .rank)
    }
}
