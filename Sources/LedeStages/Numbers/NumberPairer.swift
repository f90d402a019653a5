internal import Lede

/// Joins two neighbouring numbers into one: a range (`2012–13`, `three to four weeks`,
/// `10-15%`, `£5-10m`), a score (`won 3-1`, `7-6 (7-4) 6-3`), a ratio (`one in five`, `nine
/// out of 10`), a fraction (`1/2`, `2 over 7`), a slashed date or code (`4/12`, `24/7`,
/// `9/11`), an amount with its minor units (`7 dollars 15 cents`, `$5 and 20c`) or one number
/// written twice (`twelve (12)`).
///
/// It runs once every number of a text is read, and reads only the gap between two numbers and
/// the words around them.
struct NumberPairer {
    let context: NumberContext

    /// Joins neighbours into ranges (`2012–13`, `three to four`, `10-15%`), scores (`3-1`) and
    /// ratios (`one in five`, `1/2`).
    ///
    /// The numbers are rewritten in place: each step writes no more numbers than it reads, so
    /// the numbers written never reach those still to read, and a long text needs no second
    /// array of them.
    ///
    /// - Parameter candidates: The numbers of a text, in order, none overlapping another;
    ///   replaced by the numbers, with each joined pair as one number (a score as two).
    func pair(_ candidates: inout [NumberCandidate]) {
        let bytes = context.bytes
        var written = 0
        func emit(_ candidate: NumberCandidate) {
            candidates[written] = candidate
            written += 1
        }
        var index = 0
        var lastScoreEnd = Int.min / 2
        while index < candidates.count {
            let first = candidates[index]
            guard index + 1 < candidates.count, !first.isName, !candidates[index + 1].isName else {
                emit(first)
                index += 1
                continue
            }
            let second = candidates[index + 1]
            let gap = first.end..<second.start
            guard gap.count <= 8 else {
                emit(first)
                index += 1
                continue
            }
            // `twelve (12)`, `7 dollars 15 cents`, `2 over 7`; told apart by the gap first.
            let joined =
                gap.count == 2
                ? restatement(first, second)
                : first.currency != nil ? minorUnits(first, second) : gap.count == 6 ? over(first, second) : nil
            if let joined {
                emit(joined)
                index += 2
                continue
            }
            if context.isDashGap(gap) {
                if let years = yearRange(first, second) {
                    emit(years)
                    index += 2
                    continue
                }
                // A set of a tennis score follows another: `7-5 3-6`, `6-7 (2-7)`.
                let followsScore = first.start - lastScoreEnd <= 3 && isScore(first, second, alone: false)
                if followsScore || isScore(first, second, alone: true) {
                    lastScoreEnd = second.end
                    for var side in [first, second] {
                        side.kind = .score
                        side.rule = .score
                        emit(side)
                    }
                    index += 2
                    continue
                }
                if let range = range(first, second) {
                    emit(range)
                    index += 2
                    continue
                }
            } else if context.hasExactly(" to ", in: gap) {
                // `three to four weeks`, `5 to 10%`; but `rose 15p to 350p`, `fell by 17,000 to 1.4 million`.
                // With a unit on both ends it is a range only after an article or a qualifier:
                // `a 2% to 3% rise`, `the $40 to $50 level`, `about 70% to 80%`.
                let before = context.word(before: first.start)
                let isChange = before?.is(.changeCue) ?? false
                let firstIsBare =
                    first.currency == nil && !first.isPercent && first.multiplier == 1 && first.unit == nil
                let isBounded = firstIsBare || (before?.is(.rangeCue) ?? false)
                if !isChange, first.isSpelled == second.isSpelled, isBounded, !first.isYearLike, !second.isYearLike,
                    let range = range(first, second)
                {
                    emit(range)
                    index += 2
                    continue
                }
            } else if context.hasExactly(" in ", in: gap) || context.hasExactly(" out of ", in: gap) {
                if let ratio = ratio(first, second) {
                    emit(ratio)
                    index += 2
                    continue
                }
            } else if gap.count == 1 && bytes[gap.lowerBound] == 0x2F {
                let last = slashed(candidates, from: index)
                emit(last.candidate)
                index = last.next
                continue
            }
            emit(first)
            index += 1
        }
        candidates.removeSubrange(written...)
    }

