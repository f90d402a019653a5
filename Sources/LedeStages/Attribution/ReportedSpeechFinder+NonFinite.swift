internal import Lede

/// The forms of a reporting verb that has no subject of its own: a participle clause that opens
/// the sentence, an infinitive after the object of a verb of causing, a participle after `with`
/// and its subject or after the main clause, and `asked` with no asker.
extension ReportedSpeechFinder {
    /// What one form makes of a reporting verb.
    enum VerbReading {
        /// The verb is not in this form: the next form reads it.
        case otherForm
        /// The verb is in this form, which reports this speech, or none.
        case read(Attribution?)
    }

    /// The reported speech of a participle or an infinitive, whose speaker is another
    /// clause's, another phrase's, or no one's.
    ///
    /// A participle after a comma takes `clauseSpeaker`, the speaker of the last reporting verb
    /// before it in the sentence.
    func nonFiniteReading(_ site: VerbSite, clauseSpeaker: Span?) -> VerbReading {
        let cue = site.cue
        let sentence = site.sentence
        let first = site.first
        let end = site.end
        let verb = site.verb
        let afterVerb = site.afterVerb
        let floor = site.floor
        let traits = site.traits
        // `Noting that the vote was close, Reyes ...`, `After saying he would run, the mayor ...`:
        // a participle clause that opens the sentence reports for the main clause's subject, and
        // ends at the comma before it.
        if isWord(verb, ReportedSpeechWords.participles),
            verb == first || (verb == first + 1 && isWord(first, ReportedSpeechWords.beforeParticiple))
                || (isWord(verb - 1, ReportedSpeechWords.beforeParticiple) && opensWithSpanOfTime(first, verb - 1))
        {
            return .read(openingParticiple(cue, verb: verb, afterVerb: afterVerb, end: end, sentence: sentence))
        }
        // `led Republicans to say that ...`, `prompted the mayor to warn that ...`: the object of a
        // verb of causing says it.
        // Only a clause is said there: `forced the firm to add more servers` adds servers.
        if verb - 3 >= floor, isWord(verb - 1, "to"), let speaker = causedSpeaker(before: verb - 1, floor: floor) {
            guard let (content, listener) = contentAfter(afterVerb, end: end, traits: traits) else { return .read(nil) }
            let first = document.tokenIndex(at: content.start)
            let last = document.tokenIndex(at: content.end)
            guard isWord(first - 1, "that") || (first..<last).contains(where: isClauseVerb) else { return .read(nil) }
            return .read(reported(content, speaker, cue: cue, listener: listener, .speakerCue))
        }
        // `with 40 percent saying the vote was rigged`: the phrase after `with` says it.
        if verb > first, isWord(verb, ReportedSpeechWords.participles),
            let speaker = absoluteSubject(before: verb, floor: floor)
        {
            guard let (content, listener) = contentAfter(afterVerb, end: end, traits: traits) else { return .read(nil) }
            return .read(reported(content, speaker, cue: cue, listener: listener, .speakerCue))
        }
        // `..., saying the vote was rigged`, `released a statement saying ...`: the speaker of
        // the main clause.
        if verb > first, isWord(verb, ReportedSpeechWords.participles),
            isComma(verb - 1) || isDash(verb - 1) || isWord(verb - 1, ReportedSpeechWords.beforeParticiple)
                || (verb - 2 >= first && isAdverb(verb - 1) && isComma(verb - 2))
                || isCommaInClosingMark(verb - 1, floor: first)
                || (isWord(verb - 1, "and") && verb - 2 >= first && isComma(verb - 2))
                || (isWord(verb - 1, ReportedSpeechWords.andBut) && followsParticiplePhrase(verb - 1, first: first))
                || (verb - 2 >= first && isWord(verb - 1, ReportedSpeechWords.afterVerb)
                    && isWord(verb - 2, ReportedSpeechWords.beforeParticiple))
                || (!traits.contains(.write) && isMessage(endingAt: verb - 1, floor: floor))
        {
            guard
                let speaker = ownClauseSubject(ofParticipleAt: verb, first: first) ?? clauseSpeaker
                    ?? clauseSubject(from: first, before: verb - 1),
                let (content, listener) = contentAfter(afterVerb, end: end, traits: traits)
            else { return .read(nil) }
            return .read(reported(content, speaker, cue: cue, listener: listener, .speakerCue))
        }
        // `Asked whether ...`, `When asked about ...`: the asker is not named.
        if traits.contains(.ask), verb == first || isWord(verb - 1, ReportedSpeechWords.beforeParticiple) {
            return .read(question(askedAt: verb, end: end))
        }
        return .otherForm
    }

