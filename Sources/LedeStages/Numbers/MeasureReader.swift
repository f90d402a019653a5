internal import Lede

/// Reads what a number measures: its currency (`$`, `US$`, `£`, `Rs`, `USD` before it; `euros`,
/// `pence`, `US dollars` after it), a percent (`%`, `per cent`, `percentage points`), and
/// whether an `m` means metres (`60m hurdles`) or millions.
///
/// The numeral and spelled-number readers ask it for the currency before a numeral and for
/// what follows a number. Units glued to a numeral (`5km`) are read with its suffix, from
/// `MeasureWords`; a new currency form (a code glued to the digits) belongs here.
struct MeasureReader {
    let context: NumberContext

    /// The currency written before a numeral that starts at `start`, and where it starts: `$`,
    /// `US$`, `£`, `Rs `, `USD `.
    func currency(before start: Int) -> (code: String, start: Int)? {
        guard start > 0 else { return nil }
        if let sign = currencySign(endingAt: start) { return sign }
        var offset = start
        if context.bytes[offset - 1] == 0x20 {
            offset -= 1
        } else if offset >= 2 && context.isNoBreakSpace(at: offset - 2) {
            offset -= 2
        } else {
            return nil
        }
        if let sign = currencySign(endingAt: offset) { return sign }
        guard let range = context.wordRange(before: start, allowingPeriod: true),
            context.isUppercase(at: range.lowerBound),
            let code = CurrencyWords.prefixes[context.string(range)]
        else { return nil }
        return (code, range.lowerBound)
    }

    /// A currency sign that ends at `offset`, with the letters of a dollar before it (`US$`).
    private func currencySign(endingAt offset: Int) -> (code: String, start: Int)? {
        let bytes = context.bytes
        guard offset > 0 else { return nil }
        let signStart = TextBytes.previousScalarStart(in: bytes, before: offset)
        guard let (scalar, _) = TextBytes.scalar(in: bytes, at: signStart),
            let code = CurrencyWords.signs[scalar]
        else { return nil }
        guard scalar == "$" else { return (code, signStart) }
        // `US$`, `A$`, `HK$`.
        var letters = signStart
        while letters > 0 && (TextBytes.isASCIILetter(bytes[letters - 1]) || bytes[letters - 1] == 0x2E) {
            letters -= 1
        }
        guard letters < signStart else { return (code, signStart) }
        guard let prefix = CurrencyWords.dollarPrefixes[context.string(letters..<signStart)] else { return nil }
        return (prefix, letters)
    }

    /// Whether the numeral closes a range whose first number has a currency: the `10m` of `£5-10m`.
    private func closesCurrencyRange(_ start: Int) -> Bool {
        let bytes = context.bytes
        guard let hyphen = context.hyphenStart(before: start), hyphen > 0 else { return false }
        var offset = hyphen
        while offset > 0 && (TextBytes.isDigit(bytes[offset - 1]) || bytes[offset - 1] == 0x2E) { offset -= 1 }
        return offset < hyphen && currency(before: offset) != nil
    }

    /// Reads what follows a number: a currency (`500 euros`, `5 USD`), a percent (`3.1 per
    /// cent`, `half a percentage point`), or else a hyphenated compound (`three-year-long`,
    /// `40-odd`, read by `CompoundAdjectiveReader`).
    ///
    /// A number that already has a currency or a percent is left alone.
    func attach(_ candidate: inout NumberCandidate) {
        if candidate.isPercent || candidate.currency != nil { return }
        if candidate.unit == nil, let after = context.word(after: candidate.end) {
            if let (code, end) = currency(after: after) {
                candidate.currency = code
                candidate.end = end
                candidate.rule = .money
                candidate.isBare = false
                candidate.isYearLike = false
                return
            }
        }
        // `half a percentage point`, `a quarter of a percentage point`.
        if candidate.kind == .fraction, let after = context.wordRange(after: candidate.end) {
            var next = after
            if context.spells(next, "of"), let article = context.wordRange(after: next.upperBound) { next = article }
            if context.spells(next, "a"), let (unit, end) = percent(after: next.upperBound), unit != "percent" {
                candidate.isPercent = true
                candidate.unit = unit
                candidate.end = end
                candidate.rule = .percent
                return
            }
        }
        if candidate.unit == nil, let (unit, end) = percent(after: candidate.end) {
            candidate.isPercent = true
            candidate.end = end
            candidate.rule = .percent
            candidate.isBare = false
            candidate.isYearLike = false
            if unit != "percent" { candidate.unit = unit }
            return
        }
        CompoundAdjectiveReader(context: context).attach(&candidate)
    }

