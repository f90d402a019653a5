/// The marker of an item in an inline enumeration, at the start of a sentence: `1.`, `2.)`,
/// `3)`, `a.`, `b)`, `B.)`, after an optional bullet or dash (`• 9.`, `⁃10.`, `- 4)`).
///
/// A sentence that opens with a marker is an item; the next item starts at the next marker
/// of the same style whose value follows (`2` after `1`, `b` after `a`), with or without a
/// period closing the item before it (`1. Buy milk 2. Call Anna`). The marker's own period
/// never ends a sentence.
///
/// A capital letter followed by a lone period is an initial (`A. Smith`), not a marker: a
/// capital letter is a marker only with a parenthesis (`A)`, `A.)`).
struct ListMarker {
    /// How the marker is written after its number or letter.
    enum Style: Equatable {
        /// `1.`
        case period
        /// `1.)`
        case periodParenthesis
        /// `1)`
        case parenthesis
    }

    /// How the marker is written.
    var style: Style
    /// The number, or the ASCII value of the letter.
    var value: Int
    /// Whether the marker is a letter rather than a number.
    var isLetter: Bool
    /// The offset of the period (or, for ``Style/parenthesis``, the parenthesis) that closes
    /// the marker.
    var terminator: Int

    /// The longest number a marker may have.
    private static let maximumDigits = 3

