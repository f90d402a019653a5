internal import Lede

/// Reads the noun a number counts, which becomes its unit: `20 other countries`, `tens of
/// thousands of troops`, `80 years`, `the 21st century`.
///
/// A plural noun (or an irregular one: `people`, `staff`) counts; so does a singular noun
/// after `one` or an ordinal. `NumberFinisher` asks it for every number that has no unit,
/// currency or percent.
struct CountedNounReader {
    let context: NumberContext

    /// The noun a number plainly counts: `20 other countries`, `tens of thousands of troops`,
    /// `80 years`, `21st century`.
    func countedNoun(after candidate: NumberCandidate) -> String? {
        let bytes = context.bytes
        guard candidate.kind != .year, candidate.kind != .fraction, candidate.rule != .yearRange else { return nil }
        var offset = candidate.end
        if candidate.rule == .vagueQuantity {
            guard let of = context.wordRange(after: offset), of.lowerBound == offset + 1, context.spells(of, "of")
            else { return nil }
            offset = of.upperBound
        }
        guard var word = context.word(after: offset, maxGap: 2) else { return nil }
        if word.is(.modifier) {
            guard let next = context.word(after: word.range.upperBound, maxGap: 1) else { return nil }
            word = next
        }
        if candidate.kind != .ordinal, word.is(.unit), let unit = MeasureWords.units[word.text] { return unit }
        guard !word.is(.function), !ends(word.range, with: 0x6C, 0x79) else { return nil }
        let isLower = TextBytes.isLower(bytes[word.range.lowerBound])
        if candidate.kind == .ordinal || candidate.value == 1 {
            // A singular noun ends its phrase; a word before another content word modifies it
            // (`the 11th annual awards`, `the third leading online search firm`).
            guard isLower, !context.isHyphen(at: word.range.upperBound) else { return nil }
            for _ in 0..<2 {
                guard let next = context.word(after: word.range.upperBound, maxGap: 1), !next.is(.function),
                    TextBytes.isLower(bytes[next.range.lowerBound]), NumberWord.named(bytes, next.range) == nil
                else { return context.string(word.range) }
                word = next
            }
            return nil
        }
        let range = word.range
        guard isLower || isAcronymPlural(range), !word.is(.pluralModifier) else { return nil }
        if word.is(.irregularPlural) { return context.string(range) }
        // A plural in `s`, but not `ss`, `us` or `is` (`business`, `status`, `crisis`).
        let last = bytes[range.upperBound - 1] | 0x20
        let previous = bytes[range.upperBound - 2] | 0x20
        if range.count > 2 && last == 0x73 && previous != 0x73 && previous != 0x75 && previous != 0x69 {
            return context.string(range)
        }
        return nil
    }

    /// Whether the word in `range` is an acronym in capitals with a plural `s`: `MPs`, `SUVs`.
    private func isAcronymPlural(_ range: Range<Int>) -> Bool {
        let bytes = context.bytes
        guard range.count >= 3, bytes[range.upperBound - 1] == 0x73 else { return false }
        let letters = range.lowerBound..<(range.upperBound - 1)
        if letters.allSatisfy({ bytes[$0] < 0x80 }) { return letters.allSatisfy { TextBytes.isUpper(bytes[$0]) } }
        return context.string(letters).allSatisfy(\.isUppercase)
    }

    /// Whether the word in `range` ends with the two bytes given, in any ASCII case.
    private func ends(_ range: Range<Int>, with first: UInt8, _ second: UInt8) -> Bool {
        range.count >= 2 && context.bytes[range.upperBound - 2] | 0x20 == first
            && context.bytes[range.upperBound - 1] | 0x20 == second
    }
}
