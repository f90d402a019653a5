internal import Lede

/// Byte-level reading of the working text: skipping, trimming, finding, and telling words
/// apart, without making strings where ASCII bytes decide.
extension AttributionDocument {
    /// The first offset from `start` whose byte is not one of `set`, or `end`.
    func skip(from start: Int, to end: Int, over set: StaticString) -> Int {
        let bytes = self.bytes  // one reference for the loop
        var index = start
        set.withUTF8Buffer { skipped in
            while index < end && skipped.contains(bytes[index]) { index += 1 }
        }
        return index
    }

    /// `end`, moved back over spaces and `, . ; :`, but not before `floor`.
    func trimEnd(_ end: Int, floor: Int) -> Int {
        let bytes = self.bytes  // one reference for the loop
        var index = end
        while index > floor
            && (TextBytes.isSpace(bytes[index - 1]) || [0x2C, 0x2E, 0x3B, 0x3A].contains(bytes[index - 1]))
        { index -= 1 }
        return index
    }

    /// The working text from `start` to `end`, trimmed of spaces.
    func trimmedString(_ start: Int, _ end: Int) -> String {
        let bytes = self.bytes  // one reference for the loop
        var start = start
        var end = end
        while start < end && TextBytes.isSpace(bytes[start]) { start += 1 }
        while end > start && TextBytes.isSpace(bytes[end - 1]) { end -= 1 }
        guard start < end else { return "" }
        return string(Span(start: start, end: end))
    }

    /// The offset of the first occurrence of `needle` that lies in `start ..< end`.
    func find(_ needle: String, from start: Int, to end: Int) -> Int? {
        let bytes = self.bytes  // one reference for the loop
        var needle = needle
        return needle.withUTF8 { pattern in
            guard let first = pattern.first, end - start >= pattern.count else { return nil }
            var index = start
            while index + pattern.count <= end {
                if bytes[index] == first && bytes[index..<index + pattern.count].elementsEqual(pattern) {
                    return index
                }
                index += 1
            }
            return nil
        }
    }

    /// The first byte after `offset` that is not a space, or 0 if there is none before `limit`.
    func nextByte(after offset: Int, before limit: Int) -> UInt8 {
        let bytes = self.bytes  // one reference for the loop
        var index = offset
        while index < limit && TextBytes.isSpace(bytes[index]) { index += 1 }
        return index < limit ? bytes[index] : 0
    }

    /// The offset of the last byte before `offset` that is not white space, after `floor`, or
    /// `nil` when there is none.
    func lastNonSpace(before offset: Int, after floor: Int) -> Int? {
        let bytes = self.bytes  // one reference for the loop
        var index = offset
        while index > floor && TextBytes.isSpace(bytes[index - 1]) { index -= 1 }
        return index > floor ? index - 1 : nil
    }

    /// Whether the text before `offset` ends with a colon (a cheap test before a pattern).
    func endsWithColon(before offset: Int, after floor: Int) -> Bool {
        lastNonSpace(before: offset, after: floor).map { bytes[$0] == 0x3A } ?? false
    }

    /// Whether a dash (`-`, or the UTF-8 lead byte of `–` and `—`) appears in a range.
    func hasDash(from start: Int, to end: Int) -> Bool {
        let bytes = self.bytes  // one reference for the loop
        return (start..<max(start, end)).contains { bytes[$0] == 0x2D || bytes[$0] == 0xE2 }
    }

    /// The start of the clause that ends at `offset`: just after the last comma, semicolon,
    /// double dash or closing quotation mark, but not before `floor`.
    func lastClauseStart(before offset: Int, notBefore floor: Int) -> Int {
        let bytes = self.bytes  // one reference for the loop
        var index = offset
        while index > floor {
            let byte = bytes[index - 1]
            if byte == 0x2C || byte == 0x3B || (byte == 0x2D && index >= 2 && bytes[index - 2] == 0x2D) { break }
            if (byte == 0x22 || byte == 0x9D) && quoteEnd(atOrBefore: index, after: index - 1) != nil { break }
            index -= 1
        }
        return skip(from: index, to: offset, over: " ")
    }

