public import Lede

/// Finds direct quotations: straight and curly double marks, single marks where they are
/// quotation marks and not apostrophes, guillemets and low-9 marks.
///
/// Each mark is classed as opening or closing from what surrounds it (a space or the start
/// of the paragraph before it and a letter after it open; a letter or punctuation before it
/// and a space or punctuation after it close), and, where context is silent, from its
/// original glyph (`“ „ ‘` open, `” ’` close) — the working text may hold straight marks
/// after ``TypographyNormalizer``, so the finder looks the glyph up in the original input.
/// Marks pair up per paragraph with a stack, so quotations nest.
///
/// - **Apostrophes** never open or close a quotation: inner ones (`NATO’s`, `don't`),
///   elisions (`’90s`, `'em`, `rock 'n' roll`), and plural possessives (`Ellis’`,
///   `soldiers'`) unless a single-mark quotation is open and waiting for its close.
/// - **Multi-paragraph quotations** follow the news convention: a paragraph that ends with
///   the quotation still open, followed by a paragraph that opens with a new mark, continues
///   it (rule `continued`); so does a mark that re-opens after a sentence end while the
///   quotation is open, as when paragraphs were merged. The result is one `Quote` with
///   one part per passage.
/// - **Unbalanced marks** are never an error: an unclosed quotation runs to the end of its
///   paragraph (`Quote.isClosed` is `false`, rule `unclosed`), and each odd mark is
///   reported in `Document.quoteIssues`.
/// - **Kind**: a quotation of one passage with at most three words and no punctuation is a
///   `QuoteKind.fragment` (a name or phrase: “Draft One”, “candid discussion”). Otherwise
///   it is `QuoteKind.full` when it runs over several passages, starts with a capital or a
///   digit, opens its sentence, follows a colon or comma, or follows a reporting `that` and
///   ends a sentence; anything else is a `QuoteKind.fragment`. ``AttributionFinder`` turns a fragment that nobody
///   said into a `QuoteKind.term`.
///
/// The value of an attribute of markup left in a text (`author="Jane Doe"`, a double mark right
/// after `=`) is no quotation. Boilerplate paragraphs (`Document.layout`) are skipped; headings
/// are searched.
///
/// - **Requires:** `AnnotationKeyID.paragraphs`, `AnnotationKeyID.sentences`,
///   `AnnotationKeyID.layout`.
/// - **Provides:** `AnnotationKeyID.quotes`.
/// - **Offsets:** UTF-8 bytes of the working text.
/// - **Options:** `singleQuotes` (default `true`): look for single-mark quotations.
///
/// `QuoteFinder` is `Sendable`.
public struct QuoteFinder: Tagger {
    /// `lede.quotes`.
    public let name = "lede.quotes"
    /// Whether single-mark quotations (`'...'`, `‘...’`) are found.
    public var findsSingleQuotes: Bool

    /// Creates the finder.
    ///
    /// - Parameter findsSingleQuotes: Whether to find single-mark quotations; defaults to `true`.
    public init(findsSingleQuotes: Bool = true) {
        self.findsSingleQuotes = findsSingleQuotes
    }

    /// Paragraphs, sentences and layout.
    public var requires: Set<AnnotationKeyID> { [.paragraphs, .sentences, .layout] }
    /// `AnnotationKeyID.quotes`.
    public var provides: Set<AnnotationKeyID> { [.quotes] }

    /// Finds the quotations.
    ///
    /// - Parameter document: A segmented document.
    /// - Complexity: O(*n*) in the length of the text.
    public func process(_ document: inout Document) {
        let paragraphs = document.paragraphs
        let sentences = document.sentences
        let searched = paragraphs.indices.map { index -> Bool in
            guard let role = document.layoutRole(of: paragraphs[index].span) else { return true }
            return role.isHeading
        }
        var scanner = Scanner(finder: self, document: document, sentences: sentences)
        var text = document.text
        text.withUTF8 { bytes in
            scanner.bytes = bytes
            for (index, paragraph) in paragraphs.enumerated() where searched[index] {
                let next = index + 1 < paragraphs.count && searched[index + 1] ? paragraphs[index + 1].span : nil
                scanner.scan(paragraph: index, span: paragraph.span, next: next)
            }
            scanner.bytes = nil
        }
        document.quotes = scanner.quotes.sorted { $0.span < $1.span }
        document.quoteIssues = scanner.issues
    }
}

