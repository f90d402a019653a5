internal import Lede

/// Reading the words after a reporting verb, token by token: the adjuncts after it, and where
/// its reported clause starts (its listener is read in `ReportedSpeechFinder+Listener.swift`,
/// and where the clause ends in `ReportedSpeechFinder+ContentEnd.swift`).
extension ReportedSpeechFinder {
    /// What follows a reporting verb, after its listener and any adjuncts.
    enum Tail {
        /// Nothing more in the sentence: the content, if any, came before the verb.
        case end
        /// A comma, then more of the content: `The economy, she argued, is weak.`
        case parenthetical(resume: Int)
        /// The reported clause starts at this token: `said (on Tuesday) (that) ...`.
        case content(start: Int, hasThat: Bool)
        /// An adjunct that is not content, with more after it: `responded to a letter from the union`.
        case nothing
    }

    /// Steps over time words and adverbs after a reporting verb: `said Tuesday`, `said last
    /// week`, `said again`, `said, however,`.
    func skipTimeWords(from token: Int, end: Int) -> Int {
        var index = token
        var steps = 0
        while index < end && steps < 6 {
            steps += 1
            if isWeekday(index) {
                index += 1
                // `said Saturday night`: a part of the day goes with its weekday.
                if isPartOfDay(index, end: end) { index += 1 }
            } else if isWord(index, ReportedSpeechWords.afterVerb) || isAdverb(index) {
                index += 1
            } else if isWord(index, ReportedSpeechWords.beforeWeekday), index + 1 < end, isWeekday(index + 1) {
                index += 2
                // `said on Monday night`: as after a weekday alone.
                if isPartOfDay(index, end: end) { index += 1 }
            } else if isWord(index, ReportedSpeechWords.timeOpeners), index + 1 < end,
                isWord(index + 1, ReportedSpeechWords.timeNouns),
                // `said each year of school adds ...`: a noun phrase that opens the content.
                index + 2 >= end || !isWord(index + 2, "of")
            {
                index += 2
            } else if isComma(index), index + 2 < end, isWord(index + 1, ReportedSpeechWords.interjected),
                isComma(index + 2)
            {
                index += 3
            } else {
                break
            }
        }
        return index
    }

    /// Whether `token` is a part of the day that goes with the weekday before it (`Monday
    /// night`), not the subject of the content (`said Monday that night fell early`), which a
    /// finite verb follows.
    private func isPartOfDay(_ token: Int, end: Int) -> Bool {
        guard token < end, isWord(token, ReportedSpeechWords.partsOfDay) else { return false }
        return token + 1 >= end || !isFiniteVerb(token + 1)
    }

