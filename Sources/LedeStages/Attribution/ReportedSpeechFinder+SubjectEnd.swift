internal import Lede

/// Reading back from a reporting verb to the end of its subject: the auxiliaries, adverbs, time
/// phrases, parentheses and interjections between them (`has also said`, `at the time said`,
/// `(R-Ky.) said`).
extension ReportedSpeechFinder {
    /// The last token of the subject of the verb at `cue`: the verb's token less auxiliaries,
    /// adverbs, time phrases, a parenthesis (`(R-Ky.)`) and an interjected `, however,`; and
    /// whether a form of *be* made it a passive (`was told`).
    func subjectEnd(before cue: Int, floor: Int) -> (end: Int, passive: Bool, progressive: Bool) {
        var index = cue - 1
        var passive = false
        var steps = 0
        while index >= floor && steps < 10 {
            steps += 1
            if isWord(index, ReportedSpeechWords.beforeVerb) {
                // `Both said`: a quantifier that opens its clause is the subject itself.
                if isWord(index, ReportedSpeechWords.quantifierSubjects), opensClause(index, floor: floor) { break }
                if isWord(index, ClauseWords.formsOfBe) { passive = true }
                index -= 1
            } else if isAdverb(index) || isWeekday(index) {
                index -= 1
                if index >= floor && isWord(index, "on") { index -= 1 }
            } else if isWord(index, ReportedSpeechWords.timeNouns), index - 1 >= floor,
                isWord(index - 1, ReportedSpeechWords.timeOpeners)
            {
                index -= 2
            } else if let start = timePhraseStart(endingAt: index, floor: floor) {
                // `Moss at the time said`, `The board over the weekend said`.
                index = start - 1
            } else if let auxiliary = auxiliary(beforeAdjunctEndingAt: index, floor: floor) {
                // `have in the past said`, `has on occasion argued`: an adjunct after the auxiliary.
                index = auxiliary
            } else if isByte(index, 0x29) {  // ( ... )
                var open = index - 1
                while open >= floor && open > index - 12 && !isByte(open, 0x28) { open -= 1 }
                guard open >= floor, isByte(open, 0x28) else { break }
                index = open - 1
            } else if isDash(index) {
                // `The coach -- who has feuded with the owners -- said`
                var open = index - 1
                while open > floor && open > index - 30 && !isDash(open) { open -= 1 }
                guard open > floor, isDash(open) else { break }
                index = open - 1
            } else if isComma(index), index - 2 >= floor {
                // `, however,` or `, for instance,`: up to three words between commas.
                var open = index - 1
                while open > floor && open >= index - 4 && !isComma(open) && isWordLike(open) { open -= 1 }
                guard isComma(open), open < index - 1, isWord(open + 1, ReportedSpeechWords.interjected) else { break }
                index = open - 1
            } else {
                break
            }
        }
        // `was saying` is not a passive; `was told` is.
        if passive && isParticiple(cue) { return (index, false, true) }
        return (index, passive, false)
    }

    /// The first token of a time phrase with a preposition and `the` that ends at `token`: `at
    /// the time`, `over the weekend`, `at the same time`, `in the past week`.
    private func timePhraseStart(endingAt token: Int, floor: Int) -> Int? {
        guard isWord(token, ReportedSpeechWords.timeNouns), isLowercase(token) else { return nil }
        var article = token - 1
        // One word may stand between `the` and the noun: `the same time`, `the past week`.
        if article > floor, !isWord(article, "the"), isLowercase(article) { article -= 1 }
        guard article - 1 >= floor, isWord(article, "the"), isWord(article - 1, ReportedSpeechWords.timePrepositions)
        else { return nil }
        return article - 1
    }

    /// The auxiliary before a short prepositional adjunct that ends at `token`: `have` in `have
    /// in the past said`, `has` in `has for years argued`.
    private func auxiliary(beforeAdjunctEndingAt token: Int, floor: Int) -> Int? {
        var index = token
        while index > floor && token - index < 3 && isLowercase(index) && isWordLike(index)
            && !isWord(index, ReportedSpeechWords.prepositions)
        {
            index -= 1
        }
        // (`have to win legal claims`: `to` after an auxiliary opens an infinitive.)
        guard index < token, index - 1 >= floor, isLowercase(index), isWord(index, ReportedSpeechWords.prepositions),
            !isWord(index, "to"), isLowercase(index - 1), isWord(index - 1, ReportedSpeechWords.clauseVerbs)
        else { return nil }
        return index - 1
    }
}
