internal import Lede
internal import PCRE2

/// Reads the numbers that name something rather than count: `Article 5`, `No. 10`, `Boeing
/// 737-800`, `Covid-19`, `Halo 2`, `Formula One`, `number one`, a telephone number.
///
/// `NumeralReader` and `SpelledNumberReader` ask it about every number before reading a
/// quantity. Glued codes (`3G`, `720p`) are suffixes, read by `NumeralReader`.
struct IdentifierReader {
    let context: NumberContext

    private var measures: MeasureReader { MeasureReader(context: context) }

    /// A telephone number from a numeral that starts with `0` or follows `+` or `(`: `020 7946
    /// 0958`, `+44 20 7946 0958`, `(212) 555-1234`; nine digits or more.
    func telephone(at index: Int, digitCount: Int, hasSeparators: Bool) throws(PCRE2Error) -> NumberCandidate? {
        let atom = context.atoms[index]
        let bytes = context.bytes
        var start = atom.start
        let before = start > 0 ? bytes[start - 1] : 0
        if before == 0x2B || before == 0x28 {
            start -= 1
        } else if !(bytes[start] == 0x30 && digitCount >= 2 && !hasSeparators && atom.fraction == nil) {
            return nil
        }
        guard let match = try NumbersPatterns.telephone.firstMatch(in: context.text, range: start..<bytes.count) else {
            return nil
        }
        var digits = 0
        for offset in match.range where TextBytes.isDigit(bytes[offset]) { digits += 1 }
        guard digits >= 9 else { return nil }
        var candidate = NumberCandidate(
            start: start,
            end: match.range.upperBound,
            number: 0,
            rule: .telephone,
            lastAtom: context.lastAtom(before: match.range.upperBound)
        )
        candidate.kind = .identifier
        return candidate
    }

    /// `Covid-19`, `K‑12`, `F-16s`: a numeral joined by a hyphen to a word before it.
    func hyphenatedCode(at atom: NumberAtom) -> NumberCandidate? {
        let bytes = context.bytes
        guard let hyphen = context.hyphenStart(before: atom.start), context.isLetter(before: hyphen) else { return nil }
        var wordStart = hyphen
        while wordStart > 0 {
            let previous = TextBytes.previousScalarStart(in: bytes, before: wordStart)
            if context.isWordCharacter(at: previous) {
                wordStart = previous
            } else if bytes[previous] == 0x2D && context.isLetter(before: previous) {
                wordStart = previous
            } else {
                break
            }
        }
        let word = context.lower(wordStart..<hyphen)
        // `mid-2005` is a year and `$779m-798m` a range; `Covid-19` is a name.
        if !TextBytes.isASCIILetter(bytes[wordStart]) && bytes[wordStart] < 0x80 { return nil }
        if NumberLexicon.roles[word]?.contains(.hyphenPrefix) ?? false || NumberWord.named(word) != nil {
            return nil
        }
        let end = codeEnd(after: atom.end)
        var candidate = NumberCandidate(
            start: wordStart,
            end: end,
            number: 0,
            rule: .hyphenatedCode,
            lastAtom: context.lastAtom(before: end)
        )
        candidate.kind = .identifier
        return candidate
    }

