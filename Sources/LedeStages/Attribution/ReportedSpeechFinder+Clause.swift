internal import Lede

/// Reading a clause from its start: where the clause that holds a verb begins, past
/// subordinators, parentheses, paired dashes and quotations, and the subject it opens with,
/// past datelines, leading conjunctions and adverbials.
extension ReportedSpeechFinder {
    /// Whether a token is an upper-case word that opens a dateline: `BERLIN (AP) —`.
    func isDateline(_ token: Int) -> Bool { document.isDateline(token) }

    /// The token after the dash of a dateline that opens at `token`: `BERLIN (AP) —`, `SALEM,
    /// Ore. --`, `New York (AFP) –`; `nil` when there is none before `limit`
    /// (`AttributionDocument.afterDateline(_:before:)`).
    func afterDateline(_ token: Int, before limit: Int) -> Int? { document.afterDateline(token, before: limit) }

    /// Whether a token is a word in `-ly` of any case (`Shortly`).
    func isAdverbShape(_ token: Int) -> Bool {
        let span = document.tokens[token].span
        let bytes = document.bytes
        return span.length >= 5 && bytes[span.end - 1] == 0x79 && bytes[span.end - 2] == 0x6C
            && !isWord(token, ReportedSpeechWords.notAdverbs)
    }

    /// The first token of the clause that holds `token`: just after the nearest subordinator
    /// or relative word before it (`when the mayor ... promised`, `why the senator quit ...
    /// before announcing`), or after a semicolon, colon or unpaired dash, or `floor`.
    ///
    /// Parentheses, paired dashes, quotations and relative clauses set off by commas (`,
    /// who runs a bakery nearby,`) are stepped over.
    func clauseStart(before token: Int, floor: Int) -> Int {
        var index = token - 1
        while index >= floor {
            if isByte(index, 0x29) {
                var open = index - 1
                while open > floor && open > index - 20 && !isByte(open, 0x28) { open -= 1 }
                if isByte(open, 0x28) { index = open }
            } else if isDash(index) {
                var open = index - 1
                while open > floor && open > index - 30 && !isDash(open) { open -= 1 }
                guard isDash(open) else { return index + 1 }
                index = open
            } else if isQuoteMark(index),
                let quote = document.quoteSpans.index(containing: document.tokens[index].span.start)
            {
                index = min(index, document.tokenIndex(at: document.quoteSpans[quote].start))
            } else if isByte(index, 0x3B) || isByte(index, 0x3A) {
                return index + 1
            } else if isLowercase(index), isWord(index, ReportedSpeechWords.embeddedClauseOpeners) {
                let embedded =
                    isWord(index, ReportedSpeechWords.relativeOpeners) && index - 1 >= floor && isComma(index - 1)
                if !embedded { return index + 1 }
            }
            index -= 1
        }
        return floor
    }

    /// Whether a token is a quotation mark: `"`, `“`, `”`.
    func isQuoteMark(_ token: Int) -> Bool {
        let span = document.tokens[token].span
        let bytes = document.bytes
        if span.length == 1 { return bytes[span.start] == 0x22 }
        return span.length == 3 && bytes[span.start] == 0xE2 && bytes[span.start + 1] == 0x80
            && (bytes[span.start + 2] == 0x9C || bytes[span.start + 2] == 0x9D)
    }

