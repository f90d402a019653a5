internal import Lede

/// Reading the listener after *tell*, *ask*, *warn* and their like: a pronoun or an audience
/// (`told him`, `told reporters`), a name with the nouns around it (`told a Senate panel`,
/// `told Metro Radio host Ann Lee`), or a short phrase before `that`.
extension ReportedSpeechFinder {
    /// The listener after *tell*, *ask* and their like, and the token after it: `told
    /// reporters`, `told him`, `told the BBC`, `told host Ann Lee`.
    func listener(at token: Int, end: Int) -> (listener: Span, next: Int)? {
        guard token < end, isWordLike(token) else { return nil }
        if isWord(token, ReportedSpeechWords.objectPronouns) || isWord(token, ReportedSpeechWords.audiences) {
            return (document.tokens[token].span, token + 1)
        }
        // Up to `that`, when only a short noun phrase lies between. (`asked if that was true`,
        // `asked whether that ...`: a phrase that opens with a conjunction is none.)
        let opensClause = isWord(token, ReportedSpeechWords.clauseOpeners) || isWord(token, "whether")
        var index = token
        while !opensClause && index < end && index < token + 10 && !isCue(index) && !isClauseVerb(index) {
            if isWord(index, "that") {
                return index > token ? (span(token, index - 1), index) : nil
            }
            if isWordLike(index) {
                index += 1
            } else if let after = afterNumberPossessive(index, end: end) {
                index = after
            } else {
                break
            }
        }
        // [the] [one or two lower-case words] Capitalized Words
        index = token
        if isWord(index, ReportedSpeechWords.listenerDeterminers) { index += 1 }
        var lower = 0
        // (`told the court he had ...`: a subject pronoun opens the content.)
        while index < end && isLowercase(index) && lower < 2 && !isWord(index, ReportedSpeechWords.clauseOpeners)
            && !isWord(index, ReportedSpeechWords.questionOpeners) && !isWord(index, AttributionLexicon.determiners)
            && !isWord(index, ReportedSpeechWords.adverbialOpeners)
            && !isWord(index, ReportedSpeechWords.subjectPronouns)
        {
            index += 1
            lower += 1
        }
        let capitalsStart = index
        // `BBC Radio 4's Today`: a number and its possessive may go on with a name.
        while index < end && index < capitalsStart + 8 {
            if isCapitalized(index) || index > capitalsStart && isNumber(index) {
                index += 1
            } else if index > capitalsStart, let after = afterNumberPossessive(index, end: end) {
                index = after
            } else {
                break
            }
        }
        // `told the court Kerr had lied`: after a lower-case listener, a name with a finite
        // verb after it is the content's subject.
        if index > capitalsStart, lower > 0, index < end, isFiniteVerb(index) {
            return (span(token, capitalsStart - 1), capitalsStart)
        }
        if index > capitalsStart {
            // `told a Senate panel`, `told the BBC's Today programme she ...`: a noun after the
            // name that modifies it, before the end of the clause or the content's subject;
            // `told CNN host Ann Lee he ...`: and the name the noun introduces.
            if index < end, isListenerNoun(index) {
                let noun = index
                var name = noun + 1
                while name < end && isCapitalized(name) && name < noun + 4 { name += 1 }
                if name > noun + 1, endsListener(before: name, end: end) {
                    index = name
                } else if endsListener(before: noun + 1, end: end) || isWeekday(noun + 1) {
                    index = noun + 1
                }
            }
            return (span(token, index - 1), index)
        }
        // `told the crowd`, `asked the network`: a determiner and one noun; `told his closest
        // advisers`: two words that end the clause.
        if token + 1 < end, isWord(token, ReportedSpeechWords.listenerDeterminers), isLowercase(token + 1) {
            if lower == 1 { return (span(token, token + 1), token + 2) }
            if lower == 2, isListenerNoun(token + 2), endsListener(before: token + 3, end: end) || isWeekday(token + 3)
            {
                return (span(token, token + 2), token + 3)
            }
        }
        return nil
    }

    /// The token after the possessive `'s` (or `’s`) of a number, when `token` is its
    /// apostrophe: `Radio 4's`, which the tokenizer writes as `4`, `'`, `s`.
    private func afterNumberPossessive(_ token: Int, end: Int) -> Int? {
        guard token > 0, token + 1 < end, isNumber(token - 1) else { return nil }
        let tokens = document.tokens
        let mark = tokens[token].span
        let bytes = document.bytes
        let isApostrophe =
            mark.length == 1 && bytes[mark.start] == 0x27
            || mark.length == 3 && bytes[mark.start] == 0xE2 && bytes[mark.start + 1] == 0x80
                && bytes[mark.start + 2] == 0x99
        guard isApostrophe, tokens[token - 1].span.end == mark.start, tokens[token + 1].span.start == mark.end,
            tokens[token + 1].span.length == 1, bytes[mark.end] == 0x73
        else { return nil }
        return token + 2
    }

    /// Whether a listener's phrase may end before `token`: at the end of the clause, before
    /// the subject that opens the content (`he`, `there`, `that`, `the tax`, `Mr Blair`), or
    /// before a preposition (`on Saturday`).
    private func endsListener(before token: Int, end: Int) -> Bool {
        token >= end || !isWordLike(token) || isCapitalized(token)
            || isWord(token, ReportedSpeechWords.subjectPronouns) || isWord(token, ReportedSpeechWords.clauseSubjects)
            || isWord(token, "that") || isWord(token, ReportedSpeechWords.listenerDeterminers)
            || isWord(token, ReportedSpeechWords.prepositions)
    }

    /// Whether a token may end a listener's phrase as its noun: a lower-case word that is no
    /// verb, adverb (`not`, `never`), pronoun, preposition or clause opener.
    private func isListenerNoun(_ token: Int) -> Bool {
        isLowercase(token) && !isCue(token) && !isClauseVerb(token) && !isVerbForm(token)
            && !isWord(token, ClauseWords.adverbs) && !isAdverbShape(token)
            && !isWord(token, ReportedSpeechWords.clauseOpeners) && !isWord(token, ReportedSpeechWords.adverbialOpeners)
            && !isWord(token, ReportedSpeechWords.subjectPronouns) && !isWord(token, ReportedSpeechWords.notSubjectEnds)
            && !isWord(token, ReportedSpeechWords.timeOpeners)
    }
}