    /// The currency that a word after a number starts, and where it ends: `euros`, `pence`,
    /// `US dollars`, `Swiss francs`, `USD`.
    private func currency(after word: NearWord) -> (String, Int)? {
        if word.is(.currency), let code = CurrencyWords.names[word.text] {
            return (code, word.range.upperBound)
        }
        if word.range.count == 3 && context.isUppercase(at: word.range.lowerBound) {
            let code = context.string(word.range)
            if CurrencyWords.codes.contains(code) { return (code, word.range.upperBound) }
        }
        guard
            word.is(.dollarNation) || word.text == "u.s." || word.text == "new" || word.text == "swiss",
            var next = context.wordRange(after: word.range.upperBound)
        else { return nil }
        if word.text == "hong" || word.text == "new" {
            guard let after = context.wordRange(after: next.upperBound) else { return nil }
            next = after
        }
        if word.text == "swiss" { return context.starts(next, with: "franc") ? ("CHF", next.upperBound) : nil }
        guard context.starts(next, with: "dollar") else { return nil }
        // `Hong Kong dollars`, `New Zealand dollars`: the nation is two words.
        let code = word.text == "new" ? "NZD" : CurrencyWords.dollarNations[word.text]
        return (code ?? "USD", next.upperBound)
    }

    /// A percent written after `end`, past spaces: `%` after a space, `percent`, `per cent`,
    /// `pc`, `percentage points`; with its unit and where it ends.
    func percent(after end: Int) -> (unit: String, end: Int)? {
        let bytes = context.bytes
        var offset = end
        while offset < bytes.count && (bytes[offset] == 0x20 || context.isNoBreakSpace(at: offset)) {
            offset += bytes[offset] == 0x20 ? 1 : bytes[offset] == 0xC2 ? 2 : 3
        }
        guard offset > end, offset < bytes.count else { return nil }
        if bytes[offset] == 0x25 { return ("percent", offset + 1) }
        guard bytes[offset] | 0x20 == 0x70, let word = context.wordRange(after: offset) else { return nil }
        if context.spells(word, "percent") || context.spells(word, "pc") || context.spells(word, "pct") {
            return ("percent", word.upperBound)
        }
        if context.spells(word, "per") {
            if let cent = context.wordRange(after: word.upperBound), context.spells(cent, "cent") {
                return ("percent", cent.upperBound)
            }
            if context.hasPrefix("-cent", at: word.upperBound) { return ("percent", word.upperBound + 5) }
        }
        if context.spells(word, "percentage"), let point = context.wordRange(after: word.upperBound),
            context.starts(point, with: "point")
        {
            return ("percentage points", point.upperBound)
        }
        return nil
    }

    /// Whether an `m` or `k` after a bare numeral is a distance (`60m hurdles`, `5,000m`,
    /// `cleared 4.88m`) rather than millions or thousands (`100m copies`).
    func isDistance(_ candidate: NumberCandidate, fractionDigits: Int) -> Bool {
        let bytes = context.bytes
        if closesCurrencyRange(candidate.start) { return false }
        if candidate.number >= 1000 && fractionDigits == 0 { return true }
        if let after = context.word(after: candidate.end, maxGap: 1) {
            if after.is(.metreCue) { return true }
            if after.range.lowerBound == candidate.end + 1 && bytes[candidate.end] == 0x2D { return true }
            if after.text.hasSuffix("s") && !after.is(.function) {
                return false  // `100m copies`
            }
        }
        // Athletics and measuring words nearby, in the same paragraph.
        let from = max(0, candidate.start - 100)
        let to = min(bytes.count, candidate.end + 100)
        var offset = from
        while offset < to {
            guard TextBytes.isASCIILetter(bytes[offset]) else {
                offset += 1
                continue
            }
            var end = offset
            while end < bytes.count && TextBytes.isASCIILetter(bytes[end]) { end += 1 }
            if (offset >= candidate.end || end <= candidate.start)
                && (offset == 0 || !context.isWordCharacter(at: offset - 1))
            {
                let word = context.near(offset..<end)
                if word.is(.metreCue) && !word.is(.weakMetreCue) { return true }
            }
            offset = end
        }
        // `the 60m`, `over 800m`: a standard distance after `the`, a possessive or `over`.
        let standard: Set<Double> = [50, 60, 100, 110, 200, 300, 400, 600, 800, 1000, 1500, 3000, 5000, 10000]
        if fractionDigits == 0 && standard.contains(candidate.number),
            let before = context.word(before: candidate.start),
            before.text == "the" || before.text == "over" || before.text.hasSuffix("'s")
                || before.text.hasSuffix("\u{2019}s")
        {
            guard let after = context.word(after: candidate.end) else { return true }
            return !after.text.hasSuffix("s")
        }
        return false
    }

    /// Whether a percent, a unit or a currency follows `end`: `5 per cent`, `5 miles`, `5 euros`.
    func followedByMeasure(_ end: Int) -> Bool {
        if percent(after: end) != nil { return true }
        guard let after = context.word(after: end) else { return false }
        return after.is(.unit) || currency(after: after) != nil
    }
}
