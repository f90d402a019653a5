internal import Lede
internal import PCRE2

/// Reads the numbers of one text from its atoms; ``NumberFinder`` documents the rules.
///
/// It runs the readers in three passes:
/// 1. Each numeral (`NumeralReader`) or run of number words (`SpelledNumberReader`) becomes a
///    candidate, with what the readers of names (`IdentifierReader`), moments
///    (`DateTimeReader`), vague quantities (`VagueQuantityReader`), currencies and units
///    (`MeasureReader`) and compounds (`CompoundAdjectiveReader`) find around it.
/// 2. `NumberPairer` joins neighbouring candidates into ranges, scores and ratios.
/// 3. `NumberFinisher` adds each one's qualifier and counted noun (`CountedNounReader`) and
///    makes it a mention.
///
/// Every reader sees the text through the same `NumberContext` and keeps no state.
struct NumberScanner {
    let context: NumberContext
    /// The name of the stage, for the mentions' provenance.
    let stage: String

    /// The mentions, in text order.
    func mentions() throws(PCRE2Error) -> [NumberMention] {
        let atoms = context.atoms
        let numerals = NumeralReader(context: context)
        let words = SpelledNumberReader(context: context)
        var candidates: [NumberCandidate] = []
        candidates.reserveCapacity(atoms.count)
        var index = 0
        while index < atoms.count {
            let candidate = atoms[index].word == nil ? try numerals.candidate(at: index) : words.candidate(at: index)
            if let candidate {
                // A number never overlaps the one before it.
                if candidate.start >= (candidates.last?.end ?? 0) { candidates.append(candidate) }
                index = max(index + 1, candidate.lastAtom + 1)
            } else {
                index += 1
            }
        }
        let finisher = NumberFinisher(context: context, stage: stage)
        NumberPairer(context: context).pair(&candidates)
        return candidates.map(finisher.mention(for:))
    }
}
