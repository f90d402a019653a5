/// Reads the currency written next to a number: a sign or code before it (`$5`, `US$5`, `Rs
/// 500`, `USD 5`, `EUR12.50`, `RM10`, `MAUD 60`), and a sign, code or name after it (`10 €`,
/// `100元`, `9.99USD`, `5 USD`, `30 MUSD`, `500 euros`, `Mexican pesos`, `Swiss francs`).
///
/// Codes follow ISO 4217 (`CurrencyWords`); a magnitude glued to a code (`MUSD`, `kEUR`) or
/// written after it (`75 USD million`) multiplies the number. `MeasureReader` asks it what
/// follows a number, `NumeralReader` what comes before a numeral.
struct CurrencyReader {
    let context: NumberContext

    /// A currency written next to a number: its code, where it starts or ends, and the
    /// magnitude written with it.
    struct Mark {
        var code: String
        /// The start of a currency before the number, or the end of one after it.
        var offset: Int
        /// `1e6` for `MUSD` or `USD million`; 1 otherwise.
        var multiplier = 1.0
    }

    /// The currency written before a numeral that starts at `start`: `$`, `US$`, `£`, `Rs `,
    /// `USD `, glued `EUR`, `Rs`, `RM`, or a code with a magnitude (`MAUD 60`).
    func before(_ start: Int) -> Mark? {
        guard start > 0 else { return nil }
        if let sign = sign(endingAt: start) { return sign }
        guard let mark = spaced(before: start) else { return nil }
        // `17 USD 25`, `10 $ 30 cents`: a mark with a number on each side, spaced from both,
        // goes with the first, unless the second names its own currency (`1 $ 10 dollars`).
        let bytes = context.bytes
        if mark.offset >= 2 && bytes[mark.offset - 1] == 0x20 && TextBytes.isDigit(bytes[mark.offset - 2])
            && bytes[start - 1] == 0x20
        {
            guard namesOwnCurrency(numeralAt: start) else { return nil }
        }
        return mark
    }

    /// Whether the numeral that starts at `start` is followed by the name of a currency that
    /// is not a minor unit: `10 dollars`, not `30 cents`.
    private func namesOwnCurrency(numeralAt start: Int) -> Bool {
        let atom = context.atoms[context.lastAtom(before: start + 1)]
        guard atom.start == start, let word = context.word(after: atom.end), word.is(.currency),
            let code = CurrencyWords.names[word.text]
        else { return false }
        return code != "cent" && code != "GBX"
    }

    /// A currency written before `start`, glued to it or after a space.
    private func spaced(before start: Int) -> Mark? {
        var offset = start
        if context.bytes[offset - 1] == 0x20 {
            offset -= 1
        } else if offset >= 2 && context.isNoBreakSpace(at: offset - 2) {
            offset -= 2
        } else if TextBytes.isASCIILetter(context.bytes[offset - 1]) || context.bytes[offset - 1] == 0x2E {
            // `EUR12.50`, `Rs45`, `Rs.500`: the scan lets only a currency glue to the digits.
            guard let range = context.wordRange(before: start, allowingPeriod: true), range.upperBound == start,
                let (code, multiplier) = CurrencyWords.prefix(context.string(range))
            else { return nil }
            return Mark(code: code, offset: range.lowerBound, multiplier: multiplier)
        } else {
            return nil
        }
        if let sign = sign(endingAt: offset) { return sign }
        guard let range = context.wordRange(before: start, allowingPeriod: true),
            context.isUppercase(at: range.lowerBound),
            let (code, multiplier) = CurrencyWords.prefix(context.string(range))
        else { return nil }
        return Mark(code: code, offset: range.lowerBound, multiplier: multiplier)
    }

    /// A currency sign that ends at `offset`, with the letters of a dollar before it (`US$`).
    private func sign(endingAt offset: Int) -> Mark? {
        let bytes = context.bytes
        // Every sign but `$` is beyond ASCII: most numbers are turned away by one byte.
        guard offset > 0, bytes[offset - 1] == 0x24 || bytes[offset - 1] >= 0x80 else { return nil }
        let signStart = TextBytes.previousScalarStart(in: bytes, before: offset)
        guard let (scalar, _) = TextBytes.scalar(in: bytes, at: signStart),
            let code = CurrencyWords.signs[scalar]
        else { return nil }
        guard scalar == "$" else { return Mark(code: code, offset: signStart) }
        // `US$`, `A$`, `HK$`.
        var letters = signStart
        while letters > 0 && (TextBytes.isASCIILetter(bytes[letters - 1]) || bytes[letters - 1] == 0x2E) {
            letters -= 1
        }
        guard letters < signStart else { return Mark(code: code, offset: signStart) }
        guard let prefix = CurrencyWords.dollarPrefixes[context.string(letters..<signStart)] else { return nil }
        return Mark(code: prefix, offset: letters)
    }

    /// Whether the numeral that starts at `start` closes a range whose first number has a
    /// currency: the `10m` of `£5-10m`.
    func closesRange(_ start: Int) -> Bool {
        let bytes = context.bytes
        guard let hyphen = context.hyphenStart(before: start), hyphen > 0 else { return false }
        var offset = hyphen
        while offset > 0 && (TextBytes.isDigit(bytes[offset - 1]) || bytes[offset - 1] == 0x2E) { offset -= 1 }
        return offset < hyphen && before(offset) != nil
    }

