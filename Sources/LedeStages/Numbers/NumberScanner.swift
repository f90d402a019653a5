internal import Lede
internal import PCRE2

/// Reads the numbers of one text from its atoms; ``NumberFinder`` documents the rules.
///
/// It works in three passes: each atom (or run of number words) becomes a candidate with its
/// currency, magnitude, percent or unit; neighbouring candidates join into ranges, scores and
/// ratios; each candidate then gets its qualifier and counted noun and becomes a mention.
struct NumberScanner {
    let text: String
    let bytes: UnsafeBufferPointer<UInt8>
    let atoms: [NumberAtom]
    let stage: String

    /// The rule that made a mention, reported in its provenance.
    enum Rule: String {
        case numeral, money, percent, measure, ordinal, year, decade, fraction, ratio, range, score, clock
        case telephone, slashed, date
        case spelledOut = "spelled-out"
        case ageDecade = "age-decade"
        case slashFraction = "slash-fraction"
        case vagueQuantity = "vague-quantity"
        case compoundAdjective = "compound-adjective"
        case moneyRange = "money-range"
        case percentRange = "percent-range"
        case yearRange = "year-range"
        case amPm = "am-pm"
        case hyphenatedCode = "hyphenated-code"
        case identifierHead = "identifier-head"
        case namedNumber = "named-number"
        case gluedCode = "glued-code"
    }

    /// A number being built.
    struct Candidate {
        var start: Int
        var end: Int
        /// The number as written, before any magnitude.
        var number: Double
        var multiplier = 1.0
        var kind: NumberKind = .cardinal
        var rule: Rule
        var low: Double?
        var high: Double?
        var unit: String?
        var qualifier: String?
        var currency: String?
        var isPercent = false
        var isSpelled = false
        /// A numeral of four digits and nothing else: perhaps a year.
        var isYearLike = false
        /// A whole number with nothing attached: no currency, percent, magnitude, unit or suffix.
        var isBare = false
        /// The index of its last atom.
        var lastAtom: Int

        var value: Double { number * multiplier }

        var isName: Bool { kind == .identifier || kind == .time || kind == .date }
    }

    // MARK: Running

    /// The mentions, in text order.
    func mentions() throws(PCRE2Error) -> [NumberMention] {
        var candidates: [Candidate] = []
        candidates.reserveCapacity(atoms.count)
        var index = 0
        while index < atoms.count {
            if let candidate = try build(at: index) {
                // A number never overlaps the one before it.
                if candidate.start >= (candidates.last?.end ?? 0) { candidates.append(candidate) }
                index = max(index + 1, candidate.lastAtom + 1)
            } else {
                index += 1
            }
        }
        return pair(candidates).map { finish($0) }
    }

    private func build(at index: Int) throws(PCRE2Error) -> Candidate? {
        atoms[index].word == nil ? try numeral(at: index) : words(at: index)
    }

    // MARK: Numerals

    private func numeral(at index: Int) throws(PCRE2Error) -> Candidate? {
        let atom = atoms[index]
        let start = atom.start
        // Part of a dotted code (`1.5.3`), of a mistyped number (`$110,00`), or glued to more
        // letters or digits (`4x4`).
        if start >= 2, bytes[start - 1] == 0x2E || bytes[start - 1] == 0x2C, TextBytes.isDigit(bytes[start - 2]) {
            return nil
        }
        if isWordCharacter(at: atom.end) { return nil }

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
            digits += string(fraction)
            number = Double(digits) ?? integer
        }
        let hasSeparators = atom.integer.count > digitCount
        var candidate = Candidate(start: start, end: atom.end, number: number, rule: .numeral, lastAtom: index)

        if let phone = try telephone(at: index, digitCount: digitCount, hasSeparators: hasSeparators) { return phone }
        if let code = hyphenatedCode(at: atom) { return code }
        if let identifier = headedIdentifier(at: atom) { return identifier }
        if digitCount <= 2 && atom.fraction == nil && atom.clock == nil && integer >= 1 && integer <= 31,
            let date = date(at: atom, index: index)
        {
            return date
        }
        // `10:30`, `7:40.53`, and a 24-hour time with its zone (`1830 GMT`) or a leading zero (`0800`).
        let isHourMinute =
            digitCount == 4 && atom.suffix == nil && atom.fraction == nil && !hasSeparators
            && Int(integer) % 100 < 60 && integer < 2400
        if atom.clock != nil
            || (isHourMinute && (bytes[start] == 0x30 || clockEnd(after: atom.end, zoneOnly: true) > atom.end))
        {
            candidate.kind = .time
            candidate.rule = .clock
            candidate.end = clockEnd(after: atom.end)
            return candidate
        }

