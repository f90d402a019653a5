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

    /// The subject of a participle in an absolute phrase after `with`.
    ///
    /// For example `with 40 percent saying ...`, `with three in 10 saying ...`, `with about a
    /// third saying ...`; at most six words, none of them a verb. Without `with`, a share of
    /// those polled is the subject too: `left 62 percent of voters saying ...`.
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
                || isWord(index, ReportedSpeechWords.notInAbsoluteSubject) && !opensAmount(index, before: last)
            {
                return share(from: index + 1, to: last)
            }
            index -= 1
        }
        return share(from: index + 1, to: last)
    }

    /// Whether an approximator at `token` opens an amount: `about three`, `nearly 40`.
    private func opensAmount(_ token: Int, before last: Int) -> Bool {
        token < last && isWord(token, ReportedSpeechWords.approximators)
            && (isNumber(token + 1) || isWord(token + 1, ReportedSpeechWords.amounts))
    }

    /// The words that end at `last` and name a share of people polled: a number or an amount
    /// (with the approximator before it), then `percent`, `%` or `in 10`, and the rest of the
    /// phrase (`62 percent of voters`, `about three in 10`), within `first ... last`.
    private func share(from first: Int, to last: Int) -> Span? {
        guard first < last,
            let marker = (first + 1...last).first(where: {
                isWord($0, "percent") || isByte($0, 0x25) || $0 < last && isWord($0, "in") && isNumber($0 + 1)
            }),
            isNumber(marker - 1) || isWord(marker - 1, ReportedSpeechWords.amounts) && !isWord(marker - 1, "a")
        else { return nil }
        var start = marker - 1
        if start > first, opensAmount(start - 1, before: last) { start -= 1 }
        return span(start, last)
    }
}
