/// One text as the number readers see it: its UTF-8 bytes, its atoms, and the words and marks
/// around any offset.
///
/// Every reader holds the same context and asks it about the neighbours of a number. It keeps
/// no state: a word asked for twice is read twice, which costs nothing measurable on news text.
struct NumberContext {
    /// The text.
    let text: String
    /// The UTF-8 bytes of `text`, valid while `NumberFinder.process(_:)` runs.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The numerals and number words of the text, in order.
    let atoms: [NumberAtom]

    // MARK: Words

    /// The word that ends just before `offset`, past horizontal spaces.
    func word(before offset: Int, allowingPeriod: Bool = false) -> NearWord? {
        wordRange(before: offset, allowingPeriod: allowingPeriod).map(near)
    }

    /// The word that starts after `offset`, past at most `maxGap` bytes of horizontal space.
    func word(after offset: Int, maxGap: Int = 3) -> NearWord? {
        guard let range = wordRange(after: offset), range.lowerBound - offset <= maxGap else { return nil }
        return near(range)
    }

    /// The word in `range`, with its lower-case spelling and its roles.
    func near(_ range: Range<Int>) -> NearWord {
        // Most words have no role; for words of 2 to 16 bytes the table's filter says so
        // without probing the table.
        let roles =
            range.count >= 2
            ? NumberLexicon.packedRoles.value(bytes, range) ?? []
            : PackedWord(bytes, range).flatMap { NumberLexicon.packedRoles[$0] } ?? []
        return NearWord(range: range, text: lower(range), roles: roles)
    }

