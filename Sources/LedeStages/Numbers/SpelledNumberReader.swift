internal import Lede

/// Reads a number in words: `four`, `twenty-five`, `one hundred and twelve`, `two and a half`,
/// `half a million`, `a dozen`, `two thirds`, `twenty-first`, `one point seven`, `five and three
/// quarters`, `minus twelve`, `TWENTY`.
///
/// `SpelledNumber` adds up the words; this reader decides where the number starts (`a
/// hundred`, `a third of`, `point five`, `minus twelve`) and whether a lone word is a number at
/// all (`one man` but `no one`, `first` but `at first`, `hundred and six` but not `hundred`
/// alone). Vague plurals go to `VagueQuantityReader`, names (`Formula One`, `number one`) to
/// `IdentifierReader`, decimals said with `point` to `SpokenDecimalReader`, signs to
/// `SignReader`, and what follows the number to `MeasureReader`. A new number word is spelled
/// in `NumberNames`; a new way of joining words is read here and added up by `SpelledNumber`.
struct SpelledNumberReader {
    let context: NumberContext

    private var names: IdentifierReader { IdentifierReader(context: context) }
    private var measures: MeasureReader { MeasureReader(context: context) }
    private var vague: VagueQuantityReader { VagueQuantityReader(context: context) }
    private var decimals: SpokenDecimalReader { SpokenDecimalReader(context: context) }
    private var magnitudes: MagnitudeReader { MagnitudeReader(context: context) }

    /// The number that the number word of atom `index` starts, or `nil` when the word is not
    /// a number here (`no one`, `at first`, the end of `split-second`, `hundred` alone).
    ///
    /// - Parameter index: The index of a number word's atom.
    /// - Returns: The number, with what is attached to it; its `lastAtom` is its last word.
    func candidate(at index: Int) -> NumberCandidate? {
        let bytes = context.bytes
        guard let first = context.atoms[index].word else { return nil }
        let start = context.atoms[index].start
        // The end of a compound: `30-frame-a-second`, `split-second`; but `mid-twenties`, `top-three`.
        if let hyphen = context.hyphenStart(before: start), let before = context.wordRange(before: hyphen),
            before.upperBound == hyphen, NumberWord.named(bytes, before) == nil,
            !(NumberLexicon.roles[context.lower(before)]?.contains(.hyphenPrefix) ?? false)
        {
            return nil
        }
        if case .vague(let unit) = first { return vague.plural(at: index, unit: unit) }
        if case .oneOf(let currency) = first { return one(of: currency.code, at: index) }
        switch first {
        case .hundred, .scale:
            // `several hundred`, `a few thousand`.
            if let counted = vague.counted(at: index) { return counted }
        case .unit(0) where isZeroWord(at: index):
            // `nil-nil`, `the nil-rate band`: a word of a score or a compound, not a count.
            if context.isHyphen(at: context.atoms[index].end) || context.hyphenStart(before: start) != nil {
                return nil
            }
        default:
            break
        }
        if let point = decimals.leadingPoint(before: start) {
            // `point five`.
            var candidate = NumberCandidate(
                start: point.start,
                end: point.end,
                number: point.value,
                rule: .spelledOut,
                lastAtom: point.lastAtom
            )
            candidate.isSpelled = true
            measures.attach(&candidate)
            return candidate
        }

        var number = SpelledNumber()
        var candidateStart = start
        var article: Range<Int>?
        if let before = context.wordRange(before: start), before.upperBound + 2 >= start,
            context.spells(before, "a") || context.spells(before, "an")
        {
            switch first {
            case .hundred, .scale, .dozen, .half:
                if case .half = first, let previous = context.wordRange(before: before.lowerBound),
                    context.spells(previous, "and")
                {
                    return nil
                }
                article = before
            case .quarter:
                let ofOrScale =
                    context.hasWord("of", after: context.atoms[index].end) || nextIsScale(after: index)
                guard ofOrScale else { return nil }
                article = before
            case .ordinal(let value) where value >= 3 && value < 100:
                // `a third of`, `cut by a fifth`; but `a third term`.
                let after = context.hasWord("of", after: context.atoms[index].end)
                if after || context.wordRange(before: before.lowerBound).map({ context.spells($0, "by") }) ?? false {
                    article = before
                }
            default:
                break
            }
        }
        if let article {
            _ = number.startWithArticle(first)
            candidateStart = article.lowerBound
        } else if !number.accept(first, joint: .space) {
            return nil
        }
        var (last, end) = extend(&number, from: index, end: context.atoms[index].end)
        // `one point seven`, `three point five billion`; not `at one point`.
        if let decimal = decimals.fraction(after: end),
            context.start(of: "at", endingOneSpaceBefore: candidateStart) == nil, number.addDecimal(decimal.value)
        {
            (last, end) = extend(&number, from: decimal.lastAtom, end: decimal.end)
        }
        var value = number.value
        // `five and three quarters`.
        if number.count > 0 && !number.isFraction && !number.isOrdinal,
            let part = mixedFraction(after: last, end: end)
        {
            value += part.value
            (last, end) = (part.lastAtom, part.end)
        }
        // `hundred`, `million` and `quarter` alone are not numbers, unless they are all the text says.
        if number.isBareScale && article == nil && !context.isUtterance(from: start, to: end) {
            return nil
        }
        if number.count == 1 && article == nil, case .quarter = first { return nil }
        var candidate = NumberCandidate(
            start: candidateStart,
            end: end,
            number: value,
            rule: .spelledOut,
            lastAtom: last
        )
        candidate.isSpelled = true
        if number.isOrdinal {
            candidate.kind = .ordinal
        } else if number.isFraction {
            candidate.kind = .fraction
            candidate.rule = .fraction
        }
        let isLoneCardinal = number.count == 1 && !number.isOrdinal && !number.isFraction
        if let name = names.name(of: candidate, at: context.atoms[index], isLoneCardinal: isLoneCardinal) {
            return name
        }
        if number.count == 1 && article == nil && !singleWordCounts(first, at: context.atoms[index]) { return nil }
        // `three quarters` after `last`, `past`, `consecutive`: quarters of a year.
        if candidate.kind == .fraction, case .denominators(4)? = context.atoms[last].word,
            let before = context.word(before: candidate.start), before.is(.quarterCue)
        {
            candidate.kind = .cardinal
            candidate.number = number.value * 4
            candidate.unit = "quarters"
            candidate.rule = .spelledOut
        }
        if candidate.kind != .ordinal,
            let sign = SignReader(context: context).minus(before: candidate.start, allowsMark: false)
        {
            candidate.start = sign
            candidate.number = -candidate.number
        }
        if candidate.kind == .cardinal { candidate.isBare = value == value.rounded() && candidate.number >= 0 }
        if candidate.kind != .ordinal { measures.attach(&candidate) }
        return candidate
    }