    /// What follows a reporting verb whose listener and time words end at `token`.
    ///
    /// `that` opens the content; a preposition or subordinator opens an adjunct (`said in an
    /// interview`, `said as he left`), which the content follows only after `that`.
    func tail(from token: Int, end: Int, traits: CueScanner.Verb.Traits) -> Tail {
        var index = skipTimeWords(from: token, end: end)
        if isAtEnd(index, end) || isByte(index, 0x3B) { return .end }
        // `declined to comment but said ...`: a conjunction joins another predicate of the same
        // subject; no clause is reported here.
        if isLowercase(index), isWord(index, ReportedSpeechWords.coordinators) { return .nothing }
        if isWord(index, "that") { return .content(start: afterThat(index, end: end), hasThat: true) }
        // `said only that ...`, `has argued repeatedly that ...`: an adverb of the saying.
        if index + 1 < end, isWord(index + 1, "that"), isLowercase(index),
            isAdverb(index) || isWord(index, "only") || (isWord(index, ClauseWords.adverbs) && !isWord(index, "not"))
        {
            return .content(start: afterThat(index + 1, end: end), hasThat: true)
        }
        if isByte(index, 0x3A) { return .content(start: index + 1, hasThat: false) }
        if !traits.isDisjoint(with: [.ask, .tell, .takesInfinitive]) {
            if isWord(index, "to") { return .content(start: index, hasThat: false) }
        }
        if traits.contains(.ask), isWord(index, ReportedSpeechWords.questionOpeners) {
            return .content(start: index, hasThat: false)
        }
        if isComma(index) { return commaTail(index, end: end) }
        // `said -- on Twitter, as it happens -- that ...`: an aside, then the content.
        if isDash(index), let that = thatAfterAside(index, end: end) {
            return .content(start: afterThat(that, end: end), hasThat: true)
        }
        // `reported at noon -- news which ...`: an aside follows.
        if isDash(index) { return .end }
        // `told the crowd this plan would fail`: `this` opens a clause here.
        if isWord(index, ReportedSpeechWords.demonstratives), index + 1 < end, isClauseVerb(index + 1) {
            return .content(start: index, hasThat: false)
        }
        // `reported at least six ...`, `said about 40 people ...`: a quantity opens the clause.
        if opensQuantity(index, end: end) { return .content(start: index, hasThat: false) }
        guard isWord(index, ReportedSpeechWords.adverbialOpeners) else {
            return .content(start: index, hasThat: false)
        }
        // An adjunct: on to `that`, a comma or the end of the sentence.
        let adjunctStart = index
        while index < end && index < adjunctStart + 25 {
            // `said if that happens, ...`: `that` right after a subordinator is its clause's
            // subject, and the clause is content.
            if isWord(index, "that") && index == adjunctStart + 1
                && isWord(adjunctStart, ReportedSpeechWords.contentSubordinators)
            {
                return .content(start: adjunctStart, hasThat: false)
            }
            if isWord(index, "that") && index > adjunctStart {
                // `declined to comment on reports that ...`: the clause is the noun's.
                // (`an interview with Metro News that`: a capitalized word is a name.)
                if isWord(index - 1, ReportedSpeechWords.contentNouns), isLowercase(index - 1) { return .nothing }
                return .content(start: afterThat(index, end: end), hasThat: true)
            }
            // `said on Thursday in Buffalo, New York, that ...`: a place set off by commas.
            if isComma(index) || isDash(index), let that = thatAfterAside(index, end: end) {
                return .content(start: afterThat(that, end: end), hasThat: true)
            }
            if isComma(index) {
                let after = commaTail(index, end: end)
                // `said if he won, taxes would fall`: a subordinate clause opens the content;
                // so does a phrase that qualifies it (`said despite the rain, the match ...`).
                if case .parenthetical = after,
                    opensSubordinateClause(adjunctStart, end: end)
                        || isWord(adjunctStart, ReportedSpeechWords.contentPrepositions)
                {
                    return .content(start: adjunctStart, hasThat: false)
                }
                return after
            }
            if isDash(index) { return .end }
            // A reporting word after a determiner is a noun: `said in a tweet that ...`.
            if isByte(index, 0x3B) || isByte(index, 0x3A)
                || (isCue(index) && index > adjunctStart
                    && !isWord(index - 1, ReportedSpeechWords.listenerDeterminers))
            {
                break
            }
            // `said in an interview he would run`: a subject after the adjunct opens the content;
            // so does a noun phrase with an auxiliary after it (`told the hearing at the
            // institute the case could have ...`).
            // A subordinate clause before that subject is content too, as before a comma: `said
            // if he won taxes would fall`.
            // A pronoun with a contracted auxiliary (`she’d`) is such a subject.
            if index > adjunctStart + 1
                && (isWord(index, ReportedSpeechWords.clauseSubjects) || opensClauseWithAuxiliary(index, end: end)
                    || contractedPronoun(index) != nil)
            {
                let start = opensSubordinateClause(adjunctStart, end: end) ? adjunctStart : index
                return .content(start: start, hasThat: false)
            }
            index += 1
        }
        return isAtEnd(index, end) ? .end : .nothing
    }

    /// Whether `at least`, `at most`, or an approximator before an amount opens a quantity at
    /// `token`: `at least six planes`, `about 40 people`, `over half`.
    ///
    /// The quantity opens a clause only when a verb follows it within eight words (`at least
    /// six planes filled`); `announcing at least one other candidate` names an object.
    private func opensQuantity(_ token: Int, end: Int) -> Bool {
        guard token + 1 < end else { return false }
        let opens =
            isWord(token, "at")
            ? isWord(token + 1, ReportedSpeechWords.superlatives)
            : isWord(token, ReportedSpeechWords.approximators)
                && (isWord(token + 1, ReportedSpeechWords.amounts) || isNumber(token + 1))
        guard opens else { return false }
        return (token + 2..<min(end, token + 10)).contains {
            isLowercase($0)
                && (isClauseVerb($0) || isEdForm($0) || isCue($0)
                    || isWord($0, ClauseWords.irregularPast))
        }
    }

    /// Whether a determiner at `token` opens a noun phrase of at most three words followed by
    /// an auxiliary or a copula: `the case could`, `the new rules are`.
    private func opensClauseWithAuxiliary(_ token: Int, end: Int) -> Bool {
        guard isLowercase(token), isWord(token, ReportedSpeechWords.listenerDeterminers) else { return false }
        var index = token + 1
        while index < end && index <= token + 3 && isWordLike(index) {
            if isClauseVerb(index) { return index > token + 1 }
            if isWord(index, ReportedSpeechWords.adverbialOpeners) || isWord(index, ReportedSpeechWords.clauseOpeners) {
                return false
            }
            index += 1
        }
        return false
    }

