/// Reads the minus sign written before a number: a hyphen or minus sign glued to a numeral
/// (`-17`, `−4.5`, `-3.4M`, `-$5`), a hyphen and a space after a word that expects a value
/// (`lost - 2,500,000`), or the words `minus` and `negative` (`minus 12`, `negative three
/// hundred and six`).
///
/// A dash between two numbers joins them (`10-15`, `3 - 1`), and a dash after a word makes a
/// compound or a code (`Covid-19`), so a sign never follows a number, a letter or a digit.
/// `NumeralReader` and `SpelledNumberReader` ask it once they know where a number starts.
struct SignReader {
    let context: NumberContext

    /// Where the minus sign before a number that starts at `start` starts, or `nil` when no
    /// sign is written there.
    ///
    /// - Parameters:
    ///   - start: The first byte of the number, with its currency sign.
    ///   - allowsMark: Whether a hyphen or a minus sign counts; a number in words takes only
    ///     `minus` or `negative`.
    /// - Returns: The start of the sign, or `nil`.
    func minus(before start: Int, allowsMark: Bool) -> Int? {
        // Most numbers have none: a sign ends in `-`, the last byte of `−`, or a space after
        // `minus`, `negative` or a hyphen.
        let bytes = context.bytes
        guard start >= 2 else { return allowsMark && start == 1 && bytes[0] == 0x2D ? 0 : nil }
        let last = bytes[start - 1]
        if last == 0x20 {
            let letter = bytes[start - 2] | 0x20
            guard letter == 0x73 || letter == 0x65 || bytes[start - 2] == 0x2D else { return nil }
        } else if last != 0x2D && last != 0x92 {
            return nil
        }
        if allowsMark, let mark = markStart(before: start) { return mark }
        if let minus = context.start(of: "minus", endingOneSpaceBefore: start) {
            return followsNumber(minus) ? nil : minus
        }
        guard let negative = context.start(of: "negative", endingOneSpaceBefore: start), !followsNumber(negative)
        else { return nil }
        // `tested negative three times` is a result, not a sign.
        if let before = context.word(before: negative),
            before.text.hasPrefix("test") || before.text == "proved" || before.text == "back"
        {
            return nil
        }
        return negative
    }

    /// A hyphen or a minus sign (U+2212) right before `start`, or a hyphen and one space after
    /// a word that expects a value.
    private func markStart(before start: Int) -> Int? {
        let bytes = context.bytes
        if start >= 3 && bytes[start - 3] == 0xE2 && bytes[start - 2] == 0x88 && bytes[start - 1] == 0x92 {
            return opensValue(start - 3) ? start - 3 : nil
        }
        if start >= 1 && bytes[start - 1] == 0x2D {
            return opensValue(start - 1) ? start - 1 : nil
        }
        // `lost - 2,500,000`: a hyphen with a space after it, after a function word or a
        // verb of change; a dash between two words of prose (`the plan - 2,000 homes -`)
        // follows a noun.
        guard start >= 3, bytes[start - 1] == 0x20, bytes[start - 2] == 0x2D, bytes[start - 3] == 0x20 else {
            return nil
        }
        guard let before = context.word(before: start - 3), before.range.upperBound == start - 3,
            before.is(.function) || before.is(.changeCue)
        else { return nil }
        return start - 2
    }

    /// Whether a sign at `offset` can open a value: it follows the start of the text, a space,
    /// an opening bracket or quote, or a colon, and no number comes just before it.
    private func opensValue(_ offset: Int) -> Bool {
        guard offset > 0 else { return true }
        let bytes = context.bytes
        let previous = TextBytes.previousScalarStart(in: bytes, before: offset)
        guard let (scalar, _) = TextBytes.scalar(in: bytes, at: previous) else { return false }
        switch scalar {
        case " ", "\u{A0}", "\n", "\t", "\r":
            return !followsNumber(offset)
        case "(", "[", ":", "=", "\"", "'", "\u{201C}", "\u{2018}", "/":
            return true
        default:
            return false
        }
    }

    /// Whether a number ends just before `offset`, past spaces: then a dash or `minus` after
    /// it joins two numbers (`10 - 4`, `ten minus three`).
    private func followsNumber(_ offset: Int) -> Bool {
        let bytes = context.bytes
        var position = offset
        while position > 0 && (bytes[position - 1] == 0x20 || bytes[position - 1] == 0x09) { position -= 1 }
        guard position > 0 else { return false }
        if TextBytes.isDigit(bytes[position - 1]) || bytes[position - 1] == 0x25 { return true }
        guard let word = context.wordRange(before: position), word.upperBound == position else { return false }
        return NumberWord.named(bytes, word) != nil
    }
}
