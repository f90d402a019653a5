internal import Lede

/// Finishes a number once it is read and paired: adds the qualifier before or after it (`more
/// than 1,000`, `nearly 80`, `20 or more`) with the bound it sets, the noun it counts, settles
/// years, approximations and decimals, and makes the `NumberMention`.
///
/// A new qualifier is a phrase of `QualifierWords`; a new way of qualifying a number belongs
/// here.
struct NumberFinisher {
    let context: NumberContext
    /// The name of the stage, for the mentions' provenance.
    let stage: String

    private var calendar: DateTimeReader { DateTimeReader(context: context) }
    private var nouns: CountedNounReader { CountedNounReader(context: context) }

    /// Adds the qualifier and the counted noun, settles years and kinds, and makes the mention.
    ///
    /// - Parameter base: A number, read and paired.
    /// - Returns: Its mention; a name (an identifier, a time or a date) has no value.
    func mention(for base: NumberCandidate) -> NumberMention {
        var candidate = base
        if candidate.isName { return mention(candidate, value: nil) }
        if candidate.currency != nil {
            candidate.kind = .money
        } else if candidate.isPercent {
            candidate.kind = .percent
        }
        if candidate.unit == nil && candidate.currency == nil && !candidate.isPercent && candidate.kind != .score {
            candidate.unit = nouns.countedNoun(after: candidate)
        }
        let before = context.word(before: candidate.start, allowingPeriod: true)
        calendar.settleYear(&candidate, after: before)
        if candidate.kind != .year && candidate.kind != .ordinal && candidate.kind != .score {
            qualify(&candidate, after: before)
        }
        if candidate.kind == .cardinal && candidate.value != candidate.value.rounded() { candidate.kind = .decimal }
        if let code = candidate.currency {
            candidate.unit = code
        } else if candidate.isPercent && candidate.unit == nil {
            candidate.unit = "percent"
        }
        guard let value = candidate.representableValue else {
            candidate.low = nil
            candidate.high = nil
            return mention(candidate, value: nil)
        }
        return mention(candidate, value: value)
    }

    private func mention(_ candidate: NumberCandidate, value: Double?) -> NumberMention {
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
    private func qualify(_ candidate: inout NumberCandidate, after before: NearWord?) {
        var found: (text: String, bound: QualifierWords.Bound)?
        if let last = before, last.is(.qualifierEnd),
            last.range.upperBound + 2 >= candidate.start,
            let phrases = QualifierWords.phrasesByLastWord[last.text]
        {
            // The words before `last`, nearest first, read as the phrases ask for them.
            var previous: [Range<Int>] = []
            for (phrase, bound) in phrases {
                var matches = true
                for back in 1..<phrase.count {
                    if previous.count < back,
                        let word = context.wordRange(before: previous.last?.lowerBound ?? last.range.lowerBound)
                    {
                        previous.append(word)
                    }
                    guard previous.count >= back,
                        context.spells(previous[back - 1], lowerCased: phrase[phrase.count - 1 - back])
                    else {
                        matches = false
                        break
                    }
                }
                if matches {
                    found = (phrase.count == 1 ? last.text : phrase.joined(separator: " "), bound)
                    break
                }
            }
        }
        if found == nil, let or = context.wordRange(after: candidate.end), or.lowerBound == candidate.end + 1,
            context.spells(or, "or"), let next = context.wordRange(after: or.upperBound)
        {
            // After the number: `20 or more`, `40 or so`.
            let word = context.lower(next)
            if let bound = QualifierWords.afterOr[word] { found = ("or " + word, bound) }
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
}