// MARK: - Marks

private enum Family { case double, single }

private enum Role {
    case open, close, maybeClose, either, apostrophe
}

private struct Mark {
    var span: Span
    var family: Family
    var role: Role
}

private struct Frame {
    var family: Family
    var openMark: Span
    var partStart: Int
    var parts: [Span] = []
    var paragraph: Int
    var continued = false
}

private struct Scanner {
    let finder: QuoteFinder
    let original: String
    let offsetMap: OffsetMap
    let sentences: [Sentence]
    var bytes: UnsafeBufferPointer<UInt8>?
    var quotes: [Quote] = []
    var issues: [QuoteIssue] = []
    /// A double quotation left open at the end of a paragraph, continued by the next one.
    var carried: Frame?

    init(finder: QuoteFinder, document: Document, sentences: [Sentence]) {
        self.finder = finder
        self.original = document.original
        self.offsetMap = document.offsetMap
        self.sentences = sentences
    }

    // MARK: Scanning a paragraph

    /// The most quotations open at once in a paragraph.
    ///
    /// News nests two or three deep; an opening mark met with this many open is left unpaired (reported as `unclosed`), so
    /// that a paragraph of opening marks that never close costs linear time, not quadratic.
    static let maximumDepth = 16

    mutating func scan(paragraph index: Int, span: Span, next: Span?) {
        guard let bytes else { return }
        let marks = findMarks(in: span, bytes: bytes)
        var stack: [Frame] = []
        var first = true
        if carried != nil,
            !(marks.first.map { $0.role == .open && $0.family == .double && isAtStart($0, of: span) } ?? false)
        {
            // The expected continuation did not come: the carried quotation ends where it stopped.
            finishCarried()
        }
        for mark in marks {
            defer { first = false }
            switch mark.role {
            case .apostrophe:
                continue
            case .open:
                if first, var frame = carried {
                    frame.partStart = mark.span.end
                    frame.continued = true
                    stack.append(frame)
                    carried = nil
                } else if mark.family == .double, let top = stack.last, top.family == .double,
                    endsSentence(before: mark.span.start, after: top.partStart, bytes: bytes)
                {
                    // Re-opened after a sentence end while still open: the same speaker goes on.
                    stack[stack.count - 1].parts.append(
                        trimmed(Span(start: top.partStart, end: mark.span.start), bytes)
                    )
                    stack[stack.count - 1].partStart = mark.span.end
                    stack[stack.count - 1].continued = true
                } else {
                    open(mark, paragraph: index, stack: &stack)
                }
            case .close, .maybeClose:
                close(mark, stack: &stack)
            case .either:
                if stack.last?.family == mark.family {
                    close(mark, stack: &stack)
                } else {
                    open(mark, paragraph: index, stack: &stack)
                }
            }
        }
        // What is still open at the end of the paragraph.
        let continues =
            next.map { nextSpan in
                findMarks(in: Span(start: nextSpan.start, end: min(nextSpan.end, nextSpan.start + 8)), bytes: bytes)
                    .first.map {
                        $0.family == .double && $0.role == .open && isAtStart($0, of: nextSpan)
                    } ?? false
            } ?? false
        while var frame = stack.popLast() {
            if frame.family == .double && continues && !stack.contains(where: { $0.family == .double }) {
                frame.parts.append(trimmed(Span(start: frame.partStart, end: span.end), bytes))
                carried = frame
            } else if frame.family == .double {
                issues.append(QuoteIssue(mark: frame.openMark, reason: "unclosed"))
                frame.parts.append(trimmed(Span(start: frame.partStart, end: span.end), bytes))
                emit(frame, end: span.end, isClosed: false, depth: stack.count)
            }
            // An unclosed single mark is most likely an apostrophe we could not tell apart.
        }
        if next == nil { finishCarried() }
    }

