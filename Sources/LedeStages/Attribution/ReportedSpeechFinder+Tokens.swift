internal import Lede

/// Tests on one token, for reading the words around a reporting verb.
///
/// Tokens are indices into `AttributionDocument.tokens`. Word classes are the closed lists of
/// ``ReportedSpeechWords``; every test reads the bytes of one token, so a sentence costs a few
/// table lookups per word near a verb.
extension ReportedSpeechFinder {
    /// Whether a token is the lower-cased word of a set.
    @inline(__always)
    func isWord(_ token: Int, _ set: WordSet) -> Bool {
        document.isWord(document.tokens[token].span.range, in: set, lowercased: true)
    }

    /// Whether a token is `word` in any case (`word` is lower-case ASCII).
    @inline(__always)
    func isWord(_ token: Int, _ word: StaticString) -> Bool {
        let span = document.tokens[token].span
        guard span.length == word.utf8CodeUnitCount else { return false }
        let bytes = document.bytes
        return word.withUTF8Buffer { letters in
            for offset in 0..<letters.count where bytes[span.start + offset] | 0x20 != letters[offset] { return false }
            return true
        }
    }

    /// Whether a token is the one byte `byte`.
    @inline(__always)
    func isByte(_ token: Int, _ byte: UInt8) -> Bool { document.isByte(token, byte) }

    /// Whether a token is the name of a day or a month, as written (`Sunday`, `March`; not
    /// `May`, which is as often a name or a verb).
    func isCalendarName(_ token: Int) -> Bool {
        document.isWord(document.tokens[token].span.range, in: AttributionLexicon.calendarNames)
    }

    /// Whether a token is a comma.
    @inline(__always)
    func isComma(_ token: Int) -> Bool { isByte(token, 0x2C) }

    /// Whether a token opens with an ASCII upper-case letter or a non-ASCII byte.
    @inline(__always)
    func isCapitalized(_ token: Int) -> Bool {
        let first = document.bytes[document.tokens[token].span.start]
        return TextBytes.isUpper(first) || first >= 0xC3
    }

    /// Whether a token opens with an ASCII lower-case letter.
    @inline(__always)
    func isLowercase(_ token: Int) -> Bool {
        TextBytes.isLower(document.bytes[document.tokens[token].span.start])
    }

    /// Whether a token opens with a letter or a digit.
    @inline(__always)
    func isWordLike(_ token: Int) -> Bool {
        let first = document.bytes[document.tokens[token].span.start]
        return TextBytes.isASCIILetter(first) || TextBytes.isDigit(first) || first >= 0xC3
    }

    /// Whether a token is punctuation that ends a phrase: `, ; : ( ) -- —`, a hyphen with a
    /// space on each side (``isDash(_:)``), a quotation mark.
    func isBreak(_ token: Int) -> Bool {
        let span = document.tokens[token].span
        let first = document.bytes[span.start]
        switch first {
        case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x22, 0x5B, 0x5D: return true
        case 0x2D: return isDash(token)
        case 0xE2: return !isWordLike(token)  // — – “ ” and the like
        default: return false
        }
    }

    /// Whether a token is a closing quotation mark right after a comma, with the comma at or
    /// after `floor`: `“a liar,”`, where news style puts the comma of the sentence inside the
    /// marks, so that the mark ends a phrase as the comma does.
    func isCommaInClosingMark(_ token: Int, floor: Int) -> Bool {
        token - 1 >= floor && isQuoteMark(token) && isComma(token - 1)
    }

    /// Whether a token reads as a finite verb: a lower-case reporting verb, auxiliary or
    /// copula, irregular past form (`took`), or past form in `-ed`, not a form in `-ing`.
    func isFiniteVerb(_ token: Int) -> Bool {
        isLowercase(token)
            && (isCue(token) || isClauseVerb(token) || isWord(token, ClauseWords.irregularPast)
                || isEdForm(token))
    }

    /// Whether a token is a lower-case auxiliary or copula (`will`, not the name `Will`).
    func isClauseVerb(_ token: Int) -> Bool {
        isLowercase(token) && isWord(token, ReportedSpeechWords.clauseVerbs)
    }

    /// Whether a token ends in a possessive `'s` or `’s`, or is a plural possessive (`voters'`).
    func isPossessive(_ token: Int) -> Bool {
        let span = document.tokens[token].span
        let bytes = document.bytes
        guard span.length >= 2 else { return false }
        if bytes[span.end - 1] == 0x27 { return true }
        guard bytes[span.end - 1] == 0x73 else { return false }
        return bytes[span.end - 2] == 0x27
            || (span.length >= 4 && bytes[span.end - 2] == 0x99 && bytes[span.end - 3] == 0x80)
    }

    /// The letters of a token before an apostrophe (`'` or `’`) and what follows it: `he`
    /// and `s` in `he’s`, `who` and `ve` in `who've`; `nil` when the token has no apostrophe
    /// after a letter and before more text.
    func contraction(_ token: Int) -> (word: Span, suffix: Span)? {
        document.contraction(in: document.tokens[token].span.range)
    }

