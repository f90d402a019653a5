internal import Lede

/// Finding a paragraph's quotation marks and classing each as opening, closing, either, or
/// an apostrophe, from what surrounds it and from its original glyph.
extension QuoteScanner {

    /// The quotation marks of a paragraph, each with its family and role, in order; marks that
    /// open an attribute's value in left-over markup are left out.
    func findMarks(in span: Span, bytes: UnsafeBufferPointer<UInt8>) -> [Mark] {
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
    static func attributeValueEnd(_ bytes: UnsafeBufferPointer<UInt8>, after start: Int, end: Int) -> Int {
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
    static func mayStartMark(_ byte: UInt8) -> Bool {
        byte == 0x22 || byte == 0x27 || byte == 0xE2 || byte == 0xC2 || byte == 0xE3 || byte == 0xEF
    }

    /// The first offset in `start ..< end` whose byte may start a mark, or `end`.
    ///
    /// Reads eight bytes at a time: only blocks with a `"`, a `'` or a non-ASCII byte are
    /// looked at byte by byte.
    static func nextMarkCandidate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
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

    /// The family of a quotation-mark scalar, or `nil` for any other scalar.
    static func family(of scalar: Unicode.Scalar) -> Family? {
        switch scalar.value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x301D, 0x301E, 0xFF02: .double
        case 0x27, 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A: .single
        default: nil
        }
    }

    /// Whether a scalar is a straight or right single mark, the glyphs an apostrophe takes.
    func isApostropheGlyph(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }

    /// The direction the glyph itself says, looked up in the original input.
    func glyphRole(of span: Span) -> Role {
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

    /// What a mark may do, from the scalars before and after it in its paragraph, and from its
    /// glyph where they are silent.
    func role(of mark: Span, family: Family, in paragraph: Span, bytes: UnsafeBufferPointer<UInt8>) -> Role {
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
    static func opensLeft(_ scalar: Unicode.Scalar) -> Bool {
        if TextBytes.isWhitespace(scalar) { return true }
        switch scalar.value {
        case 0x28, 0x5B, 0x7B, 0x2D, 0x2013, 0x2014, 0x2F, 0x3A, 0x22, 0x27, 0x201C, 0x2018, 0x00AB, 0x2039, 0x201E,
            0x201A:
            return true
        default: return false
        }
    }

    /// Whether the scalar after a mark lets it close: space, punctuation, or another mark.
    static func closesRight(_ scalar: Unicode.Scalar) -> Bool {
        if TextBytes.isWhitespace(scalar) { return true }
        switch scalar.value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x3F, 0x21, 0x29, 0x5D, 0x7D, 0x2D, 0x2013, 0x2014, 0x2026, 0x22, 0x27, 0x201D,
            0x2019, 0x00BB, 0x203A:
            return true
        default: return false
        }
    }

    /// Whether a scalar is an ASCII digit.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// `’90s`, `'em`, `'n'`, `'til`, `'cause`, `'tis`, `'twas`: an apostrophe at a word start.
    func isElision(at start: Int, bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
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

    /// Whether a mark opens a span.
    func isAtStart(_ mark: Mark, of span: Span) -> Bool { mark.span.start == span.start }
}
