internal import Lede

/// Reads the numbers that are moments, not quantities: dates (`8 December`, `February 18`),
/// clock times (`10:30`, `1830 GMT`, `5 p.m.`), years (`in 2016`) and decades (`the 1990s`).
///
/// `NumeralReader` asks it about every numeral before reading a quantity, and `NumberFinisher`
/// asks it whether a four-digit numeral is a year once the counted noun is known.
struct DateTimeReader {
    let context: NumberContext

    /// `8 December`, `18th February`, `February 18`.
    ///
    /// - Parameters:
    ///   - atom: A numeral of one or two digits, from 1 to 31.
    ///   - index: The index of its atom.
    /// - Returns: The date, with the month's name in its span, or `nil` when no month is next to it.
    func date(at atom: NumberAtom, index: Int) -> NumberCandidate? {
        var end = atom.end
        if let suffix = atom.suffix {
            let text = context.string(suffix)
            guard text == "st" || text == "nd" || text == "rd" || text == "th" else { return nil }
        }
        var start = atom.start
        if let month = context.wordRange(after: atom.end), month.lowerBound == atom.end + 1,
            NumberLexicon.monthNames.contains(context.string(month))
        {
            end = month.upperBound
        } else if let month = context.wordRange(before: atom.start), month.upperBound + 1 == atom.start,
            NumberLexicon.monthNames.contains(context.string(month)), !context.isDash(at: atom.end)
        {
            start = month.lowerBound
        } else {
            return nil
        }
        var candidate = NumberCandidate(start: start, end: end, number: 0, rule: .date, lastAtom: index)
        candidate.kind = .date
        return candidate
    }

    /// `10:30`, `7:40.53`, or four digits of a 24-hour time with its zone (`1830 GMT`) or a
    /// leading zero (`0800`).
    func clockTime(
        _ base: NumberCandidate,
        atom: NumberAtom,
        integer: Double,
        digitCount: Int,
        hasSeparators: Bool
    ) -> NumberCandidate? {
        let isHourMinute =
            digitCount == 4 && atom.suffix == nil && atom.fraction == nil && !hasSeparators
            && integer.truncatingRemainder(dividingBy: 100) < 60 && integer < 2400
        guard
            atom.clock != nil
                || (isHourMinute
                    && (context.bytes[atom.start] == 0x30 || clockEnd(after: atom.end, zoneOnly: true) > atom.end))
        else { return nil }
        var candidate = base
        candidate.kind = .time
        candidate.rule = .clock
        candidate.end = clockEnd(after: atom.end)
        return candidate
    }

    /// `5 p.m.`, `10.30am`: a numeral of at most 12 followed by a clock marker.
    func timeOfDay(_ candidate: NumberCandidate) -> NumberCandidate? {
        let bytes = context.bytes
        var offset = candidate.end
        while offset < bytes.count && bytes[offset] == 0x20 { offset += 1 }
        guard offset < bytes.count, bytes[offset] | 0x20 == 0x61 || bytes[offset] | 0x20 == 0x70 else { return nil }
        let markers: [StaticString] = ["a.m.", "p.m.", "am", "pm", "AM", "PM", "a.m", "p.m"]
        for marker in markers where context.hasPrefix(marker, at: offset) {
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

    /// The end of a clock marker or time zone after a time (`10:30 GMT`, `10:30am`), or `end`.
    ///
    /// With `zoneOnly`, only a marker that starts with a capital counts.
    func clockEnd(after end: Int, zoneOnly: Bool = false) -> Int {
        let bytes = context.bytes
        var offset = end
        while offset < bytes.count && bytes[offset] == 0x20 { offset += 1 }
        guard offset < bytes.count, !zoneOnly || TextBytes.isUpper(bytes[offset]) else { return end }
        let markers: [StaticString] = ["a.m.", "p.m.", "am", "pm", "AM", "PM", "GMT", "BST", "ET", "EST", "CET", "UTC"]
        for marker in markers where context.hasPrefix(marker, at: offset) {
            let markerEnd = offset + marker.utf8CodeUnitCount
            if markerEnd < bytes.count, TextBytes.isASCIILetter(bytes[markerEnd]) { continue }
            return markerEnd
        }
        return end
    }

    /// Makes a numeral that may be a year (`2016`) one, unless it counts a noun and no word
    /// such as `in` or `since` comes before it (`2000 people`), or it is qualified.
    func settleYear(_ candidate: inout NumberCandidate, after before: NearWord?) {
        guard candidate.isYearLike && candidate.kind == .cardinal && candidate.qualifier == nil else { return }
        if candidate.unit == nil || (before?.is(.yearPreposition) ?? false) {
            candidate.kind = .year
            candidate.rule = .year
            candidate.unit = nil
        }
    }

    /// A decade (`1990s`, `the ’90s`) or an age (`in her 30s`), from a numeral ending in `s`
    /// or `'s`.
    func decade(_ base: NumberCandidate, from integer: Double) -> NumberCandidate {
        let bytes = context.bytes
        let start = base.start
        var candidate = base
        candidate.kind = .year
        candidate.rule = .decade
        if integer < 1000 {
            if start >= 1 && bytes[start - 1] == 0x27 || context.hasPrefix("\u{2019}", at: start - 3) {
                candidate.start = bytes[start - 1] == 0x27 ? start - 1 : start - 3
            } else if let before = context.word(before: start), before.is(.ageCue), !context.isHyphen(at: start - 1) {
                // `in her 30s` is an age; `the 1950s and 60s`, `mid-70s`, `80s pop` are decades.
                candidate.kind = .approximate
                candidate.rule = .ageDecade
                candidate.low = integer
                candidate.high = integer + 9
                candidate.unit = "years"
                return candidate
            }
        }
        let year = integer >= 1000 ? integer : integer < 30 ? 2000 + integer : 1900 + integer
        candidate.number = year
        candidate.low = year
        candidate.high = year + 9
        return candidate
    }
}