    /// Words after `a pound`, `a dollar` that leave it an amount: `a dollar a day`, `a pound coin`.
    private static let afterOneOf: Set<String> = [
        "coin", "coins", "note", "notes", "bill", "each", "apiece", "extra", "litre", "gallon", "barrel", "share",
        "head", "day", "week", "month", "year", "hour",
    ]

    /// One of a currency: `a pound`, `a dollar a day`, `a penny more`; not `a pound of flesh`
    /// (a weight), `a dollar store` or `a euro zone` (a noun phrase).
    private func one(of code: String, at index: Int) -> NumberCandidate? {
        let atom = context.atoms[index]
        if let after = context.word(after: atom.end, maxGap: 1) {
            if after.text == "of" && code == "GBP" { return nil }
            guard after.is(.function) || Self.afterOneOf.contains(after.text) else { return nil }
        } else if context.isHyphen(at: atom.end) {
            return nil
        }
        var candidate = NumberCandidate(start: atom.start, end: atom.end, number: 1, rule: .money, lastAtom: index)
        candidate.currency = code
        candidate.isSpelled = true
        return candidate
    }

    /// Feeds `number` the words after atom `index`, which ends at `end`, while it takes them.
    ///
    /// `one-hundredth` and `one-thousandth` are read as one denominator (`three
    /// one-hundredths`); `lakh` and `crore`, which the scans leave out, are read from the text
    /// (`two crore forty lakh`). Returns the index of the last atom taken and where the last
    /// word ends.
    private func extend(_ number: inout SpelledNumber, from index: Int, end start: Int) -> (last: Int, end: Int) {
        let atoms = context.atoms
        var last = index
        var end = start
        while true {
            if let (word, wordEnd) = magnitudes.southAsianWord(after: end), number.accept(word, joint: .space) {
                end = wordEnd
                continue
            }
            guard last + 1 < atoms.count, var next = atoms[last + 1].word,
                let joint = joint(from: end, to: atoms[last + 1].start)
            else { break }
            var nextLast = last + 1
            if case .unit(1) = next, number.count > 0, nextLast + 1 < atoms.count,
                let denominator = compoundDenominator(atoms[nextLast + 1].word),
                context.isHyphen(at: atoms[nextLast].end), atoms[nextLast + 1].start - atoms[nextLast].end <= 3
            {
                next = .denominators(denominator)
                nextLast += 1
            }
            guard number.accept(next, joint: joint) else { break }
            last = nextLast
            end = atoms[last].end
        }
        return (last, end)
    }

