internal import Lede

/// Whether a quotation is a full quotation or a fragment (see ``QuoteFinder``).
extension QuoteScanner {
    /// The kind of a quotation of these passages, in the sentence where it starts.
    func classify(_ frame: Frame, parts: [Span], sentence: Int, bytes: UnsafeBufferPointer<UInt8>) -> QuoteKind {
        if parts.count > 1 { return .full }
        let content = parts[0]
        guard let (first, _) = TextBytes.scalar(in: bytes, at: content.start) else { return .fragment }
        // A few capitalized words with no punctuation are a name or a title: “Draft One”, “Lite”.
        // The scan stops at the fourth word or the first punctuation: either settles it. Quotations
        // left open at the end of a paragraph all run to its end, so reading the whole of each
        // made `"a "a "a ...` quadratic.
        var words = 1
        var punctuated = false
        var offset = content.start
        while offset < content.end && words <= 3 && !punctuated {
            switch bytes[offset] {
            case 0x20: words += 1
            case 0x2E, 0x2C, 0x3F, 0x21, 0x3B, 0x3A: punctuated = true
            default: break
            }
            offset += 1
        }
        if words <= 3 && !punctuated { return .fragment }
        if TextBytes.isUppercase(first) || Self.isDigit(first) { return .full }
        // What comes before the opening mark in its sentence.
        let sentenceStart = sentences.isEmpty ? 0 : sentences[sentence].span.start
        var index = frame.openMark.start
        while index > sentenceStart && TextBytes.isSpace(bytes[index - 1]) { index -= 1 }
        if index <= sentenceStart { return .full }
        let previous = bytes[index - 1]
        if previous == 0x3A || previous == 0x2C { return .full }  // : or ,
        // "... says that “an armed attack ... all.”": a reported clause that ends a sentence.
        if index >= sentenceStart + 4,
            String(decoding: UnsafeBufferPointer(rebasing: bytes[(index - 4)..<index]), as: UTF8.self) == "that",
            index == sentenceStart + 4 || TextBytes.isSpace(bytes[index - 5])
        {
            var end = content.end
            while end > content.start && TextBytes.isSpace(bytes[end - 1]) { end -= 1 }
            let last = TextBytes.scalar(in: bytes, at: TextBytes.previousScalarStart(in: bytes, before: end)).map(\.0)
            if let last, Punctuation.isTerminal(last) { return .full }
        }
        return .fragment
    }
}