    /// Ends a quotation carried over from the previous paragraph that the expected
    /// continuation never took up.
    private mutating func finishCarried() {
        guard let unclosed = carried else { return }
        carried = nil
        issues.append(QuoteIssue(mark: unclosed.openMark, reason: "unclosed"))
        emit(unclosed, end: unclosed.parts.last?.end ?? unclosed.partStart, isClosed: false, depth: 0)
    }

    /// Opens a quotation at a mark, unless ``maximumDepth`` quotations are open already.
    ///
    /// Then the oldest open single mark (most likely an apostrophe the context could not
    /// reveal) makes room; with none, the new mark is left unpaired and reported.
    private mutating func open(_ mark: Mark, paragraph: Int, stack: inout [Frame]) {
        if stack.count >= Self.maximumDepth {
            if let single = stack.firstIndex(where: { $0.family == .single }) {
                stack.remove(at: single)
            } else {
                if mark.family == .double { issues.append(QuoteIssue(mark: mark.span, reason: "unclosed")) }
                return
            }
        }
        stack.append(Frame(family: mark.family, openMark: mark.span, partStart: mark.span.end, paragraph: paragraph))
    }

    private mutating func close(_ mark: Mark, stack: inout [Frame]) {
        guard let index = stack.lastIndex(where: { $0.family == mark.family }) else {
            if mark.family == .double && mark.role != .maybeClose {
                issues.append(QuoteIssue(mark: mark.span, reason: "unopened"))
            }
            return
        }
        // Frames opened inside it and never closed.
        while stack.count > index + 1 {
            let inner = stack.removeLast()
            if inner.family == .double { issues.append(QuoteIssue(mark: inner.openMark, reason: "unclosed")) }
        }
        var frame = stack.removeLast()
        guard let bytes else { return }
        frame.parts.append(trimmed(Span(start: frame.partStart, end: mark.span.start), bytes))
        emit(frame, end: mark.span.end, isClosed: true, depth: stack.count)
    }

    private mutating func emit(_ frame: Frame, end: Int, isClosed: Bool, depth: Int) {
        guard let bytes else { return }
        let parts = frame.parts.filter { hasLetterOrDigit(in: $0, bytes) }
        guard !parts.isEmpty else { return }
        let sentence = sentenceIndex(containing: frame.openMark.start)
        let rule = frame.continued ? "continued" : (isClosed ? "paired" : "unclosed")
        let kind = classify(frame, parts: parts, sentence: sentence, bytes: bytes)
        quotes.append(
            Quote(
                span: Span(start: frame.openMark.start, end: max(end, frame.openMark.end)),
                parts: parts,
                kind: kind,
                isClosed: isClosed,
                depth: depth,
                sentence: sentence,
                paragraph: frame.paragraph,
                provenance: Provenance(stage: finder.name, rule: rule)
            )
        )
    }

    // MARK: Classifying marks

    private func findMarks(in span: Span, bytes: UnsafeBufferPointer<UInt8>) -> [Mark] {
        var marks: [Mark] = []
        var index = span.start
        while index < span.end {
            index = Self.nextMarkCandidate(bytes, from: index, end: span.end)
            guard index < span.end else { break }
            let byte = bytes[index]
            if Self.mayStartMark(byte) {
                if byte == 0x22 && index > span.start && bytes[index - 1] == 0x3D {
                    // `author="Jane Doe"`: the value of an attribute of markup left in the text is
                    // no quotation; both its marks are skipped.
                    index = Self.attributeValueEnd(bytes, after: index + 1, end: span.end)
                    continue
                }
                if byte == 0x27 && index + 1 < span.end && bytes[index + 1] == 0x27 {
                    // Two apostrophes standing for a double mark: ''A law firm ...''.
                    let markSpan = Span(start: index, end: index + 2)
                    marks.append(
                        Mark(
                            span: markSpan,
                            family: .double,
                            role: role(of: markSpan, family: .double, in: span, bytes: bytes)
                        )
                    )
                    index += 2
                    continue
                }
                if let (scalar, length) = TextBytes.scalar(in: bytes, at: index), let family = Self.family(of: scalar) {
                    if family == .double || finder.findsSingleQuotes || isApostropheGlyph(scalar) {
                        let markSpan = Span(start: index, end: index + length)
                        var role = role(of: markSpan, family: family, in: span, bytes: bytes)
                        if family == .single && !finder.findsSingleQuotes { role = .apostrophe }
                        marks.append(Mark(span: markSpan, family: family, role: role))
                    }
                    index += length
                    continue
                }
            }
            index += 1
        }
        return marks
    }