    /// The currency written after a number: a sign (`10 €`, `100元`), a code (`5 USD`, `30
    /// MUSD`, then perhaps a magnitude: `75 USD million`) or a name (`500 euros`, `Swiss
    /// francs`, `1,000 won`).
    ///
    /// - Parameter candidate: The number, which has no currency yet.
    /// - Returns: The currency, with where it ends, or `nil`.
    func after(_ candidate: NumberCandidate) -> Mark? {
        let end = candidate.end
        if let sign = signAfter(end) { return sign }
        guard let word = context.word(after: end) else { return nil }
        if word.is(.currency), let code = CurrencyWords.names[word.text] {
            if CurrencyWords.ambiguousNames.contains(word.text) && !isAmountOfAmbiguousName(candidate, word) {
                return nil
            }
            return Mark(code: code, offset: word.range.upperBound)
        }
        // A code in capitals (`USD`, `MUSD`); `3 USD50`: a code glued to the next number is
        // that number's.
        let bytes = context.bytes
        let range = word.range
        if range.count == 3 || range.count == 4, TextBytes.isUpper(bytes[range.upperBound - 1]),
            TextBytes.isUpper(bytes[range.upperBound - 2]),
            range.upperBound == bytes.count || !TextBytes.isDigit(bytes[range.upperBound])
        {
            let written = context.string(word.range)
            let mark: Mark?
            if CurrencyWords.codes.contains(written) {
                mark = Mark(code: written, offset: word.range.upperBound)
            } else {
                mark = CurrencyWords.scaledCode(written).map {
                    Mark(code: $0.code, offset: word.range.upperBound, multiplier: $0.multiplier)
                }
            }
            // `75 USD million`.
            if var mark, mark.multiplier == 1, candidate.multiplier == 1,
                let magnitude = MagnitudeReader(context: context).magnitude(
                    after: mark.offset,
                    lastAtom: context.lastAtom(before: mark.offset),
                    allowsPlural: false
                ), magnitude.multiplier >= 1000
            {
                mark.multiplier = magnitude.multiplier
                mark.offset = magnitude.end
                return mark
            }
            if let mark { return mark }
        }
        return national(after: word)
    }

    /// Whether a name that is also a verb names the currency after this number.
    ///
    /// `1,000 won`, `2.5 trillion won`; not `355 won the vote`. It takes a large number or a
    /// magnitude, and no object after it.
    private func isAmountOfAmbiguousName(_ candidate: NumberCandidate, _ word: NearWord) -> Bool {
        guard candidate.value >= 100 || candidate.multiplier > 1 else { return false }
        guard let next = context.word(after: word.range.upperBound, maxGap: 1) else { return true }
        return !(next.is(.determiner) || Self.objectWords.contains(next.text))
    }

    /// Words after `won` that make it the verb: `won the vote`, `won by`, `won it`.
    private static let objectWords: Set<String> = [
        "the", "a", "an", "by", "over", "against", "it", "them", "this", "that", "all", "every", "both", "in", "on",
        "at", "with", "re",
    ]

    /// A sign after the number, glued or after a space, that is not glued to the next number:
    /// `10 €`, `100元`, `100,000 ₭`, the `$` of `10 $ 30 cents`; not the `$` of `10 $30`.
    private func signAfter(_ end: Int) -> Mark? {
        let bytes = context.bytes
        var offset = end
        if offset < bytes.count && bytes[offset] == 0x20 { offset += 1 }
        guard offset < bytes.count, bytes[offset] >= 0x80 || bytes[offset] == 0x24,
            let (scalar, length) = TextBytes.scalar(in: bytes, at: offset),
            let code = CurrencyWords.signs[scalar] ?? CurrencyWords.letterSigns[scalar]
        else { return nil }
        let signEnd = offset + length
        if signEnd < bytes.count && (TextBytes.isDigit(bytes[signEnd]) || context.isWordCharacter(at: signEnd)) {
            return nil
        }
        // `1 $ 10 dollars`: the sign goes with the number that names it again.
        if signEnd + 1 < bytes.count && bytes[signEnd] == 0x20 && TextBytes.isDigit(bytes[signEnd + 1])
            && namesOwnCurrency(numeralAt: signEnd + 1)
        {
            return nil
        }
        return Mark(code: code, offset: signEnd)
    }

    /// A currency named with its nation: `US dollars`, `Hong Kong dollars`, `New Zealand
    /// dollars`, `Swiss francs`, `Mexican pesos`, `South Korean won`.
    private func national(after word: NearWord) -> Mark? {
        guard word.is(.currencyNation) else { return nil }
        var nation = word
        if word.text == "south" || word.text == "north" || word.text == "new" || word.text == "hong",
            let next = context.word(after: word.range.upperBound, maxGap: 1)
        {
            nation = next
        }
        guard let name = context.word(after: nation.range.upperBound, maxGap: 1) else { return nil }
        if let (names, code) = CurrencyWords.nationalNames[nation.text], names.contains(name.text) {
            return Mark(code: code, offset: name.range.upperBound)
        }
        guard word.is(.dollarNation) || word.text == "u.s." || word.text == "new", name.text.hasPrefix("dollar") else {
            return nil
        }
        // `Hong Kong dollars`, `New Zealand dollars`: the nation is two words.
        let code = word.text == "new" ? "NZD" : CurrencyWords.dollarNations[word.text]
        return Mark(code: code ?? "USD", offset: name.range.upperBound)
    }
}