    /// Whether a token is `who` with a contracted auxiliary: `who've`, `who’d`, `who's`.
    func isContractedWho(_ token: Int) -> Bool {
        guard let word = contraction(token)?.word, word.length == 3 else { return false }
        let bytes = document.bytes
        return bytes[word.start] | 0x20 == 0x77 && bytes[word.start + 1] == 0x68 && bytes[word.start + 2] == 0x6F
    }

    /// The pronoun of a pronoun with a contracted auxiliary (`he's said`, `they’ve argued`,
    /// `she'd told`), as a span of the token; `nil` for any other token.
    func contractedPronoun(_ token: Int) -> Span? {
        guard let (pronoun, suffix) = contraction(token) else { return nil }
        let bytes = document.bytes
        let rest = suffix.start
        guard
            suffix.length == 1 && (bytes[rest] | 0x20 == 0x73 || bytes[rest] | 0x20 == 0x64)
                || suffix.length == 2 && bytes[rest] | 0x20 == 0x76 && bytes[rest + 1] | 0x20 == 0x65,
            document.isWord(pronoun.range, in: ReportedSpeechWords.subjectPronouns, lowercased: true)
        else { return nil }
        return pronoun
    }

    /// Whether a token opens with a digit.
    func isNumber(_ token: Int) -> Bool {
        TextBytes.isDigit(document.bytes[document.tokens[token].span.start])
    }

    /// Whether a token names a span of time, in the plural (`minutes`, `years`) or not
    /// (`month`, `week`): the head of `A few minutes later` or `One month after`.
    func isSpanOfTime(_ token: Int) -> Bool {
        isWord(token, ReportedSpeechWords.spansOfTime) || isWord(token, ReportedSpeechWords.timeNouns)
    }

    /// Whether a token is a dash: `--`, `—` or `–`.
    func isDash(_ token: Int) -> Bool { document.isDash(token) }

    /// Whether a token is a lower-case adverb in `-ly` (`publicly`, `falsely`).
    func isAdverb(_ token: Int) -> Bool {
        let span = document.tokens[token].span
        let bytes = document.bytes
        return span.length >= 5 && TextBytes.isLower(bytes[span.start]) && bytes[span.end - 1] == 0x79
            && bytes[span.end - 2] == 0x6C && !isWord(token, ReportedSpeechWords.notAdverbs)
    }

    /// Whether a token is a word in `-ing`.
    func isParticiple(_ token: Int) -> Bool {
        document.endsInIng(document.tokens[token].span)
    }

    /// Whether a token is a word in `-ed` or `-ing` (`Pressed`, `Speaking`).
    func isVerbForm(_ token: Int) -> Bool {
        isParticiple(token) || isEdForm(token)
    }

    /// Whether a token is a word of five letters or more in `-ed`: a past form or a past
    /// participle (`violated`, `Pressed`).
    func isEdForm(_ token: Int) -> Bool {
        let span = document.tokens[token].span
        let bytes = document.bytes
        return span.length > 4 && bytes[span.end - 1] | 0x20 == 0x64 && bytes[span.end - 2] | 0x20 == 0x65
    }

    /// Whether a determiner or an object pronoun follows a token, before `end`: a verb's object
    /// (`violated her rights`, `ignored the warnings`).
    func hasObject(after token: Int, end: Int) -> Bool {
        token + 1 < end
            && (isWord(token + 1, ReportedSpeechWords.listenerDeterminers)
                || isWord(token + 1, ReportedSpeechWords.objectPronouns))
    }

    /// Whether a token is a weekday name.
    func isWeekday(_ token: Int) -> Bool {
        document.isWord(document.tokens[token].span.range, in: Self.weekdays)
    }

    /// Weekday names, capitalized.
    static let weekdays = WordSet(Set(CalendarWords.weekdays))

    /// Whether a token is a reporting verb outside quotations.
    func isCue(_ token: Int) -> Bool {
        let span = document.tokens[token].span
        return cues.hasCue(from: span.start, before: span.end)
    }

    /// Whether a token is a participle of a reporting verb: `saying`, `adding`.
    func isParticipleCue(_ token: Int) -> Bool {
        isWord(token, ReportedSpeechWords.participles) && isCue(token)
    }

    /// Whether the tokens from `token` to `end` are only closing punctuation.
    func isAtEnd(_ token: Int, _ end: Int) -> Bool {
        var index = token
        while index < end {
            if isWordLike(index) { return false }
            let first = document.bytes[document.tokens[index].span.start]
            if first == 0x2C || first == 0x3B || first == 0x3A || first == 0x28 { return false }
            if first == 0x2D && document.tokens[index].span.length >= 2 { return false }
            index += 1
        }
        return true
    }

    /// The span from the start of one token to the end of another.
    func span(_ first: Int, _ last: Int) -> Span {
        Span(start: document.tokens[first].span.start, end: document.tokens[last].span.end)
    }
}
