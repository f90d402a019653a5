internal import Lede

/// The last check on a speaker of reported speech: a speaker is a noun phrase, so a phrase
/// that another reading left with a verb, a participle clause or a time adverbial in it is cut
/// down to the name it holds, or dropped.
extension ReportedSpeechFinder {
    /// The part of a speaker mention that can name a speaker, or `nil` when none can.
    ///
    /// | Mention | Speaker |
    /// | --- | --- |
    /// | `said Ada Moss` (a reporting verb before its subject) | `Ada Moss` |
    /// | `told him about the plan` (a verb and its listener) | none |
    /// | `According to the survey` | `the survey` |
    /// | `Speaking to reporters on Friday Mr Kerr` (no comma after the participle clause) | `Mr Kerr` |
    /// | `Speaking in Salem`, `referring to the plan` (a participle clause alone) | none |
    /// | `two weeks ago` (a time adverbial) | none |
    /// | `known`, `rejected` (a verb form alone) | none |
    /// | `newly formed` (an adverb and a participle) | none |
    ///
    /// Any other mention is kept as it is.
    private func speakerShape(_ mention: Span) -> Span? {
        let first = document.tokenIndex(at: mention.start)
        let end = document.tokenIndex(at: mention.end)
        guard first < end, document.tokens[first].span.start == mention.start else { return mention }
        let last = end - 1
        // `two weeks ago`: a time adverbial.
        if last > first, isWord(last, "ago") { return nil }
        // `said Ada Moss`: the verb of an inverted report, read into its subject; `told him
        // about ...` is a verb and its listener.
        if last > first, isLowercase(first), isWord(first, AttributionLexicon.sayForms) {
            return isWord(first, "said") || isWord(first, "says") ? span(first + 1, last) : nil
        }
        // `According to the survey`: the source is the phrase after `to`.
        if last > first + 1, isWord(first, "according"), isWord(first + 1, "to") { return span(first + 2, last) }
        // `known`, `rejected`: a verb form alone names no one.
        if last == first, isLowercase(first), isVerbForm(first) || isWord(first, ClauseWords.irregularParticiples) {
            return nil
        }
        // `newly formed`: an adverb and a participle, with no noun.
        if last == first + 1, isAdverb(first), isVerbForm(last) { return nil }
        // `Speaking to reporters Mr Kerr`, `Responding to the plans`: a participle clause, which
        // names no one unless a name ends it after a word that is no preposition.
        if last > first, isParticiple(first),
            isWord(first + 1, AttributionLexicon.prepositions) || isWord(first + 1, ReportedSpeechWords.prepositions)
                || isWord(first + 1, AttributionLexicon.determiners)
        {
            var name = last
            while name > first + 1, isCapitalized(name - 1), !isCalendarName(name - 1) { name -= 1 }
            let before = name - 1
            guard name > first + 1, isCapitalized(name),
                isCalendarName(before)
                    || (isLowercase(before) && !isWord(before, AttributionLexicon.prepositions)
                        && !isWord(before, ReportedSpeechWords.prepositions))
            else { return nil }
            return span(name, last)
        }
        return mention
    }

    /// Cuts an attribution's speaker down to what can name a speaker (``speakerShape(_:)``),
    /// in place; `false` when nothing can, and the attribution is to be dropped.
    ///
    /// An attribution with no speaker, or whose speaker was found through a relative pronoun,
    /// is kept as it is.
    func shapeSpeaker(of attribution: inout Attribution) -> Bool {
        guard let speaker = attribution.speaker, speaker.foundMention == nil else { return true }
        guard let mention = speakerShape(speaker.mention) else { return false }
        if mention != speaker.mention {
            attribution.speaker = Speaker(mention: mention, name: document.string(mention), kind: .person)
        }
        return true
    }
}