    /// The range of the word that ends just before `offset`, past horizontal spaces; with
    /// `allowingPeriod`, a final period belongs to the word (`No.`, `c.`).
    func wordRange(before offset: Int, allowingPeriod: Bool = false) -> Range<Int>? {
        var end = offset
        while end > 0 {
            if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
                end -= 1
            } else if end >= 2 && bytes[end - 2] == 0xC2 && bytes[end - 1] == 0xA0 {
                end -= 2
            } else if end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80
                && (bytes[end - 1] == 0xAF || bytes[end - 1] == 0x89)
            {
                end -= 3
            } else {
                break
            }
        }
        var start = end
        if allowingPeriod && start > 0 && bytes[start - 1] == 0x2E { start -= 1 }
        let wordEnd = start
        while start > 0 {
            let byte = bytes[start - 1]
            if TextBytes.isASCIILetter(byte) {
                start -= 1
                continue
            }
            let previous = TextBytes.previousScalarStart(in: bytes, before: start)
            guard let (scalar, _) = TextBytes.scalar(in: bytes, at: previous) else { break }
            if TextBytes.isLetter(scalar) {
                start = previous
            } else if (scalar == "'" || scalar == "\u{2019}" || scalar == ".") && previous > 0
                && isLetter(before: previous) && start < wordEnd
            {
                start = previous
            } else {
                break
            }
        }
        guard start < wordEnd else { return nil }
        return start..<(allowingPeriod ? end : wordEnd)
    }

    /// The range of the word that starts after `offset`, past horizontal spaces.
    func wordRange(after offset: Int) -> Range<Int>? {
        var start = offset
        while start < bytes.count {
            if bytes[start] == 0x20 || bytes[start] == 0x09 {
                start += 1
            } else if isNoBreakSpace(at: start) {
                start += bytes[start] == 0xC2 ? 2 : 3
            } else {
                break
            }
        }
        var end = start
        while end < bytes.count {
            let byte = bytes[end]
            if TextBytes.isASCIILetter(byte) {
                end += 1
                continue
            }
            guard let (scalar, length) = TextBytes.scalar(in: bytes, at: end) else { break }
            if TextBytes.isLetter(scalar) {
                end += length
            } else if (scalar == "'" || scalar == "\u{2019}" || scalar == ".") && end > start
                && end + length < bytes.count && TextBytes.isASCIILetter(bytes[end + length])
            {
                end += length
            } else {
                break
            }
        }
        return end > start ? start..<end : nil
    }

    /// Where `word` starts when it ends one space before `offset`, as a whole word in any
    /// ASCII case.
    ///
    /// The `minus` of `minus 12`. Reads the bytes only, for checks made at every number.
    func start(of word: StaticString, endingOneSpaceBefore offset: Int) -> Int? {
        let start = offset - 1 - word.utf8CodeUnitCount
        guard start >= 0, bytes[offset - 1] == 0x20, spells(start..<(offset - 1), word), !isLetter(before: start)
        else { return nil }
        return start
    }

    /// Whether the word right after `offset` (past at most one space) spells `word`.
    func hasWord(_ word: StaticString, after offset: Int) -> Bool {
        guard let next = wordRange(after: offset), next.lowerBound <= offset + 1 else { return false }
        return spells(next, word)
    }

    // MARK: Bytes

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The bytes in `range`, lower-cased.
    func lower(_ range: Range<Int>) -> String {
        for offset in range where bytes[offset] >= 0x80 { return string(range).lowercased() }
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            var index = 0
            for offset in range {
                let byte = bytes[offset]
                buffer[index] = TextBytes.isUpper(byte) ? byte | 0x20 : byte
                index += 1
            }
            return range.count
        }
    }

    /// Whether the bytes in `range` spell `word`, ignoring ASCII case.
    func spells(_ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { expected in
            var index = 0
            for offset in range {
                guard bytes[offset] | 0x20 == expected[index] | 0x20 else { return false }
                index += 1
            }
            return true
        }
    }

    /// Whether the bytes in `range` spell `word`, a lower-case word, ignoring ASCII case.
    func spells(_ range: Range<Int>, lowerCased word: String) -> Bool {
        var utf8 = word.utf8.makeIterator()
        for offset in range {
            guard let expected = utf8.next(), bytes[offset] | 0x20 == expected | 0x20 else { return false }
        }
        return utf8.next() == nil
    }

    /// Whether the word in `range` starts with `prefix`, ignoring ASCII case.
    func starts(_ range: Range<Int>, with prefix: StaticString) -> Bool {
        guard range.count >= prefix.utf8CodeUnitCount else { return false }
        return spells(range.lowerBound..<(range.lowerBound + prefix.utf8CodeUnitCount), prefix)
    }

    func hasPrefix(_ prefix: StaticString, at offset: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard offset >= 0, offset + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { expected in
            for index in 0..<count where bytes[offset + index] != expected[index] { return false }
            return true
        }
    }

    func hasExactly(_ gap: StaticString, from start: Int, to end: Int) -> Bool {
        end - start == gap.utf8CodeUnitCount && hasPrefix(gap, at: start)
    }

    func hasExactly(_ gap: StaticString, in range: Range<Int>) -> Bool {
        hasExactly(gap, from: range.lowerBound, to: range.upperBound)
    }

    /// Whether only a space (or a no-break or thin space) lies between two offsets.
    func isSpace(from start: Int, to end: Int) -> Bool {
        (end - start == 1 && bytes[start] == 0x20)
            || ((end - start == 2 || end - start == 3) && isNoBreakSpace(at: start))
    }

    /// U+00A0, U+202F or U+2009 at `offset`.
    func isNoBreakSpace(at offset: Int) -> Bool {
        if offset + 1 < bytes.count && bytes[offset] == 0xC2 && bytes[offset + 1] == 0xA0 { return true }
        return offset + 2 < bytes.count && bytes[offset] == 0xE2 && bytes[offset + 1] == 0x80
            && (bytes[offset + 2] == 0xAF || bytes[offset + 2] == 0x89)
    }

    /// The length of a hyphen at `offset`: `-`, U+2010 or U+2011.
    func hyphenLength(at offset: Int) -> Int? {
        guard offset < bytes.count else { return nil }
        if bytes[offset] == 0x2D { return 1 }
        if offset + 2 < bytes.count && bytes[offset] == 0xE2 && bytes[offset + 1] == 0x80
            && (bytes[offset + 2] == 0x90 || bytes[offset + 2] == 0x91)
        {
            return 3
        }
        return nil
    }

    func isHyphen(at offset: Int) -> Bool { hyphenLength(at: offset) != nil }

    /// Whether a dash that can join a range starts at `offset`: a hyphen or an en dash.
    func isDash(at offset: Int) -> Bool {
        isHyphen(at: offset)
            || (offset + 2 < bytes.count && bytes[offset] == 0xE2 && bytes[offset + 1] == 0x80
                && bytes[offset + 2] == 0x93)
    }

    /// Whether a gap is one dash, bare or with a space on each side.
    func isDashGap(_ gap: Range<Int>) -> Bool {
        switch gap.count {
        case 1: return bytes[gap.lowerBound] == 0x2D
        case 3: return isDash(at: gap.lowerBound)
        case 5:
            return bytes[gap.lowerBound] == 0x20 && isDash(at: gap.lowerBound + 1) && bytes[gap.upperBound - 1] == 0x20
        default: return false
        }
    }

    /// Where a hyphen that ends just before `offset` starts.
    func hyphenStart(before offset: Int) -> Int? {
        if offset >= 1 && bytes[offset - 1] == 0x2D { return offset - 1 }
        if offset >= 3 && bytes[offset - 3] == 0xE2 && bytes[offset - 2] == 0x80
            && (bytes[offset - 1] == 0x90 || bytes[offset - 1] == 0x91)
        {
            return offset - 3
        }
        return nil
    }

    func isWordCharacter(at offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        let byte = bytes[offset]
        if byte < 0x80 { return TextBytes.isASCIILetter(byte) || TextBytes.isDigit(byte) }
        guard let (scalar, _) = TextBytes.scalar(in: bytes, at: offset) else { return false }
        return TextBytes.isLetter(scalar)
    }

    func isLetter(before offset: Int) -> Bool {
        guard offset > 0 else { return false }
        if bytes[offset - 1] < 0x80 { return TextBytes.isASCIILetter(bytes[offset - 1]) }
        let start = TextBytes.previousScalarStart(in: bytes, before: offset)
        return TextBytes.scalar(in: bytes, at: start).map { TextBytes.isLetter($0.0) } ?? false
    }

    func isUppercase(at offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        if bytes[offset] < 0x80 { return TextBytes.isUpper(bytes[offset]) }
        return TextBytes.scalar(in: bytes, at: offset).map { TextBytes.isUppercase($0.0) } ?? false
    }

    /// Whether the word at `offset` starts a sentence: nothing but opening quotes and brackets
    /// stand between it and the text's start or a sentence-final mark.
    func isSentenceStart(_ offset: Int) -> Bool {
        var position = offset
        while position > 0 {
            let previous = TextBytes.previousScalarStart(in: bytes, before: position)
            guard let (scalar, _) = TextBytes.scalar(in: bytes, at: previous) else { return true }
            if scalar == " " || scalar == "\u{A0}" || Punctuation.isOpener(scalar) {
                position = previous
                continue
            }
            return scalar == "\n" || scalar == "\r" || Punctuation.isTerminal(scalar) || scalar == ":" || scalar == ";"
        }
        return true
    }

    /// Whether the text from `start` to `end` is all its line says: only spaces, quotes and
    /// brackets before it, and only those and final punctuation after it (`One`, `hundred.`).
    func isUtterance(from start: Int, to end: Int) -> Bool {
        var position = start
        while position > 0 {
            let previous = TextBytes.previousScalarStart(in: bytes, before: position)
            guard let (scalar, _) = TextBytes.scalar(in: bytes, at: previous) else { return false }
            if scalar == "\n" { break }
            guard scalar == " " || scalar == "\t" || scalar == "\r" || Punctuation.isOpener(scalar) else {
                return false
            }
            position = previous
        }
        position = end
        while position < bytes.count {
            guard let (scalar, length) = TextBytes.scalar(in: bytes, at: position) else { return false }
            if scalar == "\n" { break }
            guard
                scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "," || Punctuation.isTerminal(scalar)
                    || Punctuation.isCloser(scalar)
            else { return false }
            position += length
        }
        return true
    }

    // MARK: Atoms

    /// The index of the last atom that starts before `end`.
    func lastAtom(before end: Int) -> Int {
        var low = 0
        var high = atoms.count
        while low < high {
            let mid = (low + high) / 2
            if atoms[mid].start < end { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }
}
