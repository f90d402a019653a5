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

    /// The magnitude after a number that ends at `end` and whose last atom is `lastAtom`.
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
        let atoms = context.atoms
        var multiplier = 1.0
        var last = lastAtom
        var magnitudeEnd = end
        if last + 1 < atoms.count, let word = atoms[last + 1].word,
            context.isSpace(from: end, to: atoms[last + 1].start), let scale = Self.scale(of: word),
            allowsPlural || !Self.isPlural(word)
        {
            multiplier = scale
            last += 1
            magnitudeEnd = atoms[last].end
        } else if let word = context.wordRange(after: end), context.isSpace(from: end, to: word.lowerBound),
            !context.isWordCharacter(at: word.upperBound) && !context.isHyphen(at: word.upperBound),
            let scale = Self.abbreviations[context.string(word)]
        {
            return (scale, word.upperBound, last)
        } else {
            return nil
        }
        // `2 lakh crore`, `5 hundred thousand`: a larger scale multiplies the first.
        while last + 1 < atoms.count, case .scale(let larger)? = atoms[last + 1].word, larger > multiplier,
            context.isSpace(from: magnitudeEnd, to: atoms[last + 1].start)
        {
            multiplier *= larger
            last += 1
            magnitudeEnd = atoms[last].end
        }
        return (multiplier, magnitudeEnd, last)
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
