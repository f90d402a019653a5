/// The start of the text after a possible sentence boundary: its opening marks and its
/// first word.
struct FollowingText {
    /// How many opening quotation marks and brackets come first.
    var openers = 0
    /// The first opening mark, if any.
    var firstOpener: Unicode.Scalar?
    /// The first word (letters only, at most 24 bytes).
    var wordRange: Range<Int>
    /// Where the first word ends.
    var wordEnd: Int { wordRange.upperBound }
    /// The first scalar after the opening marks.
    var firstScalar: Unicode.Scalar?
    /// Whether the word has a capital after a small letter (`eBay`, `iPod`).
    var isCamelCase = false

    init(bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) {
        var cursor = start
        while cursor < end, let (scalar, length) = TextBytes.scalar(in: bytes, at: cursor), Punctuation.isOpener(scalar)
        {
            if openers == 0 { firstOpener = scalar }
            openers += 1
            cursor += length
        }
        firstScalar = cursor < end ? TextBytes.scalar(in: bytes, at: cursor).map(\.0) : nil
        let wordStart = cursor
        var sawLower = false
        while cursor < end && cursor - wordStart < 24 {
            let byte = bytes[cursor]
            if byte < 0x80 {
                guard TextBytes.isASCIILetter(byte) else { break }
                if TextBytes.isLower(byte) {
                    sawLower = true
                } else if sawLower {
                    isCamelCase = true
                }
                cursor += 1
                continue
            }
            guard let (scalar, length) = TextBytes.scalar(in: bytes, at: cursor), TextBytes.isLetter(scalar) else {
                break
            }
            if TextBytes.isLowercase(scalar) {
                sawLower = true
            } else if sawLower && TextBytes.isUppercase(scalar) {
                isCamelCase = true
            }
            cursor += length
        }
        wordRange = wordStart..<cursor
    }

    var isCapitalized: Bool { firstScalar.map(TextBytes.isUppercase) ?? false }
    var isNumber: Bool { firstScalar.map { $0.value >= 0x30 && $0.value <= 0x39 } ?? false }
    /// Whether it opens with a parenthesis or a square bracket.
    var opensParenthesis: Bool { firstOpener == "(" || firstOpener == "[" || firstOpener == "\u{FF08}" }
    /// Whether it is the pronoun `I`, which is written with a capital anywhere in a sentence.
    var isPronounI: Bool { openers == 0 && wordRange.count == 1 && firstScalar == "I" }

    /// Whether the text plainly opens a new sentence.
    var startsSentence: Bool {
        guard let scalar = firstScalar else { return openers > 0 }
        if TextBytes.isUppercase(scalar) || isNumber || TextBytes.isUncasedLetter(scalar) { return true }
        if TextBytes.isLowercase(scalar) { return isCamelCase }
        // Currency signs and other symbols that open sentences ("$5bn was spent"), and bullets.
        switch scalar.value {
        case 0x24, 0xA3, 0x20AC, 0xA5, 0x23, 0x40: return true
        default: return openers > 0 || ListMarker.isBulletSign(scalar)
        }
    }

    /// Whether the text plainly continues the sentence (a lower-case word that is not a brand).
    var continuesSentence: Bool {
        guard let scalar = firstScalar else { return false }
        return TextBytes.isLowercase(scalar) && !isCamelCase
    }
}
