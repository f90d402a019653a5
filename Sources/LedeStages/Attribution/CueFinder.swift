public import Lede
internal import PCRE2

/// Finds the reporting cues of a text: the verbs and phrases that report speech, outside
/// quotations, with their base form and, for *tell*, whom the speech was told to.
///
/// | Text | Cue | Lemma | Listener |
/// | --- | --- | --- | --- |
/// | `“We won,” Leavitt said.` | `said` | `say` | – |
/// | `sources told Reuters on Monday` | `told` | `tell` | `Reuters` |
/// | `Hayes pointed out that ...` | `pointed out` | `point out` | – |
/// | `Said the Pew report: “...”` | `Said` | `say` | – |
/// | `according to the Treasury` | `according to` | `according to` | – |
/// | `She called it a “coalition of the willing”` | `called` | `call` | – |
///
/// Reporting verbs are a closed English list (76 verbs such as *say*, *tell*, *add*, *note*,
/// *warn* and *call*, in every form, and `pointed out`, `went on`), looked up word by word by
/// their packed bytes; a capitalized verb counts only where it opens a clause before its
/// speaker (`Said the Pew report`). A verb inside a quotation is what the speaker said, not
/// the reporting, and is left out. Some verbs characterize speech rather than report it
/// (`called`, `praised`): they are cues, and ``AttributionFinder`` uses them for quotations
/// but not for reported speech. The listener of *tell* is the name or phrase right after it,
/// in the same sentence and before the next quotation.
///
/// This is the seam for cues of your own: a stage that writes `Document.cues` in place of
/// this one (more verbs, another language) changes what ``AttributionFinder`` attributes. It
/// reads each cue's span and lemma: a lemma that the built-in list calls characterizing
/// does not report speech on its own, and `according to` introduces its speaker after it.
///
/// - **Requires:** `AnnotationKeyID.tokens`, `AnnotationKeyID.sentences`,
///   `AnnotationKeyID.quotes`.
/// - **Provides:** `AnnotationKeyID.cues`.
/// - **Offsets:** UTF-8 bytes of the working text.
/// - **Options:** none.
///
/// `CueFinder` is `Sendable`.
public struct CueFinder: Tagger {
    /// `lede.cues`.
    public let name = "lede.cues"

    /// Creates the finder.
    public init() {}

    /// Tokens, sentences and quotations.
    public var requires: Set<AnnotationKeyID> { [.tokens, .sentences, .quotes] }
    /// `AnnotationKeyID.cues`.
    public var provides: Set<AnnotationKeyID> { [.cues] }

    /// Finds the cues of a document.
    ///
    /// - Parameter document: A document with tokens, sentences and quotations.
    /// - Throws: `PCRE2Error` if a pattern hits its match or depth limit on this text; a
    ///   pipeline wraps it in a `PipelineError` with code `stageFailed` that names this stage.
    /// - Complexity: O(*n*) in the length of the text.
    public func process(_ document: inout Document) throws {
        // Worked out from a copy that is gone before the result is stored, so that storing it
        // does not copy the document's annotations.
        document.cues = try cues(of: document)
    }

    /// The cues of a document, in text order.
    private func cues(of document: Document) throws -> [Cue] {
        try AttributionDocument.reading(document, parts: [.quotes, .sentences]) { try cues(in: $0) }
    }

    /// The cues of a document, in text order, from a view of it.
    private func cues(in view: AttributionDocument) throws -> [Cue] {
        let words = CueScanner.scan(view)
        var cues: [Cue] = []
        cues.reserveCapacity(words.words.count)
        var accordingTo = try Self.accordingTo(in: view, candidates: words.accordingToCandidates).makeIterator()
        var nextAccordingTo = accordingTo.next()
        for word in words.words {
            while let phrase = nextAccordingTo, phrase.start < word.span.start {
                cues.append(Cue(span: phrase, lemma: Self.accordingToLemma))
                nextAccordingTo = accordingTo.next()
            }
            cues.append(Cue(span: word.span, lemma: word.lemma, listener: try Self.listener(of: word, in: view)))
        }
        while let phrase = nextAccordingTo {
            cues.append(Cue(span: phrase, lemma: Self.accordingToLemma))
            nextAccordingTo = accordingTo.next()
        }
        return cues
    }

    /// The lemma of `according to`.
    static let accordingToLemma = "according to"

    /// Each `according to` outside quotations, in order.
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - candidates: The offsets of `ccord` in any case, from ``CueScanner``.
    /// - Returns: The spans of `according to`.
    /// - Throws: `PCRE2Error` if the pattern hits its match or depth limit.
    private static func accordingTo(in document: AttributionDocument, candidates: [Span]) throws -> [Span] {
        var phrases: [Span] = []
        for candidate in candidates where candidate.start > 0 {
            let start = candidate.start - 1  // the `a` of `according`
            guard
                let match = try AttributionPatterns.accordingTo.firstMatch(
                    in: document.text,
                    range: start..<min(document.bytes.count, candidate.end + 200)
                ), match.range.lowerBound == start
            else { continue }
            let span = Span(match.range)
            if !document.quoteOverlaps(span) { phrases.append(span) }
        }
        return phrases
    }

    /// Whom a form of *tell* names as its listener: the phrase right after it, in its
    /// sentence and before the next quotation.
    private static func listener(of word: CueWord, in document: AttributionDocument) throws -> Span? {
        guard word.isTell else { return nil }
        let sentences = document.sentences
        var limit = document.bytes.count
        if !sentences.isEmpty {
            limit = min(limit, sentences[document.sentenceIndex(containing: word.span.start)].span.end)
        }
        limit = document.quoteStart(atOrAfter: word.span.end, before: limit) ?? limit
        guard word.span.end < limit,
            let match = try AttributionPatterns.told.firstMatch(in: document.text, range: word.span.end..<limit)
        else { return nil }
        return match["listener"].map(Span.init)
    }
}
