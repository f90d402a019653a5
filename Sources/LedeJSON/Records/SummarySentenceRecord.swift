/// A sentence of a document's summary, in an ``AnalysisRecord``'s `summary`.
///
/// JSON: `{"text", "start", "end", "sentence", "score", "rank"}`.
/// `SummarySentenceRecord` is `Sendable`.
public struct SummarySentenceRecord: Codable, Hashable, Sendable {
    /// The sentence as written.
    public var text: String
    /// Where it starts, in code points.
    public var start: Int
    /// Where it ends (exclusive), in code points.
    public var end: Int
    /// Its index in the record's `sentences`.
    public var sentence: Int
    /// The summarizer's score, comparable only within one summary; NaN when JSON has
    /// `null` (a score JSON cannot hold).
    public var score: Double
    /// Its rank in the summary: 1 for the best.
    public var rank: Int

    /// Creates a summary sentence record.
    ///
    /// - Parameters:
    ///   - text: The sentence as written.
    ///   - start: Its first code point.
    ///   - end: The code point after its last.
    ///   - sentence: Its index in the document's sentences.
    ///   - score: The summarizer's score.
    ///   - rank: Its rank, from 1.
    public init(text: String, start: Int, end: Int, sentence: Int, score: Double, rank: Int) {
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.score = score
        self.rank = rank
    }

    private enum CodingKeys: String, CodingKey {
        case text, start, end, sentence, score, rank
    }

    /// Decodes a record; a `null` score becomes NaN.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` if a member is missing or of the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
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
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(sentence, forKey: .sentence)
        try container.encodeNumber(score, forKey: .score)
        try container.encode(rank, forKey: .rank)
    }
}
