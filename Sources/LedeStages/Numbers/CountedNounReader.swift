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
        if candidate.kind != .ordinal, let unit = MeasureWords.units[word.text] { return unit }
        guard !word.is(.function), !word.text.hasSuffix("ly") else { return nil }
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
        let written = context.string(word.range)
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
}
