internal import Lede

extension ReportingCues {
    /// The cues of `Document.cues` as the attribution types read them.
    ///
    /// `according to` (by its lemma) marks where the pattern for its speaker may match; every
    /// other cue is a verb, which reports speech on its own unless its lemma is one of
    /// ``ReportingVerbs/characterizing``. Cues that overlap an earlier one are dropped, so
    /// that the searches by offset stay binary searches.
    ///
    /// - Parameter cues: The cues, in text order (as ``CueFinder`` writes them); others are
    ///   sorted first.
    /// - Complexity: O(*c*) for *c* cues in text order, O(*c* log *c*) otherwise.
    init(_ cues: [Cue]) {
        var ordered = cues
        if !cues.isSorted(by: { $0.span.start < $1.span.start }) {
            ordered.sort { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
        }
        var words: [CueWord] = []
        var accordingTo: [Span] = []
        words.reserveCapacity(ordered.count)
        var end = 0
        // Most cues of a text share a few lemmas (`say` above all): the last one is kept.
        var last: CueScanner.Verb?
        for cue in ordered where cue.span.start >= end {
            end = cue.span.end
            if cue.lemma == CueFinder.accordingToLemma {
                accordingTo.append(cue.span)
            } else {
                let verb = last.flatMap { $0.lemma == cue.lemma ? $0 : nil } ?? Self.verb(cue.lemma)
                last = verb
                words.append(CueWord(span: cue.span, verb: verb))
            }
        }
        self.init(words: words, accordingToCandidates: accordingTo)
    }

    /// The verb of a lemma: a built-in one is looked up by its packed bytes.
    private static func verb(_ lemma: String) -> CueScanner.Verb {
        var utf8 = lemma
        let known = utf8.withUTF8 { bytes in
            PackedWord(exactly: bytes, 0..<bytes.count, foldingCase: false).flatMap { builtInVerbs[$0] }
        }
        return known ?? CueScanner.Verb(lemma)
    }

    /// The verbs of the built-in lemmas (``ReportingVerbs``), by lemma.
    private static let builtInVerbs: PackedWordTable<CueScanner.Verb> = {
        var lemmas = Set(ReportingVerbs.forms.map(\.lemma))
        lemmas.formUnion(ReportingVerbs.sentenceOpeners.values)
        lemmas.formUnion(ReportingVerbs.phrasal.values.map(\.lemma))
        return PackedWordTable(
            Dictionary(uniqueKeysWithValues: lemmas.map { ($0, CueScanner.Verb($0)) }),
            foldingCase: false
        )
    }()
}

extension Sequence {
    /// Whether each element is in order with the next, as `areInIncreasingOrder` tells.
    fileprivate func isSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool {
        var iterator = makeIterator()
        guard var previous = iterator.next() else { return true }
        while let next = iterator.next() {
            guard areInIncreasingOrder(previous, next) else { return false }
            previous = next
        }
        return true
    }
}
