public import Lede

/// A word or phrase that weakens, qualifies or distances a claim: “reportedly”, “could”,
/// “is believed to”, “it is unclear”.
///
/// Offsets are UTF-8 bytes of the working text, like every Lede ``Span``; use
/// `Document.originalRange(of:)` for the original input. `Hedge` is `Sendable`.
public struct Hedge: Hashable, Sendable {
    /// The hedge itself.
    public var span: Span
    /// What kind of hedge it is.
    public var kind: HedgeKind
    /// The index, in `Document.sentences`, of the sentence that holds it.
    public var sentence: Int
    /// The index, in `Document.quotes`, of the quotation that holds it, or `nil` when the
    /// hedge is in the writer's own words.
    public var quote: Int?
    /// Who is hedging: the canonical name of the quoted speaker, or `nil` for the writer.
    public var speaker: String?
    /// The stage and the pattern that found it.
    public var provenance: Provenance

    /// Creates a hedge.
    ///
    /// - Parameters:
    ///   - span: The hedge in the working text.
    ///   - kind: What kind of hedge it is.
    ///   - sentence: The sentence that holds it.
    ///   - quote: The quotation that holds it, if any.
    ///   - speaker: The quoted speaker's name, if any.
    ///   - provenance: The stage and pattern that found it.
    public init(span: Span, kind: HedgeKind, sentence: Int, quote: Int?, speaker: String?, provenance: Provenance) {
        self.span = span
        self.kind = kind
        self.sentence = sentence
        self.quote = quote
        self.speaker = speaker
        self.provenance = provenance
    }
}

/// The kinds of hedge ``HedgeTagger`` finds, one per entry of its pattern file.
///
/// `HedgeKind` is `Sendable`.
public enum HedgeKind: String, CaseIterable, Hashable, Sendable {
    /// An adverb: “reportedly”, “allegedly”, “perhaps”, “likely”.
    case adverb
    /// A modal verb of possibility: “may”, “might”, “could”.
    case modal
    /// A passive reporting phrase: “is said to”, “are believed to”, “appears to”.
    case distancing
    /// A statement that something is not known: “it is unclear”, “unconfirmed”.
    case uncertainty
}

/// The annotation key of ``HedgeTagger``; internal, so no other package can write it.
enum HedgesKey: AnnotationKey {
    typealias Value = [Hedge]
}

extension AnnotationKeyID {
    /// The hedges of ``HedgeTagger``: `Document.hedges`.
    public static let hedges = AnnotationKeyID(HedgesKey.self)
}

extension Document {
    /// The hedges ``HedgeTagger`` found, in text order; empty until it has run.
    public var hedges: [Hedge] { self[HedgesKey.self] ?? [] }
}
