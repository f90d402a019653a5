/// Reads a decimal said with `point`: `one point seven`, `three point five billion`, `2 point
/// 5`, `point 25`, `point five`, `nought point one four`.
///
/// After `point` come digits (`2 point 5`), digit words one by one (`point one four`), or one
/// number under a hundred read as its digits (`point twenty-five`). `at one point`, `match
/// point` and `at that point 25` are not decimals: `point` must stand between a number and its
/// digits, or open the number after a verb of change or a word that expects a value (`by
/// point 25`, `was point five`).
struct SpokenDecimalReader {
    let context: NumberContext

    /// Words after which `point` opens a number, besides the verbs of change.
    private static let valueCues: Set<String> = [
        "is", "was", "were", "are", "be", "been", "of", "minus", "negative", "plus", "and", "or", "about",
        "around", "nearly", "only", "just", "than", "equals", "between", "at", "to", "from",
    ]

    /// The decimal part written after a number that ends at `end`: ` point ` and its digits.
    ///
    /// - Parameter end: The end of the number's whole part.
    /// - Returns: The decimal part's value (below one), its end and its last atom, or `nil`.
    func fraction(after end: Int) -> (value: Double, end: Int, lastAtom: Int)? {
        let bytes = context.bytes
        guard end + 7 < bytes.count, bytes[end] == 0x20, bytes[end + 1] | 0x20 == 0x70,
            context.spells(end + 1..<end + 6, "point")
        else { return nil }
        return digits(after: end + 6)
    }

    /// Where `point` starts when it opens a number that starts at `start` (`point 25`), with
    /// the value of the digits; `nil` when no `point` opens it.
    ///
    /// - Parameter start: The first byte of a numeral or number word.
    /// - Returns: The start of `point`, the value, its end and its last atom.
    func leadingPoint(before start: Int) -> (start: Int, value: Double, end: Int, lastAtom: Int)? {
        guard start >= 6, context.bytes[start - 2] | 0x20 == 0x74,
            let pointStart = context.start(of: "point", endingOneSpaceBefore: start),
            !context.isUppercase(at: pointStart)
        else { return nil }
        let point = pointStart..<(pointStart + 5)
        // `point` is mostly a noun (`at that point 25 people`): it opens a number only after
        // a verb of change or a word that expects a value.
        if let before = context.word(before: point.lowerBound),
            !(before.is(.changeCue) || Self.valueCues.contains(before.text))
        {
            return nil
        }
        guard let (value, end, lastAtom) = digits(after: point.upperBound) else { return nil }
        return (point.lowerBound, value, end, lastAtom)
    }

    /// The digits that follow `point` (which ends at `offset`): a numeral of digits alone, digit
    /// words, or one number word under a hundred.
    private func digits(after offset: Int) -> (value: Double, end: Int, lastAtom: Int)? {
        let bytes = context.bytes
        let atoms = context.atoms
        guard offset < bytes.count, bytes[offset] == 0x20 else { return nil }
        let index = context.lastAtom(before: offset + 2)
        guard index < atoms.count, atoms[index].start == offset + 1 else { return nil }
        let atom = atoms[index]
        guard let word = atom.word else {
            // `2 point 5`: digits with no separator, decimal part or suffix.
            guard atom.fraction == nil, atom.clock == nil, atom.suffix == nil, !atom.integer.isEmpty,
                atom.integer.allSatisfy({ TextBytes.isDigit(bytes[$0]) })
            else { return nil }
            return (value(of: context.string(atom.integer)), atom.end, index)
        }
        var digits = ""
        var last = index
        switch word {
        case .unit(let digit):
            // `point one four one`: each word a digit.
            digits.append(String(digit))
            while last + 1 < atoms.count, case .unit(let next)? = atoms[last + 1].word,
                context.isSpace(from: atoms[last].end, to: atoms[last + 1].start)
            {
                digits.append(String(next))
                last += 1
            }
        case .teen(let number):
            digits = String(number)
        case .tens(let tens):
            // `point twenty-five`.
            digits = String(tens)
            if last + 1 < atoms.count, case .unit(let unit)? = atoms[last + 1].word, unit > 0,
                context.isHyphen(at: atoms[last].end)
                    || context.isSpace(from: atoms[last].end, to: atoms[last + 1].start),
                atoms[last + 1].start - atoms[last].end <= 3
            {
                digits = String(tens + unit)
                last += 1
            }
        default:
            return nil
        }
        return (value(of: digits), atoms[last].end, last)
    }

    /// `0.` followed by `digits`, read as written so that `point one` is the nearest `Double`
    /// to 0.1.
    private func value(of digits: String) -> Double { Double("0." + digits) ?? 0 }
}
