public import Lede

/// Divides each paragraph into sentences, with rules tuned on real English news.
///
/// A sentence ends at a sentence-final mark (`.` `?` `!` `…`, and runs such as `?!` or
/// `...`), after any closing quotation marks and brackets that follow it, when whitespace
/// and the start of a new sentence come next. What counts as a new start depends on the
/// word before the mark:
///
/// - After a **title** that always precedes a name (`Mr.`, `Mrs.`, `Dr.`, `Gen.`, `Adm.`,
///   `Sen.`, `Rep.`, `Gov.`, `Prof.`, `Lt.`, `Col.`, `Capt.`, `Rev.`, ...), never.
/// - After an **abbreviation** that may also end a sentence (`U.S.`, `U.K.`, `Inc.`, `Ltd.`,
///   `Corp.`, `Co.`, `Jr.`, `St.`, `etc.`, `a.m.`, `p.m.`, `Jan.` to `Dec.`, ...), after an
///   **initial** (`George W. Bush`) or a dotted acronym (`J.R.R.`), only when a common
///   sentence-opening word (`The`, `He`, `But`, `In`, ...) or an opening quotation mark and a
///   capital follow.
/// - After `No.`, `Vol.`, `pp.`, `Art.` and month abbreviations followed by a number, never.
/// - After a number that opens its sentence (a list marker such as `1.`), never.
/// - Otherwise, when a capital letter, a digit, a currency sign, an opening mark or a letter
///   of a script without case follows; a lower-case word (`“Who is Sylvia?” asked ...`,
///   `a recovery... much patchier`) continues the sentence, unless it is a brand written
///   in camel case (`eBay`, `iPod`).
///
/// So `“... Ukraine,” Leavitt said.` is one sentence (a comma is not final), a quotation of
/// several sentences is split at each, and a decimal, version number, URL or `U.S.-led`
/// never splits (no whitespace follows the mark). CJK full stops end a sentence with or
/// without a following space. Headings and boilerplate lines are single units because they
/// have no final mark.
///
/// Nothing is lost: a paragraph's sentences, in order, cover every non-space character of
/// it. A run of text longer than `maximumLength` bytes without a boundary is split at the
/// last whitespace before the limit (rule `length-limit`), so that pathological input keeps
/// later stages bounded.
///
/// - **Requires:** `AnnotationKeyID.paragraphs`.
/// - **Provides:** `AnnotationKeyID.sentences`.
/// - **Offsets:** UTF-8 bytes of the working text; each sentence is trimmed of whitespace.
/// - **Rules:** `terminal`, `question`, `exclamation`, `ellipsis`, `abbreviation-then-starter`,
///   `cjk-terminal`, `length-limit`, `paragraph-end`.
/// - **Options:** `extraTitles`, `extraAbbreviations`, `extraStarters` (lists of words, without
///   the period, added to the built-in lists), `maximumLength` (default 10 000 bytes).
///
/// `SentenceSegmenter` is `Sendable`.
public struct SentenceSegmenter: Segmenter {
    /// `lede.sentences`.
    public let name = "lede.sentences"
    /// Words that always precede a name when followed by a period.
    public var titles: Set<String>
    /// Abbreviations that may end a sentence.
    public var abbreviations: Set<String>
    /// Capitalized words that commonly open a sentence.
    public var starters: Set<String>
    /// The longest run, in bytes, before a sentence is split at whitespace regardless.
    public var maximumLength: Int

    /// Creates the segmenter.
    ///
    /// - Parameters:
    ///   - extraTitles: Titles to add to the built-in list, without the period.
    ///   - extraAbbreviations: Abbreviations to add, without the final period.
    ///   - extraStarters: Sentence-opening words to add.
    ///   - maximumLength: The longest sentence, in bytes, before a forced split; defaults to 10 000.
    public init(
        extraTitles: [String] = [],
        extraAbbreviations: [String] = [],
        extraStarters: [String] = [],
        maximumLength: Int = 10_000
    ) {
        titles = SentenceSegmenter.defaultTitles.union(extraTitles)
        abbreviations = Set(Abbreviations.mayEndSentence).union(extraAbbreviations)
        starters = Set(SentenceStarters.words).union(extraStarters)
        self.maximumLength = max(200, maximumLength)
    }