    /// The subject of the clause that holds `token`, read forward from `floor`: for a verb
    /// after `and` (`Governor Hale toured the streets and said`) or a participle after a comma
    /// (`..., saying`).
    ///
    /// Leading conjunctions and adverbials (`But`, `On Tuesday,`) are skipped; the phrase ends
    /// at a comma, a parenthesis, an auxiliary or a verb in `-ed`, and is at most six words.
    func clauseSubject(from floor: Int, before token: Int) -> Span? {
        var index = floor
        // Skip a quotation, `But`, `And`, and adverbials up to their comma.
        var guardSteps = 0
        while index < token && guardSteps < 4 {
            guardSteps += 1
            let start = document.tokens[index].span.start
            if let quoteEnd = document.quoteEnd(atOrBefore: document.tokens[token].span.start, after: start),
                document.quoteStart(atOrAfter: start, before: start + 1) != nil
            {
                index = document.tokenIndex(at: quoteEnd)
            } else if isWord(index, ReportedSpeechWords.leadingConjunctions) {
                index += 1
            } else if let next = afterDateline(index, before: token) {
                // `BERLIN (AP) — ...`, `New York (AFP) – ...`
                index = next
            } else if isDateline(index) {
                break
            } else if isWord(index, ReportedSpeechWords.adverbialOpeners)
                || (index + 1 < token && isWord(index, ReportedSpeechWords.beforeAdverbial)
                    && isWord(index + 1, ReportedSpeechWords.adverbialOpeners))
                || (isCapitalized(index) && !isNameBeforeVerb(index, before: token)
                    && (isVerbForm(index) || isWord(index, ClauseWords.irregularParticiples)
                        || isAdverbShape(index) && !(index + 1 < token && isCapitalized(index + 1))))
                // `Also known as the union, the group ...`, `But faced with ...,`: a past
                // participle after the conjunction that opens the sentence (`And leading
                // Democrats` has an adjective in `-ing`).
                || (index > floor && isCapitalized(index - 1)
                    && isWord(index - 1, ReportedSpeechWords.leadingConjunctions) && isLowercase(index)
                    && (isEdForm(index) || isWord(index, ClauseWords.irregularParticiples)))
                || (index + 1 < token && isWord(index, ReportedSpeechWords.spansOfTime)
                    && isWord(index + 1, ReportedSpeechWords.afterTime))
                // `Sunday morning, Moss ...`, `There, the chairman ...`: a day, a month or a
                // place adverb with its comma a few words on.
                || ((isCalendarName(index) || isWord(index, ReportedSpeechWords.placeAdverbs))
                    && (index + 1..<min(index + 4, token)).contains(where: isComma))
                || (index > floor && isComma(index - 1) && isLowercase(index)
                    && (isWord(index, "also") || isVerbForm(index) || isAdverb(index)))
                || (index > floor && isComma(index - 1) && isLowercase(index)
                    // A relative clause with no comma after it holds the verb itself (`the
                    // chairman, who is saying`).
                    && isWord(index, ReportedSpeechWords.commaRelatives)
                    && commaSearch(from: index, before: token) < token)
            {
                // `On Tuesday,`, `Speaking to reporters,`, `Shortly after the vote,`, `Minutes
                // later,`, and the rest of an adverbial or a relative clause after a comma (`,
                // also known as the authority,`, `, where the mayor grew up,`).
                let comma = commaSearch(from: index, before: token)
                guard comma < token, isComma(comma) else {
                    // `In a speech in Iowa -- which votes first -- Moss said ...`: an adverbial
                    // with a parenthesis between dashes ends at the second dash.
                    guard let closing = closingDash(from: index, before: token) else { return nil }
                    index = closing + 1
                    continue
                }
                // `At a rally in Salem, Ohio, Ada Moss ...`: the state or country after a town's
                // comma belongs to the adverbial, when a name or a number follows it.
                if comma + 3 < token, comma > index, endsWithPlace(index, comma - 1), isCapitalized(comma + 1),
                    isComma(comma + 2), isCapitalized(comma + 3) || isNumber(comma + 3)
                {
                    index = comma + 3
                } else {
                    index = comma + 1
                }
            } else if let after = timeAdverbialEnd(from: index, before: token) {
                // `A few minutes later they ...`, `Two days earlier the firm ...`.
                index = after
            } else if isBreak(index) {
                index += 1
            } else {
                break
            }
        }
        guard index < token, isWordLike(index) else { return nil }
        let first = index
        guard
            // `That’s why ...`, `There is ...`: a word that stands where a subject does names nobody.
            !document.isNotSubject(document.tokens[first].span.range),
            isCapitalized(first) || isWord(first, AttributionLexicon.determiners)
                || isWord(first, ReportedSpeechWords.subjectPronouns) || isLowercase(first)
        else { return nil }
        if isWord(first, ReportedSpeechWords.subjectPronouns) { return span(first, first) }
        var last = first
        var next = first + 1
        let bytes = document.bytes
        // A name (`Reyes went first`) ends at the first lower-case word after it; a phrase
        // that opens with a determiner or an adjective (`The State Department`, `Top aides`)
        // goes on to its verb.
        var isName =
            isCapitalized(first) && !isWord(first, AttributionLexicon.determiners)
            && !isWord(first, ReportedSpeechWords.quantifiers) && !isNationalityBeforePlural(first)
        // A phrase led by a determiner is at most four words, unless `of` goes on (`the head of
        // the committee`).
        var limit = isName ? 6 : 4
        var wordLimit = 6
        var afterPossessive = false
        // A capitalized word after another goes on the same name past the limits, a few words
        // at most: `for Mayor Ada Moss`, `Board Chair Ada Kerr Moss`.
        func continuesName(_ next: Int) -> Bool {
            isCapitalized(next) && isCapitalized(next - 1) && next - first < wordLimit + Self.nameWordsPastLimit
        }
        while next < token && (next - first < wordLimit || continuesName(next)) {
            // `Russia's president`, `The Green Party's Holyrood leader`: a possessive opens the
            // phrase of its head, as a determiner does, and the phrase ends before an adverb
            // (`Santander's board strongly rejects`).
            if isPossessiveWord(next - 1) {
                isName = false
                afterPossessive = true
                limit = next - first + 4
                wordLimit = max(wordLimit, limit)
            }
            if afterPossessive && isAdverb(next) { break }
            // `The nurse later sued`, `The union eventually backed down`: an adverb after the
            // phrase's noun stands before the verb (`The newly elected mayor` has it before the
            // noun, and keeps it).
            if !isName && next - first >= 2 && isLowercase(next)
                && (isAdverb(next) || isWord(next, ReportedSpeechWords.adverbsBeforeVerb))
            {
                break
            }
            // `A spokesman for the mayor`, `The head of the Green Party`: a complement after `of`
            // or `for` is part of the phrase, up to a few words more.
            if !isName && isWord(next, ReportedSpeechWords.phraseComplementOpeners) {
                limit = max(limit, next - first + Self.complementWords)
                wordLimit = max(wordLimit, limit)
            }
            if next - first >= limit && !continuesName(next) && !isWord(next, "of") && !isWord(next - 1, "of")
                && !isWord(next - 1, "the")
            {
                break
            }
            if isBreak(next) || isCue(next) || isClauseVerb(next)
                || isWord(next, ReportedSpeechWords.clauseOpeners)
                || (isName && isLowercase(next) && !isWord(next, AttributionLexicon.linkWords)
                    && !isPluralHead(next, before: token) && !isRoleBeforeName(from: next, before: token))
            {
                break
            }
            let span = document.tokens[next].span
            // A verb in -ed, but not after an adverb, where it is an adjective (`The newly elected
            // mayor`; an adverb after the noun has ended the phrase already).
            if isLowercase(next) && span.length > 3 && bytes[span.end - 1] == 0x64 && bytes[span.end - 2] == 0x65
                && !isAdverb(next - 1)
            {
                break
            }
            if isLowercase(next) && isWord(next, ClauseWords.irregularPast) { break }  // `began`, `took`
            // `The government refuses to`: a verb that takes an infinitive.
            if isLowercase(next) && isWord(next, ReportedSpeechWords.catenatives) { break }
            if !isWordLike(next) && !isByte(next, 0x2E) { break }
            last = next
            next += 1
        }
        return span(first, last)
    }

