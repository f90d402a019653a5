internal import Lede

/// Deciding, at each candidate mark, whether a sentence or a list item ends there: the rules
/// for ellipses, abbreviations, initials, titles and list items that the type's
/// documentation lists.
extension SentenceSegmenter {
    /// What to do at a candidate.
    enum Decision {
        /// A sentence ends here (before any whitespace), by this rule.
        case boundary(Int, rule: String)
        /// No sentence ends here; scanning goes on from this offset.
        case skip(to: Int)
    }

    /// Decides whether a sentence or a list item ends at the candidate at `index`.
    func decide(
        at index: Int,
        sentenceStart: Int,
        list: ListMarker?,
        end: Int,
        bytes: UnsafeBufferPointer<UInt8>
    ) -> Decision {
        if let list {
            // The marker's own period; then the next item's marker.
            if let next = list.skipsTerminator(at: index) { return .skip(to: next) }
            if let itemStart = list.nextItemStart(closedAt: index, in: bytes, sentenceStart: sentenceStart, end: end) {
                return .boundary(itemStart, rule: "list-item")
            }
        }
        if bytes[index] == 0x29 { return .skip(to: index + 1) }
        let run = TerminalRun(at: index, end: end, bytes: bytes)
        // An ellipsis that opens a sentence marks an omission at its start (`. . . The practice
        // was ...`), and one in square brackets an omission inside it (`[...]`, `[…]`).
        if run.isEllipsis {
            if Self.onlyOpeners(bytes, from: sentenceStart, to: index) { return .skip(to: run.end) }
            if index > sentenceStart && bytes[index - 1] == 0x5B && run.end < end && bytes[run.end] == 0x5D {
                return .skip(to: run.end + 1)
            }
        }
        let closersEnd = run.closersEnd
        if closersEnd == end { return .boundary(end, rule: "paragraph-end") }
        if run.isCJK { return .boundary(closersEnd, rule: "cjk-terminal") }
        // Whitespace must follow.
        guard TextBytes.isSpace(bytes[closersEnd]) else { return .skip(to: run.end) }
        var next = closersEnd
        while next < end && TextBytes.isSpace(bytes[next]) { next += 1 }
        guard next < end else { return .boundary(end, rule: "paragraph-end") }
        let following = FollowingText(bytes: bytes, at: next, end: end)
        let ends = Decision.boundary(closersEnd, rule: "terminal")
        let goesOn = Decision.skip(to: run.end)

        if run.hasClosers {
            // A quotation followed by its source: `"... complex." (Jones 2004, p. 12).`
            if bytes[next] == 0x28 && Self.closesBeforePunctuation(bytes, parenthesisAt: next, end: end) {
                return goesOn
            }
            // A closed quotation followed by a new one: `... trev." "think tbwa ...`.
            if following.openers > 0 && !following.opensParenthesis
                && following.firstScalar.map(TextBytes.isLetter) == true
            {
                let quoteCloses = (run.end..<closersEnd).contains { bytes[$0] == 0x22 || bytes[$0] == 0x9D }
                if quoteCloses { return ends }
            }
        }
        if run.hasQuestion || run.hasExclamation {
            return following.continuesSentence
                ? goesOn : .boundary(closersEnd, rule: run.hasQuestion ? "question" : "exclamation")
        }
        if run.isEllipsis {
            // A period and then an ellipsis that opens the next sentence: `compounds. . . . The`.
            if run.isSpaced && run.periods >= 4 && !run.hasClosers && index > sentenceStart
                && !TextBytes.isSpace(bytes[index - 1])
            {
                return following.startsSentence ? .boundary(index + 1, rule: "terminal") : goesOn
            }
            // Where the ellipsis is spaced, as in edited quotations, an omission at the end of a
            // sentence takes four dots, so three dots before `I`, which is written with a capital
            // anywhere, leave the sentence open: `the thing is . . . I didn't mean it`. (News
            // writes `...` and ends sentences with it: `a blast... I predict`.)
            if run.isSpaced && run.isThreeDotEllipsis && following.isPronounI { return goesOn }
            return following.startsSentence ? .boundary(closersEnd, rule: "ellipsis") : goesOn
        }
        // A single period: look at the word before it.
        let word = PrecedingWord(endingAt: index, sentenceStart: sentenceStart, bytes: bytes)
        if !word.isEmpty && !run.hasClosers {
            let kinds = words.kinds(bytes, word.range)
            if kinds.contains(.title) { return goesOn }
            if following.isNumber && kinds.contains(.beforeNumber) { return goesOn }
            if word.isListNumber && word.start == sentenceStart { return goesOn }  // a list marker such as "1."
            if kinds.contains(.abbreviation) || word.isInitial || word.isDottedAcronym {
                return endsAfterAbbreviation(word, following: following, sentenceStart: sentenceStart, bytes: bytes)
                    ? .boundary(closersEnd, rule: "abbreviation-then-starter") : goesOn
            }
        }
        return following.startsSentence ? ends : goesOn
    }