    /// The denominator of `hundredth(s)` or `thousandth(s)` after `one-`.
    private func compoundDenominator(_ word: NumberWord?) -> Int? {
        switch word {
        case .ordinal(let value)? where value == 100 || value == 1000: value
        case .denominators(let value)? where value == 100 || value == 1000: value
        default: nil
        }
    }

    /// A fraction joined by `and` to a whole number: the `three quarters` of `five and three
    /// quarters`, the `1/2` is read by the pairer.
    private func mixedFraction(after last: Int, end: Int) -> (value: Double, lastAtom: Int, end: Int)? {
        let atoms = context.atoms
        guard last + 1 < atoms.count, let first = atoms[last + 1].word,
            context.hasExactly(" and ", from: end, to: atoms[last + 1].start)
        else { return nil }
        var fraction = SpelledNumber()
        guard fraction.accept(first, joint: .space) else { return nil }
        let reach = extend(&fraction, from: last + 1, end: atoms[last + 1].end)
        guard fraction.isFraction, fraction.value < 1, reach.last > last + 1 else { return nil }
        return (fraction.value, reach.last, reach.end)
    }

    /// Whether a scale word follows atom `index` after a space: `quarter million`.
    private func nextIsScale(after index: Int) -> Bool {
        let atoms = context.atoms
        guard index + 1 < atoms.count, case .scale? = atoms[index + 1].word else { return false }
        return context.isSpace(from: atoms[index].end, to: atoms[index + 1].start)
    }

    /// Whether atom `index` spells `nil` or `nought`.
    private func isZeroWord(at index: Int) -> Bool {
        let range = context.atoms[index].start..<context.atoms[index].end
        return context.spells(range, "nil") || context.spells(range, "nought")
    }

    /// Whether a number word standing alone is a number here: `one` is a pronoun in `one of
    /// the options`, `no one`, `the one thing`; `first` an adverb in `at first`; `second` a unit
    /// in `a second`; `half` a noun in `the second half`.
    private func singleWordCounts(_ word: NumberWord, at atom: NumberAtom) -> Bool {
        let bytes = context.bytes
        switch word {
        case .unit(1):
            return oneCounts(at: atom)
        case .ordinal(1):
            if let before = context.word(before: atom.start), before.is(.adverbCue) { return false }
            if let after = context.word(after: atom.end, maxGap: 1), after.text == "of",
                let next = context.wordRange(after: after.range.upperBound), context.spells(next, "all")
            {
                return false
            }
            return !(atom.end < bytes.count && bytes[atom.end] == 0x2C && context.isSentenceStart(atom.start))
        case .ordinal(2):
            guard let before = context.word(before: atom.start) else { return true }
            if before.is(.secondCue) { return false }
            if before.text == "a" {
                guard let after = context.word(after: atom.end, maxGap: 1) else {
                    return context.isHyphen(at: atom.end)
                }
                return !after.is(.function)
            }
            return true
        case .half:
            // `half of the staff`, `cut by half`; not `the second half`.
            let before = context.word(before: atom.start)?.text
            if before == "by" { return true }
            if let after = context.wordRange(after: atom.end), context.spells(after, "a"),
                measures.percent(after: after.upperBound) != nil
            {
                return true
            }
            guard let after = context.word(after: atom.end, maxGap: 1), after.text == "of" else { return false }
            return before != "second" && before != "first" && before != "the"
        default:
            return true
        }
    }

