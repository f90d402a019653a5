/// An extractive summary: sentences chosen from one or more documents.
///
/// `Summary` is `Sendable`.
public struct Summary: Hashable, Sendable {
    /// The chosen sentences, in the order the summarizer was asked for (document order by default).
    public var sentences: [SummarySentence]
    /// The name of the method that chose them, such as `lede.summary.lexrank`.
    public var method: String

    /// Creates a summary.
    ///
    /// - Parameters:
    ///   - sentences: The chosen sentences.
    ///   - method: The name of the method that chose them.
    public init(sentences: [SummarySentence], method: String) {
        self.sentences = sentences
        self.method = method
    }
}

/// One sentence of a ``Summary``, with where it came from and why it was chosen.
///
/// `SummarySentence` is `Sendable`.
public struct SummarySentence: Hashable, Sendable {
    /// The ``Document/id`` of the document it came from.
    public var documentID: String
    /// The position of that document among those summarized.
    public var documentIndex: Int
    /// The index of the sentence in that document's ``Document/sentences``.
    public var sentenceIndex: Int
    /// The sentence in the working text of its document.
    public var span: Span
    /// The UTF-8 range of the sentence in its document's original input.
    public var originalRange: Range<Int>
    /// The sentence as written in the original input.
    public var text: String
    /// The summarizer's score; higher is more important.
    ///
    /// Scores are comparable only within one summary.
    public var score: Double
    /// The rank by score, 1 being the best.
    public var rank: Int
    /// The stage and rule (method) that chose it.
    public var provenance: Provenance

    /// Creates a summary sentence.
    ///
    /// - Parameters:
    ///   - documentID: The source document's ID.
    ///   - documentIndex: The source document's position among those summarized.
    ///   - sentenceIndex: The sentence's index in that document.
    ///   - span: The sentence in the document's working text.
    ///   - originalRange: The sentence's UTF-8 range in the original input.
    ///   - text: The sentence as written in the original input.
    ///   - score: The summarizer's score.
    ///   - rank: The rank by score, from 1.
    ///   - provenance: The stage and rule that chose it.
    public init(
        documentID: String,
        documentIndex: Int,
        sentenceIndex: Int,
        span: Span,
        originalRange: Range<Int>,
        text: String,
        score: Double,
        rank: Int,
        provenance: Provenance
    ) {
        self.documentID = documentID
        self.documentIndex = documentIndex
        self.sentenceIndex = sentenceIndex
        self.span = span
        self.originalRange = originalRange
        self.text = text
        self.score = score
        self.rank = rank
        self.provenance = provenance
    }
}
