internal import Lede
internal import PCRE2

/// Reads a numeral and what is written on it: its digits, separators and decimals, a currency
/// before it (`$`, `US$`, `£`, `Rs`), a glued suffix (`%`, `bn`, `m`, `p`, `st`, `s`, `pm`,
/// `km`) and a magnitude word after it (`1.4 million`).
///
/// It first asks `IdentifierReader` and `DateTimeReader` whether the numeral names something
/// (`Covid-19`, `Article 5`, a telephone number) or a moment (`8 December`, `10:30`, `5 p.m.`);
/// otherwise it reads a quantity and asks `MeasureReader` what follows it. What is written
/// on a numeral itself (a sign, a glued code, a new suffix) is read here.
struct NumeralReader {
    let context: NumberContext

    private var names: IdentifierReader { IdentifierReader(context: context) }
    private var calendar: DateTimeReader { DateTimeReader(context: context) }
    private var measures: MeasureReader { MeasureReader(context: context) }

    /// The number that the numeral of atom `index` starts, or `nil` when the numeral is not one.
    ///
    /// A numeral inside a dotted code (`1.5.3`) or glued to letters (`4x4`), or with a suffix
    /// that is neither a unit, a magnitude nor a mark of a kind, is not a number.
    ///
    /// - Parameter index: The index of a numeral's atom.
    /// - Returns: The number, with what is attached to it; its `lastAtom` may be a later atom.
    /// - Throws: `PCRE2Error` if the telephone pattern hits a limit.
    func candidate(at index: Int) throws(PCRE2Error) -> NumberCandidate? {
        let atom = context.atoms[index]
        let bytes = context.bytes
        let start = atom.start
        // Part of a dotted code (`1.5.3`), of a mistyped number (`$110,00`), or glued to more
        // letters or digits (`4x4`).
        if start >= 2, bytes[start - 1] == 0x2E || bytes[start - 1] == 0x2C, TextBytes.isDigit(bytes[start - 2]) {
            return nil
        }
        if context.isWordCharacter(at: atom.end) { return nil }

        var digitCount = 0
        var integer = 0.0
        for offset in atom.integer where TextBytes.isDigit(bytes[offset]) {
            digitCount += 1
            integer = integer * 10 + Double(bytes[offset] - 0x30)
        }
        var number = integer
        var fractionDigits = 0
        if let fraction = atom.fraction {
            // Read the decimal as written, so that 14.74 is the nearest Double to 14.74.
            fractionDigits = fraction.count - 1
            var digits = ""
            digits.reserveCapacity(digitCount + fraction.count)
            for offset in atom.integer where TextBytes.isDigit(bytes[offset]) {
                digits.unicodeScalars.append(Unicode.Scalar(bytes[offset]))
            }
            digits += context.string(fraction)
            number = Double(digits) ?? integer
        }
        let hasSeparators = atom.integer.count > digitCount
        var candidate = NumberCandidate(start: start, end: atom.end, number: number, rule: .numeral, lastAtom: index)
        // Beyond 15 digits a `Double` no longer holds every whole number: the mention stays,
        // without a value.
        candidate.isOutOfRange = digitCount > 15

        if let phone = try names.telephone(at: index, digitCount: digitCount, hasSeparators: hasSeparators) {
            return phone
        }
        if let code = names.hyphenatedCode(at: atom) { return code }
        if let identifier = names.headedIdentifier(at: atom) { return identifier }
        if digitCount <= 2 && atom.fraction == nil && atom.clock == nil && integer >= 1 && integer <= 31,
            let date = calendar.date(at: atom, index: index)
        {
            return date
        }
        if let time = calendar.clockTime(
            candidate,
            atom: atom,
            integer: integer,
            digitCount: digitCount,
            hasSeparators: hasSeparators
        ) {
            return time
        }

        let suffix = atom.suffix ?? atom.end..<atom.end
        let currency = measures.currency(before: start)
        if let currency {
            candidate.start = currency.start
            candidate.currency = currency.code
            candidate.rule = .money
        }
        let suffixByte = suffix.isEmpty ? 0 : bytes[suffix.lowerBound]
        // `5p.m.`: the suffix is the `p` of `p.m.`.
        if suffix.count == 1 && (suffixByte == 0x61 || suffixByte == 0x70) && context.hasPrefix(".m.", at: atom.end)
            && currency == nil && integer <= 12
        {
            candidate.kind = .time
            candidate.rule = .amPm
            candidate.end += 3
            return candidate
        }
        if !suffix.isEmpty {
            switch interpretSuffix(
                suffix,
                candidate: &candidate,
                integer: integer,
                digitCount: digitCount,
                fractionDigits: fractionDigits,
                hasFraction: atom.fraction != nil
            ) {
            case .keep: break
            case .done: return candidate
            case .drop: return nil
            }
        }

        // A magnitude word: `1.4 million`, `$134 Million`.
        if candidate.multiplier == 1 && candidate.unit == nil && !candidate.isPercent && suffix.isEmpty,
            index + 1 < context.atoms.count, case .scale(let scale)? = context.atoms[index + 1].word,
            context.isSpace(from: candidate.end, to: context.atoms[index + 1].start)
        {
            candidate.multiplier = scale
            candidate.end = context.atoms[index + 1].end
            candidate.lastAtom = index + 1
        }
        candidate.isYearLike =
            digitCount == 4 && !hasSeparators && atom.fraction == nil && suffix.isEmpty && currency == nil
            && candidate.lastAtom == index && integer >= 1000 && integer <= 2099
        candidate.isBare =
            suffix.isEmpty && currency == nil && candidate.multiplier == 1 && atom.fraction == nil
        if candidate.kind == .cardinal && candidate.currency == nil && !candidate.isPercent && integer <= 12,
            candidate.multiplier == 1, candidate.unit == nil, let time = calendar.timeOfDay(candidate)
        {
            return time
        }
        measures.attach(&candidate)
        return candidate
    }