    /// The `that` after an aside that opens at the comma or dash `mark` and closes with another
    /// (`, New York, that`, `-- on Twitter, as it happens -- that`): at most ten words, none
    /// of them a reporting verb.
    private func thatAfterAside(_ mark: Int, end: Int) -> Int? {
        var index = mark + 1
        // Whether every word so far names a place or a time: `, New Hampshire on Monday that`.
        var placeOrTime = true
        while index + 1 < end && index <= mark + 11 {
            if (isComma(index) || isDash(index)) && isWord(index + 1, "that") { return index + 1 }
            if isWord(index, "that") { return placeOrTime && index > mark + 1 ? index : nil }
            if isCue(index) || !(isWordLike(index) || isComma(index)) { return nil }
            placeOrTime =
                placeOrTime
                && (isCapitalized(index) || isWeekday(index) || isWord(index, ReportedSpeechWords.beforeWeekday)
                    || isWord(index, ReportedSpeechWords.timeOpeners) || isWord(index, ReportedSpeechWords.timeNouns))
            index += 1
        }
        return nil
    }

    /// The first token of the clause after `that`, past a comma or a dash that opens an aside:
    /// `said that, if the claims hold, ...`, `says that -- in his view -- ...`.
    private func afterThat(_ that: Int, end: Int) -> Int {
        that + 2 < end && (isComma(that + 1) || isDash(that + 1)) ? that + 2 : that + 1
    }

    /// Whether the token is a subordinator that opens a clause with its own subject (`if he
    /// won`, `although the plan was costly`, `when the polls closed`), not an adjunct of the
    /// saying (`when asked`, `while in Ohio`, `after the meeting`).
    ///
    /// After a reporting verb, such a clause and the main clause after its comma are what was
    /// said: `said if he won, taxes would fall`.
    private func opensSubordinateClause(_ token: Int, end: Int) -> Bool {
        guard isWord(token, ReportedSpeechWords.contentSubordinators), token + 2 < end else {
            return false
        }
        let next = token + 1
        if isWord(next, ReportedSpeechWords.subjectPronouns) { return true }
        // `if the plan fails`, `because Obama is popular`: a noun phrase and then a verb, not
        // `after the vote,`.
        guard
            isWord(next, AttributionLexicon.determiners) || isWord(next, ReportedSpeechWords.demonstratives)
                || isCapitalized(next)
        else {
            return false
        }
        var index = next + 1
        while index < end && index <= next + 5 && isWordLike(index) {
            // A present form in `-s` after the noun (`the plan fails`) is a verb too.
            if isClauseVerb(index) || isVerbForm(index) || (index > next + 1 && isLowercase(index) && isPlural(index)) {
                return index > next + 1
            }
            index += 1
        }
        return false
    }

    /// What follows a comma after a reporting verb: the end of its part of the sentence (`,
    /// adding ...`, `, and ...`, `, according to ...`), or more content.
    private func commaTail(_ comma: Int, end: Int) -> Tail {
        let next = comma + 1
        if isAtEnd(next, end) { return .end }
        // `, adding ...`, `, wiping his brow`, `, and ...`, `, who ...`: the content is over.
        if isParticiple(next) || isWord(next, ReportedSpeechWords.endOfPart) || isByte(next, 0x22)
            || !isWordLike(next)
        {
            return .end
        }
        if isWord(next, "that") { return .content(start: next + 1, hasThat: true) }
        // `said, with the benefit of hindsight, that ...`, `said, per a translator, that ...`.
        if let that = thatAfterAside(comma, end: end) {
            return .content(start: afterThat(that, end: end), hasThat: true)
        }
        // `said, with a smile, the plan would fail`, `says, rain or shine, the market opens`: an
        // aside, then a clause with its own subject and verb.
        if let clause = clauseAfterAside(comma, end: end) { return .content(start: clause, hasThat: false) }
        // `, she said, without giving details`: an adjunct of the saying.
        if isLowercase(next) && isWord(next, ReportedSpeechWords.prepositions) { return .end }
        return .parenthetical(resume: next)
    }

    /// The first token of a clause after an aside that opens at `comma` and closes with
    /// another, when the clause opens with a subject pronoun, with a pronoun and its contracted
    /// auxiliary, or with a short noun phrase and an auxiliary or a copula (`, with a smile, the
    /// plan would fail`; `, rain or shine, the market will open`).
    ///
    /// The aside is at most ten lower-case words, with neither a verb of its own nor a
    /// reporting verb: `, the mayor said, the plan` is another speaker's clause.
    private func clauseAfterAside(_ comma: Int, end: Int) -> Int? {
        var index = comma + 1
        while index < end && index <= comma + 11 && isWordLike(index) {
            guard isLowercase(index), !isCue(index), !isClauseVerb(index) else { return nil }
            index += 1
        }
        let subject = index + 1
        guard index > comma + 1, index < end, isComma(index), subject < end else { return nil }
        let opensClause =
            isWord(subject, ReportedSpeechWords.clauseSubjects) && isLowercase(subject)
            || contractedPronoun(subject) != nil || opensClauseWithAuxiliary(subject, end: end)
        return opensClause ? subject : nil
    }
}
