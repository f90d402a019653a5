internal import Lede

/// A reporting verb outside quotations: its span and base form.
struct CueWord: SpanProviding {
    var span: Span
    var verb: CueScanner.Verb

    /// The base form, as a `Cue` records it.
    var lemma: String { verb.lemma }
    /// Whether the verb is a form of *tell*, which may name its listener (`told Reuters`).
    var isTell: Bool { verb.traits.contains(.tell) }
    /// Whether the verb reports speech on its own (not `called`, `praised`).
    var reportsSpeech: Bool { verb.reportsSpeech }

    /// The `Cue` of an attribution, without a listener.
    var cue: Cue { Cue(span: span, lemma: verb.lemma) }
}

/// The reporting verbs of a document outside quotations, in text order, with searches by
/// offset; and the places where `according to` may occur.
///
/// Cues never overlap, so they are sorted by start and by end alike, and each search is a
/// binary search: a long document stays linear.
struct ReportingCues {
    /// The verbs, in text order.
    let words: [CueWord]
    /// Each `ccord`, in any ASCII case: `according to` is looked for only in a sentence that
    /// holds one.
    let accordingToCandidates: [Span]

    /// The first cue that starts at or after `offset` and before `limit`.
    func first(from offset: Int, before limit: Int) -> CueWord? {
        let index = words.firstIndex(startingAtOrAfter: offset)
        return index < words.count && words[index].span.start < limit ? words[index] : nil
    }

    /// Whether a cue starts at or after `offset` and before `limit`: ``first(from:before:)``
    /// without copying the cue.
    func hasCue(from offset: Int, before limit: Int) -> Bool {
        let index = words.firstIndex(startingAtOrAfter: offset)
        return index < words.count && words[index].span.start < limit
    }

    /// The last cue that ends at or before `offset` and starts at or after `floor`.
    func last(endingBy offset: Int, from floor: Int) -> CueWord? {
        guard let index = words.lastIndex(endingAtOrBefore: offset), words[index].span.start >= floor else {
            return nil
        }
        return words[index]
    }

    /// The cues that start in a range, in order.
    func starting(in range: Range<Int>) -> ArraySlice<CueWord> {
        let start = words.firstIndex(startingAtOrAfter: range.lowerBound)
        var end = start
        while end < words.count && words[end].span.start < range.upperBound { end += 1 }
        return words[start..<end]
    }

    /// Whether `according to` may occur in a span: a `ccord` lies in it.
    func mayHoldAccordingTo(_ span: Span) -> Bool {
        let index = accordingToCandidates.firstIndex(startingAtOrAfter: span.start)
        return index < accordingToCandidates.count && accordingToCandidates[index].end <= span.end
    }
}
