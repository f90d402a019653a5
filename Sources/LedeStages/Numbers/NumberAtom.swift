internal import PCRE2

/// A numeral or number word found by the scans of `Numbers.patterns`.
struct NumberAtom {
    /// The first byte of the numeral or word.
    var start: Int
    /// The byte after it (after a numeral's suffix).
    var end: Int
    /// The word, for a number word; `nil` for a numeral.
    var word: NumberWord?
    /// A numeral's integer digits, with their separators.
    var integer: Range<Int> = 0..<0
    /// A numeral's clock part (`:30`).
    var clock: Range<Int>?
    /// A numeral's decimal part, with its point.
    var fraction: Range<Int>?
    /// A numeral's glued suffix (`%`, `bn`, `st`, `'s`).
    var suffix: Range<Int>?

    /// Finds the atoms of a text, in order.
    ///
    /// Three scans (`numeral`, `spacedWord`, `markedWord` in `Numbers.patterns`) and a look at
    /// the text's first word; the results are merged by position.
    ///
    /// - Parameter text: The text.
    /// - Returns: The numerals and the number words, by start.
    /// - Throws: ``PCRE2Error`` if a scan hits a limit.
    static func find(in text: String) throws(PCRE2Error) -> [NumberAtom] {
        let numeral = try NumbersPatterns.numeral
        let group = { (name: String) in numeral.groupNumbers[name] ?? 0 }
        let (integer, clock, fraction, suffix) = (group("integer"), group("clock"), group("fraction"), group("suffix"))
        var numerals: [NumberAtom] = []
        try numeral.forEachMatch(in: text) { match in
            if let digits = match[integer] {
                numerals.append(
                    NumberAtom(
                        start: digits.lowerBound,
                        end: match.range.upperBound,
                        word: nil,
                        integer: digits,
                        clock: match[clock],
                        fraction: match[fraction],
                        suffix: match[suffix]
                    )
                )
            }
            return true
        }
        var words: [Range<Int>] = []
        // A number word at the very start has no character before it for the scans to match.
        if let first = text.utf8.first, TextBytes.isASCIILetter(first),
            let match = try NumbersPatterns.leadingWord.firstMatch(in: text), let range = match["word"]
        {
            words.append(range)
        }
        for pattern in [try NumbersPatterns.spacedWord, try NumbersPatterns.markedWord] {
            let word = pattern.groupNumbers["word"] ?? 0
            let before = words.count
            try pattern.forEachMatch(in: text) { match in
                if let range = match[word] { words.append(range) }
                return true
            }
            if before > 0 && before < words.count { merge(&words, at: before) }
        }
        var bytes = text
        return bytes.withUTF8 { buffer in
            var atoms: [NumberAtom] = []
            atoms.reserveCapacity(numerals.count + words.count)
            // The scan lets a numeral follow three capitals or `Rs`: only a currency stays. A
            // numeral after a decimal point starts at the point.
            func appendNumeral(_ numeral: NumberAtom) {
                guard numeral.start > 0 else { return atoms.append(numeral) }
                let before = buffer[numeral.start - 1]
                if TextBytes.isASCIILetter(before) {
                    if isCurrencyGlued(buffer, numeral.start) { atoms.append(numeral) }
                } else if before == 0x2E {
                    var numeral = numeral
                    startAtDecimalPoint(&numeral, buffer)
                    atoms.append(numeral)
                } else {
                    atoms.append(numeral)
                }
            }
            var next = 0
            for range in words {
                while next < numerals.count && numerals[next].start < range.lowerBound {
                    appendNumeral(numerals[next])
                    next += 1
                }
                if let word = NumberWord.named(buffer, range) {
                    atoms.append(NumberAtom(start: range.lowerBound, end: range.upperBound, word: word))
                }
            }
            while next < numerals.count {
                appendNumeral(numerals[next])
                next += 1
            }
            return atoms
        }
    }

    /// Makes a numeral that starts with its decimal point (`.25`, `-.5`) start there.
    ///
    /// Its digits become its decimal part. A point after a digit or a letter (`1.5.3`, `v.2`)
    /// or another point (`...25`) does not start a numeral.
    private static func startAtDecimalPoint(_ atom: inout NumberAtom, _ buffer: UnsafeBufferPointer<UInt8>) {
        let point = atom.start - 1
        guard point >= 0, buffer[point] == 0x2E, atom.fraction == nil, atom.clock == nil,
            atom.integer.allSatisfy({ TextBytes.isDigit(buffer[$0]) })
        else { return }
        if point > 0 {
            let before = buffer[point - 1]
            guard
                !TextBytes.isDigit(before) && !TextBytes.isASCIILetter(before) && before != 0x2E && before < 0x80
                    || before >= 0x80 && !isLetter(endingAt: point, buffer)
            else { return }
        }
        atom.fraction = point..<atom.integer.upperBound
        atom.integer = point..<point
        atom.start = point
    }

    /// Whether the scalar that ends at `offset` is a letter.
    private static func isLetter(endingAt offset: Int, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = TextBytes.previousScalarStart(in: buffer, before: offset)
        return TextBytes.scalar(in: buffer, at: start).map { TextBytes.isLetter($0.0) } ?? false
    }

    /// Whether the letters glued before a numeral that starts at `start` name a currency:
    /// `EUR12.50`, `Rs45`, `RM10`.
    private static func isCurrencyGlued(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var letters = start
        while letters > 0 && TextBytes.isASCIILetter(buffer[letters - 1]) { letters -= 1 }
        let prefix = String(decoding: UnsafeBufferPointer(rebasing: buffer[letters..<start]), as: UTF8.self)
        return CurrencyWords.prefix(prefix) != nil
    }

    /// Merges the two sorted runs `..<middle` and `middle...` of `ranges`.
    private static func merge(_ ranges: inout [Range<Int>], at middle: Int) {
        var merged: [Range<Int>] = []
        merged.reserveCapacity(ranges.count)
        var left = 0
        var right = middle
        while left < middle || right < ranges.count {
            if right == ranges.count || (left < middle && ranges[left].lowerBound < ranges[right].lowerBound) {
                merged.append(ranges[left])
                left += 1
            } else {
                merged.append(ranges[right])
                right += 1
            }
        }
        ranges = merged
    }
}
