internal import Lede

extension NumberPairer {
    /// One number written twice, in words and in digits: `twelve (12)`, `12 (twelve)`, `five
    /// million dollars ($5m)`.
    func restatement(_ first: NumberCandidate, _ second: NumberCandidate) -> NumberCandidate? {
        let bytes = context.bytes
        guard first.isSpelled != second.isSpelled, context.hasExactly(" (", from: first.end, to: second.start),
            second.end < bytes.count, bytes[second.end] == 0x29, first.kind == second.kind,
            !first.isOutOfRange, !second.isOutOfRange, first.value == second.value
        else { return nil }
        var joined = first
        joined.end = second.end + 1
        joined.lastAtom = second.lastAtom
        joined.currency = first.currency ?? second.currency
        joined.isPercent = first.isPercent || second.isPercent
        joined.unit = first.unit ?? second.unit
        if joined.currency != nil { joined.rule = .money }
        return joined
    }

    /// An amount and its minor units as one value: `7 dollars 15 cents`, `$5 and 20c`, `2
    /// pounds 50 pence`, and a bare number under a hundred that ends the clause after an
    /// amount of money (`15 dollars and 50.`, `thirteen dollars forty five`).
    func minorUnits(_ first: NumberCandidate, _ second: NumberCandidate) -> NumberCandidate? {
        guard let major = first.currency, major != "cent", major != "GBX", first.multiplier == 1, !first.isPercent,
            first.kind == .cardinal, first.number >= 0, first.number == first.number.rounded(),
            second.kind == .cardinal, second.multiplier == 1, second.number >= 1, second.number < 100,
            second.number == second.number.rounded(), !first.isOutOfRange,
            context.isSpace(from: first.end, to: second.start)
                || context.hasExactly(" and ", from: first.end, to: second.start)
        else { return nil }
        switch second.currency {
        case "cent"?:
            guard !Self.currenciesWithoutCents.contains(major) else { return nil }
        case "GBX"?:
            guard major == "GBP" else { return nil }
        case nil:
            // After a currency named in words, a conjunction may follow: `one dollar and one
            // and one point`; after a sign only the end of the clause: `$100 and fifty.`
            let isNamed = context.isLetter(before: first.end)
            guard second.isBare, !Self.currenciesWithoutCents.contains(major),
                endsClause(after: second.end) || isNamed && followsConjunction(second.end)
            else { return nil }
        default:
            return nil
        }
        var amount = first
        amount.number = first.number + second.number / 100
        amount.end = second.end
        amount.lastAtom = second.lastAtom
        amount.isBare = false
        return amount
    }

    /// Currencies whose minor unit is not a cent: pence are read above; yen and won have none.
    private static let currenciesWithoutCents: Set<String> = ["GBP", "JPY", "KRW", "INR", "PKR", "IDR", "VND"]

    /// Whether nothing but spaces and closing punctuation follow `end` to the end of the clause.
    private func endsClause(after end: Int) -> Bool {
        let bytes = context.bytes
        var offset = end
        while offset < bytes.count && bytes[offset] == 0x20 { offset += 1 }
        guard offset < bytes.count else { return true }
        guard let (scalar, _) = TextBytes.scalar(in: bytes, at: offset) else { return false }
        return scalar == "\n" || scalar == "," || scalar == ";" || Punctuation.isTerminal(scalar)
            || Punctuation.isCloser(scalar)
    }

    /// Whether `and`, `or` or `but` follows `end`.
    private func followsConjunction(_ end: Int) -> Bool {
        guard let word = context.word(after: end, maxGap: 1) else { return false }
        return word.text == "and" || word.text == "or" || word.text == "but"
    }

    /// A fraction said with `over`: `2 over 7`, `three over four`; not `2 over 7 days`.
    func over(_ first: NumberCandidate, _ second: NumberCandidate) -> NumberCandidate? {
        guard context.hasExactly(" over ", from: first.end, to: second.start), first.isBare, second.isBare,
            first.isSpelled == second.isSpelled, first.number >= 1, second.number >= 2, second.number <= 1000,
            !first.isYearLike, !second.isYearLike
        else { return nil }
        if let after = context.word(after: second.end), !after.is(.function) { return nil }
        var fraction = first
        fraction.end = second.end
        fraction.lastAtom = second.lastAtom
        fraction.number = first.number / second.number
        fraction.kind = .fraction
        fraction.rule = .fraction
        fraction.isBare = false
        return fraction
    }
}
