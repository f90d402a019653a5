internal import Lede

/// Pairs the quotation marks of a document's paragraphs into quotations, for ``QuoteFinder``.
///
/// Each paragraph's marks are found and classed (`QuoteScanner+Marks.swift`), then paired
/// with a stack so that quotations nest; a double quotation left open at the end of a
/// paragraph may continue in the next. Each quotation's kind is decided when it is emitted
/// (`QuoteScanner+Kind.swift`).
struct QuoteScanner {
    /// The family of a mark: double (straight, curly, low-9 marks and guillemets) or single.
    enum Family { case double, single }

    /// What a mark may do where it stands: open, close, close only a quotation waiting for it,
    /// either, or nothing (an apostrophe).
    enum Role {
        case open, close, maybeClose, either, apostrophe
    }

    /// A quotation mark of a paragraph, with its family and role.
    struct Mark {
        var span: Span
        var family: Family
        var role: Role
    }

    /// A quotation open on the stack: its family and opening mark, the passages so far and
    /// where the current one starts, its paragraph, and whether it continues one from an
    /// earlier paragraph.
    struct Frame {
        var family: Family
        var openMark: Span
        var partStart: Int
        var parts: [Span] = []
        var paragraph: Int
        var continued = false
    }

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

    /// Finds the quotations of one paragraph; `next` is the paragraph after it, if searched,
    /// where a double quotation left open may continue.
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
    mutating func finishCarried() {
        guard let unclosed = carried else { return }
        carried = nil
        issues.append(QuoteIssue(mark: unclosed.openMark, reason: "unclosed"))
        emit(unclosed, end: unclosed.parts.last?.end ?? unclosed.partStart, isClosed: false, depth: 0)
    }

    /// Opens a quotation at a mark, unless ``maximumDepth`` quotations are open already.
    ///
    /// Then the oldest open single mark (most likely an apostrophe the context could not
    /// reveal) makes room; with none, the new mark is left unpaired and reported.
    mutating func open(_ mark: Mark, paragraph: Int, stack: inout [Frame]) {
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

    /// Closes the innermost open quotation of the mark's family, reporting the quotations
    /// opened inside it and never closed, or reports the mark when none is open.
    mutating func close(_ mark: Mark, stack: inout [Frame]) {
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

    /// Adds a quotation of a frame's passages that hold a letter or a digit, with its kind and rule.
    mutating func emit(_ frame: Frame, end: Int, isClosed: Bool, depth: Int) {
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

    // MARK: Helpers

    /// Whether the text before `offset` (and after `limit`) ends with a sentence-final mark.
    func endsSentence(before offset: Int, after limit: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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

    /// A span without the white space at its ends.
    func trimmed(_ span: Span, _ bytes: UnsafeBufferPointer<UInt8>) -> Span {
        var start = span.start
        var end = span.end
        while start < end && TextBytes.isSpace(bytes[start]) { start += 1 }
        while end > start && TextBytes.isSpace(bytes[end - 1]) { end -= 1 }
        return Span(start: start, end: end)
    }

    /// Whether a span holds a letter or a digit.
    func hasLetterOrDigit(in span: Span, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
}
