internal import PCRE2

/// A numeral or number word found by the `atom` pattern.
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
    /// - Parameter text: The text.
    /// - Returns: The numerals and the number words, by start.
    /// - Throws: ``PCRE2Error`` if the scan hits a limit.
    static func find(in text: String) throws(PCRE2Error) -> [NumberAtom] {
        let pattern = try NumbersPatterns.atom
        let group = { (name: String) in pattern.groupNumbers[name] ?? 0 }
        let (integer, clock, fraction, suffix, word) = (
            group("integer"), group("clock"), group("fraction"), group("suffix"), group("word")
        )
        var atoms: [NumberAtom] = []
        // A number word at the very start has no character before it for `atom` to match.
        if let first = text.utf8.first, TextBytes.isASCIILetter(first),
            let match = try NumbersPatterns.leadingWord.firstMatch(in: text), let range = match["word"]
        {
            atoms.append(NumberAtom(start: range.lowerBound, end: range.upperBound, word: .unit(0)))
        }
        try pattern.forEachMatch(in: text) { match in
            if let range = match[word] {
                // The word is looked up below, in one pass over the bytes.
                atoms.append(NumberAtom(start: range.lowerBound, end: range.upperBound, word: .unit(0)))
            } else if let digits = match[integer] {
                atoms.append(
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
        var bytes = text
        return bytes.withUTF8 { buffer in
            var spelling = ""
            return atoms.compactMap { atom in
                guard atom.word != nil else { return atom }
                spelling.removeAll(keepingCapacity: true)
                for index in atom.start..<atom.end {
                    spelling.unicodeScalars.append(Unicode.Scalar(buffer[index] | 0x20))
                }
                guard let word = NumberWord.named(spelling) else { return nil }
                var resolved = atom
                resolved.word = word
                return resolved
            }
        }
    }
}
