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

    private static let of: WordSet = ["of"]
    private static let with: WordSet = ["with"]
    private static let interviews: WordSet = ["interview", "interviews"]
    private static let indefiniteArticles: WordSet = ["a", "an"]

    /// Whether a quotation is the title of a show or a work.
    ///
    /// It is one when it is in title case (one capitalized word is enough) and the words
    /// around it name it as one:
    ///
    /// - right after a possessive (`Metro One's`), after `on`, or after a word of
    ///   ``AttributionLexicon/worksOfMedia``, with or without a comma (`the podcast`, `in his
    ///   memoir, “...”`);
    /// - after `titled` or `entitled`, or after `called` or `named` that follow a noun (`a
    ///   show called`, not `he called`);
    /// - after `of` that follows a maker of a work (`the co-author of`, `the host of`), or
    ///   after `interview with`;
    /// - before a maker of a work (`the “Night Desk” host`), or before an apposition that
    ///   names a work (`“Night Desk,” a weekly radio show, ...`).
    func isTitleOfWork(_ quote: Quote) -> Bool {
        guard quote.parts.count == 1, document.startsWithCase(quote.content, upper: true),
            isTitleCased(quote) || !document.bytes[quote.content.range].contains(0x20)
        else { return false }
        if let before = word(endingBefore: quote.span.start) {
            if isPossessive(before) || document.isWord(before, in: AttributionLexicon.worksOfMedia, lowercased: true)
                || document.isWord(before, in: AttributionLexicon.titleVerbs, lowercased: true)
            {
                return true
            }
            let earlier = word(endingBefore: before.lowerBound)
            if let earlier, document.isWord(before, in: AttributionLexicon.namingVerbs),
                document.startsWithCase(Span(earlier), upper: false),
                !document.isWord(earlier, in: AttributionLexicon.notBeforeNamingVerb, lowercased: true)
            {
                return true
            }
            if let earlier, document.isWord(before, in: Self.of),
                document.isWord(earlier, in: AttributionLexicon.makersOfWorks, lowercased: true)
            {
                return true
            }
            if let earlier, document.isWord(before, in: Self.with),
                document.isWord(earlier, in: Self.interviews, lowercased: true)
            {
                return true
            }
        } else if let before = word(endingBefore: quote.span.start, afterComma: true),
            document.isWord(before, in: AttributionLexicon.worksOfMedia, lowercased: true)
        {
            return true
        }
        return namesWorkAfter(quote)
    }

    /// Whether the words after a quotation say it is a work: a maker right after the closing
    /// mark of a title with no punctuation (`“Night Desk” host`), or an apposition of at most
    /// four words that opens with an article and holds a word for a work (`, a weekly radio
    /// show`).
    private func namesWorkAfter(_ quote: Quote) -> Bool {
        let bytes = document.bytes
        let sentences = document.sentences
        let end =
            sentences.indices.contains(quote.sentence)
            ? max(sentences[quote.sentence].span.end, quote.span.end) : bytes.count
        var index = quote.span.end
        var words: [Range<Int>] = []
        var comma = false
        while words.count < 5 && index < end {
            index = document.skip(from: index, to: end, over: " ")
            if index < end && bytes[index] == 0x2C && words.isEmpty {
                comma = true
                index += 1
                continue
            }
            let start = index
            while index < end && (TextBytes.isASCIILetter(bytes[index]) || bytes[index] == 0x2D) { index += 1 }
            guard start < index else { break }
            words.append(start..<index)
        }
        guard let first = words.first else { return false }
        let content = quote.content
        let endsInLetter =
            content.end > content.start && TextBytes.isASCIILetter(bytes[content.end - 1])
        if !comma, endsInLetter, document.isWord(first, in: AttributionLexicon.makersOfWorks, lowercased: true) {
            return true
        }
        let punctuatedEnd = comma || (content.end > content.start && bytes[content.end - 1] == 0x2C)
        guard punctuatedEnd, document.isWord(first, in: Self.indefiniteArticles, lowercased: true) else { return false }
        return words.dropFirst().contains { document.isWord($0, in: AttributionLexicon.worksOfMedia, lowercased: true) }
    }

    /// The ASCII word (letters, digits, apostrophes, hyphens) that ends right before `offset`
    /// after at least one space, or, with `afterComma`, before a comma and a space.
    private func word(endingBefore offset: Int, afterComma: Bool = false) -> Range<Int>? {
        let bytes = document.bytes
        var end = offset
        while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
        guard end < offset else { return nil }
        if afterComma {
            guard end > 0, bytes[end - 1] == 0x2C else { return nil }
            end -= 1
        }
        var start = end
        while start > 0
            && (TextBytes.isASCIILetter(bytes[start - 1]) || TextBytes.isDigit(bytes[start - 1])
                || bytes[start - 1] == 0x27 || bytes[start - 1] == 0x2D)
        {
            start -= 1
        }
        return start < end ? start..<end : nil
    }

    /// Whether a word ends in a possessive: `Metro One's`, `the networks'`.
    private func isPossessive(_ word: Range<Int>) -> Bool {
        let bytes = document.bytes
        let (start, end) = (word.lowerBound, word.upperBound)
        return end - start >= 3 && bytes[end - 1] == 0x73 && bytes[end - 2] == 0x27
            || end - start >= 2 && bytes[end - 1] == 0x27 && bytes[end - 2] == 0x73
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
