internal import Lede

/// Cutting the reported clause out of a sentence: the content after a reporting verb and its
/// listener, the content before a subject after a comma, and the content around a verb set off
/// by commas; words about the saying (`said so on Tuesday`) are not content.
extension ReportedSpeechFinder {
    /// The content that a verb's listener and adjuncts, from `token`, lead to.
    func contentAfter(
        _ token: Int,
        end: Int,
        traits: CueScanner.Verb.Traits
    ) -> (content: Span, listener: Span?)? {
        var start = token
        var listener: Span?
        if !traits.isDisjoint(with: [.tell, .ask, .warn]), let found = self.listener(at: start, end: end) {
            listener = found.listener
            start = found.next
        }
        guard case .content(let contentStart, let hasThat) = tail(from: start, end: end, traits: traits),
            let content = content(from: contentStart, end: end, traits: traits, hasThat: hasThat)
        else { return nil }
        return (content, listener)
    }

    /// The reported clause from `start`, if it is one.
    func content(from start: Int, end: Int, traits: CueScanner.Verb.Traits, hasThat: Bool) -> Span? {
        guard start < end, isWordLike(start) || isQuoteMark(start) else { return nil }
        if !hasThat {
            if traits.contains(.ask) && !isWord(start, ReportedSpeechWords.questionOpeners) { return nil }
            // `his remarks were ...`, `a deal announced on Friday would ...`: the verb was a noun
            // or a participle, and this is the sentence's own verb.
            if isClauseVerb(start) { return nil }
            // `accused of fraud`: a passive.
            if traits.contains(.accuse) && isWord(start, "of") { return nil }
            // `claimed a victory`, `maintains a lead`, `added another rule`: an object of these
            // verbs is not what was said, unless it holds a clause (`claimed the vote was rigged`).
            // A comma and `and` or `but` start a clause of their own (`wrote the emails, and he
            // said ...`), whose verb is not the object's. A past form in `-ed` between a noun and
            // its own object is a clause verb too (`claiming the quarantine violated her rights`).
            // A verb after a relative pronoun is the object's own clause (`declared a state of
            // emergency that will last a week`).
            if traits.contains(.objectNotContent), opensNounPhrase(start),
                !objectHoldsClause(from: start, end: end)
            {
                return nil
            }
            // `pledged to the governor`: `to` before a name or a determiner is no infinitive.
            if isWord(start, "to"), start + 1 < end,
                !isLowercase(start + 1)
                    || isWord(start + 1, AttributionLexicon.determiners)
            {
                return nil
            }
        }
        let last = contentLast(from: start, end: end)
        guard last >= start else { return nil }
        let content = span(start, last)
        // `said so on Tuesday`, `said nothing`: words about the saying, not what was said.
        guard content.length >= 8, hasThat || !startsWithNonContent(content.start, before: content.end) else {
            return nil
        }
        return content
    }

    /// Whether a token is a past form in `-ed` that follows a lower-case noun and comes before a
    /// determiner or an object pronoun: a finite verb with its object (`the quarantine violated
    /// her rights`, `the firm ignored the warnings`), not a participle after its noun (`a seat
    /// vacated by Reyes`, `a rule adopted in May`).
    ///
    /// Only a few words lead to it from `start`, the object's noun phrase: after a relative
    /// pronoun or a mark, the verb is a relative clause's (`a book that inspired the film`) or
    /// another clause's.
    private func isPastBeforeObject(_ token: Int, after start: Int, end: Int) -> Bool {
        guard token > start, token - start <= 6, isLowercase(token), isEdForm(token),
            isLowercase(token - 1), !isWord(token - 1, AttributionLexicon.determiners),
            !isWord(token - 1, ReportedSpeechWords.listenerDeterminers), hasObject(after: token, end: end)
        else { return false }
        return (start..<token).allSatisfy { isWordLike($0) && !isWord($0, ReportedSpeechWords.relativePronouns) }
    }

    /// Whether the words from `start` open a noun phrase with a determiner or a number, the
    /// object of a verb: `a lead`, `146,000 jobs`.
    ///
    /// A bare noun is read as content (`signaling openness to talks`, `claimed victory`): such
    /// objects stand for what was said as often as not.
    private func opensNounPhrase(_ start: Int) -> Bool {
        isWord(start, AttributionLexicon.determiners) || isWord(start, ReportedSpeechWords.listenerDeterminers)
            || isWord(start, ReportedSpeechWords.demonstratives) || isNumber(start)
    }

    /// Whether the object of a verb from `start` holds a clause, which is what was said: a
    /// clause verb (`the vote was rigged`) or a past form before its own object (`the landlord
    /// ignored her complaints`).
    ///
    /// A verb after a relative pronoun is the object's own clause (`declared a state of
    /// emergency that will last a week`, `claimed the seat that fell vacant in May`), but one
    /// set off by commas or dashes is read past (`the law, which the EU
    /// says is needed, is ...`), and `that` before a subject or after a comma opens a clause
    /// that is said (`suspicion that Moss was lying`). A comma and `and` or `but` start a
    /// clause of their own (`wrote the emails, and he said ...`), whose verb is not the
    /// object's.
    private func objectHoldsClause(from start: Int, end: Int) -> Bool {
        var token = start
        while token < end {
            if token + 1 < end, isComma(token), isLowercase(token + 1), isWord(token + 1, ReportedSpeechWords.andBut) {
                return false
            }
            if token > start, isLowercase(token), isWord(token, ReportedSpeechWords.relativePronouns) {
                // `That` never opens a relative clause between commas: after one, it opens the
                // clause that is said (`told the board, and the press, that ...`).
                if isWord(token, "that") && isComma(token - 1) {
                    token += 1
                    continue
                }
                if isComma(token - 1) || isDash(token - 1) {
                    var close = token + 1
                    while close < end && !isComma(close) && !isDash(close) { close += 1 }
                    token = close + 1
                    continue
                }
                if !isWord(token, "that") || (token + 1 < end && opensRelativeVerb(token + 1)) { return false }
            }
            if isClauseVerb(token) || isPastBeforeObject(token, after: start, end: end) { return true }
            token += 1
        }
        return false
    }