    private enum SuffixOutcome { case keep, done, drop }

    /// Reads a numeral's glued suffix: `%`, `'s`, `s`, `st`, `pm`, `p`, `bn`, `km`, `G`.
    private func interpretSuffix(
        _ suffix: Range<Int>,
        candidate: inout NumberCandidate,
        integer: Double,
        digitCount: Int,
        fractionDigits: Int,
        hasFraction: Bool
    ) -> SuffixOutcome {
        let currency = candidate.currency
        let first = context.bytes[suffix.lowerBound]
        if first == 0x25 {
            candidate.isPercent = true
            candidate.rule = .percent
            return .keep
        }
        if first == 0x27 || first == 0xE2 {
            // `1990's` is a decade; `2004's` a possessive, left out of the span.
            if digitCount == 4 && !hasFraction && integer.truncatingRemainder(dividingBy: 10) == 0 && currency == nil {
                candidate = calendar.decade(candidate, from: integer)
                return .done
            }
            candidate.end = suffix.lowerBound
            return .keep
        }
        let text = context.string(suffix)
        switch text {
        case "s" where hasFraction:
            // A race time: `9.87s`.
            candidate.unit = "seconds"
            candidate.rule = .measure
            return .keep
        case "s":
            guard currency == nil, digitCount == 4 || digitCount == 2, integer.truncatingRemainder(dividingBy: 10) == 0
            else { return .drop }
            candidate = calendar.decade(candidate, from: integer)
            return .done
        case "C", "F":
            // `40C`, `minus 5C`; a temperature, never a name.
            guard currency == nil, integer <= (text == "C" ? 60 : 140) else { return .drop }
            candidate.unit = text == "C" ? "celsius" : "fahrenheit"
            candidate.rule = .measure
            return .keep
        case "GMT", "BST", "UTC":
            candidate.kind = .time
            candidate.rule = .clock
            return .done
        case "st", "nd", "rd", "th":
            guard !hasFraction, currency == nil else { return .drop }
            candidate.kind = .ordinal
            candidate.rule = .ordinal
            return .keep
        case "am", "pm", "AM", "PM":
            guard integer <= 24, currency == nil else { return .drop }
            candidate.kind = .time
            candidate.rule = .amPm
            return .done
        case "p":
            guard currency == nil else { return .keep }
            // A video resolution (720p, 1080p) is a name.
            if !hasFraction && [480, 576, 720, 1080, 1440, 2160, 4320].contains(integer) {
                candidate.kind = .identifier
                candidate.rule = .gluedCode
                return .done
            }
            candidate.currency = "GBX"
            candidate.rule = .money
            return .keep
        case "pc":
            candidate.isPercent = true
            candidate.rule = .percent
            return .keep
        case "G", "D":
            guard currency == nil else { return .drop }
            candidate.kind = .identifier
            candidate.rule = .gluedCode
            return .done
        default:
            break
        }
        if let magnitude = MeasureWords.magnitudeSuffixes[text] {
            if (text == "b" || text == "B") && currency == nil { return .drop }
            if currency == nil && (text == "m" || text == "k"),
                measures.isDistance(candidate, fractionDigits: fractionDigits)
            {
                candidate.unit = text == "m" ? "metres" : "km"
                candidate.rule = .measure
            } else {
                candidate.multiplier = magnitude
            }
            return .keep
        }
        if let unit = MeasureWords.unitSuffixes[text] ?? MeasureWords.unitSuffixes[text.lowercased()]
            ?? MeasureWords.units[text.lowercased()]
        {
            candidate.unit = unit
            candidate.rule = .measure
            return .keep
        }
        return .drop
    }
}