    /// How many words a complement after `of` or `for` may add to a subject that a determiner
    /// opens: `for Green Party candidate Ada`.
    static let complementWords = 5

    /// How many capitalized words a name may run past a subject's limit: `Moss` in `for Green
    /// Party candidate Ada Moss`.
    static let nameWordsPastLimit = 3

    /// Whether lower-case words from `token`, at most three, end in a role word that a
    /// capitalized word follows: a role between a capitalized word and a name, as in `Tory
    /// leader Michael Howard` and `Shadow home secretary David Davis`.
    private func isRoleBeforeName(from token: Int, before limit: Int) -> Bool {
        var index = token
        while index + 1 < limit && index - token < 3 && isLowercase(index) {
            if isWord(index, AttributionLexicon.roleWords) { return isCapitalized(index + 1) }
            index += 1
        }
        return false
    }

    /// Whether a lower-case plural that a verb follows is the head of a phrase that capitalized
    /// words open: `members` in `Council members praised ...`, `officers` in `Police officers
    /// toured ...`.
    private func isPluralHead(_ token: Int, before limit: Int) -> Bool {
        guard isPlural(token), token + 1 < limit, isLowercase(token + 1) else { return false }
        let verb = token + 1
        return isClauseVerb(verb) || isCue(verb) || isWord(verb, ClauseWords.irregularPast)
            || isEdForm(verb)
    }