    /// `one man`, `one day after`, `one of the two suspects`, `one or more`, `one, two` and
    /// `One` alone count; `no one`, `one of the options`, `the one thing`, `one another`, `one
    /// day he will`, `one must` do not.
    private func oneCounts(at atom: NumberAtom) -> Bool {
        let bytes = context.bytes
        if atom.end < bytes.count && (bytes[atom.end] == 0x27 || context.hasPrefix("\u{2019}", at: atom.end)) {
            return false
        }
        let before = context.word(before: atom.start)
        if let before, before.is(.pronounCue) { return false }
        // `One` alone, or in a list of numbers: `one, two, three`.
        if context.isUtterance(from: atom.start, to: atom.end) { return true }
        var comma = atom.end
        while comma < bytes.count && bytes[comma] == 0x20 { comma += 1 }
        if comma < bytes.count && bytes[comma] == 0x2C && nextAtomStarts(near: comma + 1) { return true }
        if context.isHyphen(at: atom.end) {
            guard let after = context.wordRange(after: atom.end + (context.hyphenLength(at: atom.end) ?? 1)) else {
                return false
            }
            return context.near(after).is(.unit)
        }
        guard let after = context.word(after: atom.end) else { return false }
        // `at one point`, `at one time`: an idiom, not a count.
        if before?.text == "at" && (after.text == "point" || after.text == "time" || after.text == "stage") {
            return false
        }
        switch after.text {
        case "of":
            return followsNumber(afterOf: after.range.upperBound)
        case "or":
            // `one or two`, `one or more`; not `create one or listen to one`.
            if let next = context.wordRange(after: after.range.upperBound), context.spells(next, "more") { return true }
            return nextAtomStarts(near: after.range.upperBound)
        case "and":
            return false
        case "to", "in", "out":
            return nextAtomStarts(near: after.range.upperBound)
        case "day", "morning", "afternoon", "evening", "night":
            // `one day after` measures; `one day he will` does not.
            if let next = context.word(after: after.range.upperBound), next.is(.durationTail) { return true }
            return before?.is(.durationCue) ?? false
        default:
            // `one equipped with`, `one called`: a participle after `one` makes it a pronoun.
            return !after.is(.function) && !after.text.hasSuffix("ly") && !after.text.hasSuffix("ed")
                && after.text != "thing"
        }
    }

    /// `one of the two`: a number follows `of` and a determiner.
    private func followsNumber(afterOf offset: Int) -> Bool {
        var position = offset
        if let determiner = context.word(after: position), determiner.is(.determiner) {
            position = determiner.range.upperBound
        }
        return nextAtomStarts(near: position)
    }

    /// Whether a cardinal number (digits or a word such as `two`, not `first`) starts near `offset`.
    private func nextAtomStarts(near offset: Int) -> Bool {
        let bytes = context.bytes
        var position = offset
        while position < bytes.count && bytes[position] == 0x20 { position += 1 }
        guard position < bytes.count else { return false }
        if TextBytes.isDigit(bytes[position]) { return true }
        guard let range = context.wordRange(after: position) else { return false }
        switch NumberWord.named(bytes, range) {
        case .unit?, .teen?, .tens?, .hundred?, .scale?, .dozen?: return true
        default: return false
        }
    }

    /// How two number words are joined, or `nil` if what lies between them joins no number.
    private func joint(from end: Int, to start: Int) -> NumberJoint? {
        let length = start - end
        if length == 0 { return nil }
        if length <= 3, let hyphen = context.hyphenLength(at: end), hyphen == length { return .hyphen }
        if context.isSpace(from: end, to: start) { return .space }
        if context.hasExactly(" and ", from: end, to: start) || context.hasExactly("-and-", from: end, to: start)
            || context.hasExactly("\u{2011}and\u{2011}", from: end, to: start)
        {
            return .and
        }
        if context.hasExactly(" and a ", from: end, to: start) || context.hasExactly("-and-a-", from: end, to: start)
            || context.hasExactly("\u{2011}and\u{2011}a\u{2011}", from: end, to: start)
        {
            return .andA
        }
        if context.hasExactly(" a ", from: end, to: start) || context.hasExactly(" an ", from: end, to: start) {
            return .a
        }
        if context.hasExactly(" of a ", from: end, to: start) || context.hasExactly(" of an ", from: end, to: start) {
            return .ofA
        }
        return nil
    }
}
