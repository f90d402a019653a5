internal import Lede

/// Finds the subject of a clause: the noun phrase before its finite verb, read from the words
/// alone.
///
/// English puts the subject before the verb, so a clause that starts a sentence, or follows a
/// comma or a dash, is read as a noun phrase and then a verb: `Whitlow went after Hale`,
/// `Brandt, the county's sheriff, repeated`, `The marchers chanted`. A finite verb is an
/// auxiliary (`is`, `has`, `will`), a past form (`-ed`, or an irregular one such as `took`), a
/// reporting verb, or a present form in `-s` that no stronger verb follows (`Whitlow says` but
/// `Whitlow supporters chanted`). A phrase of time or place that opens the sentence (`In her
/// speech to the guild,`) is skipped, and so is a conjunction (`But`).
///
/// The finder is used where no reporting verb names the speaker next to it: the subject of
/// `Whitlow went after Hale, calling him ...` said what `calling` introduces, and the subject of
/// `Okafor praised Brandt as “a leader who ...”` said the fragment.
struct ClauseSubjectFinder {
    let document: AttributionDocument
    /// The document's tokens and bytes, held once for the many reads of a clause.
    private let tokens: [Token]
    private let bytes: UnsafeBufferPointer<UInt8>
    /// What each word of the clause being read is.
    private var words: ClauseWordClasses

    init(document: AttributionDocument) {
        self.document = document
        tokens = document.tokens
        bytes = document.bytes
        words = ClauseWordClasses(document: document)
    }

    /// The subject of the last clause that starts in `start ..< limit` (at `start` or after a
    /// comma or dash) and has a subject and a finite verb before `limit`.
    ///
    /// Tokens inside quotations are not read.
    ///
    /// - Complexity: O(*t*²) in the number of tokens of the range, which is one sentence.
    func subject(from start: Int, before limit: Int) -> Span? {
        var reader = self
        return reader.readSubject(from: start, before: limit)
    }

    private mutating func readSubject(from start: Int, before limit: Int) -> Span? {
        let first = document.tokenIndex(at: start)
        let end = document.tokenIndex(at: limit)
        guard first < end, end - first <= 200 else { return nil }
        words.prepare(first, end)
        var candidates: [Int] = []
        var index = skipOpening(first, end: end)
        if index < end {
            if !document.isWord(tokens[index].span.range, in: ClauseWords.openers) { candidates.append(index) }
        }
        while index < end {
            let byte = bytes[tokens[index].span.start]
            if byte == 0x2C || byte == 0x2D || byte == 0x3B, index + 1 < end {
                if !document.quoteOverlaps(tokens[index].span) {
                    candidates.append(skipOpening(index + 1, end: end))
                } else if let quote = document.quoteSpans.index(containing: tokens[index].span.start),
                    document.skip(from: tokens[index].span.end, to: document.quoteSpans[quote].end, over: " \"")
                        == document.quoteSpans[quote].end
                {
                    // `Holding banners calling the plan “a sham,” the crowd chanted`: the comma that
                    // news style puts inside the closing mark ends the clause before.
                    candidates.append(skipOpening(document.tokenIndex(at: document.quoteSpans[quote].end), end: end))
                }
            }
            index += 1
        }
        for candidate in candidates.reversed() where candidate < end {
            // `Ortiz said in March, when the audit came out, “...”`: a subordinate clause
            // closed before the limit is not the clause that holds it.
            if document.isWord(tokens[candidate].span.range, in: ClauseWords.subordinators),
                hasComma(from: candidate + 1, to: end)
            {
                continue
            }
            switch nounPhrase(at: candidate, end: end) {
            case .subject(let span, let verb):
                // `Smith was told that ...`: the subject of a passive verb heard the words.
                return isPassive(verb, end: end) ? nil : span
            case .impersonal: return nil
            case .none: continue
            }
        }
        return nil
    }