    /// `1/2` is a fraction; `4/12` and `on 3/4` are dates; codes such as `24/7`, `9/11` and
    /// `12/05/2004` are names.
    private func slashed(_ candidates: [NumberCandidate], from index: Int) -> (candidate: NumberCandidate, next: Int) {
        let bytes = context.bytes
        var last = index + 1
        while last + 1 < candidates.count, candidates[last + 1].start == candidates[last].end + 1,
            bytes[candidates[last].end] == 0x2F
        {
            last += 1
        }
        let first = candidates[index]
        let second = candidates[index + 1]
        var result = first
        result.end = candidates[last].end
        result.lastAtom = candidates[last].lastAtom
        result.isBare = false
        result.isYearLike = false
        let isDayAndMonth = first.number <= 31 && second.number <= 12 && first.isBare && second.isBare
        let before = context.word(before: first.start)
        if last == index + 1 && isDayAndMonth && (before?.is(.datePreposition) ?? false) {
            // `on 4/12`, `until 3/4`: a date.
            result.kind = .date
            result.rule = .slashed
        } else if last == index + 1, first.isBare, second.isBare, first.number >= 1, first.number < second.number,
            [2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 100].contains(second.number)
        {
            result.number = first.number / second.number
            result.kind = .fraction
            result.rule = .slashFraction
            // `4/12`, `3/10`: a day and a month more often than a fraction, unless `of` follows.
            if isDayAndMonth && (second.number == 10 || second.number == 12)
                && !context.hasWord("of", after: second.end) && before?.text != "odds"
            {
                result.kind = .date
                result.rule = .slashed
            }
        } else {
            result.kind = .identifier
            result.rule = .slashed
        }
        return (result, last + 1)
    }

    /// `2012-13`, `1914–1918`: a year and a later one, at most a century on.
    private func yearRange(_ first: NumberCandidate, _ second: NumberCandidate) -> NumberCandidate? {
        guard first.isYearLike, second.isBare || second.isYearLike else { return nil }
        let digits = second.end - second.start
        var high = second.number
        if digits == 2 {
            high = (first.number / 100).rounded(.down) * 100 + second.number
            if high < first.number { high += 100 }
        } else if !(digits == 4 && second.isYearLike) {
            return nil
        }
        guard high > first.number, high - first.number <= 100 else { return nil }
        var range = first
        range.end = second.end
        range.lastAtom = second.lastAtom
        range.kind = .range
        range.rule = .yearRange
        range.low = first.number
        range.high = high
        range.isYearLike = false
        return range
    }

    /// Whether two numbers joined by a dash are a score: the first is not smaller, a score word
    /// or a team name is next to them, or (when not `alone`) another score just came before.
    private func isScore(_ first: NumberCandidate, _ second: NumberCandidate, alone: Bool) -> Bool {
        guard first.isBare, second.isBare, !first.isSpelled, !second.isSpelled, first.number <= 200,
            second.number <= 200, first.unit == nil, second.unit == nil
        else { return false }
        if first.number >= second.number || !alone { return true }
        if let before = context.word(before: first.start) {
            if before.is(.scoreCue) { return true }
            // Between two team names: `Man City 0-2 Man Utd`.
            if context.isUppercase(at: before.range.lowerBound) && !before.is(.function) { return true }
        }
        if let after = context.word(after: second.end) {
            if after.is(.scoreNoun) || (context.isUppercase(at: after.range.lowerBound) && !after.is(.function)) {
                return true
            }
        }
        return false
    }

    /// Two numbers as one range; the first may leave out what the second says: `10-15%`,
    /// `£5-10m`, `three to four weeks`.
    private func range(_ first: NumberCandidate, _ second: NumberCandidate) -> NumberCandidate? {
        guard first.kind == .cardinal || first.kind == .decimal, second.kind == .cardinal || second.kind == .decimal
        else { return nil }
        if let one = first.currency, let other = second.currency, one != other { return nil }
        if first.isPercent && !second.isPercent { return nil }
        if first.unit != nil && first.unit != second.unit { return nil }
        if first.multiplier != 1 && second.multiplier != 1 && first.multiplier != second.multiplier { return nil }
        let multiplier = first.multiplier != 1 ? first.multiplier : second.multiplier
        let low = NumberCandidate.scale(first.number, by: multiplier)
        let high = NumberCandidate.scale(second.number, by: multiplier)
        guard low < high else { return nil }
        var range = first
        range.end = second.end
        range.lastAtom = second.lastAtom
        range.multiplier = 1
        range.number = low
        range.low = low
        range.high = high
        range.currency = first.currency ?? second.currency
        range.isPercent = second.isPercent
        range.unit = second.unit
        range.kind = .range
        range.rule = range.currency != nil ? .moneyRange : range.isPercent ? .percentRange : .range
        range.isBare = false
        range.isYearLike = false
        range.isOutOfRange = first.isOutOfRange || second.isOutOfRange
        return range
    }

    /// `one in five`, `nine out of 10`.
    private func ratio(_ first: NumberCandidate, _ second: NumberCandidate) -> NumberCandidate? {
        guard first.isBare, second.isBare, first.number >= 1, first.number < second.number, second.number <= 1000
        else { return nil }
        if let after = context.word(after: second.end), after.is(.unit) { return nil }
        var ratio = first
        ratio.end = second.end
        ratio.lastAtom = second.lastAtom
        ratio.number = first.number / second.number
        ratio.kind = .fraction
        ratio.rule = .ratio
        ratio.isBare = false
        ratio.isYearLike = false
        return ratio
    }
}
