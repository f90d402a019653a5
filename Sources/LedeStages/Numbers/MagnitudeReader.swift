/// Reads the magnitude written as words after a numeral: `1.4 million`, `4 millions`, `3
/// dozen`, `5 hundred`, `7 lakh`, `12 lakhs`, `5 cr`, `$5 bn`, and a larger scale that
/// multiplies the first (`2 lakh crore`, `5 thousand crore`, `1.2 thousand million`).
///
/// `NumeralReader` asks it after a numeral with no glued magnitude; spelled numbers add up their
/// scales in `SpelledNumber`.
struct MagnitudeReader {
    let context: NumberContext

    /// Abbreviated magnitudes written as a word after a numeral (case-sensitive).
    private static let abbreviations: [String: Double] = [
        "bn": 1e9, "mn": 1e6, "mln": 1e6, "tn": 1e12, "trn": 1e12, "cr": 1e7, "crs": 1e7, "Cr": 1e7,
    ]

    /// Whether `byte` is the first letter of one of ``abbreviations`` (`b`, `m`, `t`, `c`, `C`),
    /// checked before a word is read.
    private static func mayStartAbbreviation(_ byte: UInt8) -> Bool {
        byte == 0x62 || byte == 0x6D || byte == 0x74 || byte == 0x63 || byte == 0x43
    }

    /// The magnitude after a number that ends at `end`, whose last atom is `lastAtom`.
    ///
    /// - Parameters:
    ///   - end: The end of the number.
    ///   - lastAtom: The index of the number's last atom.
    ///   - allowsPlural: Whether a plural scale or `dozens` counts: not after a year (`in 2004
    ///     thousands fled`).
    /// - Returns: The multiplier, where the magnitude ends and its last atom; `nil` when no
    ///   magnitude follows.
    func magnitude(
        after end: Int,
        lastAtom: Int,
        allowsPlural: Bool
    ) -> (
        multiplier: Double, end: Int, lastAtom: Int
    )? {
        guard let first = scale(after: end, lastAtom: lastAtom, allowsPlural: allowsPlural) else {
            guard end + 3 < context.bytes.count, Self.mayStartAbbreviation(context.bytes[end + 1]),
                let word = context.wordRange(after: end), context.isSpace(from: end, to: word.lowerBound),
                word.count <= 3,
                !context.isWordCharacter(at: word.upperBound) && !context.isHyphen(at: word.upperBound),
                let scale = Self.abbreviations[context.string(word)]
            else { return nil }
            return (scale, word.upperBound, lastAtom)
        }
        var (multiplier, magnitudeEnd, last) = (first.multiplier, first.end, first.lastAtom)
        // `2 lakh crore`, `5 hundred thousand`: a larger scale multiplies the first.
        while let larger = scale(after: magnitudeEnd, lastAtom: last, allowsPlural: false), larger.isSingular,
            larger.multiplier > multiplier
        {
            multiplier *= larger.multiplier
            magnitudeEnd = larger.end
            last = larger.lastAtom
        }
        return (multiplier, magnitudeEnd, last)
    }

    /// The scale word after `end`, past one space: the next atom (`million`, `millions`,
    /// `hundred`, `dozen`), or `lakh` or `crore`, which the scans leave out.
    private func scale(
        after end: Int,
        lastAtom: Int,
        allowsPlural: Bool
    ) -> (
        multiplier: Double, end: Int, lastAtom: Int, isSingular: Bool
    )? {
        let atoms = context.atoms
        let word: NumberWord
        let wordEnd: Int
        var last = lastAtom
        if last + 1 < atoms.count, let next = atoms[last + 1].word,
            context.isSpace(from: end, to: atoms[last + 1].start)
        {
            word = next
            wordEnd = atoms[last + 1].end
            last += 1
        } else if let (next, nextEnd) = southAsianWord(after: end) {
            word = next
            wordEnd = nextEnd
        } else {
            return nil
        }
        guard let multiplier = Self.scale(of: word), allowsPlural || !Self.isPlural(word) else { return nil }
        return (multiplier, wordEnd, last, !Self.isPlural(word) && multiplier != 12)
    }

    /// `lakh`, `lakhs`, `lac`, `crore`, `crores` after `end`, past one space, as a number word:
    /// the scans leave these words out, since looking for them at every `l` and `c` of a text
    /// would slow every text down for the few that use them.
    ///
    /// - Parameter end: The end of a number.
    /// - Returns: The word (a scale or a plural scale) and where it ends, or `nil`.
    func southAsianWord(after end: Int) -> (word: NumberWord, end: Int)? {
        let bytes = context.bytes
        guard end + 3 < bytes.count, bytes[end] == 0x20, bytes[end + 1] | 0x20 == 0x6C || bytes[end + 1] | 0x20 == 0x63,
            let range = context.wordRange(after: end), range.lowerBound == end + 1,
            let word = NumberWord.named(bytes, range)
        else { return nil }
        switch word {
        case .scale(let scale) where scale == 1e5 || scale == 1e7: return (word, range.upperBound)
        case .vague(let scale) where scale == 1e5 || scale == 1e7: return (word, range.upperBound)
        default: return nil
        }
    }

    private static func isPlural(_ word: NumberWord) -> Bool {
        if case .vague = word { return true }
        return false
    }

    /// The multiplier of a number word after a numeral: a scale, a plural scale (`4
    /// millions`), `hundred`, `dozen` or `dozens`.
    private static func scale(of word: NumberWord) -> Double? {
        switch word {
        case .scale(let scale): scale
        case .vague(let scale) where scale >= 1000: scale
        case .hundred: 100
        case .dozen, .vague(12): 12
        default: nil
        }
    }
}
