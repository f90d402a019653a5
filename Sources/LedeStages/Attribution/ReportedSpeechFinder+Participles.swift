internal import Lede

/// Subjects that stand apart from a participle or an infinitive of a reporting verb: the
/// phrase after `with` (`with 40 percent saying`), the sender of a message (`released a
/// statement saying`), and the subject of a copula before an adjective (`Voters were more
/// likely to say`).
extension ReportedSpeechFinder {
    /// The form of *be* before an adjective that takes an infinitive, with adverbs of degree
    /// between them: `were more likely`, `is not willing`.
    func copula(beforeAdjective adjective: Int, floor: Int) -> Int? {
        guard isWord(adjective, ReportedSpeechWords.infinitiveAdjectives) else { return nil }
        var index = adjective - 1
        while index >= floor && index > adjective - 4
            && (isWord(index, ReportedSpeechWords.degreeWords) || isAdverb(index))
        { index -= 1 }
        return index >= floor && isLowercase(index) && isWord(index, ClauseWords.formsOfBe) ? index : nil
    }

    /// Whether a noun phrase for a message ends at `token`: `a statement`, `an angry letter`,
    /// but not `an Amnesty letter`, where a name before it makes it part of a compound (a
    /// message is never said to be *writing*: `a letter writing campaign` is a compound too).
    func isMessage(endingAt token: Int, floor: Int) -> Bool {
        guard isWord(token, ReportedSpeechWords.messageNouns) else { return false }
        return token - 1 >= floor && isWord(token - 1, AttributionLexicon.determiners)
            || token - 2 >= floor && isLowercase(token - 1) && isWord(token - 2, AttributionLexicon.determiners)
    }

    /// The subject of a participle in an absolute phrase after `with`: `with 40 percent saying
    /// ...`, `with three in 10 saying ...`; at most six words, none of them a verb.
    func absoluteSubject(before verb: Int, floor: Int) -> Span? {
        // `with Reyes quickly adding`, `with Reyes also signaling`: the adverb is not the subject's.
        var last = verb - 1
        while last > floor && (isAdverb(last) || isWord(last, ReportedSpeechWords.beforeVerb)) { last -= 1 }
        // `with Reyes quoted as saying`.
        if last - 1 > floor, isWord(last, "as"), isWord(last - 1, "quoted") { last -= 2 }
        var index = last
        while index >= floor && index >= verb - 7 {
            if isWord(index, "with") {
                return index + 1 <= last ? span(index + 1, last) : nil
            }
            // `unhappy with Reyes for not revealing`: a preposition or `not` makes it no phrase.
            if !isWordLike(index) && !isByte(index, 0x25) || isCue(index) || isClauseVerb(index)
                || isWord(index, ReportedSpeechWords.notInAbsoluteSubject)
            {
                return nil
            }
            index -= 1
        }
        return nil
    }
}