    /// The offset after the `"` that closes an attribute value opened before `start`, or `start`
    /// when no `"` comes before the end of the tag (`>`), a line break or `end`.
    private static func attributeValueEnd(_ bytes: UnsafeBufferPointer<UInt8>, after start: Int, end: Int) -> Int {
        var index = start
        while index < end {
            switch bytes[index] {
            case 0x22: return index + 1
            case 0x3E, 0x0A, 0x0D: return start
            default: index += 1
            }
        }
        return start
    }

    /// Whether a byte may start a quotation mark: `"`, `'`, or the lead byte of a curly,
    /// angle, CJK or full-width mark.
    @inline(__always)
    private static func mayStartMark(_ byte: UInt8) -> Bool {
        byte == 0x22 || byte == 0x27 || byte == 0xE2 || byte == 0xC2 || byte == 0xE3 || byte == 0xEF
    }

    /// The first offset in `start ..< end` whose byte may start a mark, or `end`.
    ///
    /// Reads eight bytes at a time: only blocks with a `"`, a `'` or a non-ASCII byte are
    /// looked at byte by byte.
    private static func nextMarkCandidate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var index = start
        while index + 8 <= end {
            let word = ByteScan.word(bytes, at: index)
            var flagged =
                ByteScan.bytes(word, equalTo: 0x22) | ByteScan.bytes(word, equalTo: 0x27)
                | (word & 0x8080_8080_8080_8080)
            while flagged != 0 {
                let candidate = index + flagged.trailingZeroBitCount / 8
                if mayStartMark(bytes[candidate]) { return candidate }
                flagged &= flagged - 1
            }
            index += 8
        }
        while index < end && !mayStartMark(bytes[index]) { index += 1 }
        return index
    }

    private static func family(of scalar: Unicode.Scalar) -> Family? {
        switch scalar.value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x301D, 0x301E, 0xFF02: .double
        case 0x27, 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A: .single
        default: nil
        }
    }

    private func isApostropheGlyph(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }

    /// The direction the glyph itself says, looked up in the original input.
    private func glyphRole(of span: Span) -> Role {
        let range = offsetMap.originalRange(of: span.range)
        let start = original.utf8.index(original.utf8.startIndex, offsetBy: range.lowerBound)
        let end = original.utf8.index(start, offsetBy: range.count)
        // The mark is the last scalar: a deletion just before it (a byte-order mark) may share its region.
        guard range.count > 0, let scalar = original.unicodeScalars[start..<end].last else { return .either }
        switch scalar.value {
        case 0x201C, 0x201E, 0x201F, 0x2018, 0x201A, 0x201B, 0x301D: return .open
        case 0x201D, 0x2019, 0x301E: return .close
        default: return .either
        }
    }

    private func role(of mark: Span, family: Family, in paragraph: Span, bytes: UnsafeBufferPointer<UInt8>) -> Role {
        let before: Unicode.Scalar? =
            mark.start > paragraph.start
            ? TextBytes.scalar(in: bytes, at: TextBytes.previousScalarStart(in: bytes, before: mark.start)).map(\.0)
            : nil
        let after: Unicode.Scalar? = mark.end < paragraph.end ? TextBytes.scalar(in: bytes, at: mark.end).map(\.0) : nil
        let leftOpen = before.map(Self.opensLeft) ?? true
        let rightOpen = after.map(Self.closesRight) ?? true
        let glyph = glyphRole(of: mark)
        if family == .single {
            // Letters on both sides: an inner apostrophe (don't, NATO’s, O'Hare).
            if let before, let after, TextBytes.isLetter(before) || Self.isDigit(before),
                TextBytes.isLetter(after) || Self.isDigit(after)
            {
                return .apostrophe
            }
            if leftOpen && !rightOpen {
                return isElision(at: mark.end, bytes: bytes, end: paragraph.end) ? .apostrophe : .open
            }
            if !leftOpen && rightOpen {
                // After an s it may be a plural possessive (Ellis’, soldiers').
                if let before, before == "s" || before == "S" { return .maybeClose }
                return .close
            }
            return glyph == .open ? .open : glyph == .close ? .maybeClose : .either
        }
        if leftOpen && !rightOpen { return .open }
        if !leftOpen && rightOpen { return .close }
        return glyph == .either ? .either : glyph
    }

    /// Whether the scalar before a mark lets it open: space, an opening bracket, a dash, or
    /// another mark.
    private static func opensLeft(_ scalar: Unicode.Scalar) -> Bool {
        if TextBytes.isWhitespace(scalar) { return true }
        switch scalar.value {
        case 0x28, 0x5B, 0x7B, 0x2D, 0x2013, 0x2014, 0x2F, 0x3A, 0x22, 0x27, 0x201C, 0x2018, 0x00AB, 0x2039, 0x201E,
            0x201A:
            return true
        default: return false
        }
    }

    /// Whether the scalar after a mark lets it close: space, punctuation, or another mark.
    private static func closesRight(_ scalar: Unicode.Scalar) -> Bool {
        if TextBytes.isWhitespace(scalar) { return true }
        switch scalar.value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x3F, 0x21, 0x29, 0x5D, 0x7D, 0x2D, 0x2013, 0x2014, 0x2026, 0x22, 0x27, 0x201D,
            0x2019, 0x00BB, 0x203A:
            return true
        default: return false
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// `’90s`, `'em`, `'n'`, `'til`, `'cause`, `'tis`, `'twas`: an apostrophe at a word start.
    private func isElision(at start: Int, bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        var index = start
        var word: [UInt8] = []
        while index < end && word.count < 6
            && (TextBytes.isASCIILetter(bytes[index]) || TextBytes.isDigit(bytes[index]))
        {
            word.append(bytes[index] | (TextBytes.isUpper(bytes[index]) ? 0x20 : 0))
            index += 1
        }
        if let first = word.first, TextBytes.isDigit(first) {
            return word.count == 2 || (word.count == 3 && word[2] == 0x73)  // '90 or '90s
        }
        switch String(decoding: word, as: UTF8.self) {
        case "em", "n", "til", "cause", "tis", "twas", "round", "bout", "nuff", "cos": return true
        default: return false
        }
    }

    private func isAtStart(_ mark: Mark, of span: Span) -> Bool { mark.span.start == span.start }

    // MARK: Helpers

    /// Whether the text before `offset` (and after `limit`) ends with a sentence-final mark.
    private func endsSentence(before offset: Int, after limit: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = offset
        while index > limit && TextBytes.isSpace(bytes[index - 1]) { index -= 1 }
        guard index < offset, index > limit else { return false }
        // Look through the closing marks of a quotation nested inside: `say 'wow.' "My ...`.
        while index > limit {
            let start = TextBytes.previousScalarStart(in: bytes, before: index)
            guard let (scalar, _) = TextBytes.scalar(in: bytes, at: start) else { return false }
            if Punctuation.isTerminal(scalar) { return true }
            guard Punctuation.isCloser(scalar) else { return false }
            index = start
        }
        return false
    }

    private func trimmed(_ span: Span, _ bytes: UnsafeBufferPointer<UInt8>) -> Span {
        var start = span.start
        var end = span.end
        while start < end && TextBytes.isSpace(bytes[start]) { start += 1 }
        while end > start && TextBytes.isSpace(bytes[end - 1]) { end -= 1 }
        return Span(start: start, end: end)
    }

    private func hasLetterOrDigit(in span: Span, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = span.start
        while index < span.end {
            guard let (scalar, length) = TextBytes.scalar(in: bytes, at: index) else { return false }
            if TextBytes.isLetter(scalar) || Self.isDigit(scalar) { return true }
            index += length
        }
        return false
    }

    /// The index of the sentence that holds `offset`, or of the nearest one before it, or 0.
    func sentenceIndex(containing offset: Int) -> Int {
        sentences.lastIndex(startingAtOrBefore: offset) ?? 0
    }

    // MARK: Kind

    private func classify(_ frame: Frame, parts: [Span], sentence: Int, bytes: UnsafeBufferPointer<UInt8>) -> QuoteKind
    {
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
