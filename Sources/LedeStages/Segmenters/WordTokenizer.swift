public import Lede

/// Divides the text into tokens: words, numbers, punctuation, currency signs, symbols,
/// URLs, e-mail addresses, hashtags and mentions.
///
/// - Words keep inner apostrophes and hyphens, straight or curly: `NATO’s`, `don't`,
///   `O'Hare`, `three-and-a-half-year-old`, `K-12`; a plural possessive keeps its trailing
///   apostrophe when a word follows (`Ellis’ team`). Dotted abbreviations keep their periods
///   (`U.S.`, `a.m.`), and so do the titles and abbreviations the sentence segmenter knows
///   (`Mr.`, `Gen.`, `Inc.`).
/// - Numbers keep thousands separators, decimals and a short letter suffix: `1,400`, `3.5`,
///   `$10.9bn` (as `$` and `10.9bn`), `45p`, `1990s`, `3rd`, `’90s`.
/// - Currency signs (`$ £ € ¥ ₹ ...`) and `%` are tokens of their own.
/// - URLs (`https://...`, `www....`), e-mail addresses, `#hashtags` and `@mentions` are single tokens.
/// - Runs of the same punctuation (`...`, `--`, `?!`) are one token; an emoji sequence
///   (with skin tones, joiners and flags) is one symbol token.
/// - A token is at most `Token.maxLength` bytes (4 GiB): a longer run is cut into several.
///
/// - **Requires:** nothing.
/// - **Provides:** `AnnotationKeyID.tokens`.
/// - **Offsets:** UTF-8 bytes of the working text.
///
/// `WordTokenizer` is `Sendable`.
public struct WordTokenizer: Segmenter {
    /// `lede.tokens`.
    public let name = "lede.tokens"

    /// Creates the tokenizer.
    public init() {}

    /// `AnnotationKeyID.tokens`.
    public var provides: Set<AnnotationKeyID> { [.tokens] }

    /// Finds the tokens.
    ///
    /// - Parameter document: The document.
    /// - Complexity: O(*n*) in the length of the text.
    public func process(_ document: inout Document) {
        var text = document.text
        document.tokens = text.withUTF8 { WordTokenizer.tokenize($0) }
    }

    /// Words whose period stays in the token: the titles, abbreviations and month
    /// abbreviations of the Lexicon (`Mr.`, `Inc.`, `Jan.`).
    static let keptPeriods = Set(
        TitleWords.abbreviated + Abbreviations.mayEndSentence + CalendarWords.monthAbbreviations
    )