    /// Where the run of words that ends at `end`, after at most one comma, starts: the
    /// earliest offset from which the text up to `end` holds only letters, marks, digits,
    /// apostrophes, hyphens, periods and spaces, and then one comma and spaces; not before
    /// `floor`.
    ///
    /// Every byte from 0x80 up counts as part of a word (curly apostrophes and letters of
    /// other scripts do), so the run may start earlier than the words do, never later: a
    /// speaker phrase before a reporting verb (`Attribution.patterns`) cannot start before it.
    func wordRunStart(before end: Int, notBefore floor: Int) -> Int {
        let bytes = self.bytes  // one reference for the loop
        var index = end
        while index > floor && Self.isPatternSpace(bytes[index - 1]) { index -= 1 }
        if index > floor && bytes[index - 1] == 0x2C { index -= 1 }  // ,
        while index > floor {
            let byte = bytes[index - 1]
            guard
                byte >= 0x80 || TextBytes.isASCIILetter(byte) || TextBytes.isDigit(byte) || Self.isPatternSpace(byte)
                    || byte == 0x27 || byte == 0x2D || byte == 0x2E  // ' - .
            else { break }
            index -= 1
        }
        return index
    }

    /// Whether a byte is ASCII white space as `\s` matches it: space, tab, line feed,
    /// vertical tab, form feed or carriage return.
    private static func isPatternSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    // MARK: Words

    /// Whether the word in `range` stands where a subject stands but names nobody: one of
    /// ``ClauseWords/notSubjects`` (`there`, `what`), or one of
    /// ``ClauseWords/contractedNotSubjects`` with `'s` or `’s` (`It's`, `That’s`), in any case.
    func isNotSubject(_ range: Range<Int>) -> Bool {
        if isWord(range, in: ClauseWords.notSubjects, lowercased: true) { return true }
        guard let (word, suffix) = contraction(in: range), suffix.length == 1, bytes[suffix.start] | 0x20 == 0x73
        else { return false }
        return isWord(word.range, in: ClauseWords.contractedNotSubjects, lowercased: true)
    }

    /// The letters of a word before an apostrophe (`'` or `’`) and what follows it: `he` and
    /// `s` in `he’s`, `who` and `ve` in `who've`; `nil` when the word has no apostrophe after
    /// a letter and before more text.
    func contraction(in range: Range<Int>) -> (word: Span, suffix: Span)? {
        var apostrophe = range.lowerBound
        while apostrophe < range.upperBound && TextBytes.isASCIILetter(bytes[apostrophe]) { apostrophe += 1 }
        guard apostrophe > range.lowerBound, apostrophe < range.upperBound else { return nil }
        let mark: Int
        if bytes[apostrophe] == 0x27 {
            mark = 1
        } else if bytes[apostrophe] == 0xE2, range.upperBound - apostrophe > 3, bytes[apostrophe + 1] == 0x80,
            bytes[apostrophe + 2] == 0x99
        {
            mark = 3
        } else {
            return nil
        }
        guard apostrophe + mark < range.upperBound else { return nil }
        return (
            Span(start: range.lowerBound, end: apostrophe),
            Span(start: apostrophe + mark, end: range.upperBound)
        )
    }

    /// Whether the word in `range` is in `set`, as `set.contains(word)` says, or with
    /// `lowercased`, as `set.contains(word.lowercased())` says; an ASCII word makes no `String`.
    @inline(__always)
    func isWord(_ range: Range<Int>, in set: WordSet, lowercased: Bool = false) -> Bool {
        guard !range.isEmpty, !set.cannotHold(first: bytes[range.lowerBound], length: range.count) else {
            return false
        }
        return isWordLookedUp(range, in: set, lowercased: lowercased)
    }

    /// ``isWord(_:in:lowercased:)`` for a word that the set's first test lets through.
    private func isWordLookedUp(_ range: Range<Int>, in set: WordSet, lowercased: Bool) -> Bool {
        if let answer = set.packedLookup(bytes, range, lowercased: lowercased) {
            return answer
        }
        let word = string(Span(range))
        return lowercased ? set.words.contains(word.lowercased()) : set.words.contains(word)
    }

