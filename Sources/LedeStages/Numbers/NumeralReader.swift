internal import Lede
internal import PCRE2

/// Reads a numeral and what is written on it: its digits, separators and decimals (`1,400`,
/// `12,34,567`, `.25`), a sign (`-17`), a currency before it (`$`, `US$`, `£`, `Rs`, `EUR`), a
/// glued suffix (`%`, `bn`, `m`, `k`, `p`, `st`, `s`, `pm`, `km`, `USD`) and a magnitude word
/// after it (`1.4 million`, `7 lakh`), or decimals said in words (`2 point 5`, `point 25`).
///
/// It first asks `IdentifierReader` and `DateTimeReader` whether the numeral names something
/// (`Covid-19`, `Article 5`, a telephone number) or a moment (`8 December`, `10:30`, `5 p.m.`);
/// otherwise it reads a quantity and asks `MeasureReader` what follows it. What is written
/// on a numeral itself (a glued code, a new suffix) is read here; its sign by `SignReader`,
/// its currency by `CurrencyReader`, its magnitude word by `MagnitudeReader`.
struct NumeralReader {
    let context: NumberContext

    private var names: IdentifierReader { IdentifierReader(context: context) }
    private var calendar: DateTimeReader { DateTimeReader(context: context) }
    private var measures: MeasureReader { MeasureReader(context: context) }
    private var currencies: CurrencyReader { CurrencyReader(context: context) }
    private var decimals: SpokenDecimalReader { SpokenDecimalReader(context: context) }

    /// The number that the numeral of atom `index` starts, or `nil` when the numeral is not one.
    ///
    /// A numeral inside a dotted code (`1.5.3`) or glued to letters (`4x4`), or with a suffix
    /// that is neither a unit, a magnitude, a currency nor a mark of a kind, is not a number.
    ///
    /// - Parameter index: The index of a numeral's atom.
    /// - Returns: The number, with what is attached to it; its `lastAtom` may be a later atom.
    /// - Throws: `PCRE2Error` if the telephone pattern hits a limit.
    func candidate(at index: Int) throws(PCRE2Error) -> NumberCandidate? {
        let atom = context.atoms[index]
        let bytes = context.bytes
        let start = atom.start
        // Part of a dotted code (`1.5.3`), of a mistyped number (`$110,00`), or glued to more
        // letters or digits (`4x4`); a currency written as a letter may follow (`100元`).
        if start >= 2, bytes[start - 1] == 0x2E || bytes[start - 1] == 0x2C, TextBytes.isDigit(bytes[start - 2]) {
            return nil
        }
        if context.isWordCharacter(at: atom.end) {
            guard let (scalar, _) = TextBytes.scalar(in: bytes, at: atom.end), CurrencyWords.letterSigns[scalar] != nil
            else { return nil }
        }

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
            var digits = "0"
            digits.reserveCapacity(digitCount + fraction.count + 1)
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

        if digitCount > 0 {
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
        }

        let suffix = atom.suffix ?? atom.end..<atom.end
        let currency = currencies.before(start)
        if let mark = currency {
            candidate.start = mark.offset
            candidate.currency = mark.code
            candidate.multiplier = mark.multiplier
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
        let sign = SignReader(context: context).minus(before: candidate.start, allowsMark: true)
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
        var isPlain = suffix.isEmpty && atom.fraction == nil && atom.clock == nil
        if isPlain && !hasSeparators, let point = decimals.leadingPoint(before: start), currency == nil {
            // `point 25`.
            candidate.start = point.start
            candidate.number = point.value
            candidate.end = point.end
            candidate.lastAtom = point.lastAtom
            isPlain = false
        } else if isPlain, let decimal = decimals.fraction(after: atom.end) {
            // `2 point 5`.
            candidate.number = integer + decimal.value
            candidate.end = decimal.end
            candidate.lastAtom = decimal.lastAtom
            isPlain = false
        }
        // A magnitude word: `1.4 million`, `$134 Million`, `4 millions`, `3 dozen`, `7 lakh`.
        let isYear = digitCount == 4 && !hasSeparators && atom.fraction == nil && integer >= 1000 && integer <= 2099
        if candidate.multiplier == 1 && candidate.unit == nil && !candidate.isPercent && suffix.isEmpty,
            let magnitude = MagnitudeReader(context: context).magnitude(
                after: candidate.end,
                lastAtom: candidate.lastAtom,
                allowsPlural: !isYear || currency != nil
            )
        {
            candidate.multiplier = magnitude.multiplier
            candidate.end = magnitude.end
            candidate.lastAtom = magnitude.lastAtom
        }
        if let sign {
            candidate.start = sign
            candidate.number = -candidate.number
        }
        candidate.isYearLike =
            isYear && suffix.isEmpty && currency == nil && sign == nil && candidate.lastAtom == index
        candidate.isBare =
            isPlain && currency == nil && candidate.multiplier == 1 && sign == nil
        if candidate.kind == .cardinal && candidate.currency == nil && !candidate.isPercent && integer <= 12,
            sign == nil, candidate.multiplier == 1, candidate.unit == nil, let time = calendar.timeOfDay(candidate)
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
        case "G" where hasFraction && (digitCount == 0 || currency != nil):
            // `.5G`: giga; but `2.5G` is a generation of mobile network.
            candidate.multiplier = 1e9
            return .keep
        case "G", "D":
            guard currency == nil else { return .drop }
            candidate.kind = .identifier
            candidate.rule = .gluedCode
            return .done
        case "c":
            // `20c`: cents; but `Series 3c` is a name.
            guard currency == nil, !(context.word(before: candidate.start)?.is(.identifierHead) ?? false) else {
                return .drop
            }
            candidate.currency = "cent"
            candidate.rule = .money
            return .keep
        default:
            break
        }
        if currency == nil, let code = CurrencyWords.suffixes[text] {
            // `9.99USD`, `45Rs`.
            candidate.currency = code
            candidate.rule = .money
            return .keep
        }
        if let magnitude = MeasureWords.magnitudeSuffixes[text] {
            if (text == "b" || text == "B") && currency == nil { return .drop }
            if currency == nil && (text == "m" || text == "k"),
                measures.isDistance(candidate, fractionDigits: fractionDigits, isKilo: text == "k")
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
