internal import Lede

/// The owner of the words a noun cue names: `Dana Kerr's` in `The senator blasted Dana
/// Kerr's call for ...`.
extension SpeakerPhraseFinder {
    /// The possessor at the end of a phrase that runs over a verb into it, or `nil` when the
    /// phrase holds no verb.
    ///
    /// Before a noun cue (`call`, `comments`, `remarks`), the speaker is the possessor. The
    /// phrase patterns take a determiner and the words after it as one phrase, so in `The
    /// senator blasted Dana Kerr's call` or `An aide tried to downplay Reyes's comments` they
    /// read the whole clause up to the cue. The possessor starts after the clause's last verb
    /// (a past or present form, an auxiliary or a participle, but not one after a determiner or
    /// an adverb, which is an adjective: `The newly formed Committee to Protect Journalists'`),
    /// at the first capitalized word, role word or determiner: `Republican presidential
    /// candidate Donald Trump's` in `the rally denounced Republican presidential candidate
    /// Donald Trump's call`, `the Tories'` in `rejected the Tories' call`.
    ///
    /// - Parameter span: A speaker phrase, ending where the cue's phrase ends.
    /// - Returns: The possessor, when the phrase ends in a possessive (`'s`, `’s`, or an
    ///   apostrophe after `s`) and holds a verb before it; otherwise `nil`.
    func possessor(endingPhrase span: Span) -> Span? {
        guard document.endsInPossessive(span) else { return nil }
        let tokens = document.tokens
        let classes = ClauseWordClasses(document: document)
        let first = document.tokenIndex(at: span.start)
        let end = document.tokenIndex(at: span.end)
        var afterVerb: Int?
        var previous: ClauseWordClasses.WordClass?
        for index in first..<end {
            let kind = classes.computeClass(index)
            switch kind {
            case .pastVerb, .presentVerb, .auxiliary, .participle:
                if previous != .determiner && previous != .adverb { afterVerb = index + 1 }
            default:
                break
            }
            previous = kind
        }
        guard var start = afterVerb else { return nil }
        func opensPossessor(_ index: Int) -> Bool {
            let kind = classes.computeClass(index)
            return kind == .capitalized || kind == .determiner
                || document.isWord(tokens[index].span.range, in: AttributionLexicon.roleWords, lowercased: true)
        }
        while start < end && !opensPossessor(start) { start += 1 }
        guard start < end, tokens[start].span.start < span.end else { return nil }
        return Span(start: tokens[start].span.start, end: span.end)
    }
}
