internal import Lede

/// Reading a clause from its first token: the words that open it, its noun phrase, and its
/// finite verb.
extension ClauseSubjectFinder {
    /// The first token from `index` that is not punctuation, a quotation mark or a word that
    /// opens a sentence without being its subject (`But`, `Still,`).
    func skipOpening(_ index: Int, end: Int) -> Int {
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
    mutating func verb(at index: Int, end: Int, weakAllowed: Bool = true) -> Int? {
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
    mutating func nounPhrase(at start: Int, end: Int) -> Opening {
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
        if document.isNotSubject(tokens[index].span.range) {
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
    mutating func datedVerb(at index: Int, end: Int) -> Int? {
        guard index + 2 < end, words.wordClass(index) == .preposition,
            document.isWord(tokens[index + 1].span.range, in: AttributionLexicon.calendarNames)
        else { return nil }
        return verb(at: index + 2, end: end)
    }

    /// The index of the `)` that closes the `(` at `index`, within a few tokens.
    func closingParenthesis(after index: Int, end: Int) -> Int? {
        var close = index + 1
        while close < end && close - index <= 8 {
            if bytes[tokens[close].span.start] == 0x29 { return close }
            close += 1
        }
        return nil
    }

    /// The token after an apposition that starts with the comma at `index` and ends with the
    /// next comma, within a bounded number of tokens and with no quotation in it.
    func apposition(after index: Int, end: Int) -> Int? {
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
