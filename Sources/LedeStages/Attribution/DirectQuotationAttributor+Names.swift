internal import Lede

/// Quotations that name rather than quote: a name with the comma news style puts inside its
/// marks, a short phrase, a phrase in title case, the title of a work, and a label after
/// `so-called`.
extension DirectQuotationAttributor {
    /// Whether a quotation is one passage of at most three words with no punctuation but a
    /// final comma.
    func isNameWithComma(_ quote: Quote) -> Bool {
        guard quote.parts.count == 1 else { return false }
        let bytes = document.bytes
        var end = quote.content.end
        while end > quote.content.start && TextBytes.isSpace(bytes[end - 1]) { end -= 1 }
        guard end > quote.content.start, bytes[end - 1] == 0x2C else { return false }
        var words = 1
        for offset in quote.content.start..<(end - 1) {
            let byte = bytes[offset]
            if byte == 0x20 { words += 1 }
            if words > 3 || [0x2E, 0x2C, 0x3F, 0x21, 0x3B, 0x3A].contains(byte) { return false }
        }
        return true
    }

    /// Whether a quotation is one passage of at most four words.
    func isShortPhrase(_ quote: Quote) -> Bool {
        guard quote.parts.count == 1 else { return false }
        var words = 1
        for offset in quote.content.range where document.bytes[offset] == 0x20 {
            words += 1
            if words > 4 { return false }
        }
        return true
    }

    /// Whether a quotation is in title case, as the name of a work or a plan is: two or more
    /// words, each capitalized or a short word of ``AttributionLexicon/titleFunctionWords``,
    /// at least two of them capitalized (`An Action Plan for the Economy`).
    func isTitleCased(_ quote: Quote) -> Bool {
        let bytes = document.bytes
        var capitalized = 0
        var words = 0
        var index = quote.content.start
        while index < quote.content.end {
            while index < quote.content.end && bytes[index] == 0x20 { index += 1 }
            let start = index
            while index < quote.content.end && bytes[index] != 0x20 { index += 1 }
            guard start < index else { break }
            words += 1
            let word = Span(start: start, end: index)
            if document.startsWithCase(word, upper: true) || TextBytes.isDigit(bytes[start]) {
                capitalized += 1
            } else if !document.isWord(word.range, in: AttributionLexicon.titleFunctionWords) {
                return false
            }
        }
        return words >= 2 && capitalized >= 2
    }

    /// Whether a quotation is the title of a show or a work: in title case (one capitalized
    /// word is enough), right after a possessive (`Metro One's`), after `on`, or after a word of
    /// ``AttributionLexicon/worksOfMedia`` (`podcast`, `memoir`).
    func isTitleOfWork(_ quote: Quote) -> Bool {
        guard quote.parts.count == 1, document.startsWithCase(quote.content, upper: true) else { return false }
        let bytes = document.bytes
        // The word before the opening mark.
        var end = quote.span.start
        while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0
            && (TextBytes.isASCIILetter(bytes[start - 1]) || TextBytes.isDigit(bytes[start - 1])
                || bytes[start - 1] == 0x27)
        {
            start -= 1
        }
        guard start < end, end < quote.span.start else { return false }
        let before = start..<end
        let isPossessive =
            end - start >= 3 && bytes[end - 1] == 0x73 && bytes[end - 2] == 0x27
            || end - start >= 2 && bytes[end - 1] == 0x27 && bytes[end - 2] == 0x73
        guard isPossessive || document.isWord(before, in: AttributionLexicon.worksOfMedia, lowercased: true)
        else { return false }
        return isTitleCased(quote) || !document.bytes[quote.content.range].contains(0x20)
    }

    /// Whether `so-called` (or `so called`) stands just before `offset`: the writer's label for
    /// a thing, not anyone's words.
    func followsSoCalled(_ offset: Int, after floor: Int) -> Bool {
        let end = document.trimEnd(offset, floor: floor)
        let start = max(floor, end - 9)
        guard end - start >= 9 else { return false }
        let word = document.string(Span(start: start, end: end)).lowercased()
        return word == "so-called" || word == "so called"
    }
}
