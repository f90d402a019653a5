public import Lede
import LedeStages
import PCRE2

/// Finds hedges — “reportedly”, “could”, “is believed to”, “it is unclear” — and says whose
/// they are: the writer's, or a quoted speaker's.
///
/// A downstream stage, written against Lede's public API only. Its patterns live in
/// `Hedges.patterns`, which the LedePatterns build-tool plugin checks on every build.
///
/// - **Requires:** sentences, layout, quotes, attributions and resolved speakers
///   (``AnalysisPipeline/news()`` provides them all).
/// - **Provides:** `AnnotationKeyID.hedges`, read with `Document.hedges`.
/// - **Options** (in a pipeline configuration, as `acme.hedges`):
///   - `kinds`: the kinds to keep, from `adverb`, `modal`, `distancing`, `uncertainty`;
///     default all.
///   - `quoted`: whether to keep hedges inside quotations; default `true`.
///   - `boilerplate`: whether to look in headings and boilerplate; default `false`.
///
/// A hedge is reported with the sentence that holds it; text outside every sentence is not searched.
///
/// - Complexity: O(*n*) to scan a text of *n* bytes, then O(log *s* + *q*) for each hedge
///   found, with *s* sentences and *q* quotations.
public struct HedgeTagger: Tagger {
    /// `acme.hedges`.
    public let name = "acme.hedges"
    /// Sentences, layout, quotes, attributions and speakers: the canonical name of the speaker
    /// of a quoted hedge is decided by a speaker stage (`lede.speakers`).
    public var requires: Set<AnnotationKeyID> { [.sentences, .layout, .quotes, .attributions, .speakers] }
    /// `AnnotationKeyID.hedges`.
    public var provides: Set<AnnotationKeyID> { [.hedges] }

    /// The kinds of hedge to keep.
    public var kinds: Set<HedgeKind>
    /// Whether to keep hedges inside quotations.
    public var includesQuoted: Bool
    /// Whether to look in headings and boilerplate.
    public var includesBoilerplate: Bool

    /// Creates a hedge tagger.
    ///
    /// - Parameters:
    ///   - kinds: The kinds of hedge to keep; default all.
    ///   - includesQuoted: Whether to keep hedges inside quotations; default `true`.
    ///   - includesBoilerplate: Whether to look in headings and boilerplate; default `false`.
    public init(
        kinds: Set<HedgeKind> = Set(HedgeKind.allCases),
        includesQuoted: Bool = true,
        includesBoilerplate: Bool = false
    ) {
        self.kinds = kinds
        self.includesQuoted = includesQuoted
        self.includesBoilerplate = includesBoilerplate
    }

    /// Finds the hedges and stores them under `AnnotationKeyID.hedges`.
    ///
    /// - Parameter document: A document with sentences, layout, quotes and attributions.
    /// - Throws: `PipelineError` naming this stage if a pattern fails to match (for example
    ///   on a match limit).
    public func process(_ document: inout Document) throws {
        let sentences = document.sentences
        let quotes = document.quotes
        let attributions = document.attributions
        var speakers: [Int: String] = [:]
        for attribution in attributions {
            if let quote = attribution.quote, let speaker = attribution.speaker { speakers[quote] = speaker.name }
        }
        var hedges: [Hedge] = []
        for kind in HedgeKind.allCases where kinds.contains(kind) {
            let matches: [PCRE2Match]
            do {
                matches = try Self.pattern(for: kind).allMatches(in: document.text)
            } catch {
                throw PipelineError(
                    code: .stageFailed,
                    stage: name,
                    message: "The '\(kind.rawValue)' pattern of Hedges.patterns failed: \(error.message)",
                    underlying: error
                )
            }
            for match in matches {
                let span = Span(match.range)
                guard let sentence = Self.index(of: span, in: sentences.map(\.span)) else { continue }
                if !includesBoilerplate && !document.isBodyText(sentences[sentence].span) { continue }
                let quote = quotes.indices.first {
                    quotes[$0].depth == 0 && quotes[$0].parts.contains { span.isInside($0) }
                }
                if quote != nil && !includesQuoted { continue }
                hedges.append(
                    Hedge(
                        span: span,
                        kind: kind,
                        sentence: sentence,
                        quote: quote,
                        speaker: quote.flatMap { speakers[$0] },
                        provenance: Provenance(stage: name, rule: kind.rawValue)
                    )
                )
            }
        }
        hedges.sort { $0.span < $1.span }
        document[HedgesKey.self] = hedges
    }

    /// The compiled pattern of a kind, from the generated `HedgesPatterns`.
    static func pattern(for kind: HedgeKind) throws(PCRE2Error) -> PCRE2Pattern {
        switch kind {
        case .adverb: try HedgesPatterns.adverb
        case .modal: try HedgesPatterns.modal
        case .distancing: try HedgesPatterns.distancing
        case .uncertainty: try HedgesPatterns.uncertainty
        }
    }

    /// The index of the span, among sorted, disjoint spans, that contains `span`.
    static func index(of span: Span, in spans: [Span]) -> Int? {
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].end <= span.start { low = middle + 1 } else { high = middle }
        }
        return low < spans.count && span.isInside(spans[low]) ? low : nil
    }
}
