internal import Lede

/// Where reported content ends: at the end of the sentence, a semicolon, the start of
/// another reporting clause (`, adding that ...`, `, the paper reported`, `and added that
/// ...`), or a relative clause that ends the sentence (`, which includes ...`), with the last
/// scan kept for the next verb of the sentence.
extension ReportedSpeechFinder {
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

    /// Whether a token can open what a second reporting verb says.
    ///
    /// `that`, a name or a subject pronoun does (`recalled that`, `argued Ohio voters`). A
    /// preposition or `to` after the verb makes it a participle (`, announced in May,`, `, said
    /// to be`), and a determiner may open a time phrase (`, reported the week before`).
    private func opensObjectOfSecondVerb(_ token: Int) -> Bool {
        isWord(token, "that") || isCapitalized(token) || isWord(token, ReportedSpeechWords.subjectPronouns)
    }

    /// Whether a token after `and` or `but` is a past verb with its object that content in the
    /// present tense cannot hold.
    ///
    /// `said she admires the senator and highlighted their plan` reports only what she admires:
    /// the past verb is the speaker's own act. Content in the past keeps it (`said the firm lost
    /// money and cut its staff`), and so does a participle after a copula (`is tired and
    /// worried`).
    private func isNarrativePast(_ token: Int, end: Int, after start: Int) -> Bool {
        // `have aided and abetted the ...`: two participles joined.
        guard token - 2 >= start, isLowercase(token), !isVerbForm(token - 2),
            isEdForm(token) || isWord(token, ClauseWords.irregularPast), hasObject(after: token, end: end)
        else { return false }
        // The clause before `and` is read back a bounded way, so that a sentence of many
        // `and`s stays linear.
        return (max(start, token - Self.narrativeLookBack)..<token).contains { index in
            isWord(index, ReportedSpeechWords.presentAuxiliaries)
                || index > start && isWord(index - 1, ReportedSpeechWords.singularSubjectPronouns)
                    && isPresentThirdPerson(index)
        }
    }

    /// How many tokens before `and` are read for a verb in the present.
    static let narrativeLookBack = 40

    /// Whether a lower-case token ends in `-s` but not `-ss` or `'s`, and is not `was`:
    /// `admires`, `makes`.
    private func isPresentThirdPerson(_ token: Int) -> Bool {
        isLowercase(token) && isPlural(token) && !isPossessive(token) && !isWord(token, "was")
    }

    /// Whether a word after `but` or `while` can open its clause's subject: not an auxiliary or
    /// an adverb before a verb (`but also`, `but have yet to`), a verb form (`while trying`), an
    /// adverb in `-ly` or `that` (`but that the owner ...`, a second clause of the content).
    private func opensSubject(_ token: Int) -> Bool {
        isWordLike(token) && !isWord(token, ReportedSpeechWords.beforeVerb) && !isWord(token, "that")
            && !(isLowercase(token) && (isVerbForm(token) || isAdverb(token)))
    }

    /// The last token of reported content that starts at `start`: the end of the sentence,
    /// or a semicolon, or a comma before another reporting clause (`, adding that`, `,
    /// according to`), or `and` before another verb (`and added that`), or a comma before a
    /// relative clause that ends the sentence (`, which includes new audits.`).
    func contentLast(from start: Int, end: Int) -> Int {
        let index = contentStop(from: start, end: end)
        // Back over closing punctuation, but not a closing quotation mark, a parenthesis or the
        // `%` of an amount (`prices rose 3%`).
        var last = index - 1
        while last > start && !isWordLike(last) && !isByte(last, 0x22) && !isByte(last, 0x29) && !isByte(last, 0x25)
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
            // `..., the paper reported.`: another verb and its speaker end the content; but not
            // a relative clause, whose verb may report too (`said the bill, which the mayor
            // wrote, would pass`).
            if isComma(index), index > start, let verb = shortClauseVerb(after: index, end: end),
                isAtEnd(verb + 1, end) || isComma(verb + 1),
                !isWord(index + 1, ReportedSpeechWords.relativeOpeners)
            {
                stoppedAt = index
                break
            }
            // `Reyes says the tax will pass, recalled that ...`, `..., argued voters should ...`:
            // a second verb of the same subject, after a comma, with its own object.
            if isComma(index), index > start, index + 2 < end, isLowercase(index + 1), isCue(index + 1),
                !isParticiple(index + 1), opensObjectOfSecondVerb(index + 2)
            {
                stoppedAt = index
                break
            }
            // `..., but aides said the vote came first`, `..., while others said ...`: another
            // speaker's clause.
            if isComma(index), index > start, index + 1 < end,
                isWord(index + 1, ReportedSpeechWords.otherSpeakerJoiners),
                let verb = shortClauseVerb(after: index + 1, end: end), verb > index + 2
            {
                stoppedAt = index
                break
            }
            // `... the attack but officials have said ...`: after `but` or `while` with no comma,
            // too, when a subject follows (not `but also`, `but that`, `while trying to`); not
            // after `and`, which may join two subjects inside the content (`said the mayor and
            // her aides had argued for it`).
            if isWord(index, ReportedSpeechWords.contrastJoiners), index > start, isLowercase(index),
                index + 1 < end, opensSubject(index + 1),
                let verb = shortClauseVerb(after: index, end: end), verb > index + 1,
                !isParticiple(verb), !isWord(verb - 1, "to")
            {
                stoppedAt = index
                break
            }
            // `... “expanded the party,” claiming that ...`, `... was “a disaster,” argued that
            // ...`: a participle, or a second verb of the same subject, after a comma inside a
            // closing mark.
            if isCommaInClosingMark(index, floor: start), index + 1 < end,
                isParticipleCue(index + 1)
                    || (index + 2 < end && isLowercase(index + 1) && isCue(index + 1) && !isParticiple(index + 1)
                        && opensObjectOfSecondVerb(index + 2))
            {
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
            // `said he backs the bill, which includes new audits.`: a relative clause after a
            // comma that ends the sentence glosses the content's last words for the reader; it
            // is the writer's. One that a comma closes is inside the content (`said the bill,
            // which the mayor wrote, would pass`), and so is one inside a quotation.
            if isComma(index), index > start, index + 1 < end,
                isWord(index + 1, ReportedSpeechWords.relativeOpeners),
                !((index + 2)..<max(index + 2, end)).contains(where: isComma),
                document.quoteSpans.index(containing: document.tokens[index].span.start) == nil
            {
                stoppedAt = index
                break
            }
            if isWord(index, ReportedSpeechWords.andBut), index > start, index + 1 < end {
                var verb = index + 1
                while verb < end && verb < index + 3 && isWord(verb, ReportedSpeechWords.beforeVerb) { verb += 1 }
                if verb < end && (isCue(verb) || verb == index + 1 && isNarrativePast(verb, end: end, after: start)) {
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
