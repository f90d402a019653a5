public import Lede

/// A normalizer that makes spacing canonical: plain spaces, no zero-width characters, one
/// space between words, no spaces at either end of a line, and at most one blank line.
///
/// | Input | Output |
/// |---|---|
/// | U+00A0 NO-BREAK SPACE, U+1680 OGHAM SPACE MARK, U+2000–U+200A (en quad to hair space), U+202F NARROW NO-BREAK SPACE, U+205F MEDIUM MATHEMATICAL SPACE, U+3000 IDEOGRAPHIC SPACE | a space |
/// | a tab (unless `keepTabs`) | a space |
/// | U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER, U+FEFF ZERO WIDTH NO-BREAK SPACE | removed |
/// | a run of spaces and tabs inside a line (if `collapseSpaces`) | one space |
/// | spaces and tabs at the start or end of a line, or of the text | removed |
/// | three or more line breaks, with only spaces between them | two line breaks (a blank line) |
///
/// U+200C ZERO WIDTH NON-JOINER and U+200D ZERO WIDTH JOINER are kept: they change how
/// Persian, Indic and other scripts are written, and U+200D joins emoji sequences such as
/// 👩‍🚀. Text is otherwise untouched: a line break is never added or removed except to
/// shorten a run of blank lines.
///
/// A space-like character directly followed by a combining mark, or by another character
/// that extends the one before it, is the base the mark sits on (a no-break space is the
/// usual way to show an accent on its own). It is never removed: it becomes a plain space
/// and stays, so the mark never moves onto another letter (which would also undo Unicode
/// normalization). A zero-width character in that position becomes a space for the same
/// reason. When collapsing, the base is the one space of its run.
///
/// Line breaks are `\n`, `\r\n` and `\r`; run ``LineEndingNormalizer`` first (as
/// ``Normalizers/standard`` does) so that only `\n` remains. Whatever goes is replaced
/// together with the next space or line break that stays (or the last one of its run): a
/// collapsed space maps back to the whole run, a line break to the spaces before it, and a
/// word never picks up the whitespace deleted next to it. Only a run that goes entirely (at
/// the start or end of the text, or made of zero-width characters) is a deletion.
///
/// **Requires:** nothing. **Provides:** nothing; it rewrites `Document.text`, keeping
/// the map back to the original (offsets are UTF-8 bytes).
///
/// **Options** (configuration name `lede.whitespace`):
/// - `collapseSpaces` (default `true`): turn each run of spaces inside a line into one space.
///   When `false`, every space-like character becomes one space and runs keep their length;
///   lines are still trimmed and blank lines still limited.
/// - `keepTabs` (default `false`): leave tabs as they are, treating them like any visible
///   character (for tab-separated data); spaces next to a tab are then handled on their own.
///
/// `WhitespaceNormalizer` is `Sendable`: it holds only its configuration.
///
/// - Complexity: O(*n*) in the UTF-8 length of the text.
public struct WhitespaceNormalizer: Normalizer, Sendable, Hashable {
    /// `lede.whitespace`.
    public let name = "lede.whitespace"

    /// Whether a run of spaces inside a line becomes one space.
    public var collapseSpaces: Bool

    /// Whether tabs are kept as they are instead of being treated as spaces.
    public var keepTabs: Bool

    /// Creates a whitespace normalizer.
    ///
    /// - Parameters:
    ///   - collapseSpaces: Whether a run of spaces inside a line becomes one space; defaults
    ///     to `true`.
    ///   - keepTabs: Whether tabs are kept as they are; defaults to `false`.
    public init(collapseSpaces: Bool = true, keepTabs: Bool = false) {
        self.collapseSpaces = collapseSpaces
        self.keepTabs = keepTabs
    }

    /// Makes the spacing of the working text canonical.
    ///
    /// - Parameter document: The document whose text to normalize.
    /// - Throws: `PipelineError` if the document already has annotations.
    /// - Complexity: O(*n*) in the UTF-8 length of the text.
    public func process(_ document: inout Document) throws {
        try document.rewriteBytes { bytes, rewriter in rewrite(bytes, into: &rewriter) }
    }

    /// What a scalar is to this normalizer.
    private enum Kind: Equatable {
        /// U+0020.
        case space
        /// A space-like character that becomes U+0020 (and a tab, unless `keepTabs`).
        case otherSpace
        /// A zero-width character that is removed.
        case zeroWidth
        /// `\n`, `\r\n` or `\r`.
        case lineBreak
        /// Anything else.
        case content
    }

    /// One space-like character or line break of a run.
    private struct Element {
        var kind: Kind
        var range: Range<Int>
        /// Whether it stays in the output (as a plain space, or as the line break it is).
        var keep = false
    }

    private func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (kind: Kind, length: Int) {
        let byte = bytes[index]
        switch byte {
        case 0x20: return (.space, 1)
        case 0x09: return (keepTabs ? .content : .otherSpace, 1)
        case 0x0A: return (.lineBreak, 1)
        case 0x0D: return (.lineBreak, index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1)
        case ..<0x80: return (.content, 1)
        case 0xC2, 0xE1, 0xE2, 0xE3, 0xEF:
            let (value, length) = ByteScan.decode(bytes, at: index)
            switch value {
            case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return (.otherSpace, length)
            case 0x200B, 0x2060, 0xFEFF: return (.zeroWidth, length)
            default: return (.content, length)
            }
        default: return (.content, ByteScan.sequenceLength(lead: byte))
        }
    }