    /// The marker that opens the sentence starting at `start`, if any.
    static func opening(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> ListMarker? {
        var cursor = start
        if let bulletEnd = bulletEnd(in: bytes, at: cursor, end: end) {
            cursor = bulletEnd
            if cursor < end && bytes[cursor] == 0x20 { cursor += 1 }
        }
        guard cursor < end else { return nil }
        let tokenStart = cursor
        var value = 0
        var isLetter = false
        var isUpper = false
        if TextBytes.isDigit(bytes[cursor]) {
            while cursor < end && TextBytes.isDigit(bytes[cursor]) && cursor - tokenStart < maximumDigits {
                value = value * 10 + Int(bytes[cursor] - 0x30)
                cursor += 1
            }
            guard cursor < end && !TextBytes.isDigit(bytes[cursor]) else { return nil }
        } else if TextBytes.isASCIILetter(bytes[cursor]) {
            isLetter = true
            isUpper = TextBytes.isUpper(bytes[cursor])
            value = Int(bytes[cursor])
            cursor += 1
        } else {
            return nil
        }
        guard let (style, terminator) = style(in: bytes, after: cursor, end: end) else { return nil }
        if isUpper && style == .period { return nil }
        return ListMarker(style: style, value: value, isLetter: isLetter, terminator: terminator)
    }

    /// Whether the byte at `index` closes this marker, and where to go on scanning.
    func skipsTerminator(at index: Int) -> Int? {
        guard index == terminator else { return nil }
        return style == .periodParenthesis ? index + 2 : index + 1
    }

    /// Where the next item's marker starts (its bullet included), if the period or
    /// parenthesis at `index` closes it.
    ///
    /// The next marker has this marker's style, the value after this one, whitespace after
    /// it and whitespace (or a bullet that whitespace precedes) before it.
    func nextItemStart(
        closedAt index: Int,
        in bytes: UnsafeBufferPointer<UInt8>,
        sentenceStart: Int,
        end: Int
    ) -> Int? {
        // The marker ends here in this style.
        let tokenEnd = index
        switch style {
        case .period:
            guard bytes[index] == 0x2E else { return nil }
        case .periodParenthesis:
            guard bytes[index] == 0x2E, index + 1 < end, bytes[index + 1] == 0x29 else { return nil }
        case .parenthesis:
            guard bytes[index] == 0x29 else { return nil }
        }
        let after = style == .periodParenthesis ? index + 2 : index + 1
        guard after < end, TextBytes.isSpace(bytes[after]) else { return nil }
        // The number or letter before it.
        var tokenStart = tokenEnd
        if isLetter {
            guard tokenEnd > sentenceStart, Int(bytes[tokenEnd - 1]) == value + 1 else { return nil }
            tokenStart = tokenEnd - 1
        } else {
            var number = 0
            var scale = 1
            while tokenStart > sentenceStart && TextBytes.isDigit(bytes[tokenStart - 1])
                && tokenEnd - tokenStart < Self.maximumDigits
            {
                tokenStart -= 1
                number += Int(bytes[tokenStart] - 0x30) * scale
                scale *= 10
            }
            guard tokenStart < tokenEnd, number == value + 1 else { return nil }
        }
        // Whitespace, or a bullet (and perhaps a space) that whitespace precedes.
        guard tokenStart > sentenceStart else { return nil }
        let itemStart: Int?
        if TextBytes.isSpace(bytes[tokenStart - 1]) {
            itemStart =
                Self.bulletStart(in: bytes, endingAt: tokenStart - 1, sentenceStart: sentenceStart) ?? tokenStart
        } else {
            itemStart = Self.bulletStart(in: bytes, endingAt: tokenStart, sentenceStart: sentenceStart)
        }
        // An item of its own, not the start of this one.
        return itemStart.flatMap { $0 > sentenceStart ? $0 : nil }
    }

    /// The style of the marker whose number or letter ends at `cursor`, and its terminator.
    private static func style(in bytes: UnsafeBufferPointer<UInt8>, after cursor: Int, end: Int) -> (Style, Int)? {
        guard cursor < end else { return nil }
        let style: Style
        let length: Int
        if bytes[cursor] == 0x29 {
            (style, length) = (.parenthesis, 1)
        } else if bytes[cursor] == 0x2E {
            let closes = cursor + 1 < end && bytes[cursor + 1] == 0x29
            (style, length) = closes ? (.periodParenthesis, 2) : (.period, 1)
        } else {
            return nil
        }
        // Whitespace, then the item.
        let after = cursor + length
        guard after + 1 < end, TextBytes.isSpace(bytes[after]), !TextBytes.isSpace(bytes[after + 1]) else {
            return nil
        }
        return (style, cursor)
    }

    /// The end of the bullet or dash at `index`, if there is one.
    static func bulletEnd(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
        guard index < end else { return nil }
        switch bytes[index] {
        case 0x2A: return index + 1  // *
        case 0x2D:  // - or --
            return index + 1 < end && bytes[index + 1] == 0x2D ? index + 2 : index + 1
        case 0x80...:
            guard let (scalar, length) = TextBytes.scalar(in: bytes, at: index), isBullet(scalar) else { return nil }
            return index + length
        default: return nil
        }
    }

    /// The start of the bullet or dash that ends at `index`, if whitespace or the sentence
    /// start precedes it.
    private static func bulletStart(
        in bytes: UnsafeBufferPointer<UInt8>,
        endingAt index: Int,
        sentenceStart: Int
    ) -> Int? {
        guard index > sentenceStart else { return nil }
        var start = index - 1
        switch bytes[start] {
        case 0x2A: break
        case 0x2D:
            if start > sentenceStart && bytes[start - 1] == 0x2D { start -= 1 }
        case 0x80...:
            start = TextBytes.previousScalarStart(in: bytes, before: index)
            guard start >= sentenceStart, let (scalar, _) = TextBytes.scalar(in: bytes, at: start), isBullet(scalar)
            else { return nil }
        default: return nil
        }
        guard start == sentenceStart || TextBytes.isSpace(bytes[start - 1]) else { return nil }
        return start
    }

    /// Bullets and dashes that open list items: the bullet signs, `·` and the en and em
    /// dashes (which `TypographyNormalizer` writes `-` and `--`).
    static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        isBulletSign(scalar) || scalar.value == 0x00B7 || scalar.value == 0x2013 || scalar.value == 0x2014
    }

    /// Signs that are only bullets: `•` `◦` `‣` `⁃` `▪` `●` `○` `■` `□` `►` `▶` `➢`.
    static func isBulletSign(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2022, 0x25E6, 0x2023, 0x2043, 0x25AA, 0x25CF, 0x25CB, 0x25A0, 0x25A1, 0x25BA, 0x25B6, 0x27A2: true
        default: false
        }
    }
}