    /// The token after a time adverbial that opens at `start` with no comma after it: a few
    /// words, a span of time and `later`, `earlier` or `ago` (`A few minutes later`, `Two
    /// years ago`, `a month later`).
    private func timeAdverbialEnd(from start: Int, before token: Int) -> Int? {
        var index = start
        while index < token && index - start < 3 && isWordLike(index) {
            if index + 1 < token,
                isSpanOfTime(index),
                isWord(index + 1, ReportedSpeechWords.adverbsAfterTime)
            {
                return index + 2
            }
            guard !isCue(index), !isClauseVerb(index) else { return nil }
            index += 1
        }
        return nil
    }

    /// Whether a token is a noun with a possessive `'s` or `’s`: not a pronoun with `is` or
    /// `has` (`He's`, `That’s`, `It's`).
    private func isPossessiveWord(_ token: Int) -> Bool {
        guard document.isPossessive(token) else { return false }
        let span = document.tokens[token].span
        let stem = span.start..<(span.end - (document.bytes[span.end - 2] == 0x27 ? 2 : 4))
        return !document.isWord(stem, in: Self.contractedWithIs, lowercased: true)
    }

    /// Words that take `'s` for `is` or `has`, never as a possessive.
    private static let contractedWithIs: WordSet = [
        "he", "she", "it", "that", "there", "here", "what", "who", "where", "when", "how", "let", "this",
    ]

    /// The second of two dashes within the twenty tokens after `start`, before `token`, with no
    /// comma before it: the end of a parenthesis between dashes.
    private func closingDash(from start: Int, before token: Int) -> Int? {
        var index = start + 1
        var dashes = 0
        while index < token && index < start + 20 && !isComma(index) {
            if isDash(index) {
                dashes += 1
                if dashes == 2 { return index }
            }
            index += 1
        }
        return nil
    }

    /// Where a search for the comma that closes the phrase opening at `start` stops: at the
    /// first comma, at `token`, or twenty tokens on.
    private func commaSearch(from start: Int, before token: Int) -> Int {
        var comma = start + 1
        while comma < token && comma < start + 20 && !isComma(comma) { comma += 1 }
        return comma
    }

    /// Whether a capitalized word in `-ing` or `-ed` is a name, as a verb right after it shows
    /// (`Ebeling smiled`, `Manning told`), and not a participle that opens an adverbial
    /// (`Speaking to reporters,`).
    private func isNameBeforeVerb(_ token: Int, before limit: Int) -> Bool {
        let next = token + 1
        guard next < limit, isVerbForm(token) else { return false }
        return isFiniteVerb(next)
    }
}