    /// Whether the verb at `index` is a form of `be` followed, maybe after adverbs, by a past
    /// participle: `was told`, `is expected`.
    private mutating func isPassive(_ index: Int, end: Int) -> Bool {
        guard document.isWord(tokens[index].span.range, in: ClauseWords.formsOfBe) else { return false }
        var next = index + 1
        while next < end && words.wordClass(next) == .adverb { next += 1 }
        return next < end && words.wordClass(next) == .pastVerb
    }

    /// The subject of the reporting verb `cue`, read as a clause in `start ..< cue.end`: the
    /// noun phrase whose finite verb is `cue` (`Hale, meanwhile, who holds no
    /// seat, said`).
    func subject(ofVerb cue: Span, from start: Int) -> Span? {
        var reader = self
        return reader.readSubject(ofVerb: cue, from: start)
    }

    private mutating func readSubject(ofVerb cue: Span, from start: Int) -> Span? {
        let verb = document.tokenIndex(at: cue.start)
        guard verb < tokens.count, tokens[verb].span.start == cue.start else { return nil }
        let first = document.tokenIndex(at: start)
        guard first < verb, verb - first <= 200 else { return nil }
        words.prepare(first, verb + 1)
        var candidates = [skipOpening(first, end: verb)]
        for index in first..<verb where words.isPunctuation(index) {
            let byte = bytes[tokens[index].span.start]
            if (byte == 0x2C || byte == 0x2D || byte == 0x3B) && !document.quoteOverlaps(tokens[index].span) {
                candidates.append(skipOpening(index + 1, end: verb))
            }
        }
        for candidate in candidates where candidate < verb {
            if case .subject(let span, let found) = nounPhrase(at: candidate, end: verb + 1), found == verb {
                return span
            }
        }
        return nil
    }

    /// The finite verb in lower case that opens the text at `offset` (after commas and
    /// spaces), before `limit`: `remembered` in `“...,” remembered Dana Whitlow`.
    func verb(after offset: Int, before limit: Int) -> Span? {
        var index = document.tokenIndex(at: offset)
        while index < tokens.count && tokens[index].span.start < limit && bytes[tokens[index].span.start] == 0x2C {
            index += 1
        }
        guard index < tokens.count, tokens[index].span.end <= limit,
            TextBytes.isLower(bytes[tokens[index].span.start])
        else { return nil }
        switch words.computeClass(index) {
        case .pastVerb, .presentVerb: return tokens[index].span
        default: return nil
        }
    }

    /// Whether the word at `range` is a finite verb: an auxiliary, a past form or a present
    /// form.
    func isFiniteVerb(_ range: Range<Int>) -> Bool {
        let index = document.tokenIndex(at: range.lowerBound)
        guard index < tokens.count, tokens[index].span.range == range else { return false }
        switch words.computeClass(index) {
        case .auxiliary, .pastVerb, .presentVerb: return true
        default: return false
        }
    }

    /// Whether a comma outside quotations is among the tokens `start ..< end`.
    private func hasComma(from start: Int, to end: Int) -> Bool {
        (start..<max(start, end)).contains {
            bytes[tokens[$0].span.start] == 0x2C
                && !document.quoteOverlaps(tokens[$0].span)
        }
    }

    /// What a clause opens with.
    private enum Opening {
        /// A subject before a finite verb, and the index of the verb's token.
        case subject(Span, verb: Int)
        /// A word that stands for no one before a verb (`there would be`): the clause has no
        /// speaker, and earlier clauses are not asked.
        case impersonal
        /// No subject and verb.
        case none
    }