    /// Whether a token is the verb of a relative clause right after `that`: `will`, `has`,
    /// `killed`, `lent`.
    private func opensRelativeVerb(_ token: Int) -> Bool {
        isLowercase(token)
            && (isClauseVerb(token) || isEdForm(token) || isWord(token, ClauseWords.irregularPast))
    }

    /// The content before a subject or verb at `token`, after a comma: `The plan will fail, he
    /// said`; with `resume`, also the rest of the sentence from there (`The economy, she
    /// argued, is weak`).
    func contentBefore(_ token: Int, first sentenceFirst: Int, resume: Int?, end: Int) -> Span? {
        // `WASHINGTON (AP) — The Senate passed ..., officials said`: the dateline is no content.
        let first = afterDateline(sentenceFirst, before: token) ?? sentenceFirst
        let resumeLast = resume.map { contentLast(from: $0, end: end) }
        // `As the paper noted, ...`: the content is what follows.
        if let resume, let resumeLast, token > first, isWord(token - 1, "as") {
            return resumeLast > resume ? span(resume, resumeLast) : nil
        }
        let mark = token - 1
        guard mark > first, isComma(mark) || isQuoteMark(mark) else { return nil }
        var last = isComma(mark) ? mark - 1 : mark
        while last > first && isComma(last) { last -= 1 }
        guard last >= first else { return nil }
        // `Yet, she said, the board can wait`: a lone adverb or conjunction is not content, nor
        // a short adverbial (`In particular, she said, ...`). A lone word that an auxiliary
        // follows is the subject (`Prices, analysts said, would keep rising`).
        if let resume, let resumeLast, resumeLast > resume,
            first == last && !isClauseVerb(resume)
                && (isWord(first, ReportedSpeechWords.leadingConjunctions)
                    || isWord(first, ReportedSpeechWords.adverbialOpeners)
                    || isAdverbShape(first)
                    || document.isWord(document.tokens[first].span.range, in: AttributionLexicon.sentenceStarters))
                || (last - first <= 2 && isCapitalized(first) && isWord(first, ReportedSpeechWords.adverbialOpeners)
                    && !(first...last).contains(where: { isComma($0) || isClauseVerb($0) }))
        {
            return span(resume, resumeLast)
        }
        // An adverbial alone (`Later that day, the agency said`) is not content, nor a clause
        // that opens with another verb (`Asked about it, the mayor said`).
        guard !isCue(first) else { return nil }
        if resume == nil && isCapitalized(first) && isVerbForm(first) && !(first...last).contains(where: isComma) {
            return nil
        }
        var words = 0
        var hasComma = false
        for index in first...last {
            if isWordLike(index) { words += 1 } else if isComma(index) { hasComma = true }
        }
        if let resume, let resumeLast, resumeLast >= resume {
            for index in resume...resumeLast where isWordLike(index) { words += 1 }
            return words >= 3 ? span(first, resumeLast) : nil
        }
        guard
            hasComma || !isWord(first, ReportedSpeechWords.adverbialOpeners)
                || isWord(first, ReportedSpeechWords.demonstratives) || opensWithAmountSubject(first, last)
        else { return nil }
        return words >= 3 ? span(first, last) : nil
    }

    /// Whether the words from `first` to `last` are a clause whose subject is an approximate
    /// amount: `About 30 people would come`, `Nearly half voted no`; `About 30 minutes later`,
    /// with no verb, is an adverbial.
    private func opensWithAmountSubject(_ first: Int, _ last: Int) -> Bool {
        guard first + 2 <= last, isWord(first, ReportedSpeechWords.approximators),
            isNumber(first + 1) || isWord(first + 1, ReportedSpeechWords.amounts)
        else { return false }
        return (first + 2...last).contains(where: { isClauseVerb($0) || (isLowercase($0) && isVerbForm($0)) })
    }

    /// Whether the words from `start` open with one of `AttributionLexicon.nonContentStarts`.
    private func startsWithNonContent(_ start: Int, before end: Int) -> Bool {
        let bytes = document.bytes
        var wordEnd = start
        while wordEnd < end && TextBytes.isASCIILetter(bytes[wordEnd]) { wordEnd += 1 }
        guard wordEnd > start,
            document.isWord(start..<wordEnd, in: AttributionLexicon.nonContentStarts, lowercased: true)
        else {
            return false
        }
        // `said so many times that ...` and `said so-called experts ...` are content; `said so`,
        // `said so, adding` and `said so on Tuesday` are not.
        guard wordEnd - start == 2, bytes[start] | 0x20 == 0x73 else { return true }  // "so"
        guard wordEnd < end else { return true }
        if bytes[wordEnd] == 0x2D { return false }  // so-called
        guard bytes[wordEnd] == 0x20 else { return true }
        var nextEnd = wordEnd + 1
        while nextEnd < end && TextBytes.isASCIILetter(bytes[nextEnd]) { nextEnd += 1 }
        return document.isWord(wordEnd + 1..<nextEnd, in: AttributionLexicon.afterSaidSo, lowercased: true)
    }
}
