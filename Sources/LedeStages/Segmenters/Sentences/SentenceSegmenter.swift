public import Lede

/// Divides each paragraph into sentences, with rules for English news and general prose.
///
/// A sentence ends at a sentence-final mark (`.` `?` `!` `…`, and runs such as `?!`, `...`
/// or a spaced `. . .`), after any closing quotation marks and brackets that follow it, when
/// whitespace and the start of a new sentence come next. What counts as a new start depends
/// on the word before the mark:
///
/// - After a **title** that always precedes a name (`Mr.`, `Mrs.`, `Dr.`, `Gen.`, `Adm.`,
///   `Sen.`, `Rep.`, `Gov.`, `Prof.`, `Lt.`, `Col.`, `Capt.`, `Rev.`, ...), never.
/// - After an **abbreviation** that may also end a sentence (`U.S.`, `U.K.`, `Inc.`, `Ltd.`,
///   `Corp.`, `Co.`, `Jr.`, `St.`, `etc.`, `a.m.`, `p.m.`, `Jan.` to `Dec.`, ...), after an
///   **initial** (`George W. Bush`) or a dotted acronym (`J.R.R.`), only when a common
///   sentence-opening word (`The`, `He`, `But`, `In`, ...) or an opening quotation mark and a
///   capital follow, never when a parenthesis follows (`Apple Inc. (NASDAQ: AAPL) said`).
///   After `a.m.` and `p.m.` any capitalized word ends the sentence (`at 6 p.m. Mr. Smith
///   left`) except a time zone, a day or a month (`5 p.m. ET`, `9 a.m. Monday`), unless the
///   sentence so far is only a phrase of time (`At 5 a.m. Mr. Smith left`).
/// - After `No.`, `N°.`, `Vol.`, `pp.`, `Art.` and month abbreviations followed by a number,
///   never.
/// - After a number that opens its sentence (a list marker such as `1.`), never.
/// - Otherwise, when a capital letter, a digit, a currency sign, a bullet, an opening mark or
///   a letter of a script without case follows; a lower-case word (`“Who is Sylvia?” asked
///   ...`, `a recovery... much patchier`) continues the sentence, unless it is a brand
///   written in camel case (`eBay`, `iPod`).
///
/// Ellipses: `...`, `…` and `. . .` end a sentence when a new one plainly starts; a spaced
/// ellipsis before `I` does not (`the thing is . . . I didn't`), since in that style an
/// ellipsis that ends a sentence has four dots. A period and a spaced ellipsis
/// (`compounds. . . . The`) end the sentence at the period, and the ellipsis opens the next.
/// An ellipsis at the start of a sentence or in square brackets (`[...]`) ends nothing, and a
/// quotation followed by its source in parentheses (`"..." (Jones 2004, p. 12).`) is one
/// sentence.
///
/// Inline enumerations: a sentence that opens with a list marker (`1.`, `2.)`, `3)`, `a.`,
/// `b)`, after an optional bullet or dash: `• 9.`) is an item, and the next item starts at
/// the next marker of the same style (`1. Buy milk 2. Call Anna`), with or without a period
/// closing the item (rule `list-item`).
///
/// So `“... Ukraine,” Leavitt said.` is one sentence (a comma is not final), a quotation of
/// several sentences is split at each, and a decimal, version number, URL, `192.168.0.1` or
/// `U.S.-led` never splits (no whitespace follows the mark). CJK full stops end a sentence
/// with or without a following space. Headings and boilerplate lines are single units
/// because they have no final mark.
///
/// Nothing is lost: a paragraph's sentences, in order, cover every non-space character of
/// it, and no two share a byte, in the working text or in the original. A run of text longer
/// than `maximumLength` bytes without a boundary is split at the last whitespace before the
/// limit, or else at the last character boundary (rule `length-limit`), so that pathological
/// input keeps later stages bounded; a split never falls inside a character or inside text
/// a normalizer rewrote.
///
/// - **Requires:** `AnnotationKeyID.paragraphs`.
/// - **Provides:** `AnnotationKeyID.sentences`.
/// - **Offsets:** UTF-8 bytes of the working text; each sentence is trimmed of whitespace.
/// - **Rules:** `terminal`, `question`, `exclamation`, `ellipsis`, `abbreviation-then-starter`,
///   `list-item`, `cjk-terminal`, `length-limit`, `paragraph-end`.
/// - **Options:** `extraTitles`, `extraAbbreviations`, `extraStarters` (lists of words, without
///   the period, added to the built-in lists), `maximumLength` (default 10 000 bytes).
///
/// `SentenceSegmenter` is `Sendable`.
public struct SentenceSegmenter: Segmenter {
    /// `lede.sentences`.
    public let name = "lede.sentences"
    /// Words that always precede a name when followed by a period.
    public var titles: Set<String> { didSet { rebuildWords() } }
    /// Abbreviations that may end a sentence.
    public var abbreviations: Set<String> { didSet { rebuildWords() } }
    /// Capitalized words that commonly open a sentence.
    public var starters: Set<String> { didSet { rebuildWords() } }
    /// The words of the three lists above and of the built-in lists, in one table.
    private(set) var words: SentenceWords
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
        let hasExtras = !extraTitles.isEmpty || !extraAbbreviations.isEmpty || !extraStarters.isEmpty
        words =
            hasExtras
            ? SentenceWords(titles: titles, abbreviations: abbreviations, starters: starters) : Self.defaultWords
        self.maximumLength = max(200, maximumLength)
    }

    private mutating func rebuildWords() {
        words = SentenceWords(titles: titles, abbreviations: abbreviations, starters: starters)
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
        let map = document.offsetMap
        var text = document.text
        var sentences: [Sentence] = []
        sentences.reserveCapacity(paragraphs.count * 4)
        text.withUTF8 { bytes in
            for (index, paragraph) in paragraphs.enumerated() {
                split(paragraph.span, paragraph: index, bytes: bytes, map: map, into: &sentences)
            }
        }
        document.sentences = sentences
    }

    // MARK: Scanning

    func split(
        _ span: Span,
        paragraph: Int,
        bytes: UnsafeBufferPointer<UInt8>,
        map: OffsetMap,
        into sentences: inout [Sentence]
    ) {
        var start = span.start
        while start < span.end && TextBytes.isSpace(bytes[start]) { start += 1 }
        var index = start
        let end = span.end
        // The list marker that opens the current sentence, if any.
        var list = ListMarker.opening(in: bytes, at: start, end: end)
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
            list = ListMarker.opening(in: bytes, at: start, end: end)
        }
        // The next offset at or after `index` that may end a sentence. It is kept across
        // forced splits, so that text without any is scanned once, not once per split.
        var candidate = -1
        while index < end {
            if candidate < index { candidate = Self.nextCandidate(bytes, from: index, end: end) }
            // Every byte before the candidate is stepped over one at a time, and the first step
            // that leaves more than `maximumLength` bytes behind the sentence start forces a
            // split: the step from `max(index, start + maximumLength)`, if that comes before the
            // candidate. Jump to whichever comes first.
            // (Written so that a huge `maximumLength` cannot overflow: then no step forces.)
            let forcingStep = maximumLength >= end - start ? end : max(index, start + maximumLength)
            if forcingStep < candidate {
                let limit = forcingStep + 1
                emit(
                    forcedSplit(before: limit, sentenceStart: start, end: end, bytes: bytes, map: map),
                    rule: "length-limit"
                )
                index = max(limit, start)
                continue
            }
            index = candidate
            guard index < end else { break }
            switch decide(at: index, sentenceStart: start, list: list, end: end, bytes: bytes) {
            case .boundary(let boundary, let rule):
                emit(boundary, rule: rule)
                index = max(boundary, start)
            case .skip(let next):
                index = next
            }
        }
        emit(end, rule: "paragraph-end")
    }

    /// Where a sentence that would pass `limit` is split: after the last whitespace before
    /// the limit, or else at the last character boundary before it.
    ///
    /// A split never falls inside a character (before a combining mark) nor inside a region
    /// the normalizers rewrote, which the sentences on both sides would then share in the
    /// original text. Only when the whole sentence is one character (a letter under
    /// thousands of combining marks) is it split after the limit, where that character ends.
    private func forcedSplit(
        before limit: Int,
        sentenceStart: Int,
        end: Int,
        bytes: UnsafeBufferPointer<UInt8>,
        map: OffsetMap
    ) -> Int {
        func isCharacterStart(_ offset: Int) -> Bool {
            if offset == end { return true }
            let byte = bytes[offset]
            if TextBytes.isContinuation(byte) { return false }
            if byte >= 0x80, let (scalar, _) = TextBytes.scalar(in: bytes, at: offset), scalar.needsBase {
                return false
            }
            return map.originalOffset(of: offset, side: .start) == map.originalOffset(of: offset, side: .end)
        }
        var cut = limit
        while cut > sentenceStart + 1 && !(TextBytes.isSpace(bytes[cut - 1]) && isCharacterStart(cut)) { cut -= 1 }
        if cut > sentenceStart + 1 { return cut }
        cut = limit - 1
        while cut > sentenceStart + 1 && !isCharacterStart(cut) { cut -= 1 }
        if cut > sentenceStart + 1 { return cut }
        cut = limit
        while cut < end && !isCharacterStart(cut) { cut += 1 }
        return cut
    }

    /// The first offset in `start ..< end` that may end a sentence or a list item, or `end`:
    /// a `.`, `?`, `!` or `)`, or the lead byte of another sentence-final mark.
    ///
    /// Reads eight bytes at a time; only the bytes flagged there are looked at one by one.
    private static func nextCandidate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        func isCandidate(_ index: Int) -> Bool {
            let byte = bytes[index]
            if byte < 0x80 { return byte == 0x2E || byte == 0x3F || byte == 0x21 || byte == 0x29 }
            return byte >= 0xE2 && isFinalMark(bytes, at: index, end: end)
        }
        var index = start
        while index + 8 <= end {
            let word = ByteScan.word(bytes, at: index)
            // Periods, question marks, exclamation marks and parentheses (0x21 and 0x29 are
            // one test: setting bit 3 makes both 0x29), and every non-ASCII byte.
            var flagged =
                ByteScan.bytes(word, equalTo: 0x2E) | ByteScan.bytes(word, equalTo: 0x3F)
                | ByteScan.bytes(word | 0x0808_0808_0808_0808, equalTo: 0x29) | (word & 0x8080_8080_8080_8080)
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

    /// Whether the bytes at `index` are one of the sentence-final marks above U+007F
    /// (`Punctuation.isTerminal`): `…` U+2026 and `‽` U+203D (E2 80 A6, E2 80 BD), `。`
    /// U+3002 (E3 80 82), and the full-width `！` `？` `．` (EF BC 81, EF BC 9F, EF BC 8E).
    @inline(__always)
    private static func isFinalMark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        guard index + 2 < end else { return false }
        let second = bytes[index + 1]
        let third = bytes[index + 2]
        switch bytes[index] {
        case 0xE2: return second == 0x80 && (third == 0xA6 || third == 0xBD)
        case 0xE3: return second == 0x80 && third == 0x82
        case 0xEF: return second == 0xBC && (third == 0x81 || third == 0x9F || third == 0x8E)
        default: return false
        }
    }

    // MARK: Word lists

    /// The titles before a name, from the Lexicon.
    static let defaultTitles = Set(TitleWords.abbreviated)

    /// The word table of a segmenter with the built-in lists only.
    static let defaultWords = SentenceWords(
        titles: defaultTitles,
        abbreviations: Set(Abbreviations.mayEndSentence),
        starters: Set(SentenceStarters.words)
    )
}