    /// Whether a sentence ends after an abbreviation, an initial or a dotted acronym.
    ///
    /// Only before a quotation that opens with a capital, a sentence starter, or, after
    /// `a.m.` and `p.m.`, a capitalized word that is not a time zone, a day or a month, unless
    /// the sentence so far is only a phrase of time. Never before a parenthesis.
    private func endsAfterAbbreviation(
        _ word: PrecedingWord,
        following: FollowingText,
        sentenceStart: Int,
        bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        // `Apple Inc. (NASDAQ: AAPL) said ...`
        if following.opensParenthesis || !following.isCapitalized { return false }
        if following.openers > 0 { return true }
        if word.isTimeOfDay && opensWithPhraseOfTime(bytes, from: sentenceStart, to: word.start) { return false }
        let kinds = words.kinds(bytes, following.wordRange)
        if kinds.contains(.starter) { return true }
        guard word.isTimeOfDay else { return false }
        // `5 p.m. ET`, `9 a.m. Monday`, `10 a.m. Moscow time`.
        if kinds.contains(.timeContinuation) { return false }
        return !Self.isFollowedByTime(bytes, at: following.wordEnd)
    }

    /// Whether the bytes from `start` to `end` are all opening quotation marks and brackets.
    private static func onlyOpeners(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var cursor = start
        while cursor < end {
            guard let (scalar, length) = TextBytes.scalar(in: bytes, at: cursor), Punctuation.isOpener(scalar) else {
                return false
            }
            cursor += length
        }
        return true
    }

    /// Whether the parenthesis at `open` closes, within a short distance, right before a
    /// period, comma, colon, semicolon, question or exclamation mark: a citation or an aside
    /// inside the sentence before it.
    private static func closesBeforePunctuation(
        _ bytes: UnsafeBufferPointer<UInt8>,
        parenthesisAt open: Int,
        end: Int
    ) -> Bool {
        var depth = 0
        var cursor = open
        while cursor < end && cursor - open < 200 {
            switch bytes[cursor] {
            case 0x28: depth += 1
            case 0x29:
                depth -= 1
                if depth == 0 {
                    guard cursor + 1 < end else { return false }
                    switch bytes[cursor + 1] {
                    case 0x2E, 0x2C, 0x3A, 0x3B, 0x3F, 0x21: return true
                    default: return false
                    }
                }
            case 0x0A: return false
            default: break
            }
            cursor += 1
        }
        return false
    }

    /// Whether the text from `start` to `end` is a phrase of time that opens the sentence: a
    /// preposition such as `At` or `Shortly`, then at most four more words, no punctuation
    /// between them (`At 5`, `Shortly before 9`).
    private func opensWithPhraseOfTime(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var cursor = start
        while cursor < end, let (scalar, length) = TextBytes.scalar(in: bytes, at: cursor), Punctuation.isOpener(scalar)
        {
            cursor += length
        }
        let wordStart = cursor
        while cursor < end && TextBytes.isASCIILetter(bytes[cursor]) { cursor += 1 }
        guard words.kinds(bytes, wordStart..<cursor).contains(.timePreposition) else { return false }
        var spaces = 0
        while cursor < end {
            let byte = bytes[cursor]
            if byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x0A { return false }
            if byte == 0x20 {
                spaces += 1
                if spaces > 4 { return false }
            }
            cursor += 1
        }
        return true
    }

    /// Whether the word `time` follows `offset` after one space (`10 a.m. Moscow time`).
    private static func isFollowedByTime(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let word: [UInt8] = [0x74, 0x69, 0x6D, 0x65]
        guard offset + 1 + word.count <= bytes.count, bytes[offset] == 0x20 else { return false }
        for position in word.indices where bytes[offset + 1 + position] != word[position] { return false }
        let after = offset + 1 + word.count
        return after == bytes.count || !TextBytes.isASCIILetter(bytes[after])
    }
}
