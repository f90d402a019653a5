internal import Lede

/// Reading the words after a reporting verb, token by token: its listener, the adjuncts
/// after it, and where its reported clause starts and ends.
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

    /// The listener after *tell*, *ask* and their like, and the token after it: `told
    /// reporters`, `told him`, `told the BBC`, `told host Ann Lee`.
    func listener(at token: Int, end: Int) -> (listener: Span, next: Int)? {
        guard token < end, isWordLike(token) else { return nil }
        if isWord(token, ReportedSpeechWords.objectPronouns) || isWord(token, ReportedSpeechWords.audiences) {
            return (document.tokens[token].span, token + 1)
        }
        // Up to `that`, when only a short noun phrase lies between.
        var index = token
        while index < end && index < token + 10 && isWordLike(index) && !isCue(index)
            && !isClauseVerb(index)
        {
            if isWord(index, "that") {
                return index > token ? (span(token, index - 1), index) : nil
            }
            index += 1
        }
        // [the] [one or two lower-case words] Capitalized Words
        index = token
        if isWord(index, ReportedSpeechWords.listenerDeterminers) { index += 1 }
        var lower = 0
        while index < end && isLowercase(index) && lower < 2 && !isWord(index, ReportedSpeechWords.clauseOpeners)
            && !isWord(index, ReportedSpeechWords.questionOpeners)
        {
            index += 1
            lower += 1
        }
        let capitalsStart = index
        while index < end && isCapitalized(index) && index < capitalsStart + 5 { index += 1 }
        if index > capitalsStart { return (span(token, index - 1), index) }
        // `told the crowd`, `asked the network`: a determiner and one noun.
        if token + 1 < end, isWord(token, ReportedSpeechWords.listenerDeterminers), isLowercase(token + 1),
            lower == 1
        {
            return (span(token, token + 1), token + 2)
        }
        return nil
    }

    /// Steps over time words and adverbs after a reporting verb: `said Tuesday`, `said last
    /// week`, `said again`, `said, however,`.
    func skipTimeWords(from token: Int, end: Int) -> Int {
        var index = token
        var steps = 0
        while index < end && steps < 6 {
            steps += 1
            if isWeekday(index) || isWord(index, ReportedSpeechWords.afterVerb) || isAdverb(index) {
                index += 1
            } else if isWord(index, ReportedSpeechWords.beforeWeekday), index + 1 < end, isWeekday(index + 1) {
                index += 2
            } else if isWord(index, ReportedSpeechWords.timeOpeners), index + 1 < end,
                isWord(index + 1, ReportedSpeechWords.timeNouns)
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

    /// What follows a reporting verb whose listener and time words end at `token`.
    ///
    /// `that` opens the content; a preposition or subordinator opens an adjunct (`said in an
    /// interview`, `said as he left`), which the content follows only after `that`.
    func tail(from token: Int, end: Int, traits: CueScanner.Verb.Traits) -> Tail {
        var index = skipTimeWords(from: token, end: end)
        if isAtEnd(index, end) || isByte(index, 0x3B) { return .end }
        if isWord(index, "that") { return .content(start: index + 1, hasThat: true) }
        if isByte(index, 0x3A) { return .content(start: index + 1, hasThat: false) }
        if !traits.isDisjoint(with: [.ask, .tell, .takesInfinitive]) {
            if isWord(index, "to") { return .content(start: index, hasThat: false) }
        }
        if traits.contains(.ask), isWord(index, ReportedSpeechWords.questionOpeners) {
            return .content(start: index, hasThat: false)
        }
        if isComma(index) { return commaTail(index, end: end) }
        // `reported at noon -- news which ...`: an aside follows.
        if isDash(index) { return .end }
        // `told the crowd this plan would fail`: `this` opens a clause here.
        if isWord(index, ReportedSpeechWords.demonstratives), index + 1 < end, isClauseVerb(index + 1) {
            return .content(start: index, hasThat: false)
        }
        guard isWord(index, ReportedSpeechWords.adverbialOpeners) else {
            return .content(start: index, hasThat: false)
        }
        // An adjunct: on to `that`, a comma or the end of the sentence.
        let adjunctStart = index
        while index < end && index < adjunctStart + 25 {
            if isWord(index, "that") && index > adjunctStart {
                // `declined to comment on reports that ...`: the clause is the noun's.
                if isWord(index - 1, ReportedSpeechWords.contentNouns) { return .nothing }
                return .content(start: index + 1, hasThat: true)
            }
            if isComma(index) { return commaTail(index, end: end) }
            if isDash(index) { return .end }
            if isByte(index, 0x3B) || isByte(index, 0x3A) || (isCue(index) && index > adjunctStart) { break }
            // `said in an interview he would run`: a subject after the adjunct opens the content.
            if index > adjunctStart + 1 && isWord(index, ReportedSpeechWords.clauseSubjects) {
                return .content(start: index, hasThat: false)
            }
            index += 1
        }
        return isAtEnd(index, end) ? .end : .nothing
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
        // `, she said, without giving details`: an adjunct of the saying.
        if isLowercase(next) && isWord(next, ReportedSpeechWords.prepositions) { return .end }
        return .parenthetical(resume: next)
    }

    /// The reporting verb within five words after a comma, with only words between: `, the paper
    /// reported`.
    private func shortClauseVerb(after comma: Int, end: Int) -> Int? {
        var index = comma + 1
        while index < end && index <= comma + 6 && isWordLike(index) {
            if isCue(index) { return index > comma + 1 ? index : nil }
            index += 1
        }
        return nil
    }

    /// The last token of reported content that starts at `start`: the end of the sentence,
    /// or a semicolon, or a comma before another reporting clause (`, adding that`, `,
    /// according to`), or `and` before another verb (`and added that`).
    func contentLast(from start: Int, end: Int) -> Int {
        let index = contentStop(from: start, end: end)
        // Back over closing punctuation, but not a closing quotation mark.
        var last = index - 1
        while last > start && !isWordLike(last) && !isByte(last, 0x22) && !isByte(last, 0x29)
            && document.bytes[document.tokens[last].span.start] != 0xE2
        {
            last -= 1
        }
        return last
    }

    /// The token after reported content that starts at `start`, before the closing punctuation
    /// is taken off: see ``contentLast(from:end:)``.
    ///
    /// Every verb of a sentence asks, and in a long sentence of verbs with no stop each scan
    /// would run to its end: the last scan is kept, and a start between the last start and
    /// where that scan stopped stops at the same place. Only the stop's own token is read
    /// differently at the start (the tests that need a token before it are off), and the
    /// tokens between the two starts were all read as no stop.
    private func contentStop(from start: Int, end: Int) -> Int {
        if let known = contentStops.stop(from: start, end: end) { return known }
        var index = start
        var stoppedAt = end
        while index < end {
            if isByte(index, 0x3B) {
                stoppedAt = index
                break
            }
            // `..., the paper reported.`: another verb and its speaker end the content.
            if isComma(index), index > start, let verb = shortClauseVerb(after: index, end: end),
                isAtEnd(verb + 1, end) || isComma(verb + 1)
            {
                stoppedAt = index
                break
            }
            // `..., but aides said the vote came first`: another speaker's clause.
            if isComma(index), index > start, index + 1 < end, isWord(index + 1, ReportedSpeechWords.andBut),
                let verb = shortClauseVerb(after: index + 1, end: end), verb > index + 2
            {
                stoppedAt = index
                break
            }
            // `... “expanded the party,” claiming that ...`
            if isQuoteMark(index), index > start, isComma(index - 1), index + 1 < end, isParticipleCue(index + 1) {
                stoppedAt = index
                index += 1
                break
            }
            if isComma(index), index + 1 < end,
                isParticipleCue(index + 1) || isWord(index + 1, "according")
                    || (isWord(index + 1, ReportedSpeechWords.andBut) && index + 2 < end && isCue(index + 2))
            {
                stoppedAt = index
                break
            }
            if isWord(index, ReportedSpeechWords.andBut), index > start, index + 1 < end {
                var verb = index + 1
                while verb < end && verb < index + 3 && isWord(verb, ReportedSpeechWords.beforeVerb) { verb += 1 }
                if verb < end && isCue(verb) {
                    stoppedAt = index
                    break
                }
            }
            index += 1
        }
        contentStops.keep(from: start, end: end, stoppedAt: stoppedAt, stop: index)
        return index
    }
}

/// The last scan of ``ReportedSpeechFinder/contentLast(from:end:)``: where it started, where
/// it stopped, and the token after the content it found.
///
/// A reference, so that the finder's searches stay non-mutating; each finder has its own, used
/// on one thread.
final class ContentStops {
    private var start = 0
    private var end = -1
    private var stoppedAt = 0
    private var stop = 0

    /// The token after the content from `start`, if the last scan tells it: the same `end`,
    /// and `start` from the last scan's start up to the token where it stopped.
    func stop(from start: Int, end: Int) -> Int? {
        end == self.end && self.start <= start && start < stoppedAt ? stop : nil
    }

    /// Keeps a scan's answer.
    func keep(from start: Int, end: Int, stoppedAt: Int, stop: Int) {
        self.start = start
        self.end = end
        self.stoppedAt = stoppedAt
        self.stop = stop
    }
}