    /// `AnnotationKeyID.paragraphs`.
    public var requires: Set<AnnotationKeyID> { [.paragraphs] }
    /// `AnnotationKeyID.sentences`.
    public var provides: Set<AnnotationKeyID> { [.sentences] }

    /// Finds the sentences of every paragraph.
    ///
    /// - Parameter document: A document with paragraphs.
    /// - Complexity: O(*n*) in the length of the text.
    public func process(_ document: inout Document) {
        let paragraphs = document.paragraphs
        var text = document.text
        var sentences: [Sentence] = []
        sentences.reserveCapacity(paragraphs.count * 4)
        text.withUTF8 { bytes in
            for (index, paragraph) in paragraphs.enumerated() {
                split(paragraph.span, paragraph: index, bytes: bytes, into: &sentences)
            }
        }
        document.sentences = sentences
    }

    // MARK: Scanning

    func split(_ span: Span, paragraph: Int, bytes: UnsafeBufferPointer<UInt8>, into sentences: inout [Sentence]) {
        var start = span.start
        while start < span.end && TextBytes.isSpace(bytes[start]) { start += 1 }
        var index = start
        let end = span.end
        func emit(_ sentenceEnd: Int, rule: String) {
            var trimmedEnd = sentenceEnd
            while trimmedEnd > start && TextBytes.isSpace(bytes[trimmedEnd - 1]) { trimmedEnd -= 1 }
            if trimmedEnd > start {
                sentences.append(
                    Sentence(
                        span: Span(start: start, end: trimmedEnd),
                        paragraph: paragraph,
                        provenance: Provenance(stage: name, rule: rule)
                    )
                )
            }
            start = sentenceEnd
            while start < end && TextBytes.isSpace(bytes[start]) { start += 1 }
        }
        while index < end {
            // Every byte before the next candidate is stepped over one at a time, and the first
            // step that leaves more than `maximumLength` bytes behind the sentence start forces
            // a split: the step from `max(index, start + maximumLength)`, if that comes before
            // the candidate. Jump to whichever comes first.
            let candidate = Self.nextCandidate(bytes, from: index, end: end)
            // (Written so that a huge `maximumLength` cannot overflow: then no step forces.)
            let forcingStep = maximumLength >= end - start ? end : max(index, start + maximumLength)
            if forcingStep < candidate {
                index = forcingStep + 1
                // Force a split at the last whitespace before the limit.
                var cut = index
                while cut > start + 1 && !TextBytes.isSpace(bytes[cut - 1]) { cut -= 1 }
                if cut <= start + 1 { cut = index }
                while cut < end && TextBytes.isContinuation(bytes[cut]) { cut += 1 }
                emit(cut, rule: "length-limit")
                index = max(index, start)
                continue
            }
            index = candidate
            guard index < end else { break }
            if let (boundary, rule) = boundary(at: index, sentenceStart: start, end: end, bytes: bytes) {
                emit(boundary, rule: rule)
                index = max(boundary, start)
            } else {
                index = skipTerminalRun(from: index, end: end, bytes: bytes)
            }
        }
        emit(end, rule: "paragraph-end")
    }

