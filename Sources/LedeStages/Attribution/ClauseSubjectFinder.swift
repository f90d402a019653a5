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
    let tokens: [Token]
    let bytes: UnsafeBufferPointer<UInt8>
    /// What each word of the clause being read is.
    var words: ClauseWordClasses

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
    enum Opening {
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

    /// The subject of a sentence's main clause, from the sentence's start at `offset`.
    ///
    /// It is the one ``subject(at:before:)`` reads there, or, when that finds none, the one
    /// after the words that open the sentence: a linking word (`But`, `Still,`) and a short
    /// phrase that a comma ends (`Asked about the plan,`, `On Monday,`).
    func mainSubject(at offset: Int, before limit: Int) -> Span? {
        if let subject = subject(at: offset, before: limit) { return subject }
        let end = document.tokenIndex(at: limit)
        var index = skipOpening(document.tokenIndex(at: offset), end: end)
        if index < end, document.isWord(tokens[index].span.range, in: ClauseWords.openers) {
            // A short opening phrase, up to its comma.
            var comma = index + 1
            while comma < end && comma - index < 12 && bytes[tokens[comma].span.start] != 0x2C { comma += 1 }
            guard comma + 1 < end, comma - index < 12 else { return nil }
            index = comma + 1
        }
        guard index < end, tokens[index].span.start > offset else { return nil }
        return subject(at: tokens[index].span.start, before: limit)
    }

    private mutating func readSubject(at offset: Int, before limit: Int) -> Span? {
        var index = document.tokenIndex(at: offset)
        let end = document.tokenIndex(at: limit)
        while index < end && bytes[tokens[index].span.start] == 0x2C {
            index += 1
        }
        // `But Treasury Secretary Dana Kerr attacked ...`: a linking word is not the subject's.
        index = skipOpening(index, end: end)
        guard index < end, end - index <= 200, !document.isWord(tokens[index].span.range, in: ClauseWords.openers)
        else { return nil }
        words.prepare(index, end)
        if case .subject(let span, _) = nounPhrase(at: index, end: end) { return span }
        return nil
    }
}
