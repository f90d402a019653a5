internal import Lede

/// Reads what a number measures: its currency after it (through `CurrencyReader`), a percent
/// (`%`, `per cent`, `percentage points`), and whether an `m` or `k` means metres or
/// kilometres (`60m hurdles`, `a 5k run`) or millions and thousands.
///
/// The numeral and spelled-number readers ask it what follows a number. Units glued to a
/// numeral (`5km`) are read with its suffix, from `MeasureWords`; currencies are read by
/// `CurrencyReader`.
struct MeasureReader {
    let context: NumberContext

    private var currencies: CurrencyReader { CurrencyReader(context: context) }

    /// Reads what follows a number: a currency (`500 euros`, `5 USD`), a percent (`3.1 per
    /// cent`, `half a percentage point`), or else a hyphenated compound (`three-year-long`,
    /// `40-odd`, read by `CompoundAdjectiveReader`).
    ///
    /// A number that already has a currency or a percent is left alone.
    func attach(_ candidate: inout NumberCandidate) {
        if candidate.isPercent || candidate.currency != nil { return }
        if candidate.unit == nil, let currency = currencies.after(candidate) {
            candidate.currency = currency.code
            candidate.end = currency.offset
            candidate.multiplier *= currency.multiplier
            candidate.rule = .money
            candidate.isBare = false
            candidate.isYearLike = false
            return
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
    /// `cleared 4.88m`, `a 10k run`) rather than millions or thousands (`100m copies`,
    /// `2,500k`).
    ///
    /// - Parameters:
    ///   - candidate: The numeral.
    ///   - fractionDigits: How many decimals it has.
    ///   - isKilo: Whether the suffix is `k`, a thousand unless a word around it is about
    ///     running; an `m` of 1 000 or more is metres.
    /// - Returns: Whether the suffix is a unit of distance.
    func isDistance(_ candidate: NumberCandidate, fractionDigits: Int, isKilo: Bool = false) -> Bool {
        let bytes = context.bytes
        if currencies.closesRange(candidate.start) { return false }
        if !isKilo && candidate.number >= 1000 && fractionDigits == 0 { return true }
        if let after = context.word(after: candidate.end, maxGap: 1) {
            // `a 10k run`; around a `k`, only a running word right after it says it is a distance.
            if after.is(.metreCue) && !(isKilo && after.is(.weakMetreCue)) { return true }
            if isKilo { return false }
            if after.range.lowerBound == candidate.end + 1 && bytes[candidate.end] == 0x2D { return true }
            if after.text.hasSuffix("s") && !after.is(.function) {
                return false  // `100m copies`
            }
        }
        if isKilo { return false }
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
        if !isKilo && fractionDigits == 0 && standard.contains(candidate.number),
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
        if let after = context.word(after: end), after.is(.unit) { return true }
        return currencies.after(NumberCandidate(start: end, end: end, number: 0, rule: .numeral, lastAtom: 0)) != nil
    }
}
