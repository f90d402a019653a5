internal import Lede

/// Reads the quantities English gives only roughly: vague plurals (`hundreds`, `dozens`, `tens
/// of thousands`) and vague counts of a scale (`several hundred`, `a few thousand`).
///
/// Each is at least two of its unit and fewer than the next power of ten above it.
struct VagueQuantityReader {
    let context: NumberContext

    private var measures: MeasureReader { MeasureReader(context: context) }

    /// A vague plural: `tens of thousands`, `hundreds`, `dozens`, `millions of pounds`.
    ///
    /// - Parameters:
    ///   - index: The index of the plural's atom.
    ///   - unit: What the plural counts: 10 for `tens`, 100 for `hundreds`.
    /// - Returns: The quantity, or `nil` for `tens` alone.
    func plural(at index: Int, unit: Double) -> NumberCandidate? {
        var base = unit
        var last = index
        if index + 1 < context.atoms.count, case .vague(let scale)? = context.atoms[index + 1].word, scale >= 1000,
            context.hasExactly(" of ", from: context.atoms[index].end, to: context.atoms[index + 1].start)
        {
            base *= scale
            last = index + 1
        } else if unit == 10 {
            // `tens` counts only as `tens of thousands`, `tens of millions`.
            return nil
        }
        var candidate = quantity(from: index, to: last, base: base)
        measures.attach(&candidate)
        return candidate
    }

    /// A vague plural of `base` over atoms `first...last`: at least two of them, and fewer
    /// than the next power of ten (`tens of thousands` is 20 000 to 99 999).
    private func quantity(from first: Int, to last: Int, base: Double) -> NumberCandidate {
        var candidate = NumberCandidate(
            start: context.atoms[first].start,
            end: context.atoms[last].end,
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

    /// A vague count of a scale: `several hundred`, `a few thousand`, `many million`, bounded
    /// like the plurals, with the vague word as its qualifier.
    ///
    /// - Parameter index: The index of a `hundred` or scale word's atom.
    /// - Returns: The quantity, or `nil` when no vague word comes before.
    func counted(at index: Int) -> NumberCandidate? {
        let atom = context.atoms[index]
        let base: Double
        switch atom.word {
        case .hundred?: base = 100
        case .scale(let scale)?: base = scale
        default: return nil
        }
        guard let before = context.word(before: atom.start), before.is(.vagueCue) else { return nil }
        var qualifierStart = before.range.lowerBound
        if before.text == "few" {
            guard let article = context.wordRange(before: before.range.lowerBound), context.spells(article, "a") else {
                return nil
            }
            qualifierStart = article.lowerBound
        }
        var candidate = quantity(from: index, to: index, base: base)
        candidate.qualifier = context.lower(qualifierStart..<before.range.upperBound)
        measures.attach(&candidate)
        return candidate
    }

    private func nextPowerOfTen(above value: Double) -> Double {
        var power = 10.0
        while power <= value { power *= 10 }
        return power
    }
}