        let suffix = atom.suffix ?? atom.end..<atom.end
        let currency = currencyBefore(start)
        if let currency {
            candidate.start = currency.start
            candidate.currency = currency.code
            candidate.rule = .money
        }
        let suffixByte = suffix.isEmpty ? 0 : bytes[suffix.lowerBound]
        // `5p.m.`: the suffix is the `p` of `p.m.`.
        if suffix.count == 1 && (suffixByte == 0x61 || suffixByte == 0x70) && hasPrefix(".m.", at: atom.end)
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
            index + 1 < atoms.count, case .scale(let scale)? = atoms[index + 1].word,
            isSpace(from: candidate.end, to: atoms[index + 1].start)
        {
            candidate.multiplier = scale
            candidate.end = atoms[index + 1].end
            candidate.lastAtom = index + 1
        }
        candidate.isYearLike =
            digitCount == 4 && !hasSeparators && atom.fraction == nil && suffix.isEmpty && currency == nil
            && candidate.lastAtom == index && integer >= 1000 && integer <= 2099
        candidate.isBare =
            suffix.isEmpty && currency == nil && candidate.multiplier == 1 && atom.fraction == nil
        if candidate.kind == .cardinal && candidate.currency == nil && !candidate.isPercent && integer <= 12,
            candidate.multiplier == 1, candidate.unit == nil, let time = timeOfDay(candidate)
        {
            return time
        }
        measureAfter(&candidate)
        return candidate
    }

    private enum SuffixOutcome { case keep, done, drop }

    /// Reads a numeral's glued suffix: `%`, `'s`, `s`, `st`, `pm`, `p`, `bn`, `km`, `G`.
    private func interpretSuffix(
        _ suffix: Range<Int>,
        candidate: inout Candidate,
        integer: Double,
        digitCount: Int,
        fractionDigits: Int,
        hasFraction: Bool
    ) -> SuffixOutcome {
        let currency = candidate.currency
        let first = bytes[suffix.lowerBound]
        if first == 0x25 {
            candidate.isPercent = true
            candidate.rule = .percent
            return .keep
        }
        if first == 0x27 || first == 0xE2 {
            // `1990's` is a decade; `2004's` a possessive, left out of the span.
            if digitCount == 4 && !hasFraction && Int(integer) % 10 == 0 && currency == nil,
                let decade = decade(candidate, from: integer)
            {
                candidate = decade
                return .done
            }
            candidate.end = suffix.lowerBound
            return .keep
        }
        let text = string(suffix)
        switch text {
        case "s" where hasFraction:
            // A race time: `9.87s`.
            candidate.unit = "seconds"
            candidate.rule = .measure
            return .keep
        case "s":
            guard currency == nil, Int(integer) % 10 == 0, digitCount == 4 || digitCount == 2,
                let decade = decade(candidate, from: integer)
            else { return .drop }
            candidate = decade
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
            if !hasFraction && [480, 576, 720, 1080, 1440, 2160, 4320].contains(Int(integer)) {
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
                isDistance(candidate, fractionDigits: fractionDigits)
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

    /// A decade (`1990s`, `the ’90s`) or an age (`in her 30s`).
    private func decade(_ base: Candidate, from integer: Double) -> Candidate? {
        var candidate = base
        candidate.kind = .year
        candidate.rule = .decade
        if integer >= 1000 {
            candidate.number = integer
            candidate.low = integer
            candidate.high = integer + 9
            return candidate
        }
        let start = base.start
        let year = integer < 30 ? 2000 + integer : 1900 + integer
        if start >= 1 && bytes[start - 1] == 0x27 || hasPrefix("\u{2019}", at: start - 3) {
            candidate.start = bytes[start - 1] == 0x27 ? start - 1 : start - 3
            candidate.number = year
            candidate.low = year
            candidate.high = year + 9
            return candidate
        }
        // `the 1950s and 60s`, `mid-70s`, `80s pop` are decades; `in her 30s` is an age.
        guard let before = word(before: start), before.is(.ageCue) && !isHyphen(at: start - 1) else {
            candidate.number = year
            candidate.low = year
            candidate.high = year + 9
            return candidate
        }
        if before.is(.ageCue) {
            candidate.kind = .approximate
            candidate.rule = .ageDecade
            candidate.low = integer
            candidate.high = integer + 9
            candidate.unit = "years"
            return candidate
        }
        guard before.text == "the" else { return nil }
        candidate.number = year
        candidate.low = year
        candidate.high = year + 9
        return candidate
    }

    // MARK: Number words

    private func words(at index: Int) -> Candidate? {
        guard let first = atoms[index].word else { return nil }
        let start = atoms[index].start
        // The end of a compound: `30-frame-a-second`, `split-second`; but `mid-twenties`, `top-three`.
        if let hyphen = hyphenStart(before: start), let before = wordRange(before: hyphen),
            before.upperBound == hyphen, NumberWord.named(bytes, before) == nil,
            !(NumberLexicon.roles[lower(before)]?.contains(.hyphenPrefix) ?? false)
        {
            return nil
        }
        if case .vague(let unit) = first { return vague(at: index, unit: unit) }

        var number = SpelledNumber()
        var candidateStart = start
        var article: Range<Int>?
        if let before = wordRange(before: start), before.upperBound + 2 >= start,
            spells(before, "a") || spells(before, "an")
        {
            switch first {
            case .hundred, .scale, .dozen, .half:
                if case .half = first, let previous = wordRange(before: before.lowerBound), spells(previous, "and") {
                    return nil
                }
                article = before
            case .quarter:
                guard hasWord("of", after: atoms[index].end) else { return nil }
                article = before
            case .ordinal(let value) where value >= 3 && value < 100:
                // `a third of`, `cut by a fifth`; but `a third term`.
                let after = hasWord("of", after: atoms[index].end)
                if after || wordRange(before: before.lowerBound).map({ spells($0, "by") }) ?? false { article = before }
            default:
                break
            }
        }
        if let article {
            _ = number.startWithArticle(first)
            candidateStart = article.lowerBound
        } else if !number.accept(first, joint: .space) {
            return severalHundred(at: index)
        }
        var last = index
        while last + 1 < atoms.count, let next = atoms[last + 1].word,
            let joint = joint(from: atoms[last].end, to: atoms[last + 1].start),
            number.accept(next, joint: joint)
        {
            last += 1
        }
        var candidate = Candidate(
            start: candidateStart,
            end: atoms[last].end,
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
        if let name = namedNumberStart(at: atoms[index]) {
            candidate.kind = .identifier
            candidate.rule = .namedNumber
            candidate.start = min(candidate.start, name)
            return candidate
        }
        // A rank: `number one`, `world number two`.
        if number.count == 1 && !number.isOrdinal && !number.isFraction,
            let before = wordRange(before: candidate.start),
            before.upperBound + 1 == candidate.start, spells(before, "number")
        {
            candidate.kind = .identifier
            candidate.rule = .namedNumber
            candidate.start = before.lowerBound
            return candidate
        }
        if number.count == 1 && article == nil && !singleWordCounts(first, at: atoms[index]) { return nil }
        // `three quarters` after `last`, `past`, `consecutive`: quarters of a year.
        if candidate.kind == .fraction, case .denominators(4)? = atoms[last].word,
            let before = word(before: candidate.start), before.is(.quarterCue)
        {
            candidate.kind = .cardinal
            candidate.number = number.value * 4
            candidate.unit = "quarters"
            candidate.rule = .spelledOut
        }
        if candidate.kind == .cardinal { candidate.isBare = number.value == number.value.rounded() }
        if candidate.kind != .ordinal { measureAfter(&candidate) }
        return candidate
    }

    /// `tens of thousands`, `hundreds`, `dozens`, `millions of pounds`.
    private func vague(at index: Int, unit: Double) -> Candidate? {
        var base = unit
        var last = index
        if index + 1 < atoms.count, case .vague(let scale)? = atoms[index + 1].word, scale >= 1000,
            hasExactly(" of ", from: atoms[index].end, to: atoms[index + 1].start)
        {
            base *= scale
            last = index + 1
        } else if unit == 10 {
            // `tens` counts only as `tens of thousands`, `tens of millions`.
            return nil
        }
        var candidate = vagueQuantity(from: index, to: last, base: base)
        measureAfter(&candidate)
        return candidate
    }

    /// A vague plural of `base` over atoms `first...last`: at least two of them, and fewer than
    /// the next power of ten (`tens of thousands` is 20 000 to 99 999).
    private func vagueQuantity(from first: Int, to last: Int, base: Double) -> Candidate {
        var candidate = Candidate(
            start: atoms[first].start,
            end: atoms[last].end,
            number: 2 * base,
            rule: .vagueQuantity,
            lastAtom: last
        )
        candidate.kind = .approximate
        candidate.isSpelled = true
        candidate.low = 2 * base
        candidate.high = nextPowerOfTen(above: base) - 1
        return candidate
    }

    /// `several hundred`, `a few thousand`, `many millions`: bounded like the plurals.
    private func severalHundred(at index: Int) -> Candidate? {
        let atom = atoms[index]
        let base: Double
        switch atom.word {
        case .hundred?: base = 100
        case .scale(let scale)?: base = scale
        default: return nil
        }
        guard let before = word(before: atom.start), before.is(.vagueCue) else { return nil }
        var qualifierStart = before.range.lowerBound
        if before.text == "few" {
            guard let article = wordRange(before: before.range.lowerBound), spells(article, "a") else { return nil }
            qualifierStart = article.lowerBound
        }
        var candidate = vagueQuantity(from: index, to: index, base: base)
        candidate.qualifier = lower(qualifierStart..<before.range.upperBound)
        measureAfter(&candidate)
        return candidate
    }

    /// Whether a number word standing alone is a number here: `one` is a pronoun in `one of
    /// the options`, `no one`, `the one thing`; `first` an adverb in `at first`; `second` a unit
    /// in `a second`; `half` a noun in `the second half`.
    private func singleWordCounts(_ word: NumberWord, at atom: NumberAtom) -> Bool {
        switch word {
        case .unit(1):
            return oneCounts(at: atom)
        case .ordinal(1):
            if let before = self.word(before: atom.start), before.is(.adverbCue) { return false }
            if let after = self.word(after: atom.end, maxGap: 1), after.text == "of",
                let next = wordRange(after: after.range.upperBound), spells(next, "all")
            {
                return false
            }
            return !(atom.end < bytes.count && bytes[atom.end] == 0x2C && isSentenceStart(atom.start))
        case .ordinal(2):
            guard let before = self.word(before: atom.start) else { return true }
            if before.is(.secondCue) { return false }
            if before.text == "a" {
                guard let after = self.word(after: atom.end, maxGap: 1) else { return isHyphen(at: atom.end) }
                return !after.is(.function)
            }
            return true
        case .half:
            // `half of the staff`, `cut by half`; not `the second half`.
            let before = self.word(before: atom.start)?.text
            if before == "by" { return true }
            if let after = wordRange(after: atom.end), spells(after, "a"), percentAfter(after.upperBound) != nil {
                return true
            }
            guard let after = self.word(after: atom.end, maxGap: 1), after.text == "of" else { return false }
            return before != "second" && before != "first" && before != "the"
        case .hundred, .scale, .dozen, .quarter:
            return false
        default:
            return true
        }
    }

    /// `one man`, `one day after`, `one of the two suspects`, `one or more` count; `no one`,
    /// `one of the options`, `the one thing`, `one another`, `one day he will` do not.
    private func oneCounts(at atom: NumberAtom) -> Bool {
        if atom.end < bytes.count && (bytes[atom.end] == 0x27 || hasPrefix("\u{2019}", at: atom.end)) { return false }
        let before = word(before: atom.start)
        if let before, before.is(.pronounCue) { return false }
        if isHyphen(at: atom.end) {
            guard let after = wordRange(after: atom.end + (hyphenLength(at: atom.end) ?? 1)) else { return false }
            return near(after).is(.unit)
        }
        guard let after = word(after: atom.end) else { return false }
        switch after.text {
        case "of":
            return followsNumber(afterOf: after.range.upperBound)
        case "or":
            // `one or two`, `one or more`; not `create one or listen to one`.
            if let next = wordRange(after: after.range.upperBound), spells(next, "more") { return true }
            return nextAtomStarts(near: after.range.upperBound)
        case "and":
            return false
        case "to", "in", "out":
            return nextAtomStarts(near: after.range.upperBound)
        case "day", "morning", "afternoon", "evening", "night":
            // `one day after` measures; `one day he will` does not.
            if let next = word(after: after.range.upperBound), next.is(.durationTail) { return true }
            return before?.is(.durationCue) ?? false
        default:
            // `one equipped with`, `one called`: a participle after `one` makes it a pronoun.
            return !after.is(.function) && !after.text.hasSuffix("ly") && !after.text.hasSuffix("ed")
                && after.text != "thing"
        }
    }

    // MARK: Identifiers and times

    private func telephone(at index: Int, digitCount: Int, hasSeparators: Bool) throws(PCRE2Error) -> Candidate? {
        let atom = atoms[index]
        var start = atom.start
        let before = start > 0 ? bytes[start - 1] : 0
        if before == 0x2B || before == 0x28 {
            start -= 1
        } else if !(bytes[start] == 0x30 && digitCount >= 2 && !hasSeparators && atom.fraction == nil) {
            return nil
        }
        guard let match = try NumbersPatterns.telephone.firstMatch(in: text, range: start..<bytes.count) else {
            return nil
        }
        var digits = 0
        for offset in match.range where TextBytes.isDigit(bytes[offset]) { digits += 1 }
        guard digits >= 9 else { return nil }
        var candidate = Candidate(
            start: start,
            end: match.range.upperBound,
            number: 0,
            rule: .telephone,
            lastAtom: lastAtom(before: match.range.upperBound)
        )
        candidate.kind = .identifier
        return candidate
    }

    /// `Covid-19`, `K‑12`, `F-16s`: a numeral joined by a hyphen to a word before it.
    private func hyphenatedCode(at atom: NumberAtom) -> Candidate? {
        guard let hyphen = hyphenStart(before: atom.start), isLetter(before: hyphen) else { return nil }
        var wordStart = hyphen
        while wordStart > 0 {
            let previous = TextBytes.previousScalarStart(in: bytes, before: wordStart)
            if isWordCharacter(at: previous) {
                wordStart = previous
            } else if bytes[previous] == 0x2D && isLetter(before: previous) {
                wordStart = previous
            } else {
                break
            }
        }
        let word = lower(wordStart..<hyphen)
        // `mid-2005` is a year and `$779m-798m` a range; `Covid-19` is a name.
        if !TextBytes.isASCIILetter(bytes[wordStart]) && bytes[wordStart] < 0x80 { return nil }
        if NumberLexicon.roles[word]?.contains(.hyphenPrefix) ?? false || NumberWord.named(word) != nil {
            return nil
        }
        let end = codeEnd(after: atom.end)
        var candidate = Candidate(
            start: wordStart,
            end: end,
            number: 0,
            rule: .hyphenatedCode,
            lastAtom: lastAtom(before: end)
        )
        candidate.kind = .identifier
        return candidate
    }

    /// `8 December`, `18th February`, `February 18`.
    private func date(at atom: NumberAtom, index: Int) -> Candidate? {
        var end = atom.end
        if let suffix = atom.suffix {
            let text = string(suffix)
            guard text == "st" || text == "nd" || text == "rd" || text == "th" else { return nil }
        }
        var start = atom.start
        if let month = wordRange(after: atom.end), month.lowerBound == atom.end + 1,
            NumberLexicon.monthNames.contains(string(month))
        {
            end = month.upperBound
        } else if let month = wordRange(before: atom.start), month.upperBound + 1 == atom.start,
            NumberLexicon.monthNames.contains(string(month)), !isDash(at: atom.end)
        {
            start = month.lowerBound
        } else {
            return nil
        }
        var candidate = Candidate(start: start, end: end, number: 0, rule: .date, lastAtom: index)
        candidate.kind = .date
        return candidate
    }

    /// `Article 5`, `No. 10`, `Boeing 737-800`, `Halo 2`, `Radio 4's`.
    private func headedIdentifier(at atom: NumberAtom) -> Candidate? {
        var atomEnd = atom.end
        if let suffix = atom.suffix {
            let first = bytes[suffix.lowerBound]
            if first == 0x27 || first == 0xE2 {
                atomEnd = suffix.lowerBound
            } else if !(suffix.count == 1 && first == 0x73) {
                return nil
            }
        }
        guard let range = wordRange(before: atom.start, allowingPeriod: true), range.upperBound + 3 >= atom.start
        else { return nil }
        let head = near(range)
        var isName = head.is(.identifierHead) || spells(range, "No") && bytes[range.lowerBound] == 0x4E
        // A rank: `at number 11`; but `users now number 6.2 million`.
        if head.text == "number" && atom.fraction == nil && atom.suffix == nil && atom.integer.count <= 3 {
            let scale = wordRange(after: atom.end).map { NumberWord.named(bytes, $0) != nil } ?? false
            isName = !scale && !followedByMeasure(atom.end)
        }
        // After `the`, a plural name counts: `the Conservatives 198 and the Lib Dems 62`; but
        // `BBC News 24`, `Fathers 4 Justice`.
        var countsAfterName = false
        let nameGoesOn = wordRange(after: atom.end).map {
            $0.lowerBound == atom.end + 1 && isUppercase(at: $0.lowerBound)
        }
        if head.text.hasSuffix("s") && !head.text.hasSuffix("ss") && !(nameGoesOn ?? false) {
            var start = range.lowerBound
            for _ in 0..<3 {
                guard let previous = wordRange(before: start) else { break }
                if spells(previous, "the") {
                    countsAfterName = true
                    break
                }
                guard isUppercase(at: previous.lowerBound) else { break }
                start = previous.lowerBound
            }
        }
        if !isName && !countsAfterName && isUppercase(at: range.lowerBound) && !head.text.hasSuffix("'s")
            && !head.text.hasSuffix("\u{2019}s")
            && head.roles.isDisjoint(with: [.function, .month, .qualifierEnd, .currency])
            && CurrencyWords.prefixes[string(range)] == nil && !isSentenceStart(range.lowerBound)
            && !(atom.integer.count == 4 && atom.fraction == nil) && !isDash(at: atom.end)
            && !NumberLexicon.monthNames.contains(string(range))
        {
            isName = !followedByMeasure(atom.end)
        }
        guard isName else { return nil }
        let end = codeEnd(after: atomEnd)
        var candidate = Candidate(
            start: range.lowerBound,
            end: end,
            number: 0,
            rule: .identifierHead,
            lastAtom: lastAtom(before: end)
        )
        candidate.kind = .identifier
        return candidate
    }

    /// Where the name starts that a capitalised number word inside a sentence belongs to.
    ///
    /// `Formula One`, `BBC Two`, `World at One`; `nil` for a number word that is not capitalised
    /// or starts the sentence.
    private func namedNumberStart(at atom: NumberAtom) -> Int? {
        guard isUppercase(at: atom.start), !isSentenceStart(atom.start) else { return nil }
        if let name = word(before: atom.start), isUppercase(at: name.range.lowerBound),
            name.roles.isDisjoint(with: [.function, .month]), !isSentenceStart(name.range.lowerBound),
            !name.text.hasSuffix("'s"), !name.text.hasSuffix("\u{2019}s")
        {
            return name.range.lowerBound
        }
        return atom.start
    }

    /// `5 p.m.`, `10.30am`: a numeral of at most 12 followed by a clock marker.
    private func timeOfDay(_ candidate: Candidate) -> Candidate? {
        var offset = candidate.end
        while offset < bytes.count && bytes[offset] == 0x20 { offset += 1 }
        guard offset < bytes.count, bytes[offset] | 0x20 == 0x61 || bytes[offset] | 0x20 == 0x70 else { return nil }
        let markers: [StaticString] = ["a.m.", "p.m.", "am", "pm", "AM", "PM", "a.m", "p.m"]
        for marker in markers where hasPrefix(marker, at: offset) {
            let end = offset + marker.utf8CodeUnitCount
            if end < bytes.count, TextBytes.isASCIILetter(bytes[end]) { continue }
            var time = candidate
            time.kind = .time
            time.rule = .amPm
            time.end = end
            return time
        }
        return nil
    }

    private func clockEnd(after end: Int, zoneOnly: Bool = false) -> Int {
        var offset = end
        while offset < bytes.count && bytes[offset] == 0x20 { offset += 1 }
        guard offset < bytes.count, !zoneOnly || TextBytes.isUpper(bytes[offset]) else { return end }
        let markers: [StaticString] = ["a.m.", "p.m.", "am", "pm", "AM", "PM", "GMT", "BST", "ET", "EST", "CET", "UTC"]
        for marker in markers where hasPrefix(marker, at: offset) {
            let markerEnd = offset + marker.utf8CodeUnitCount
            if markerEnd < bytes.count, TextBytes.isASCIILetter(bytes[markerEnd]) { continue }
            return markerEnd
        }
        return end
    }

    // MARK: Context after a number

    /// Currency and percent words, compound adjectives and post-qualifiers after a number:
    /// `500 euros`, `3.1 per cent`, `three-year-long`, `40-odd`.
    private func measureAfter(_ candidate: inout Candidate) {
        if candidate.isPercent || candidate.currency != nil { return }
        if candidate.unit == nil, let after = word(after: candidate.end) {
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
        if candidate.kind == .fraction, let after = wordRange(after: candidate.end) {
            var next = after
            if spells(next, "of"), let article = wordRange(after: next.upperBound) { next = article }
            if spells(next, "a"), let (unit, end) = percentAfter(next.upperBound), unit != "percent" {
                candidate.isPercent = true
                candidate.unit = unit
                candidate.end = end
                candidate.rule = .percent
                return
            }
        }
        if candidate.unit == nil, let (unit, end) = percentAfter(candidate.end) {
            candidate.isPercent = true
            candidate.end = end
            candidate.rule = .percent
            candidate.isBare = false
            candidate.isYearLike = false
            if unit != "percent" { candidate.unit = unit }
            return
        }
        guard let hyphen = hyphenLength(at: candidate.end), let range = wordRange(after: candidate.end + hyphen),
            range.lowerBound == candidate.end + hyphen, candidate.kind != .year
        else { return }
        let word = near(range)
        if word.text == "odd" || word.text == "plus" {
            candidate.qualifier = word.text
            candidate.low = candidate.value
            candidate.end = range.upperBound
            candidate.isYearLike = false
            return
        }
        let isNoun =
            word.is(.unit)
            || (TextBytes.isLower(bytes[range.lowerBound]) && word.roles.isDisjoint(with: [.function, .compoundBlock])
                && !word.text.hasSuffix("ly") && !word.text.hasSuffix("ing"))
        guard isNoun else { return }
        candidate.unit = MeasureWords.units[word.text] ?? word.text
        candidate.end = range.upperBound
        candidate.rule = .compoundAdjective
        candidate.isYearLike = false
        candidate.isBare = false
        // `-year-old`, `-mile-long`, `-metre-high`.
        if let second = hyphenLength(at: range.upperBound), let tail = wordRange(after: range.upperBound + second),
            tail.lowerBound == range.upperBound + second, near(tail).is(.sizeTail)
        {
            candidate.end = tail.upperBound
        }
    }

    /// `euros`, `pence`, `US dollars`, `Swiss francs`, `USD`.
    private func currency(after word: NearWord) -> (String, Int)? {
        if word.is(.currency), let code = CurrencyWords.names[word.text] {
            return (code, word.range.upperBound)
        }
        if word.range.count == 3 && isUppercase(at: word.range.lowerBound) {
            let code = string(word.range)
            if CurrencyWords.codes.contains(code) { return (code, word.range.upperBound) }
        }
        guard
            word.is(.dollarNation) || word.text == "us" || word.text == "u.s." || word.text == "hong"
                || word.text == "new" || word.text == "swiss",
            var next = wordRange(after: word.range.upperBound)
        else { return nil }
        if word.text == "hong" || word.text == "new" {
            guard let after = wordRange(after: next.upperBound) else { return nil }
            next = after
        }
        if word.text == "swiss" { return starts(next, with: "franc") ? ("CHF", next.upperBound) : nil }
        guard starts(next, with: "dollar") else { return nil }
        let code = word.text == "hong" ? "HKD" : word.text == "new" ? "NZD" : CurrencyWords.dollarNations[word.text]
        return (code ?? "USD", next.upperBound)
    }

    /// `%` after a space, `percent`, `per cent`, `pc`, `percentage points`.
    private func percentAfter(_ end: Int) -> (String, Int)? {
        var offset = end
        while offset < bytes.count && (bytes[offset] == 0x20 || isNoBreakSpace(at: offset)) {
            offset += bytes[offset] == 0x20 ? 1 : bytes[offset] == 0xC2 ? 2 : 3
        }
        guard offset > end, offset < bytes.count else { return nil }
        if bytes[offset] == 0x25 { return ("percent", offset + 1) }
        guard bytes[offset] | 0x20 == 0x70, let word = wordRange(after: offset) else { return nil }
        if spells(word, "percent") || spells(word, "pc") || spells(word, "pct") { return ("percent", word.upperBound) }
        if spells(word, "per") {
            if let cent = wordRange(after: word.upperBound), spells(cent, "cent") {
                return ("percent", cent.upperBound)
            }
            if hasPrefix("-cent", at: word.upperBound) { return ("percent", word.upperBound + 5) }
        }
        if spells(word, "percentage"), let point = wordRange(after: word.upperBound), starts(point, with: "point") {
            return ("percentage points", point.upperBound)
        }
        return nil
    }

    /// Whether an `m` or `k` after a bare numeral is a distance (`60m hurdles`, `5,000m`,
    /// `cleared 4.88m`) rather than millions or thousands (`100m copies`).
    private func isDistance(_ candidate: Candidate, fractionDigits: Int) -> Bool {
        if currencyBeforeRange(candidate.start) { return false }
        if candidate.number >= 1000 && fractionDigits == 0 { return true }
        if let after = word(after: candidate.end, maxGap: 1) {
            if after.is(.metreCue) { return true }
            if after.range.lowerBound == candidate.end + 1 && bytes[candidate.end] == 0x2D { return true }
            if after.text.hasSuffix("s") && after.roles.isDisjoint(with: [.function, .metreCue]) {
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
            if (offset >= candidate.end || end <= candidate.start) && (offset == 0 || !isWordCharacter(at: offset - 1))
            {
                let word = near(offset..<end)
                if word.is(.metreCue) && !word.is(.weakMetreCue) { return true }
            }
            offset = end
        }
        // `the 60m`, `over 800m`: a standard distance after `the`, a possessive or `over`.
        let standard: Set<Double> = [50, 60, 100, 110, 200, 300, 400, 600, 800, 1000, 1500, 3000, 5000, 10000]
        if fractionDigits == 0 && standard.contains(candidate.number), let before = word(before: candidate.start),
            before.text == "the" || before.text == "over" || before.text.hasSuffix("'s")
                || before.text.hasSuffix("\u{2019}s")
        {
            guard let after = word(after: candidate.end) else { return true }
            return !after.text.hasSuffix("s")
        }
        return false
    }

    private func followedByMeasure(_ end: Int) -> Bool {
        if percentAfter(end) != nil { return true }
        guard let after = word(after: end) else { return false }
        return after.is(.unit) || currency(after: after) != nil
    }

    // MARK: Pairs

    /// Joins neighbours into ranges (`2012–13`, `three to four`, `10-15%`), scores (`3-1`) and
    /// ratios (`one in five`, `1/2`).
    private func pair(_ candidates: [Candidate]) -> [Candidate] {
        var result: [Candidate] = []
        result.reserveCapacity(candidates.count)
        var index = 0
        var lastScoreEnd = Int.min / 2
        while index < candidates.count {
            let first = candidates[index]
            guard index + 1 < candidates.count, !first.isName, !candidates[index + 1].isName else {
                result.append(first)
                index += 1
                continue
            }
            let second = candidates[index + 1]
            let gap = first.end..<second.start
            guard gap.count <= 8 else {
                result.append(first)
                index += 1
                continue
            }
            if isDashGap(gap) {
                if let years = yearRange(first, second) {
                    result.append(years)
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
                        result.append(side)
                    }
                    index += 2
                    continue
                }
                if let range = range(first, second) {
                    result.append(range)
                    index += 2
                    continue
                }
            } else if hasExactly(" to ", in: gap) {
                // `three to four weeks`, `5 to 10%`; but `rose 15p to 350p`, `fell by 17,000 to 1.4 million`.
                // With a unit on both ends it is a range only after an article or a qualifier:
                // `a 2% to 3% rise`, `the $40 to $50 level`, `about 70% to 80%`.
                let before = word(before: first.start)
                let isChange = before?.is(.changeCue) ?? false
                let firstIsBare =
                    first.currency == nil && !first.isPercent && first.multiplier == 1 && first.unit == nil
                let isBounded = firstIsBare || (before?.is(.rangeCue) ?? false)
                if !isChange, first.isSpelled == second.isSpelled, isBounded, !first.isYearLike, !second.isYearLike,
                    let range = range(first, second)
                {
                    result.append(range)
                    index += 2
                    continue
                }
            } else if hasExactly(" in ", in: gap) || hasExactly(" out of ", in: gap) {
                if let ratio = ratio(first, second) {
                    result.append(ratio)
                    index += 2
                    continue
                }
            } else if gap.count == 1 && bytes[gap.lowerBound] == 0x2F {
                let last = slashed(candidates, from: index)
                result.append(last.candidate)
                index = last.next
                continue
            }
            result.append(first)
            index += 1
        }
        return result
    }

    /// `1/2` is a fraction; dates and codes such as `24/7`, `9/11` and `12/05/2004` are names.
    private func slashed(_ candidates: [Candidate], from index: Int) -> (candidate: Candidate, next: Int) {
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
        if last == index + 1, first.isBare, second.isBare, first.number >= 1, first.number < second.number,
            [2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 100].contains(Int(second.number))
        {
            result.number = first.number / second.number
            result.kind = .fraction
            result.rule = .slashFraction
        } else {
            result.kind = .identifier
            result.rule = .slashed
        }
        return (result, last + 1)
    }

    private func yearRange(_ first: Candidate, _ second: Candidate) -> Candidate? {
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

    private func isScore(_ first: Candidate, _ second: Candidate, alone: Bool) -> Bool {
        guard first.isBare, second.isBare, !first.isSpelled, !second.isSpelled, first.number <= 200,
            second.number <= 200, first.unit == nil, second.unit == nil
        else { return false }
        if first.number >= second.number || !alone { return true }
        if let before = word(before: first.start) {
            if before.is(.scoreCue) { return true }
            // Between two team names: `Man City 0-2 Man Utd`.
            if isUppercase(at: before.range.lowerBound) && !before.is(.function) { return true }
        }
        if let after = word(after: second.end) {
            if after.is(.scoreNoun) || (isUppercase(at: after.range.lowerBound) && !after.is(.function)) {
                return true
            }
        }
        return false
    }

    /// Two numbers as one range; the first may leave out what the second says: `10-15%`,
    /// `£5-10m`, `three to four weeks`.
    private func range(_ first: Candidate, _ second: Candidate) -> Candidate? {
        guard first.kind == .cardinal || first.kind == .decimal, second.kind == .cardinal || second.kind == .decimal
        else { return nil }
        if let one = first.currency, let other = second.currency, one != other { return nil }
        if first.isPercent && !second.isPercent { return nil }
        if first.unit != nil && first.unit != second.unit { return nil }
        if first.multiplier != 1 && second.multiplier != 1 && first.multiplier != second.multiplier { return nil }
        let multiplier = first.multiplier != 1 ? first.multiplier : second.multiplier
        let low = first.number * multiplier
        let high = second.number * multiplier
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
        return range
    }

    /// `one in five`, `nine out of 10`.
    private func ratio(_ first: Candidate, _ second: Candidate) -> Candidate? {
        guard first.isBare, second.isBare, first.number >= 1, first.number < second.number, second.number <= 1000
        else { return nil }
        if let after = word(after: second.end), after.is(.unit) { return nil }
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

    // MARK: Finishing

    /// Adds the qualifier and the counted noun, settles years and kinds, and makes the mention.
    private func finish(_ base: Candidate) -> NumberMention {
        var candidate = base
        if candidate.isName { return mention(candidate, value: nil) }
        if candidate.currency != nil {
            candidate.kind = .money
        } else if candidate.isPercent {
            candidate.kind = .percent
        }
        if candidate.unit == nil && candidate.currency == nil && !candidate.isPercent && candidate.kind != .score {
            candidate.unit = countedNoun(after: candidate)
        }
        let before = word(before: candidate.start, allowingPeriod: true)
        if candidate.isYearLike && candidate.kind == .cardinal && candidate.qualifier == nil {
            if candidate.unit == nil || (before?.is(.yearPreposition) ?? false) {
                candidate.kind = .year
                candidate.rule = .year
                candidate.unit = nil
            }
        }
        if candidate.kind != .year && candidate.kind != .ordinal && candidate.kind != .score {
            qualify(&candidate, after: before)
        }
        if candidate.kind == .cardinal && candidate.value != candidate.value.rounded() { candidate.kind = .decimal }
        if let code = candidate.currency {
            candidate.unit = code
        } else if candidate.isPercent && candidate.unit == nil {
            candidate.unit = "percent"
        }
        return mention(candidate, value: candidate.value)
    }

    private func mention(_ candidate: Candidate, value: Double?) -> NumberMention {
        NumberMention(
            span: Span(start: candidate.start, end: max(candidate.start, candidate.end)),
            provenance: Provenance(stage: stage, rule: candidate.rule.rawValue),
            kind: candidate.kind,
            value: value,
            low: candidate.low,
            high: candidate.high,
            unit: candidate.unit,
            qualifier: candidate.qualifier
        )
    }

    /// `more than 1,000`, `nearly 80`, `about 300`, `20 or more`.
    private func qualify(_ candidate: inout Candidate, after before: NearWord?) {
        var found: (text: String, bound: QualifierWords.Bound)?
        if let last = before, last.is(.qualifierEnd),
            last.range.upperBound + 2 >= candidate.start,
            let phrases = QualifierWords.phrasesByLastWord[last.text]
        {
            var words = [last.text]
            var start = last.range.lowerBound
            for (phrase, bound) in phrases {
                while words.count < phrase.count, let previous = wordRange(before: start) {
                    words.insert(lower(previous), at: 0)
                    start = previous.lowerBound
                }
                if words.count >= phrase.count && Array(words.suffix(phrase.count)) == phrase {
                    found = (phrase.joined(separator: " "), bound)
                    break
                }
            }
        }
        if found == nil, let or = wordRange(after: candidate.end), or.lowerBound == candidate.end + 1,
            spells(or, "or"), let next = wordRange(after: or.upperBound)
        {
            // After the number: `20 or more`, `40 or so`.
            if spells(next, "more") {
                found = ("or more", .low)
            } else if spells(next, "so") {
                found = ("or so", .around)
            }
        }
        guard let found else {
            if candidate.qualifier != nil && candidate.kind == .cardinal { candidate.kind = .approximate }
            return
        }
        let isTime = candidate.unit.map { MeasureWords.timeUnits.contains($0) } ?? false
        if (found.text == "over" || found.text == "under") && (isTime || candidate.unit == "metres") { return }
        candidate.qualifier = found.text
        switch found.bound {
        case .low where candidate.low == nil: candidate.low = candidate.value
        case .high where candidate.high == nil: candidate.high = candidate.value
        default: break
        }
        if candidate.kind == .cardinal || candidate.kind == .decimal { candidate.kind = .approximate }
    }

    /// The noun a number plainly counts: `20 other countries`, `tens of thousands of troops`,
    /// `80 years`, `21st century`.
    private func countedNoun(after candidate: Candidate) -> String? {
        guard candidate.kind != .year, candidate.kind != .fraction, candidate.rule != .yearRange else { return nil }
        var offset = candidate.end
        if candidate.rule == .vagueQuantity {
            guard let of = wordRange(after: offset), of.lowerBound == offset + 1, spells(of, "of") else { return nil }
            offset = of.upperBound
        }
        guard var word = word(after: offset, maxGap: 2) else { return nil }
        if word.is(.modifier) {
            guard let next = self.word(after: word.range.upperBound, maxGap: 1) else { return nil }
            word = next
        }
        if candidate.kind != .ordinal, let unit = MeasureWords.units[word.text] { return unit }
        guard !word.is(.function), !word.text.hasSuffix("ly") else { return nil }
        let isLower = TextBytes.isLower(bytes[word.range.lowerBound])
        if candidate.kind == .ordinal || candidate.value == 1 {
            // A singular noun ends its phrase; a word before another content word modifies it
            // (`the 11th annual awards`, `the third leading online search firm`).
            guard isLower, !isHyphen(at: word.range.upperBound) else { return nil }
            for _ in 0..<2 {
                guard let next = self.word(after: word.range.upperBound, maxGap: 1), !next.is(.function),
                    TextBytes.isLower(bytes[next.range.lowerBound]), NumberWord.named(bytes, next.range) == nil
                else { return string(word.range) }
                word = next
            }
            return nil
        }
        let written = string(word.range)
        let isAcronymPlural =
            written.utf8.count >= 3 && written.hasSuffix("s") && written.dropLast().allSatisfy(\.isUppercase)
        guard isLower || isAcronymPlural, !word.is(.pluralModifier) else { return nil }
        if word.is(.irregularPlural) { return written }
        let text = word.text
        if text.hasSuffix("s") && !text.hasSuffix("ss") && !text.hasSuffix("us") && !text.hasSuffix("is")
            && text.utf8.count > 2
        {
            return written
        }
        return nil
    }

    // MARK: Around atoms

    /// `one of the two`: a number follows `of` and a determiner.
    private func followsNumber(afterOf offset: Int) -> Bool {
        var position = offset
        if let determiner = word(after: position), determiner.is(.determiner) { position = determiner.range.upperBound }
        return nextAtomStarts(near: position)
    }

    /// Whether a cardinal number (digits or a word such as `two`, not `first`) starts near `offset`.
    private func nextAtomStarts(near offset: Int) -> Bool {
        var position = offset
        while position < bytes.count && bytes[position] == 0x20 { position += 1 }
        guard position < bytes.count else { return false }
        if TextBytes.isDigit(bytes[position]) { return true }
        guard let range = wordRange(after: position) else { return false }
        switch NumberWord.named(bytes, range) {
        case .unit?, .teen?, .tens?, .hundred?, .scale?, .dozen?: return true
        default: return false
        }
    }

    private func hasWord(_ word: StaticString, after offset: Int) -> Bool {
        guard let next = wordRange(after: offset), next.lowerBound <= offset + 1 else { return false }
        return spells(next, word)
    }

    private func joint(from end: Int, to start: Int) -> NumberJoint? {
        let length = start - end
        if length == 0 { return nil }
        if length <= 3, let hyphen = hyphenLength(at: end), hyphen == length { return .hyphen }
        if isSpace(from: end, to: start) { return .space }
        if hasExactly(" and ", from: end, to: start) || hasExactly("-and-", from: end, to: start)
            || hasExactly("\u{2011}and\u{2011}", from: end, to: start)
        {
            return .and
        }
        if hasExactly(" and a ", from: end, to: start) || hasExactly("-and-a-", from: end, to: start)
            || hasExactly("\u{2011}and\u{2011}a\u{2011}", from: end, to: start)
        {
            return .andA
        }
        if hasExactly(" a ", from: end, to: start) || hasExactly(" an ", from: end, to: start) { return .a }
        if hasExactly(" of a ", from: end, to: start) || hasExactly(" of an ", from: end, to: start) { return .ofA }
        return nil
    }

    // MARK: Currency

    /// The currency written before a numeral, and where it starts: `$`, `US$`, `£`, `Rs `, `USD `.
    private func currencyBefore(_ start: Int) -> (code: String, start: Int)? {
        guard start > 0 else { return nil }
        if let sign = currencySign(endingAt: start) { return sign }
        var offset = start
        if bytes[offset - 1] == 0x20 {
            offset -= 1
        } else if offset >= 2 && isNoBreakSpace(at: offset - 2) {
            offset -= 2
        } else {
            return nil
        }
        if let sign = currencySign(endingAt: offset) { return sign }
        guard let range = wordRange(before: start, allowingPeriod: true), isUppercase(at: range.lowerBound),
            let code = CurrencyWords.prefixes[string(range)]
        else { return nil }
        return (code, range.lowerBound)
    }

    private func currencySign(endingAt offset: Int) -> (code: String, start: Int)? {
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
        guard let prefix = CurrencyWords.dollarPrefixes[string(letters..<signStart)] else { return nil }
        return (prefix, letters)
    }

    /// Whether the numeral closes a range whose first number has a currency: the `10m` of `£5-10m`.
    private func currencyBeforeRange(_ start: Int) -> Bool {
        guard let hyphen = hyphenStart(before: start), hyphen > 0 else { return false }
        var offset = hyphen
        while offset > 0 && (TextBytes.isDigit(bytes[offset - 1]) || bytes[offset - 1] == 0x2E) { offset -= 1 }
        return offset < hyphen && currencyBefore(offset) != nil
    }

    // MARK: Spans of codes

    /// The end of a code that goes on after a numeral: `737-800`, `A380-800`.
    private func codeEnd(after end: Int) -> Int {
        var offset = end
        while let hyphen = hyphenLength(at: offset) ?? (offset < bytes.count && bytes[offset] == 0x2F ? 1 : nil),
            offset + hyphen < bytes.count,
            TextBytes.isDigit(bytes[offset + hyphen]) || TextBytes.isUpper(bytes[offset + hyphen])
        {
            offset += hyphen
            while offset < bytes.count && (TextBytes.isDigit(bytes[offset]) || TextBytes.isASCIILetter(bytes[offset])) {
                offset += 1
            }
        }
        return offset
    }

    /// The index of the last atom that starts before `end`.
    private func lastAtom(before end: Int) -> Int {
        var low = 0
        var high = atoms.count
        while low < high {
            let mid = (low + high) / 2
            if atoms[mid].start < end { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }
}

private func nextPowerOfTen(above value: Double) -> Double {
    var power = 10.0
    while power <= value { power *= 10 }
    return power
}