    /// The first offset in `start ..< end` that may end a sentence, or `end`: a `.`, `?` or
    /// `!`, or the lead byte (0xE2 or above) of another sentence-final mark.
    ///
    /// Reads eight bytes at a time; only the bytes flagged there are looked at one by one.
    private static func nextCandidate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        func isCandidate(_ index: Int) -> Bool {
            let byte = bytes[index]
            if byte < 0x80 { return byte == 0x2E || byte == 0x3F || byte == 0x21 }
            return byte >= 0xE2 && TextBytes.scalar(in: bytes, at: index).map { Punctuation.isTerminal($0.0) } == true
        }
        var index = start
        while index + 8 <= end {
            let word = ByteScan.word(bytes, at: index)
            // Periods, question and exclamation marks, and every non-ASCII byte.
            var flagged =
                ByteScan.bytes(word, equalTo: 0x2E) | ByteScan.bytes(word, equalTo: 0x3F)
                | ByteScan.bytes(word, equalTo: 0x21) | (word & 0x8080_8080_8080_8080)
            while flagged != 0 {
                let candidate = index + flagged.trailingZeroBitCount / 8
                if isCandidate(candidate) { return candidate }
                flagged &= flagged - 1
            }
            index += 8
        }
        while index < end && !isCandidate(index) { index += 1 }
        return index
    }

    private func skipTerminalRun(from index: Int, end: Int, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var cursor = index
        while cursor < end, let (scalar, length) = TextBytes.scalar(in: bytes, at: cursor),
            Punctuation.isTerminal(scalar)
        {
            cursor += length
        }
        return max(cursor, index + 1)
    }

    /// Decides whether the terminal run starting at `index` ends a sentence; returns the end
    /// of the sentence (after closing marks) and the rule.
    private func boundary(
        at index: Int,
        sentenceStart: Int,
        end: Int,
        bytes: UnsafeBufferPointer<UInt8>
    ) -> (Int, String)? {
        // The run of final marks.
        var cursor = index
        var periods = 0
        var hasQuestion = false
        var hasExclamation = false
        var hasEllipsis = false
        var isCJK = false
        while cursor < end, let (scalar, length) = TextBytes.scalar(in: bytes, at: cursor),
            Punctuation.isTerminal(scalar)
        {
            switch scalar.value {
            case 0x2E: periods += 1
            case 0x3F, 0xFF1F: hasQuestion = true
            case 0x21, 0xFF01, 0x203D: hasExclamation = true
            case 0x2026: hasEllipsis = true
            default: isCJK = true
            }
            cursor += length
        }
        let runEnd = cursor
        // Closing quotation marks and brackets, and a French closing guillemet after a space.
        while cursor < end, let (scalar, length) = TextBytes.scalar(in: bytes, at: cursor) {
            if Punctuation.isCloser(scalar) {
                cursor += length
                continue
            }
            if scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}",
                let (mark, markLength) = TextBytes.scalar(in: bytes, at: cursor + length),
                mark == "\u{00BB}" || mark == "\u{203A}"
            {
                cursor += length + markLength
                continue
            }
            break
        }
        let closersEnd = cursor
        if closersEnd == end { return (end, "paragraph-end") }
        if isCJK { return (closersEnd, "cjk-terminal") }
        // Whitespace must follow.
        guard TextBytes.isSpace(bytes[closersEnd]) else { return nil }
        var next = closersEnd
        while next < end && TextBytes.isSpace(bytes[next]) { next += 1 }
        guard next < end else { return (end, "paragraph-end") }
        let following = NextWord(bytes: bytes, at: next, end: end)

        // A closed quotation followed by a new one: `... trev." "think tbwa ...`.
        if closersEnd > runEnd && following.openers > 0 && following.firstScalar.map(TextBytes.isLetter) == true {
            let quoteCloses = (runEnd..<closersEnd).contains { bytes[$0] == 0x22 || bytes[$0] == 0x9D }
            if quoteCloses { return (closersEnd, "terminal") }
        }
        if hasQuestion || hasExclamation {
            return following.continuesSentence ? nil : (closersEnd, hasQuestion ? "question" : "exclamation")
        }
        if hasEllipsis || periods >= 2 {
            return following.startsSentence ? (closersEnd, "ellipsis") : nil
        }
        // A single period: look at the word before it.
        let word = wordBefore(index, sentenceStart: sentenceStart, bytes: bytes)
        if word.isEmpty {
            return following.startsSentence ? (closersEnd, "terminal") : nil
        }
        let hasClosers = closersEnd > runEnd
        if !hasClosers {
            if titles.contains(word.text) { return nil }
            if following.isNumber
                && (Self.beforeNumbers.contains(word.text) || Self.monthAbbreviations.contains(word.text))
            {
                return nil
            }
            if word.isNumber && word.start == sentenceStart { return nil }  // a list marker such as "1."
            if abbreviations.contains(word.text) || word.isInitial || word.isDottedAcronym {
                let opensQuote = following.openers > 0 && following.isCapitalized
                return (following.isCapitalized && starters.contains(following.word)) || opensQuote
                    ? (closersEnd, "abbreviation-then-starter") : nil
            }
        }
        return following.startsSentence ? (closersEnd, "terminal") : nil
    }

    private struct WordBefore {
        var text: String
        var start: Int
        var isNumber: Bool
        var isInitial: Bool
        var isDottedAcronym: Bool
        var isEmpty: Bool { text.isEmpty }
    }

    /// The word that ends at the period at `index`, without the period.
    private func wordBefore(_ index: Int, sentenceStart: Int, bytes: UnsafeBufferPointer<UInt8>) -> WordBefore {
        var start = index
        while start > sentenceStart && index - start < 24 {
            let byte = bytes[start - 1]
            if TextBytes.isSpace(byte) || byte == 0x28 || byte == 0x5B || byte == 0x22 || byte == 0x2F { break }
            if byte >= 0x80 {
                let scalarStart = TextBytes.previousScalarStart(in: bytes, before: start)
                guard let (scalar, _) = TextBytes.scalar(in: bytes, at: scalarStart), TextBytes.isLetter(scalar) else {
                    break
                }
                start = scalarStart
                continue
            }
            start -= 1
        }
        // Strip leading apostrophes or dashes.
        while start < index && (bytes[start] == 0x27 || bytes[start] == 0x2D) { start += 1 }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
        let text = String(decoding: slice, as: UTF8.self)
        var letters = 0
        var digits = 0
        var dots = 0
        var uppers = 0
        for byte in slice {
            if TextBytes.isDigit(byte) {
                digits += 1
            } else if byte == 0x2E {
                dots += 1
            } else if TextBytes.isASCIILetter(byte) {
                letters += 1
                if TextBytes.isUpper(byte) { uppers += 1 }
            }
        }
        let isInitial = slice.count == 1 && uppers == 1
        // "U.S", "J.R.R", "a.m": single letters separated by periods.
        var isDotted = dots > 0 && letters == dots + 1
        if isDotted {
            for (offset, byte) in slice.enumerated() where (offset % 2 == 0) != TextBytes.isASCIILetter(byte) {
                isDotted = false
                break
            }
        }
        return WordBefore(
            text: text,
            start: start,
            isNumber: digits > 0 && letters == 0,
            isInitial: isInitial,
            isDottedAcronym: isDotted
        )
    }

    // MARK: Word lists

    /// The titles before a name, from the Lexicon.
    static let defaultTitles = Set(TitleWords.abbreviated)

    /// Month abbreviations: no sentence ends after one that a number follows (`Jan. 5`).
    static let monthAbbreviations = Set(CalendarWords.monthAbbreviations)

    /// Abbreviations after which a number follows (`No. 10`).
    static let beforeNumbers = Set(Abbreviations.beforeNumbers)
}