    /// Whether a word between `start` and `end` is a reporting verb or a verb of
    /// ``ClauseWords/speechActs`` in any form (`decried`, `mocks`, `thanking`).
    func hasSpeechVerb(from start: Int, to end: Int) -> Bool {
        var index = document.tokenIndex(at: start)
        while index < tokens.count && tokens[index].span.end <= end {
            let range = tokens[index].span.range
            if TextBytes.isLower(bytes[range.lowerBound])
                && (words.isReportingVerb(range) || isSpeechAct(range))
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// Whether a lower-case word is a form of a verb of ``ClauseWords/speechActs``.
    private func isSpeechAct(_ range: Range<Int>) -> Bool {
        document.isWord(range, in: ClauseWords.speechActForms)
    }

    /// The subject of a clause that starts at `offset` (after any commas), if a finite verb
    /// follows it before `limit`: `she guessed` after `“Tuesday,”`.
    func subject(at offset: Int, before limit: Int) -> Span? {
        var reader = self
        return reader.readSubject(at: offset, before: limit)
    }

    private mutating func readSubject(at offset: Int, before limit: Int) -> Span? {
        var index = document.tokenIndex(at: offset)
        let end = document.tokenIndex(at: limit)
        while index < end && bytes[tokens[index].span.start] == 0x2C {
            index += 1
        }
        guard index < end, end - index <= 200, !document.isWord(tokens[index].span.range, in: ClauseWords.openers)
        else { return nil }
        words.prepare(index, end)
        if case .subject(let span, _) = nounPhrase(at: index, end: end) { return span }
        return nil
    }

    // MARK: Reading a clause

    /// The first token from `index` that is not punctuation, a quotation mark or a word that
    /// opens a sentence without being its subject (`But`, `Still,`).
    private func skipOpening(_ index: Int, end: Int) -> Int {
        var index = index
        while index < end {
            let token = tokens[index]
            if words.isPunctuation(index) {
                index += 1
            } else if document.isWord(token.span.range, in: ClauseWords.discourse) {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// Whether a finite verb starts at `index`, after any adverbs: the index of the verb.
    private mutating func verb(at index: Int, end: Int, weakAllowed: Bool = true) -> Int? {
        var index = index
        while index < end && words.wordClass(index) == .adverb { index += 1 }
        guard index < end else { return nil }
        switch words.wordClass(index) {
        case .auxiliary, .pastVerb:
            return index
        case .presentVerb:
            guard weakAllowed else { return nil }
            // `supporters chanted`: a stronger verb after it makes the `-s` word a noun.
            if index + 1 < end, verb(at: index + 1, end: end, weakAllowed: false) != nil { return nil }
            return index
        default:
            return nil
        }
    }

    /// The noun phrase that starts at `start` and is followed by a finite verb (maybe after
    /// an apposition between commas), as a span.
    private mutating func nounPhrase(at start: Int, end: Int) -> Opening {
        var index = start
        guard index < end, !document.quoteOverlaps(tokens[index].span) else { return .none }
        // `who he called`: after a relative word, the subject of the relative clause; after a
        // conjunction (`and`, `although`), the subject of the clause it joins.
        if words.wordClass(index) == .relative {
            // `who runs the clinic`: the relative word is the subject, and stands for a phrase
            // outside this clause.
            if index + 1 < end, verb(at: index + 1, end: end) != nil { return .none }
            index += 1
        } else if document.isWord(tokens[index].span.range, in: ClauseWords.conjunctions) {
            index += 1
        }
        guard index < end else { return .none }
        if document.isWord(tokens[index].span.range, in: ClauseWords.notSubjects, lowercased: true) {
            return verb(at: index + 1, end: end) != nil ? .impersonal : .none
        }
        let phraseStart = index
        if words.wordClass(index) == .pronoun {
            guard let found = verb(at: index + 1, end: end) else { return .none }
            return .subject(tokens[index].span, verb: found)
        }
        var last = -1  // the last token of the phrase
        var hasHead = false
        var lastIsProperName = false
        while index < end && index - phraseStart < 14 {
            let token = tokens[index]
            if document.quoteOverlaps(token.span) { return .none }
            if words.isPunctuation(index) {
                let byte = bytes[token.span.start]
                if byte == 0x28, let close = closingParenthesis(after: index, end: end) {
                    // `Sen. Ann Lee (D-Ore.)`
                    last = close
                    index = close + 1
                    continue
                }
                // `Brandt, the county's sheriff, repeated`, `Ines Duarte, 41, of Tacoma, Washington, who
                // runs a bakery there, said`: up to four appositions between commas.
                if byte == 0x2C, hasHead {
                    var comma = index
                    for _ in 0..<4 {
                        guard let next = apposition(after: comma, end: end) else { break }
                        if let found = verb(at: next, end: end) ?? datedVerb(at: next, end: end) {
                            return .subject(
                                Span(start: tokens[phraseStart].span.start, end: tokens[last].span.end),
                                verb: found
                            )
                        }
                        comma = next - 1
                    }
                }
                return .none
            }
            let kind = words.wordClass(index)
            switch kind {
            case .capitalized:
                last = index
                hasHead = true
                lastIsProperName = true
            case .determiner:
                guard !hasHead || (last >= 0 && last == index - 1 && words.wordClass(last) == .preposition) else {
                    return .none
                }
                last = index
            case .noun:
                last = index
                hasHead = true
                lastIsProperName = false
            case .preposition:
                // `Hale on Monday thanked`: a day or a month after a preposition dates the verb
                // after it, and the phrase before it is the subject.
                if hasHead, let found = datedVerb(at: index, end: end) {
                    return .subject(
                        Span(start: tokens[phraseStart].span.start, end: tokens[last].span.end),
                        verb: found
                    )
                }
                // `a spokeswoman for the council`; not `Hale at the time`.
                guard hasHead, !lastIsProperName || document.isWord(token.span.range, in: ClauseWords.nameLinks) else {
                    return .none
                }
                last = index
            case .pastVerb where !hasHead, .presentVerb where !hasHead:
                // `the unnamed official`, `The marchers chanted`: a word before the head, or
                // the head itself.
                last = index
                hasHead = kind == .presentVerb
                lastIsProperName = false
            case .presentVerb where hasHead && verb(at: index, end: end) == nil:
                // `Hale supporters cheered`: a plural noun before the verb.
                last = index
                lastIsProperName = false
            case .auxiliary, .pastVerb, .presentVerb, .adverb:
                guard hasHead, let found = verb(at: index, end: end) else { return .none }
                // The phrase ends before the verb, and not on a preposition or determiner.
                while last > phraseStart
                    && (words.wordClass(last) == .preposition || words.wordClass(last) == .determiner)
                {
                    last -= 1
                }
                guard last >= phraseStart else { return .none }
                return .subject(Span(start: tokens[phraseStart].span.start, end: tokens[last].span.end), verb: found)
            default:
                return .none
            }
            index += 1
        }
        return .none
    }

    /// The finite verb after a preposition and a weekday or month at `index` (`on Monday
    /// thanked`, `in March told`), which date it.
    private mutating func datedVerb(at index: Int, end: Int) -> Int? {
        guard index + 2 < end, words.wordClass(index) == .preposition,
            document.isWord(tokens[index + 1].span.range, in: AttributionLexicon.calendarNames)
        else { return nil }
        return verb(at: index + 2, end: end)
    }

    /// The index of the `)` that closes the `(` at `index`, within a few tokens.
    private func closingParenthesis(after index: Int, end: Int) -> Int? {
        var close = index + 1
        while close < end && close - index <= 8 {
            if bytes[tokens[close].span.start] == 0x29 { return close }
            close += 1
        }
        return nil
    }

    /// The token after an apposition that starts with the comma at `index` and ends with the
    /// next comma, within a bounded number of tokens and with no quotation in it.
    private func apposition(after index: Int, end: Int) -> Int? {
        var next = index + 1
        while next < end && next - index <= 30 {
            if document.quoteOverlaps(tokens[next].span) { return nil }
            if words.isPunctuation(next) {
                let byte = bytes[tokens[next].span.start]
                if byte == 0x2C { return next > index + 1 ? next + 1 : nil }
                if byte == 0x3B || byte == 0x3A || byte == 0x2E { return nil }
            }
            next += 1
        }
        return nil
    }
}