    /// `Article 5`, `No. 10`, `Boeing 737-800`, `Halo 2`, `Radio 4's`.
    func headedIdentifier(at atom: NumberAtom) -> NumberCandidate? {
        let bytes = context.bytes
        var atomEnd = atom.end
        if let suffix = atom.suffix {
            let first = bytes[suffix.lowerBound]
            if first == 0x27 || first == 0xE2 {
                atomEnd = suffix.lowerBound
            } else if !(suffix.count == 1 && first == 0x73) {
                return nil
            }
        }
        guard let range = context.wordRange(before: atom.start, allowingPeriod: true),
            range.upperBound + 3 >= atom.start
        else { return nil }
        let head = context.near(range)
        var isName = head.is(.identifierHead) || context.spells(range, "No") && bytes[range.lowerBound] == 0x4E
        // A rank: `at number 11`; but `users now number 6.2 million`.
        if head.text == "number" && atom.fraction == nil && atom.suffix == nil && atom.integer.count <= 3 {
            let scale = context.wordRange(after: atom.end).map { NumberWord.named(bytes, $0) != nil } ?? false
            isName = !scale && !measures.followedByMeasure(atom.end)
        }
        // After `the`, a plural name counts: `the Conservatives 198 and the Lib Dems 62`; but
        // `BBC News 24`, `Fathers 4 Justice`.
        var countsAfterName = false
        let nameGoesOn = context.wordRange(after: atom.end).map {
            $0.lowerBound == atom.end + 1 && context.isUppercase(at: $0.lowerBound)
        }
        if head.text.hasSuffix("s") && !head.text.hasSuffix("ss") && !(nameGoesOn ?? false) {
            var start = range.lowerBound
            for _ in 0..<3 {
                guard let previous = context.wordRange(before: start) else { break }
                if context.spells(previous, "the") {
                    countsAfterName = true
                    break
                }
                guard context.isUppercase(at: previous.lowerBound) else { break }
                start = previous.lowerBound
            }
        }
        if !isName && !countsAfterName && context.isUppercase(at: range.lowerBound) && !head.text.hasSuffix("'s")
            && !head.text.hasSuffix("\u{2019}s")
            && head.roles.isDisjoint(with: [.function, .month, .qualifierEnd, .currency])
            && CurrencyWords.prefix(context.string(range)) == nil && !context.isSentenceStart(range.lowerBound)
            && !(atom.integer.count == 4 && atom.fraction == nil) && !context.isDash(at: atom.end)
            && !NumberLexicon.monthNames.contains(context.string(range))
        {
            isName = !measures.followedByMeasure(atom.end)
        }
        guard isName else { return nil }
        let end = codeEnd(after: atomEnd)
        var candidate = NumberCandidate(
            start: range.lowerBound,
            end: end,
            number: 0,
            rule: .identifierHead,
            lastAtom: context.lastAtom(before: end)
        )
        candidate.kind = .identifier
        return candidate
    }

    /// The name that a spelled number is part of: a capitalised number word inside a sentence
    /// (`Formula One`, `BBC Two`, `World at One`; not a word in capitals, `ONE`) or a rank
    /// (`number one`, `world number two`).
    ///
    /// - Parameters:
    ///   - base: The spelled number.
    ///   - atom: Its first word.
    ///   - isLoneCardinal: Whether it is one cardinal word: `two`, not `twenty-two` or `second`.
    /// - Returns: The name, or `nil` when the number names nothing.
    func name(of base: NumberCandidate, at atom: NumberAtom, isLoneCardinal: Bool) -> NumberCandidate? {
        var candidate = base
        candidate.kind = .identifier
        candidate.rule = .namedNumber
        if let name = namedNumberStart(at: atom) {
            candidate.start = min(candidate.start, name)
            return candidate
        }
        guard isLoneCardinal, let before = context.wordRange(before: candidate.start),
            before.upperBound + 1 == candidate.start, context.spells(before, "number")
        else { return nil }
        candidate.start = before.lowerBound
        return candidate
    }

    /// Where the name starts that a capitalised number word inside a sentence belongs to.
    ///
    /// `Formula One`, `BBC Two`, `World at One`; `nil` for a number word that is not capitalised
    /// or starts the sentence.
    private func namedNumberStart(at atom: NumberAtom) -> Int? {
        guard context.isUppercase(at: atom.start), !context.isSentenceStart(atom.start) else { return nil }
        // A word in capitals is shouting, not a name: `TWENTY PEOPLE DIED AND ONE HUNDRED`.
        if atom.end - atom.start > 1 && TextBytes.isUpper(context.bytes[atom.start + 1]) { return nil }
        if let name = context.word(before: atom.start), context.isUppercase(at: name.range.lowerBound),
            name.roles.isDisjoint(with: [.function, .month]), !context.isSentenceStart(name.range.lowerBound),
            !name.text.hasSuffix("'s"), !name.text.hasSuffix("\u{2019}s")
        {
            return name.range.lowerBound
        }
        return atom.start
    }

    /// The end of a code that goes on after a numeral: `737-800`, `A380-800`.
    private func codeEnd(after end: Int) -> Int {
        let bytes = context.bytes
        var offset = end
        while let hyphen = context.hyphenLength(at: offset)
            ?? (offset < bytes.count && bytes[offset] == 0x2F ? 1 : nil),
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
}