    /// The words of a span, split at spaces, as `string(span).split(separator: " ")` gives them.
    ///
    /// In ASCII text every character is one byte (or CR LF, which holds no space), so an ASCII
    /// span is split on its bytes; any other is split into characters, where a space followed by
    /// a combining mark is no separator.
    func words(_ span: Span) -> [String] {
        let ascii = withBytes { buffer -> [String]? in
            var words: [String] = []
            // A speaker's phrase has a few words: room for them at once, not one at a time.
            words.reserveCapacity(4)
            var start = span.start
            for index in span.start..<span.end {
                let byte = buffer[index]
                guard byte < 0x80 else { return nil }
                if byte == 0x20 {
                    if start < index { words.append(String(decoding: buffer[start..<index], as: UTF8.self)) }
                    start = index + 1
                }
            }
            if start < span.end { words.append(String(decoding: buffer[start..<span.end], as: UTF8.self)) }
            return words
        }
        return ascii ?? string(span).split(separator: " ").map(String.init)
    }

    /// Whether the first character of a span is upper case (`upper`) or lower case, as
    /// `string(span).first?.isUppercase == true` (or `isLowercase`) says.
    func startsWithCase(_ span: Span, upper: Bool) -> Bool {
        guard span.start < span.end else { return false }
        let first = bytes[span.start]
        if first < 0x80 && (span.start + 1 == span.end || bytes[span.start + 1] < 0x80) {
            return upper ? TextBytes.isUpper(first) : TextBytes.isLower(first)
        }
        let character = string(span).first
        return (upper ? character?.isUppercase : character?.isLowercase) == true
    }

    /// Whether a span is a word of five bytes or more in `-ing`: `saying`, `calling`, `noting`.
    func endsInIng(_ span: Span) -> Bool {
        span.length >= 5 && bytes[span.end - 3] == 0x69 && bytes[span.end - 2] == 0x6E && bytes[span.end - 1] == 0x67
    }

    /// Whether a span ends in a possessive: `'s` or `’s`, or an apostrophe after `s` (`the
    /// Tories'`).
    func endsInPossessive(_ span: Span) -> Bool {
        let bytes = self.bytes
        let end = span.end
        guard span.length >= 3 else { return false }
        if bytes[end - 1] == 0x73 {  // s
            return bytes[end - 2] == 0x27 || span.length >= 5 && Self.isCurlyApostrophe(bytes, endingAt: end - 1)
        }
        if bytes[end - 1] == 0x27 { return bytes[end - 2] == 0x73 }
        return span.length >= 4 && Self.isCurlyApostrophe(bytes, endingAt: end) && bytes[end - 4] == 0x73
    }

    /// Whether the word that ends just before `offset`, after spaces, ends in a possessive,
    /// within the text from `floor`: `Kerr's` before `call` in `Kerr's call`.
    func followsPossessive(_ offset: Int, after floor: Int) -> Bool {
        let bytes = self.bytes
        var end = offset
        while end > floor && bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > floor && !TextBytes.isSpace(bytes[start - 1]) { start -= 1 }
        return start < end && endsInPossessive(Span(start: start, end: end))
    }

    /// Whether a comma ends the text before `offset`, after spaces, within the text from
    /// `floor`.
    func followsComma(_ offset: Int, after floor: Int) -> Bool {
        lastNonSpace(before: offset, after: floor).map { bytes[$0] == 0x2C } ?? false
    }

    /// Whether the three bytes that end at `end` are `’` (U+2019).
    private static func isCurlyApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Bool {
        end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && bytes[end - 1] == 0x99
    }

