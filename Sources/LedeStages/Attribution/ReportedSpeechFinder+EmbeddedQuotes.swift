internal import Lede

/// Short quotations set among the words before a reporting verb: `Kerr, who calls the mayor a
/// “liar,” said ...`, `Moss, the author of “Quiet Streets,” a memoir, said ...`. The subject
/// is read across such a quotation as across the words around it; any other quotation before
/// the verb bounds its subject.
extension ReportedSpeechFinder {
    /// The most tokens a quotation set among other words may hold, its marks included: a
    /// phrase, not a passage.
    static let embeddedQuoteTokens = 20

    /// The first token the subject of the verb at `verb` may start at: the sentence's first,
    /// or the token after the last quotation before the verb that is not set among other words.
    func subjectFloor(before verb: Int, cueStart: Int, sentence: Span, first: Int) -> Int {
        var offset = cueStart
        while let index = document.quoteSpans.lastIndex(endingAtOrBefore: offset),
            document.quoteSpans[index].end > sentence.start
        {
            let quote = document.quoteSpans[index]
            guard let open = embeddedQuoteOpen(quote, first: first, end: verb) else {
                return max(first, document.tokenIndex(at: quote.end, in: first..<verb))
            }
            offset = document.tokens[open].span.start
        }
        return first
    }

    /// The opening mark's token of a quotation set among other words, or `nil`.
    ///
    /// The quotation is closed, at most ``embeddedQuoteTokens`` tokens long, holds no mark that
    /// ends a sentence, and follows a word of its sentence (`a “liar,”`, `of “Quiet Streets”`),
    /// where a quotation that opens its sentence or follows a colon is what someone said.
    func embeddedQuoteOpen(_ quote: Span, first: Int, end: Int) -> Int? {
        let open = document.tokenIndex(at: quote.start)
        let close = document.tokenIndex(at: quote.end) - 1
        guard open > first, close < end, close > open + 1, close - open < Self.embeddedQuoteTokens, isQuoteMark(open),
            isQuoteMark(close), isWordLike(open - 1)
        else { return nil }
        for token in open + 1..<close where isByte(token, 0x2E) || isByte(token, 0x3F) || isByte(token, 0x21) {
            return nil
        }
        return open
    }

    /// The opening mark's token of the quotation set among other words whose mark is at
    /// `token`, after `floor`; `nil` when `token` is no such mark.
    func embeddedQuoteOpen(markAt token: Int, floor: Int) -> Int? {
        guard isQuoteMark(token), let index = document.quoteSpans.index(containing: document.tokens[token].span.start)
        else { return nil }
        return embeddedQuoteOpen(document.quoteSpans[index], first: floor, end: document.tokens.count)
    }

    /// The opening mark of a quotation set among the words of a phrase, when the mark before
    /// `token` is one of its marks; `nil` otherwise.
    ///
    /// Read back from `token`, the phrase goes on before the opening mark: `the author of
    /// “Quiet Streets”` is one phrase. A closing mark after a comma (`“Quiet Streets,”`) ends a
    /// phrase as the comma does.
    func previousPhraseToken(before token: Int, floor: Int) -> Int? {
        let previous = token - 1
        guard previous >= floor, isQuoteMark(previous), !isCommaInClosingMark(previous, floor: floor) else {
            return nil
        }
        return embeddedQuoteOpen(markAt: previous, floor: floor)
    }
}