    /// The kind of a token while scanning: a byte, where a `TokenKind` is a string that each
    /// copy retains.
    private enum Kind: Int {
        case word, number, punctuation, currency, symbol, url, email, hashtag, mention
    }

    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        // In the order of `Kind`.
        let kinds: [TokenKind] = [.word, .number, .punctuation, .currency, .symbol, .url, .email, .hashtag, .mention]
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0
        let count = bytes.count
        // The first `@` at or after the current token, or `count`: e-mail addresses are looked
        // for only in a run of non-space bytes that holds one, and most texts have none.
        var nextAt = -1
        while index < count {
            let byte = bytes[index]
            if TextBytes.isSpace(byte) || byte < 0x20 || byte == 0x7F {
                index += 1
                continue
            }
            if byte >= 0x80, let (scalar, length) = TextBytes.scalar(in: bytes, at: index), isSeparator(scalar) {
                index += length
                continue
            }
            let start = index
            if nextAt < start { nextAt = ByteScan.firstIndex(of: 0x40, in: bytes, from: start) ?? count }
            // Whether the run of non-space bytes from here holds an `@`: no space before the next one.
            var hasAt = nextAt < count
            if hasAt {
                var scan = start
                while scan < nextAt && !TextBytes.isSpace(bytes[scan]) { scan += 1 }
                hasAt = scan == nextAt
            }
            let kind: Kind
            (index, kind) = scanToken(bytes, at: index, hasAt: hasAt)
            if index <= start { index = start + 1 }
            if index - start > Token.maxLength {
                // A run of more than 4 GiB is cut, at the start of a character.
                index = start + Token.maxLength
                while index > start + 1 && bytes[index] & 0xC0 == 0x80 { index -= 1 }
            }
            tokens.append(Token(span: Span(start: start, end: index), kind: kinds[kind.rawValue]))
        }
        return tokens
    }

    // MARK: Scanners

    /// The end and kind of the token at `start`; `hasAt` tells whether the run of non-space
    /// bytes from `start` holds an `@`.
    private static func scanToken(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, hasAt: Bool) -> (Int, Kind) {
        // URLs and e-mail addresses are rare: look for them only where they can start.
        let first = bytes[start] | 0x20
        if first == 0x68 || first == 0x77, let end = url(bytes, at: start) { return (end, .url) }  // h, w
        if hasAt, let end = email(bytes, at: start) { return (end, .email) }
        let byte = bytes[start]
        if byte == 0x23 || byte == 0x40, let end = tag(bytes, at: start) {
            return (end, byte == 0x23 ? .hashtag : .mention)
        }
        guard let (scalar, length) = TextBytes.scalar(in: bytes, at: start) else { return (start + 1, .symbol) }
        // An elided number: '90s, ’90s.
        if isApostrophe(scalar), start + length < bytes.count, TextBytes.isDigit(bytes[start + length]),
            !(start > 0 && TextBytes.isASCIILetter(bytes[start - 1]))
        {
            let end = number(bytes, at: start + length)
            if end - (start + length) == 2 || (end - (start + length) == 3 && bytes[end - 1] == 0x73) {
                return (end, .number)
            }
        }
        if TextBytes.isDigit(byte) { return compound(bytes, from: start, end: number(bytes, at: start), kind: .number) }
        if byte < 0x80 {
            // ASCII, without Unicode property lookups.
            if TextBytes.isASCIILetter(byte) {
                return compound(bytes, from: start, end: word(bytes, at: start), kind: .word)
            }
            switch byte {
            case 0x24: return (start + 1, .currency)  // $
            // % & # * @ + = < > ^ ~ | \ `
            case 0x25, 0x26, 0x23, 0x2A, 0x40, 0x2B, 0x3D, 0x3C, 0x3E, 0x5E, 0x7E, 0x7C, 0x5C, 0x60:
                return (start + 1, .symbol)
            default:
                var end = start + 1
                while end < bytes.count
                    && (bytes[end] == byte || (isASCIITerminal(byte) && isASCIITerminal(bytes[end])))
                {
                    end += 1
                }
                return (end, .punctuation)
            }
        }
        if TextBytes.isLetter(scalar) || TextBytes.isNonspacingMark(scalar) {
            return compound(bytes, from: start, end: word(bytes, at: start), kind: .word)
        }
        if isCurrency(scalar) { return (start + length, .currency) }
        if startsEmoji(scalar) { return (emoji(bytes, at: start), .symbol) }
        if isPunctuation(scalar) {
            // A run of the same mark is one token ("...", "--", "!!"), as is "?!".
            var end = start + length
            while let (next, nextLength) = TextBytes.scalar(in: bytes, at: end),
                next == scalar || (Punctuation.isTerminal(next) && Punctuation.isTerminal(scalar) && next.value < 0x80)
            {
                end += nextLength
            }
            return (end, .punctuation)
        }
        return (start + length, .symbol)
    }

    /// Letters, digits, combining marks, and inner apostrophes; returns the end.
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        var index = start
        while index < bytes.count {
            // ASCII letters and digits, the common case, without decoding, eight at a time:
            // step to the first other byte (or near the end), as the byte test below would.
            while index + 8 <= bytes.count {
                let others = ~ByteScan.asciiLettersAndDigits(ByteScan.word(bytes, at: index)) & 0x8080_8080_8080_8080
                if others != 0 {
                    index += others.trailingZeroBitCount / 8
                    break
                }
                index += 8
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if TextBytes.isASCIILetter(byte) || TextBytes.isDigit(byte) {
                index += 1
                continue
            }
            guard let (scalar, length) = TextBytes.scalar(in: bytes, at: index) else { break }
            if byte >= 0x80 && (TextBytes.isLetter(scalar) || TextBytes.isNonspacingOrSpacingMark(scalar)) {
                index += length
                continue
            }
            if isApostrophe(scalar) {
                // Inner apostrophe (don't, NATO’s), or a plural possessive followed by a word.
                if let (next, _) = TextBytes.scalar(in: bytes, at: index + length), TextBytes.isLetter(next) {
                    index += length
                    continue
                }
                if index > start && (bytes[index - 1] == 0x73 || bytes[index - 1] == 0x53),
                    index + length < bytes.count, bytes[index + length] == 0x20,
                    let (after, _) = TextBytes.scalar(in: bytes, at: index + length + 1), TextBytes.isLowercase(after)
                {
                    index += length
                }
                break
            }
            if scalar == "." {
                // Dotted abbreviations (U.S., a.m.) and domain-like words (Amazon.com).
                if let (next, _) = TextBytes.scalar(in: bytes, at: index + 1), TextBytes.isLetter(next) {
                    index += 1
                    continue
                }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                if isDottedAcronym(text) || keptPeriods.contains(text) { index += 1 }
                break
            }
            break
        }
        return index
    }

    /// Digits with inner separators and decimals, and a short letter suffix (45p, 10.9bn, 3rd).
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if TextBytes.isDigit(byte) {
                index += 1
            } else if (byte == 0x2C || byte == 0x2E || byte == 0x3A) && index + 1 < bytes.count
                && TextBytes.isDigit(bytes[index + 1])
                && index > start
            {
                index += 1
            } else {
                break
            }
        }
        var suffix = index
        while suffix < bytes.count && TextBytes.isASCIILetter(bytes[suffix]) && suffix - index < 4 { suffix += 1 }
        if suffix > index && (suffix == bytes.count || !TextBytes.isASCIILetter(bytes[suffix])) { index = suffix }
        return index
    }

    /// Extends a word or number through hyphens that join it to more letters or digits.
    private static func compound(
        _ bytes: UnsafeBufferPointer<UInt8>,
        from start: Int,
        end: Int,
        kind: Kind
    ) -> (Int, Kind) {
        var index = end
        var kind = kind
        while index < bytes.count {
            var hyphenLength = 0
            if bytes[index] == 0x2D {
                hyphenLength = 1
            } else if bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0x90 || bytes[index + 2] == 0x91)
            {
                hyphenLength = 3  // U+2010 hyphen, U+2011 non-breaking hyphen
            }
            guard hyphenLength > 0, let (next, _) = TextBytes.scalar(in: bytes, at: index + hyphenLength),
                TextBytes.isLetter(next) || (next.value < 0x80 && TextBytes.isDigit(UInt8(next.value)))
            else { break }
            let partStart = index + hyphenLength
            let partEnd = TextBytes.isLetter(next) ? word(bytes, at: partStart) : number(bytes, at: partStart)
            if TextBytes.isLetter(next) { kind = .word }
            index = partEnd
        }
        return (index, kind)
    }

    @inline(__always) private static func isASCIITerminal(_ byte: UInt8) -> Bool {
        byte == 0x2E || byte == 0x3F || byte == 0x21
    }

    /// Spaces, controls and invisible format characters (zero-width space, byte-order mark).
    @inline(never) private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .control, .format: return true
        default: return false
        }
    }

    @inline(never) private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x25, 0x26, 0x23, 0x2A, 0x40, 0x2030, 0x2031: return false  // % & # * @ ‰ ‱ are symbols
        default: break
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default: return false
        }
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }

    @inline(never) private static func isCurrency(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .currencySymbol
    }

    private static func isDottedAcronym(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3, bytes.count % 2 == 1 else { return false }
        for (offset, byte) in bytes.enumerated() where (offset % 2 == 0) != TextBytes.isASCIILetter(byte) {
            return false
        }
        return true
    }
}
