public import Lede

/// Divides a document into paragraphs.
///
/// A blank line always ends a paragraph. A single line break ends one too when the line is
/// clearly a paragraph of its own — the common shape of plain-text news, where each
/// paragraph is one long line — but not inside hard-wrapped text (lines broken at a fixed
/// width, as in e-mail), where the lines of a block are joined back into paragraphs.
///
/// - **Requires:** nothing.
/// - **Provides:** `AnnotationKeyID.paragraphs`.
/// - **Offsets:** UTF-8 bytes of the working text; each paragraph is trimmed of surrounding
///   whitespace.
/// - **Rules** (`Provenance.rule`): `blank-line` (a block between blank lines that is one
///   line), `line` (a line of a block whose lines are paragraphs of their own), `wrapped`
///   (hard-wrapped lines joined), `list-item` (a line that starts with a bullet or number).
/// - **Options:** `joinWrappedLines` (default `true`): detect and join hard-wrapped lines.
///
/// `ParagraphSegmenter` is `Sendable`.
public struct ParagraphSegmenter: Segmenter {
    /// `lede.paragraphs`.
    public let name = "lede.paragraphs"
    /// Whether hard-wrapped lines are joined into paragraphs.
    public var joinWrappedLines: Bool

    /// Creates the segmenter.
    ///
    /// - Parameter joinWrappedLines: Whether to detect and join hard-wrapped lines; defaults to `true`.
    public init(joinWrappedLines: Bool = true) {
        self.joinWrappedLines = joinWrappedLines
    }

    /// `AnnotationKeyID.paragraphs`.
    public var provides: Set<AnnotationKeyID> { [.paragraphs] }

    /// Finds the paragraphs.
    ///
    /// - Parameter document: The document.
    /// - Complexity: O(*n*) in the length of the text.
    public func process(_ document: inout Document) {
        var text = document.text
        let paragraphs = text.withUTF8 { bytes in segment(bytes) }
        document.paragraphs = paragraphs
    }

    private struct Line {
        var start: Int  // first non-space byte
        var end: Int  // after last non-space byte
    }

    func segment(_ bytes: UnsafeBufferPointer<UInt8>) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var block: [Line] = []
        var index = 0
        let count = bytes.count
        func flush() {
            if !block.isEmpty { emit(block, into: &paragraphs, bytes: bytes) }
            block.removeAll(keepingCapacity: true)
        }
        while index < count {
            // One line: up to LF, CR or CRLF.
            var lineEnd = index
            // Eight bytes at a time up to a block with a line feed or carriage return.
            while lineEnd + 8 <= count {
                let word = ByteScan.word(bytes, at: lineEnd)
                let breaks = ByteScan.bytes(word, equalTo: 0x0A) | ByteScan.bytes(word, equalTo: 0x0D)
                if breaks != 0 {
                    lineEnd += breaks.trailingZeroBitCount / 8
                    break
                }
                lineEnd += 8
            }
            while lineEnd < count && bytes[lineEnd] != 0x0A && bytes[lineEnd] != 0x0D { lineEnd += 1 }
            var start = index
            while start < lineEnd && TextBytes.isSpace(bytes[start]) { start += 1 }
            var end = lineEnd
            while end > start && TextBytes.isSpace(bytes[end - 1]) { end -= 1 }
            if start == end {
                flush()
            } else {
                block.append(Line(start: start, end: end))
            }
            index = lineEnd
            if index < count && bytes[index] == 0x0D { index += 1 }
            if index < count && bytes[index] == 0x0A { index += 1 }
        }
        flush()
        return paragraphs
    }

    private func emit(_ lines: [Line], into paragraphs: inout [Paragraph], bytes: UnsafeBufferPointer<UInt8>) {
        func add(_ first: Int, _ last: Int, rule: String) {
            paragraphs.append(
                Paragraph(
                    span: Span(start: lines[first].start, end: lines[last].end),
                    provenance: Provenance(stage: name, rule: rule)
                )
            )
        }
        if lines.count == 1 {
            add(0, 0, rule: "blank-line")
            return
        }
        // Widths matter only to blocks of several lines.
        let widths = lines.map { width(of: $0, bytes: bytes) }
        let widest = widths.max() ?? 0
        let wrapped = joinWrappedLines && isHardWrapped(lines, widths: widths, widest: widest, bytes: bytes)
        var first = 0
        for index in 0..<lines.count {
            let isLast = index == lines.count - 1
            let next = isLast ? nil : lines[index + 1]
            var breakHere = isLast
            if let next {
                if startsListItem(next, bytes: bytes) {
                    breakHere = true
                } else if wrapped {
                    // In wrapped text a paragraph ends at a short line that ends a sentence.
                    breakHere = endsSentence(lines[index], bytes: bytes) && widths[index] * 2 < widest
                } else {
                    // Lines of their own, unless the line plainly runs on into the next.
                    breakHere = !(runsOn(lines[index], into: next, bytes: bytes))
                }
            }
            if breakHere {
                let rule =
                    startsListItem(lines[first], bytes: bytes) ? "list-item" : (index > first ? "wrapped" : "line")
                add(first, index, rule: rule)
                first = index + 1
            }
        }
    }

    /// The number of scalars of a line: its bytes that are not UTF-8 continuation bytes.
    private func width(of line: Line, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var width = 0
        for offset in line.start..<line.end where !TextBytes.isContinuation(bytes[offset]) { width += 1 }
        return width
    }

    /// Whether a block's lines were broken at a fixed width.
    ///
    /// Several lines, most of them close to the widest, which is an e-mail-like width. Two
    /// lines count only when the first does not end a sentence: two short one-line paragraphs
    /// are not a wrapped one.
    private func isHardWrapped(_ lines: [Line], widths: [Int], widest: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lines.count >= 2 else { return false }
        guard widest >= 30 && widest <= 100 else { return false }
        if lines.count == 2 && endsSentence(lines[0], bytes: bytes) { return false }
        let full = widths.dropLast().filter { $0 * 10 >= widest * 7 }.count
        return full * 2 >= lines.count - 1 && full >= 1
    }

    /// A line that does not end a sentence, followed by one that starts in lower case.
    private func runsOn(_ line: Line, into next: Line, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !endsSentence(line, bytes: bytes), let (scalar, _) = TextBytes.scalar(in: bytes, at: next.start) else {
            return false
        }
        return TextBytes.isLowercase(scalar)
    }

    private func endsSentence(_ line: Line, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = line.end
        while index > line.start {
            let start = TextBytes.previousScalarStart(in: bytes, before: index)
            guard let (scalar, _) = TextBytes.scalar(in: bytes, at: start) else { return false }
            if Punctuation.isCloser(scalar) {
                index = start
                continue
            }
            return Punctuation.isTerminal(scalar) || scalar == ":"
        }
        return false
    }

    private func startsListItem(_ line: Line, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = bytes[line.start]
        if first == 0x2D || first == 0x2A {  // "- " or "* "
            return line.start + 1 < line.end && bytes[line.start + 1] == 0x20
        }
        if first == 0xE2 && line.start + 2 < line.end && bytes[line.start + 1] == 0x80 && bytes[line.start + 2] == 0xA2
        {
            return true  // •
        }
        var index = line.start
        while index < line.end && TextBytes.isDigit(bytes[index]) && index - line.start < 3 { index += 1 }
        return index > line.start && index + 1 < line.end && (bytes[index] == 0x2E || bytes[index] == 0x29)
            && bytes[index + 1] == 0x20
    }
}