/// The start of the text after a possible sentence boundary.
private struct NextWord {
    var openers = 0
    var word = ""
    var firstScalar: Unicode.Scalar?
    var isCamelCase = false

    init(bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) {
        var cursor = start
        while cursor < end, let (scalar, length) = TextBytes.scalar(in: bytes, at: cursor), Punctuation.isOpener(scalar)
        {
            openers += 1
            cursor += length
        }
        firstScalar = TextBytes.scalar(in: bytes, at: cursor).map(\.0)
        let wordStart = cursor
        var sawLower = false
        while cursor < end && cursor - wordStart < 24, let (scalar, length) = TextBytes.scalar(in: bytes, at: cursor),
            TextBytes.isLetter(scalar)
        {
            if TextBytes.isLowercase(scalar) {
                sawLower = true
            } else if sawLower && TextBytes.isUppercase(scalar) {
                isCamelCase = true
            }
            cursor += length
        }
        word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<cursor]), as: UTF8.self)
    }

    var isCapitalized: Bool { firstScalar.map(TextBytes.isUppercase) ?? false }
    var isNumber: Bool { firstScalar.map { $0.value >= 0x30 && $0.value <= 0x39 } ?? false }

    /// Whether the text plainly opens a new sentence.
    var startsSentence: Bool {
        guard let scalar = firstScalar else { return openers > 0 }
        if TextBytes.isUppercase(scalar) || isNumber || TextBytes.isUncasedLetter(scalar) { return true }
        if TextBytes.isLowercase(scalar) { return isCamelCase }
        // Currency signs and other symbols that open sentences ("$5bn was spent").
        switch scalar.value {
        case 0x24, 0xA3, 0x20AC, 0xA5, 0x23, 0x40: return true
        default: return openers > 0
        }
    }

    /// Whether the text plainly continues the sentence (a lower-case word that is not a brand).
    var continuesSentence: Bool {
        guard let scalar = firstScalar else { return false }
        return TextBytes.isLowercase(scalar) && !isCamelCase
    }
}