    /// Whether a span holds a possessive `'s ` (straight or curly apostrophe), as in `NATO's Article 5`.
    func hasPossessive(_ span: Span) -> Bool {
        let bytes = self.bytes  // one reference for the loop
        var index = span.start
        while index + 2 < span.end {
            if bytes[index + 1] == 0x73 && bytes[index + 2] == 0x20 {  // "s "
                if bytes[index] == 0x27 || (index >= span.start + 2 && bytes[index] == 0x99 && bytes[index - 1] == 0x80)
                {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    // MARK: Tokens

    /// Whether a token ends in a possessive `'s` or `’s`.
    func isPossessive(_ index: Int) -> Bool {
        let span = tokens[index].span
        guard span.length >= 3, bytes[span.end - 1] == 0x73 else { return false }  // s
        return bytes[span.end - 2] == 0x27
            || (span.length >= 5 && bytes[span.end - 2] == 0x99 && bytes[span.end - 3] == 0x80)
    }

    /// Whether a token is a capitalized word.
    func isCapitalizedWord(_ index: Int) -> Bool {
        startsWithCase(tokens[index].span, upper: true) && tokens[index].kind == .word
    }

    /// Whether two tokens are one space apart.
    func areJoined(_ left: Int, _ right: Int) -> Bool {
        tokens[right].span.start == tokens[left].span.end + 1 && bytes[tokens[left].span.end] == 0x20
    }

    /// Whether a token is a dash: `—`, `–`, `--`, or a hyphen with a space on each side
    /// (`economists - including some - warn`).
    func isDash(_ index: Int) -> Bool {
        let span = tokens[index].span
        if bytes[span.start] == 0x2D {
            if span.length >= 2 { return bytes[span.start + 1] == 0x2D }
            return span.start > 0 && span.end < bytes.count && TextBytes.isSpace(bytes[span.start - 1])
                && TextBytes.isSpace(bytes[span.end])
        }
        return span.length == 3 && bytes[span.start] == 0xE2 && bytes[span.start + 1] == 0x80
            && (bytes[span.start + 2] == 0x94 || bytes[span.start + 2] == 0x93)
    }

    /// Whether a token is an upper-case word that opens a dateline: `BERLIN (AP) —`.
    func isDateline(_ index: Int) -> Bool {
        let span = tokens[index].span
        guard span.length >= 3 else { return false }
        return bytes[span.range].allSatisfy { TextBytes.isUpper($0) || $0 == 0x2E || $0 == 0x2D }
    }

    /// The token after the dash of a dateline that opens at token `index`: `BERLIN (AP) —`,
    /// `SALEM, Ore. --`, or a place in capitalized words with the agency in parentheses,
    /// `New York (AFP) –`; `nil` when no dash follows within a few tokens, before `limit`.
    func afterDateline(_ index: Int, before limit: Int) -> Int? {
        guard isDateline(index) else { return afterAgencyDateline(index, before: limit) }
        var dash = index + 1
        while dash < limit && dash < index + 8 && !isDash(dash) { dash += 1 }
        return dash < limit && isDash(dash) ? dash + 1 : nil
    }

    /// The token after `Washington (CNN) —`, `New York (AFP) –`: up to four capitalized words,
    /// one capitalized word in parentheses, and a dash.
    private func afterAgencyDateline(_ index: Int, before limit: Int) -> Int? {
        var open = index
        while open < limit && open < index + 4 && TextBytes.isUpper(bytes[tokens[open].span.start]) { open += 1 }
        guard open > index, open + 3 < limit, isByte(open, 0x28), TextBytes.isUpper(bytes[tokens[open + 1].span.start]),
            isByte(open + 2, 0x29), isDash(open + 3)
        else { return nil }
        return open + 4
    }

    /// Whether a token is the one byte `byte`.
    @inline(__always)
    func isByte(_ index: Int, _ byte: UInt8) -> Bool {
        let span = tokens[index].span
        return span.length == 1 && bytes[span.start] == byte
    }

    /// The offset of `and` or `but` just before `offset` (with only spaces between), a word of
    /// its own after `floor`: where a clause or a verb joined to the one before it starts.
    func conjunctionBefore(_ offset: Int, after floor: Int) -> Int? {
        guard let last = lastNonSpace(before: offset, after: floor), last - 3 >= floor else { return nil }
        let word = last - 2...last
        guard bytes[word].elementsEqual("and".utf8) || bytes[word].elementsEqual("but".utf8),
            TextBytes.isSpace(bytes[last - 3])
        else { return nil }
        return last - 2
    }
}
