/// A sentence of a summary of several documents, in a ``CollectionRecord``'s `combined`.
///
/// JSON: `{"document", "text", "sentence", "score", "rank"}`.
/// `CombinedSummarySentenceRecord` is `Sendable`.
public struct CombinedSummarySentenceRecord: Codable, Hashable, Sendable {
    /// The id of the document the sentence comes from.
    public var document: String
    /// The sentence as written.
    public var text: String
    /// Its index among its document's sentences.
    public var sentence: Int
    /// The summarizer's score, comparable only within one summary; NaN when JSON has
    /// `null`.
    public var score: Double
    /// Its rank in the summary: 1 for the best.
    public var rank: Int

    /// Creates a combined summary sentence record.
    ///
    /// - Parameters:
    ///   - document: The id of its document.
    ///   - text: The sentence as written.
    ///   - sentence: Its index among its document's sentences.
    ///   - score: The summarizer's score.
    ///   - rank: Its rank, from 1.
    public init(document: String, text: String, sentence: Int, score: Double, rank: Int) {
        self.document = document
        self.text = text
        self.sentence = sentence
        self.score = score
        self.rank = rank
    }

    private enum CodingKeys: String, CodingKey {
        case document, text, sentence, score, rank
    }

    /// Decodes a record; a `null` score becomes NaN.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` if a member is missing or of the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        document = try container.decode(String.self, forKey: .document)
        text = try container.decode(String.self, forKey: .text)
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
        try container.encode(text, forKey: .text)
        try container.encode(sentence, forKey: .sentence)
        try container.encodeNumber(score, forKey: .score)
        try container.encode(rank, forKey: .rank)
    }
}