    private func rewrite(_ bytes: UnsafeBufferPointer<UInt8>, into rewriter: inout TextRewriter) {
        let count = bytes.count
        var elements: [Element] = []
        var index = 0
        var stop = 0
        while index < count {
            // Whole blocks of single-spaced printable ASCII, eight bytes at a time; then one
            // block byte by byte.
            if index >= stop {
                index = ByteScan.skipSingleSpacedText(bytes, from: index)
                stop = index + 8
                guard index < count else { break }
            }
            let byte = bytes[index]
            // Printable ASCII, and a single space between two of them, are the common case.
            if byte > 0x20 && byte < 0x80 {
                index += 1
                continue
            }
            if byte == 0x20 && index > 0 && index + 1 < count {
                let next = bytes[index + 1]
                if next > 0x20 && next < 0x80 {
                    index += 2
                    continue
                }
                // Before a letter of another script (whose lead byte starts no space-like
                // character) that needs no base.
                if next >= 0xC3 && next != 0xE1 && next != 0xE2 && next != 0xE3 && next != 0xEF,
                    let scalar = Unicode.Scalar(ByteScan.decode(bytes, at: index + 1).value), !scalar.needsBase
                {
                    index += 1
                    continue
                }
            }
            let (kind, length) = classify(bytes, at: index)
            if kind == .content {
                index += length
                continue
            }
            // A run of space-like characters and line breaks.
            elements.removeAll(keepingCapacity: true)
            var end = index
            while end < count {
                let (kind, length) = classify(bytes, at: end)
                if kind == .content { break }
                elements.append(Element(kind: kind, range: end..<end + length))
                end += length
            }
            // A space-like character in front of a combining mark is the mark's base.
            let hasBase =
                end < count && elements[elements.count - 1].kind != .lineBreak
                && Unicode.Scalar(ByteScan.decode(bytes, at: end).value)?.needsBase == true
            if !hasBase && elements.count <= 2 && index > 0 && end < count {
                // A lone space or line break, or two line breaks, inside the text: canonical.
                let breaks = elements.count { $0.kind == .lineBreak }
                if breaks == elements.count || (elements.count == 1 && elements[0].kind == .space) {
                    index = end
                    continue
                }
            }
            choose(&elements, hasBase: hasBase, atStart: index == 0, atEnd: end == count)
            record(elements, in: bytes, into: &rewriter)
            index = end
            index = end
        }
    }

    /// Decides which characters of a run stay: at most two line breaks, and otherwise one
    /// space inside a line (or every space, without `collapseSpaces`); a base for a following
    /// mark (the last element when `hasBase`) always stays.
    private func choose(_ elements: inout [Element], hasBase: Bool, atStart: Bool, atEnd: Bool) {
        let horizontal = hasBase ? elements.count - 1 : elements.count
        if hasBase { elements[horizontal].keep = true }
        let breaks = elements[..<horizontal].count { $0.kind == .lineBreak }
        if breaks > 0 {
            // Line breaks: keep the first two; spaces at the ends of lines and on blank lines go.
            var kept = 0
            for position in 0..<horizontal where elements[position].kind == .lineBreak && kept < 2 {
                elements[position].keep = true
                kept += 1
            }
        } else if atStart || atEnd || (hasBase && collapseSpaces) {
            // Spaces at the start or end of the text go; a base is a run's one space.
            return
        } else if collapseSpaces {
            // One space, preferably one that is already U+0020.
            let space = elements[..<horizontal].firstIndex { $0.kind == .space }
            if let kept = space ?? elements[..<horizontal].firstIndex(where: { $0.kind == .otherSpace }) {
                elements[kept].keep = true
            }
        } else {
            for position in 0..<horizontal where elements[position].kind != .zeroWidth {
                elements[position].keep = true
            }
        }
    }

    /// Records the changes for one run.
    ///
    /// Each character that goes is replaced together with the next character that stays, or
    /// the last one, so that every edit but a whole deleted run has text: an empty edit
    /// beside an edit of a later normalizer (a curly quote after two spaces) would be merged
    /// with it in the offset map.
    private func record(_ elements: [Element], in bytes: UnsafeBufferPointer<UInt8>, into rewriter: inout TextRewriter)
    {
        guard let first = elements.first, let last = elements.last else { return }
        guard let lastKept = elements.lastIndex(where: \.keep) else {
            rewriter.delete(first.range.lowerBound..<last.range.upperBound)
            return
        }
        var lower = first.range.lowerBound
        for (position, element) in elements.enumerated() where element.keep {
            let upper = position == lastKept ? last.range.upperBound : element.range.upperBound
            let unchanged =
                lower == element.range.lowerBound && upper == element.range.upperBound
                && (element.kind == .space || element.kind == .lineBreak)
            if !unchanged {
                let text: String
                switch element.kind {
                case .lineBreak where element.range.count == 2: text = "\r\n"
                case .lineBreak: text = bytes[element.range.lowerBound] == 0x0D ? "\r" : "\n"
                default: text = " "
                }
                rewriter.replace(lower..<upper, with: text)
            }
            lower = element.range.upperBound
        }
    }
}
