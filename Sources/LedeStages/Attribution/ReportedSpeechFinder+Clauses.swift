internal import Lede

/// Reading the words around a reporting verb, token by token: its subject before it, its
/// listener and the adjuncts after it, and where its reported clause ends.
///
/// Tokens are indices into `AttributionDocument.tokens`. Word classes are the closed lists of
/// ``ReportedSpeechWords``; every test reads the bytes of one token, so a sentence costs a few
/// table lookups per word near a verb.
extension ReportedSpeechFinder {
    /// The subject of a reporting verb.
    struct Subject {
        /// The speaker's phrase: the head noun phrase, without an apposition after it.
        var speaker: Span
        /// The first token of the whole subject, appositions included.
        var first: Int
    }

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

    // MARK: Token tests

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
    func isByte(_ token: Int, _ byte: UInt8) -> Bool {
        let span = document.tokens[token].span
        return span.length == 1 && document.bytes[span.start] == byte
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

    /// Whether a token is punctuation that ends a phrase: `, ; : ( ) -- —`, a quotation mark.
    func isBreak(_ token: Int) -> Bool {
        let span = document.tokens[token].span
        let first = document.bytes[span.start]
        switch first {
        case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x22, 0x5B, 0x5D: return true
        case 0x2D: return span.length >= 2  // --
        case 0xE2: return !isWordLike(token)  // — – “ ” and the like
        default: return false
        }
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

    /// Whether a token is `who` with a contracted auxiliary: `who've`, `who’d`, `who's`.
    func isContractedWho(_ token: Int) -> Bool {
        let span = document.tokens[token].span
        let bytes = document.bytes
        guard span.length >= 5, bytes[span.start] | 0x20 == 0x77, bytes[span.start + 1] == 0x68,
            bytes[span.start + 2] == 0x6F
        else { return false }
        return bytes[span.start + 3] == 0x27 || bytes[span.start + 3] == 0xE2
    }

    /// Whether a token opens with a digit.
    func isNumber(_ token: Int) -> Bool {
        TextBytes.isDigit(document.bytes[document.tokens[token].span.start])
    }

    /// Whether a token is a dash: `--`, `—` or `–`.
    func isDash(_ token: Int) -> Bool {
        let span = document.tokens[token].span
        let bytes = document.bytes
        if bytes[span.start] == 0x2D { return span.length >= 2 && bytes[span.start + 1] == 0x2D }
        return span.length == 3 && bytes[span.start] == 0xE2 && bytes[span.start + 1] == 0x80
            && (bytes[span.start + 2] == 0x94 || bytes[span.start + 2] == 0x93)
    }

    /// Whether a token is a lower-case adverb in `-ly` (`publicly`, `falsely`).
    func isAdverb(_ token: Int) -> Bool {
        let span = document.tokens[token].span
        let bytes = document.bytes
        return span.length >= 5 && TextBytes.isLower(bytes[span.start]) && bytes[span.end - 1] == 0x79
            && bytes[span.end - 2] == 0x6C && !isWord(token, ReportedSpeechWords.notAdverbs)
    }

    /// Whether a token is a word in `-ing`.
    func isParticiple(_ token: Int) -> Bool {
        let span = document.tokens[token].span
        let bytes = document.bytes
        return span.length > 4 && bytes[span.end - 1] == 0x67 && bytes[span.end - 2] == 0x6E
            && bytes[span.end - 3] == 0x69
    }

    /// Whether a token is a word in `-ed` or `-ing` (`Pressed`, `Speaking`).
    func isVerbForm(_ token: Int) -> Bool {
        let span = document.tokens[token].span
        let bytes = document.bytes
        return isParticiple(token)
            || (span.length > 4 && bytes[span.end - 1] | 0x20 == 0x64 && bytes[span.end - 2] | 0x20 == 0x65)
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
        return cues.first(from: span.start, before: span.end) != nil
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

    // MARK: Before the verb

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
                if isWord(index, ClauseWords.formsOfBe) { passive = true }
                index -= 1
            } else if isAdverb(index) || isWeekday(index) {
                index -= 1
                if index >= floor && isWord(index, "on") { index -= 1 }
            } else if isWord(index, ReportedSpeechWords.timeNouns), index - 1 >= floor,
                isWord(index - 1, ReportedSpeechWords.timeOpeners)
            {
                index -= 2
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

    /// The first token of the phrase of comma-free words that ends at `end`: back to a comma or
    /// other break, or `floor`, at most `limit` tokens.
    func commaSegmentStart(endingAt end: Int, floor: Int, limit: Int = 40) -> Int? {
        var index = end
        while index - 1 >= floor && !isBreak(index - 1) {
            index -= 1
            if end - index >= limit { return nil }
        }
        return index
    }

    /// The first token of the noun phrase that ends at `end`: back to a break, a clause
    /// opener (`and`, `when`, `that`, ...) or another reporting verb; `nil` when the phrase is
    /// not a subject (too long, or holding an auxiliary).
    func nounPhraseStart(endingAt end: Int, floor: Int) -> Int? {
        var index = end
        if isByte(index, 0x29) {
            var open = index - 1
            while open >= floor && open > index - 12 && !isByte(open, 0x28) { open -= 1 }
            guard open > floor else { return nil }
            index = open - 1
        }
        guard index >= floor, isWordLike(index) || isByte(index, 0x25) else { return nil }
        var count = 1
        while index - 1 >= floor {
            let previous = index - 1
            if isBreak(previous) || isCue(previous) { break }
            if isWord(previous, ReportedSpeechWords.clauseOpeners) {
                // `Reyes and Park said`, `she and a colleague said`: a pair of names.
                guard isWord(previous, "and"), previous - 1 >= floor,
                    isCapitalized(previous - 1) || isWord(previous - 1, ReportedSpeechWords.subjectPronouns)
                else { break }
            }
            if isClauseVerb(previous) { return nil }
            index = previous
            count += 1
            if count > 14 { return nil }
        }
        return index
    }

    /// Whether the words from `first` to `last` look like a name: capitalized words, with
    /// `of`, `the`, initials and a parenthesis between them.
    func isNameLike(_ first: Int, _ last: Int) -> Bool {
        guard isCapitalized(first), last - first < 10 else { return false }
        var index = first
        var depth = 0
        while index <= last {
            if isByte(index, 0x28) {
                depth += 1
            } else if isByte(index, 0x29) {
                depth -= 1
            } else if depth == 0 && !isCapitalized(index) && !isWord(index, AttributionLexicon.linkWords)
                && isWordLike(index)
            {
                return false
            }
            index += 1
        }
        if isWord(first, ReportedSpeechWords.adverbialOpeners) { return false }
        // `Regardless, the agency said`: a sentence adverb, not a name.
        let span = document.tokens[first].span
        let bytes = document.bytes
        if span.length > 4 && bytes[span.end - 1] == 0x79 && bytes[span.end - 2] == 0x6C { return false }
        return first < last || !document.isWord(span.range, in: AttributionLexicon.sentenceStarters)
    }

    /// Whether a comma-free phrase reads as an apposition to a name before it: `58`, `R-Ky.`,
    /// `who lives nearby`, `a spokesman for the firm`, `chairman of the committee`.
    ///
    /// - Returns: `nil` when it does not; `true` when it surely does (a relative clause, a
    ///   number, a party label), `false` when it does only after a name.
    func apposition(_ first: Int, _ last: Int) -> Bool? {
        let bytes = document.bytes
        let span = document.tokens[first].span
        if isWord(first, ReportedSpeechWords.relativeOpeners) || TextBytes.isDigit(bytes[span.start]) { return true }
        // A party label: `R-Ky.`, `D-N.Y.`, `R`, `D`.
        if (bytes[span.start] == 0x52 || bytes[span.start] == 0x44 || bytes[span.start] == 0x49)
            && (span.length == 1 || bytes[span.start + 1] == 0x2D) && last - first < 4
        {
            return true
        }
        if isWord(first, ReportedSpeechWords.subjectPronouns) { return nil }
        if isLowercase(first) || isWord(first, ReportedSpeechWords.appositionOpeners) { return false }
        return nil
    }

    /// The last token of the name or noun phrase that the appositions ending at `last` follow,
    /// if they are appositions: `Tom Reyes, 58, a retired teacher, said`, `Dana Kerr, 41, of
    /// Salem, Ore., says`.
    ///
    /// Comma-separated phrases are read back from the verb while each reads as an apposition
    /// (a number, a party label, a relative clause, a lower-case description, a place after
    /// `of`); the phrase before them is the head. A lower-case description alone needs a name
    /// for its head (`In Ohio, the governor said` has none); a surer apposition, or a comma
    /// just before the verb (`closed`), needs only a noun phrase.
    func appositionHead(endingAt last: Int, floor: Int, closed: Bool) -> Int? {
        var segments: [(start: Int, end: Int)] = []
        var segmentEnd = last
        while segments.count < 6, let start = commaSegmentStart(endingAt: segmentEnd, floor: floor, limit: 25) {
            segments.append((start, segmentEnd))
            guard start - 2 >= floor, isComma(start - 1) else { break }
            segmentEnd = start - 2
        }
        // The nearest phrase must be whole (`and the chief` is a clause of its own).
        guard segments.count >= 2, closed || nounPhraseStart(endingAt: last, floor: floor) == segments[0].start else {
            return nil
        }
        var sure = closed
        var head = 0
        while head < segments.count - 1 {
            let segment = segments[head]
            if let kind = apposition(segment.start, segment.end) {
                sure = sure || kind
            } else if isNameLike(segment.start, segment.end),
                isWord(segments[head + 1].start, ReportedSpeechWords.placePrepositions)
            {
                // `of Salem, Ore.`: the place goes on.
            } else {
                break
            }
            head += 1
        }
        guard head > 0 else { return nil }
        let candidate = segments[head]
        if isNameLike(candidate.start, candidate.end) { return candidate.end }
        guard sure, nounPhraseStart(endingAt: candidate.end, floor: floor) == candidate.start,
            !isWord(candidate.start, ReportedSpeechWords.adverbialOpeners),
            candidate.start < candidate.end
                || !document.isWord(
                    document.tokens[candidate.start].span.range,
                    in: AttributionLexicon.sentenceStarters
                )
        else { return nil }
        return candidate.end
    }

    /// The subject of the reporting verb at `cue`, read back from it, and whether the verb is a
    /// passive (`was told`), which has none.
    ///
    /// The subject is the noun phrase just before the verb (`Critics say`, `the authorities
    /// said`, `Nearly half said`), or, with `appositions`, the name before an
    /// apposition (`Ada Moss, chair of the planning board, said`; `Tom Reyes, 58, who runs a
    /// bakery nearby, says`). After `and` (`toured the streets and said`) it is the subject of the
    /// clause; after `who` or `which` (`an aide, who said`) the phrase before it.
    func subject(
        ofVerbAt cue: Int,
        floor: Int,
        sentenceFirst: Int,
        appositions: Bool
    ) -> (subject: Subject?, passive: Bool) {
        let (end, passive, progressive) = subjectEnd(before: cue, floor: floor)
        guard !passive, end >= floor else { return (nil, passive) }
        // `a man claiming ...` is a phrase, not a clause: a participle needs `is`, `was`, ...
        if isParticiple(cue) && !progressive { return (nil, false) }
        if isWord(end, ReportedSpeechWords.coordinators) {
            guard let speaker = clauseSubject(from: sentenceFirst, before: end) else { return (nil, false) }
            return (Subject(speaker: speaker, first: document.tokenIndex(at: speaker.start)), false)
        }
        if isWord(end, ReportedSpeechWords.clauseOpeners) && !isWord(end, ReportedSpeechWords.relatives) {
            return (nil, false)
        }
        var last = end
        // `Ada Moss, chair of the planning board, said`: the comma closes an apposition.
        let closesApposition = isComma(end)
        if closesApposition {
            last = end - 1
            guard last >= floor else { return (nil, false) }
        } else if isWord(end, ReportedSpeechWords.relatives) || isContractedWho(end) {
            // `written by an aide, who said`: the noun phrase before `who`.
            last = end - 1
            if last >= floor && isComma(last) { last -= 1 }
            guard last >= floor, isWordLike(last), !isWord(last, ReportedSpeechWords.notSubjectEnds) else {
                return (nil, false)
            }
            var first = last
            while first - 1 >= floor && last - first < 6 && isWordLike(first - 1) && !isCue(first - 1)
                && !isWord(first, AttributionLexicon.determiners)
                && !isWord(first - 1, ReportedSpeechWords.adverbialOpeners)
                && !isClauseVerb(first - 1)
                && !isWord(first - 1, ReportedSpeechWords.clauseOpeners)
                && !(isLowercase(first - 1) && (isVerbForm(first - 1) || isAdverb(first - 1)))
            {
                first -= 1
            }
            return (Subject(speaker: span(first, last), first: first), false)
        } else if isWord(end, ReportedSpeechWords.notSubjectEnds) || isPossessive(end)
            || !(isWordLike(end) || isByte(end, 0x29) || isByte(end, 0x25))
        {
            return (nil, false)
        }
        if appositions || closesApposition,
            let head = appositionHead(endingAt: last, floor: floor, closed: closesApposition)
        {
            last = head
        } else if closesApposition {
            // `Her deputy, Lena Park, said`: the name is the apposition.
            guard let start = commaSegmentStart(endingAt: last, floor: floor, limit: 6), start - 2 >= floor,
                isComma(start - 1), isNameLike(start, last), last - start >= 1,
                let previousStart = commaSegmentStart(endingAt: start - 2, floor: floor, limit: 10),
                nounPhraseStart(endingAt: start - 2, floor: floor) == previousStart
            else { return (nil, false) }
            return (Subject(speaker: span(start, last), first: previousStart), false)
        }
        // A pronoun is a whole subject: `Although last spring he said`.
        if isWord(last, ReportedSpeechWords.subjectPronouns) && isLowercase(last) || isWord(last, "I") {
            return (Subject(speaker: span(last, last), first: last), false)
        }
        guard let first = nounPhraseStart(endingAt: last, floor: floor) else { return (nil, false) }
        // `sharing three old photos`: a participle and its object are no subject
        // (`housing experts` is one).
        if isLowercase(first) && isVerbForm(first) && first < last
            && (isWord(first + 1, AttributionLexicon.determiners)
                || isWord(first + 1, ReportedSpeechWords.listenerDeterminers)
                || isWord(first + 1, ReportedSpeechWords.quantifiers))
        {
            return (nil, false)
        }
        // A phrase that opens with a preposition or an adverb is not a subject (`In Ohio said`
        // is not English), but `At least half` is.
        if isWord(first, ReportedSpeechWords.adverbialOpeners) && !isWord(first, ReportedSpeechWords.demonstratives)
            && !(first < last && isWord(first, "at") && isWord(first + 1, ReportedSpeechWords.superlatives))
            && !(first < last && (isWord(first + 1, ReportedSpeechWords.amounts) || isNumber(first + 1)))
        {
            return (nil, false)
        }
        // `heard Reyes say it`, `let them argue`: an object and a bare infinitive.
        if (max(floor, first - 1)..<last).contains(where: {
            isLowercase($0) && isWord($0, ReportedSpeechWords.bareInfinitiveVerbs)
        }) {
            return (nil, false)
        }
        return (Subject(speaker: span(first, last), first: first), false)
    }

    /// Whether a token is an upper-case word that opens a dateline: `BERLIN (AP) —`.
    func isDateline(_ token: Int) -> Bool {
        let span = document.tokens[token].span
        guard span.length >= 3 else { return false }
        return document.bytes[span.range].allSatisfy { TextBytes.isUpper($0) || $0 == 0x2E || $0 == 0x2D }
    }

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
            } else if isLowercase(index), isWord(index, ReportedSpeechWords.subordinators) {
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
            } else if isDateline(index) {
                // `BERLIN (AP) — ...`
                var dash = index + 1
                while dash < token && dash < index + 8 && !isDash(dash) { dash += 1 }
                guard dash < token, isDash(dash) else { break }
                index = dash + 1
            } else if isWord(index, ReportedSpeechWords.adverbialOpeners)
                || (isCapitalized(index) && (isVerbForm(index) || isAdverbShape(index)))
                || (index > floor && isComma(index - 1) && isLowercase(index)
                    && (isWord(index, "also") || isVerbForm(index) || isAdverb(index)))
            {
                // `On Tuesday,`, `Speaking to reporters,`, `Shortly after the vote,`, and the
                // rest of an adverbial after a comma (`, also known as the authority,`).
                var comma = index + 1
                while comma < token && comma < index + 20 && !isComma(comma) { comma += 1 }
                guard comma < token, isComma(comma) else { return nil }
                index = comma + 1
            } else if isBreak(index) {
                index += 1
            } else {
                break
            }
        }
        guard index < token, isWordLike(index) else { return nil }
        let first = index
        guard
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
        let isName =
            isCapitalized(first) && !isWord(first, AttributionLexicon.determiners)
            && !isWord(first, ReportedSpeechWords.quantifiers)
        // A phrase led by a determiner is at most four words, unless `of` goes on (`the head of
        // the committee`).
        let limit = isName ? 6 : 4
        while next < token && next - first < 6 {
            if next - first >= limit && !isWord(next, "of") && !isWord(next - 1, "of") && !isWord(next - 1, "the") {
                break
            }
            if isBreak(next) || isCue(next) || isClauseVerb(next)
                || isWord(next, ReportedSpeechWords.clauseOpeners)
                || (isName && isLowercase(next) && !isWord(next, AttributionLexicon.linkWords))
            {
                break
            }
            let span = document.tokens[next].span
            if isLowercase(next) && span.length > 3 && bytes[span.end - 1] == 0x64 && bytes[span.end - 2] == 0x65 {
                break  // a verb in -ed
            }
            if !isWordLike(next) && !isByte(next, 0x2E) { break }
            last = next
            next += 1
        }
        return span(first, last)
    }

    // MARK: After the verb

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
    func tail(from token: Int, end: Int, lemma: String) -> Tail {
        var index = skipTimeWords(from: token, end: end)
        if isAtEnd(index, end) || isByte(index, 0x3B) { return .end }
        if isWord(index, "that") { return .content(start: index + 1, hasThat: true) }
        if isByte(index, 0x3A) { return .content(start: index + 1, hasThat: false) }
        if lemma == "ask" || lemma == "tell" || ReportedSpeechWords.takesInfinitive.contains(lemma) {
            if isWord(index, "to") { return .content(start: index, hasThat: false) }
        }
        if lemma == "ask", isWord(index, ReportedSpeechWords.questionOpeners) {
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