    /// The subject of the clause that holds a participle after a subordinator, when that
    /// clause is not the sentence's: `Moss` in `That is why Moss quit before announcing ...`.
    ///
    /// A clause after a relative word (`companies that ship jobs abroad while claiming ...`)
    /// has its subject outside it, and is not read.
    private func ownClauseSubject(ofParticipleAt verb: Int, first: Int) -> Span? {
        guard verb - 1 > first, isWord(verb - 1, ReportedSpeechWords.beforeParticiple) else { return nil }
        let clause = clauseStart(before: verb - 1, floor: first)
        guard clause > first, isWord(clause - 1, ReportedSpeechWords.embeddedClauseOpeners),
            !isWord(clause - 1, ReportedSpeechWords.relativePronouns)
        else { return nil }
        return ClauseSubjectFinder(document: document).subject(
            from: document.tokens[clause].span.start,
            before: document.tokens[verb - 1].span.start
        )
    }

    /// Whether the tokens `first ..< end` are at most three words ending in a span of time: `One month`
    /// in `One month after announcing ...`, `Days` in `Days before saying ...`.
    private func opensWithSpanOfTime(_ first: Int, _ end: Int) -> Bool {
        guard end > first, end - first <= 3 else { return false }
        return isSpanOfTime(end - 1)
    }

    /// Whether a phrase that opens with a participle after a comma comes before the conjunction
    /// at `conjunction` in the sentence, so that the participle after the conjunction is
    /// joined to it and has its subject: `..., pointing to his record and saying ...`,
    /// `..., conceding that the plan had flaws but warning ...`.
    ///
    /// A semicolon or a colon ends the search: what comes before it is another clause.
    private func followsParticiplePhrase(_ conjunction: Int, first: Int) -> Bool {
        var index = conjunction - 1
        while index > first {
            if isByte(index, 0x3B) || isByte(index, 0x3A) { return false }
            if isComma(index - 1) && isLowercase(index) && isParticiple(index) { return true }
            index -= 1
        }
        return false
    }

    /// The object of a verb of causing that ends before the `to` at `to`: `Republicans` in
    /// `led Republicans to say`; at most five words, none of them a verb.
    private func causedSpeaker(before to: Int, floor: Int) -> Span? {
        let last = to - 1
        var index = last
        while index > floor && last - index < 5 {
            if isLowercase(index) && isWord(index, ReportedSpeechWords.causatives) {
                return index < last ? span(index + 1, last) : nil
            }
            guard isWordLike(index), !isCue(index), !isClauseVerb(index) else { return nil }
            index -= 1
        }
        return nil
    }

    /// The reported speech of a participle clause that opens its sentence: its content runs to
    /// the first comma after which a clause with a subject and a finite verb follows, and that
    /// subject is its speaker (`Noting that rents rose, the mayor called for a freeze.`).
    private func openingParticiple(_ cue: CueWord, verb: Int, afterVerb: Int, end: Int, sentence: Span) -> Attribution?
    {
        let reader = ClauseSubjectFinder(document: document)
        var commas = 0
        var index = afterVerb
        while index < end && commas < 4 {
            if isComma(index) {
                commas += 1
                if let speaker = reader.subject(at: document.tokens[index].span.end, before: sentence.end),
                    let (content, listener) = contentAfter(afterVerb, end: index, traits: cue.verb.traits)
                {
                    return reported(content, speaker, cue: cue, listener: listener, .speakerCue)
                }
            }
            index += 1
        }
        return nil
    }
}
