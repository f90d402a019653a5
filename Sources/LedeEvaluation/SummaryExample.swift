/// An article and its reference summary: one item of a summarization benchmark.
///
/// `SummaryExample` is `Sendable`.
public struct SummaryExample: Hashable, Sendable {
    /// An identifier, such as `business/001`.
    public var id: String
    /// The article, headline first.
    public var text: String
    /// The reference summary's sentences.
    public var reference: [String]
    /// How many sentences a summarizer picks for this article (*k*); usually the number of
    /// reference sentences.
    public var sentenceCount: Int
    /// The parts of the stored summary that matched no article sentence when it was split
    /// (see ``ReferenceSplit/unmatched``); empty when the split was exact or the reference
    /// came already split.
    public var unmatchedReference: [String]

    /// Creates an example.
    ///
    /// - Parameters:
    ///   - id: An identifier.
    ///   - text: The article.
    ///   - reference: The reference sentences.
    ///   - sentenceCount: How many sentences to pick; defaults to the number of reference sentences.
    ///   - unmatchedReference: The parts of the summary that matched no article sentence;
    ///     defaults to none.
    public init(
        id: String,
        text: String,
        reference: [String],
        sentenceCount: Int? = nil,
        unmatchedReference: [String] = []
    ) {
        self.id = id
        self.text = text
        self.reference = reference
        self.sentenceCount = sentenceCount ?? reference.count
        self.unmatchedReference = unmatchedReference
    }

    /// Whether the reference is exactly a list of article sentences: no part of the stored
    /// summary was left unmatched.
    public var isReferenceExact: Bool { unmatchedReference.isEmpty }

    /// Whether every unmatched part of the reference occurs verbatim in the article, so that
    /// the split missed only because the corpus cut sentences elsewhere than the segmenter.
    public var isReferenceInArticle: Bool { unmatchedReference.allSatisfy { text.contains($0) } }
}
