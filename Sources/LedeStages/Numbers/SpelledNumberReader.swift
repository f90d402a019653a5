internal import Lede

/// Reads a number in words: `four`, `twenty-five`, `one hundred and twelve`, `two and a half`,
/// `half a million`, `a dozen`, `two thirds`, `twenty-first`.
///
/// `SpelledNumber` adds up the words; this reader decides where the number starts (`a
/// hundred`, `a third of`) and whether a lone word is a number at all (`one man` but `no one`,
/// `first` but `at first`). Vague plurals go to `VagueQuantityReader`, names (`Formula One`,
/// `number one`) to `IdentifierReader`, and what follows the number to `MeasureReader`. A new
/// number word (`nought`, `lakh`) is spelled in `NumberNames`; a new way of joining words
/// (`three point five`, `five and a quarter`) is read here and added up by `SpelledNumber`.
struct SpelledNumberReader {
    let context: NumberContext

    private var names: IdentifierReader { IdentifierReader(context: context) }
    private var measures: MeasureReader { MeasureReader(context: context) }
    private var vague: VagueQuantityReader { VagueQuantityReader(context: context) }

    /// The number that the number word of atom `index` starts, or `nil` when the word is not
    /// a number here (`no one`, `at first`, the end of `split-second`).
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
                guard context.hasWord("of", after: context.atoms[index].end) else { return nil }
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
            return vague.counted(at: index)
        }
        var last = index
        while last + 1 < context.atoms.count, let next = context.atoms[last + 1].word,
            let joint = joint(from: context.atoms[last].end, to: context.atoms[last + 1].start),
            number.accept(next, joint: joint)
        {
            last += 1
        }
        var candidate = NumberCandidate(
            start: candidateStart,
            end: context.atoms[last].end,
            number: number.value,
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
        if candidate.kind == .cardinal { candidate.isBare = number.value == number.value.rounded() }
        if candidate.kind != .ordinal { measures.attach(&candidate) }
        return candidate
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

    /// `one man`, `one day after`, `one of the two suspects`, `one or more` count; `no one`,
    /// `one of the options`, `the one thing`, `one another`, `one day he will` do not.
    private func oneCounts(at atom: NumberAtom) -> Bool {
        let bytes = context.bytes
        if atom.end < bytes.count && (bytes[atom.end] == 0x27 || context.hasPrefix("\u{2019}", at: atom.end)) {
            return false
        }
        let before = context.word(before: atom.start)
        if let before, before.is(.pronounCue) { return false }
        if context.isHyphen(at: atom.end) {
            guard let after = context.wordRange(after: atom.end + (context.hyphenLength(at: atom.end) ?? 1)) else {
                return false
            }
            return context.near(after).is(.unit)
        }
        guard let after = context.word(after: atom.end) else { return false }
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
