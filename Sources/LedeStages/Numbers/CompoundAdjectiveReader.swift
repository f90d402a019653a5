internal import Lede

/// Reads a word joined to a number by a hyphen: a compound adjective (`three-year-long`,
/// `24-year-old`, `60-page`), whose noun becomes the unit, or an open upper end (`40-odd`,
/// `20-plus`), which becomes the qualifier.
///
/// `MeasureReader` asks it when no currency or percent follows a number. It runs before
/// numbers are paired, because the compound moves the end of the number.
struct CompoundAdjectiveReader {
    let context: NumberContext

    /// Adds the compound after `candidate`, if there is one; a year takes none.
    func attach(_ candidate: inout NumberCandidate) {
        let bytes = context.bytes
        guard let hyphen = context.hyphenLength(at: candidate.end),
            let range = context.wordRange(after: candidate.end + hyphen),
            range.lowerBound == candidate.end + hyphen, candidate.kind != .year
        else { return }
        let word = context.near(range)
        if QualifierWords.hyphenated.contains(word.text) {
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
        if let second = context.hyphenLength(at: range.upperBound),
            let tail = context.wordRange(after: range.upperBound + second),
            tail.lowerBound == range.upperBound + second, context.near(tail).is(.sizeTail)
        {
            candidate.end = tail.upperBound
        }
    }
}
