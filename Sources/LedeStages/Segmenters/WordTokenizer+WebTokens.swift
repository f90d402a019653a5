internal import Lede

/// The tokens of the web and of chat, each one token: URLs, e-mail addresses, `#hashtags`
/// and `@mentions`, and emoji sequences.
extension WordTokenizer {
    /// The end of a URL that starts at `start` (`https://...`, `www....`), without the
    /// punctuation that ends its sentence; `nil` when none starts there.
    static func url(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        func hasPrefix(_ prefix: StaticString) -> Bool {
            let length = prefix.utf8CodeUnitCount
            guard start + length <= bytes.count else { return false }
            return prefix.withUTF8Buffer { expected in
                (0..<length).allSatisfy { bytes[start + $0] | 0x20 == expected[$0] | 0x20 }
            }
        }
        guard hasPrefix("http://") || hasPrefix("https://") || hasPrefix("www.") else { return nil }
        var end = start
        var parentheses = 0
        while end < bytes.count && !TextBytes.isSpace(bytes[end]) && bytes[end] != 0x22 && bytes[end] != 0x3C {
            if bytes[end] == 0x28 { parentheses += 1 }
            if bytes[end] == 0x29 { parentheses -= 1 }
            end += 1
        }
        // Trailing punctuation belongs to the sentence, not the URL.
        while end > start {
            let last = bytes[end - 1]
            if last == 0x2E || last == 0x2C || last == 0x3B || last == 0x3A || last == 0x21 || last == 0x3F
                || last == 0x27
                || (last == 0x29 && parentheses < 0)
            {
                if last == 0x29 { parentheses += 1 }
                end -= 1
            } else if last >= 0x80 {
                // Curly closing marks.
                let scalarStart = TextBytes.previousScalarStart(in: bytes, before: end)
                guard let (scalar, _) = TextBytes.scalar(in: bytes, at: scalarStart), Punctuation.isCloser(scalar)
                else { break }
                end = scalarStart
            } else {
                break
            }
        }
        return end > start + 4 ? end : nil
    }

    /// The end of an e-mail address that starts at `start`; `nil` when none starts there.
    static func email(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        func isLocal(_ byte: UInt8) -> Bool {
            TextBytes.isASCIILetter(byte) || TextBytes.isDigit(byte) || byte == 0x2E || byte == 0x5F || byte == 0x2B
                || byte == 0x2D
                || byte == 0x25
        }
        guard TextBytes.isASCIILetter(bytes[start]) || TextBytes.isDigit(bytes[start]) else { return nil }
        var at = start
        while at < bytes.count && isLocal(bytes[at]) && at - start < 64 { at += 1 }
        guard at < bytes.count, bytes[at] == 0x40 else { return nil }
        var end = at + 1
        var lastDot = -1
        while end < bytes.count
            && (TextBytes.isASCIILetter(bytes[end]) || TextBytes.isDigit(bytes[end]) || bytes[end] == 0x2D
                || bytes[end] == 0x2E)
        {
            if bytes[end] == 0x2E { lastDot = end }
            end += 1
        }
        while end > at + 1 && (bytes[end - 1] == 0x2E || bytes[end - 1] == 0x2D) { end -= 1 }
        guard lastDot > at + 1, lastDot < end - 2 else { return nil }
        return end
    }

    /// The end of a `#hashtag` or `@mention` whose sign is at `start`; `nil` when no word
    /// follows the sign, or the sign is inside a word.
    static func tag(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        if start > 0 && !TextBytes.isSpace(bytes[start - 1]) && bytes[start - 1] < 0x80
            && !(bytes[start - 1] == 0x28 || bytes[start - 1] == 0x22 || bytes[start - 1] == 0x27)
        {
            return nil
        }
        var end = start + 1
        while let (scalar, length) = TextBytes.scalar(in: bytes, at: end),
            TextBytes.isLetter(scalar) || scalar == "_"
                || (scalar.value < 0x80 && TextBytes.isDigit(UInt8(scalar.value)))
        {
            end += length
        }
        return end > start + 1 ? end : nil
    }

    /// Whether a scalar starts an emoji sequence.
    @inline(never) static func startsEmoji(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isEmojiPresentation || (scalar.properties.isEmoji && scalar.value > 0xFF)
    }

    /// The end of the emoji sequence that starts at `start`: skin tones, joiners, tags and
    /// flag pairs go with it.
    ///
    /// Out of line, as the scalar tests of `WordTokenizer`: see "Unicode properties, out of
    /// line" in TextBytes.
    @inline(never) static func emoji(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        var end = start
        var regionalIndicators = 0
        while let (scalar, length) = TextBytes.scalar(in: bytes, at: end) {
            let value = scalar.value
            let isJoiner =
                value == 0x200D || value == 0xFE0F || (value >= 0x1F3FB && value <= 0x1F3FF)
                || (value >= 0xE0020 && value <= 0xE007F)
            if end == start || isJoiner
                || (end > start && bytes[end - 1] == 0x8D && value > 0xFF && scalar.properties.isEmoji)
            {
                if value >= 0x1F1E6 && value <= 0x1F1FF { regionalIndicators += 1 }
                end += length
                continue
            }
            if value >= 0x1F1E6 && value <= 0x1F1FF && regionalIndicators % 2 == 1 {
                regionalIndicators += 1
                end += length
                continue
            }
            break
        }
        return end
    }
}
