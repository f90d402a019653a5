/// Byte-level helpers the normalizers share: contiguous access to a string's UTF-8, fast
/// skipping of plain bytes eight at a time, and scalar decoding.
///
/// Every normalizer reads `document.text.utf8` through these helpers, so the common case —
/// long runs of ASCII with nothing to change — costs one load and one mask per eight bytes.
enum ByteScan {
    /// Calls `body` with the UTF-8 bytes of a string, in contiguous memory.
    ///
    /// Native strings (all strings on Linux) lend their storage without copying; any other
    /// string is copied once into native storage first.
    static func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return try copy.withUTF8(body)
    }

    /// The offset of the first byte at or after `start` that is not ASCII, or the end.
    static func skipASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let count = bytes.count
        var index = start
        while index &+ 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let high = word & 0x8080_8080_8080_8080
            if high != 0 { return index &+ high.trailingZeroBitCount >> 3 }
            index &+= 8
        }
        while index < count && base[index] < 0x80 { index &+= 1 }
        return index
    }

    /// The offset of the first byte at or after `start` that is not ASCII or is `byte`, or the end.
    static func skipASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, except byte: UInt8) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let count = bytes.count
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        var index = start
        while index &+ 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let matched = word ^ pattern
            // A zero byte in `matched` is `byte`; the test is exact about whether one exists.
            let hasMatch = (matched &- 0x0101_0101_0101_0101) & ~matched & 0x8080_8080_8080_8080
            if (word & 0x8080_8080_8080_8080) | hasMatch != 0 { break }
            index &+= 8
        }
        while index < count, base[index] < 0x80, base[index] != byte { index &+= 1 }
        return index
    }

    /// The offset of the first byte at or after `start` that is not printable ASCII, a tab, a
    /// line feed or a carriage return, or the end.
    static func skipPlainText(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let count = bytes.count
        var index = start
        while index &+ 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            // Bytes below 0x20 (exact about whether one exists), DEL, and non-ASCII bytes.
            let low = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
            let del = word ^ 0x7F7F_7F7F_7F7F_7F7F
            let isDel = (del &- 0x0101_0101_0101_0101) & ~del & 0x8080_8080_8080_8080
            if (word & 0x8080_8080_8080_8080) | low | isDel != 0 { break }
            index &+= 8
        }
        while index < count {
            let byte = base[index]
            if byte >= 0x7F || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) { return index }
            index &+= 1
        }
        return index
    }

    /// The offset of the first eight-byte block at or after `start` that holds anything but
    /// printable ASCII with single spaces between printable characters, or of the last,
    /// shorter block.
    ///
    /// Ordinary prose is almost entirely such blocks: words of printable ASCII separated by
    /// one space each. The block test is exact, so a caller may skip whatever this skips.
    static func skipSingleSpacedText(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let count = bytes.count
        let high: UInt64 = 0x8080_8080_8080_8080
        let last: UInt64 = 0x80 << 56
        var index = start
        while index &+ 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            // High bit of each byte below 0x21 or at or above 0x80; the sums never carry
            // from one byte into the next.
            let flagged = (word & high) | (~((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x5F5F_5F5F_5F5F_5F5F) & high)
            if flagged != 0 {
                let other = word ^ 0x2020_2020_2020_2020
                let spaces = ~(((other & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | other) & high
                // Anything but a space, or two spaces side by side.
                if flagged & ~spaces != 0 || flagged & (flagged << 8) != 0 { return index }
                // A space at either edge of the block needs a printable neighbour outside it.
                if flagged & 0x80 != 0 && (index == 0 || base[index &- 1] < 0x21 || base[index &- 1] >= 0x80) {
                    return index
                }
                if flagged & last != 0 && (index &+ 8 == count || base[index &+ 8] < 0x21 || base[index &+ 8] >= 0x80) {
                    return index
                }
            }
            index &+= 8
        }
        return index
    }

    // MARK: Eight bytes at a time

    /// Bytes `index ..< index + 8` as one integer, the first byte lowest.
    ///
    /// - Precondition: `index + 8 <= bytes.count`.
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        guard index >= 0 && index &+ 8 <= bytes.count, let base = bytes.baseAddress else {
            preconditionFailure("An eight-byte read must lie inside the buffer.")
        }
        return UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self))
    }

    /// The high bit of each zero byte of `word`, and no other bit.
    ///
    /// Adding 0x7F to the low seven bits of a byte carries into its bit 7 unless they are all
    /// zero, and never into the next byte; OR-ing in the byte itself covers bytes whose bit 7
    /// is set. Unlike the shorter `(x - 0x01...) & ~x & 0x80...`, no borrow can flag a byte
    /// next to a zero byte, so every flag is exact.
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word | low)
    }

    /// The high bit of each byte of `word` that equals `byte`, and no other bit.
    @inline(__always)
    static func bytes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        zeroBytes(word ^ (UInt64(byte) &* 0x0101_0101_0101_0101))
    }

    /// The high bit of each byte of `word` that is below `limit`, and no other bit.
    ///
    /// - Precondition: `limit` is at most 0x80: only ASCII bytes are flagged.
    @inline(__always)
    static func bytes(_ word: UInt64, below limit: UInt8) -> UInt64 {
        // The low seven bits plus 0x80 - limit reach bit 7 exactly when they are at least
        // `limit`; the sum is at most 0xFF, so it never carries into the next byte.
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let atLeast = (word & low) &+ UInt64(0x80 - limit) &* 0x0101_0101_0101_0101
        return ~atLeast & ~word & 0x8080_8080_8080_8080
    }

    /// The high bit of each byte of `word` that is an ASCII letter or digit, and no other bit.
    @inline(__always)
    static func asciiLettersAndDigits(_ word: UInt64) -> UInt64 {
        // Setting bit 5 lower-cases the letters and maps no other byte into `a` to `z`.
        let lower = word | 0x2020_2020_2020_2020
        let letters = bytes(lower, below: 0x7B) & ~bytes(lower, below: 0x61)
        let digits = bytes(word, below: 0x3A) & ~bytes(word, below: 0x30)
        return letters | digits
    }

    /// The offset of the first `byte` at or after `start`, or `nil`.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = max(0, start)
        while index &+ 8 <= bytes.count {
            let found = Self.bytes(word(bytes, at: index), equalTo: byte)
            if found != 0 { return index &+ found.trailingZeroBitCount >> 3 }
            index &+= 8
        }
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index &+= 1
        }
        return nil
    }

    /// Decodes the scalar that starts at `index` in valid UTF-8.
    ///
    /// - Returns: The scalar's value and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 {
            return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        let value =
            (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
            | UInt32(bytes[index + 3] & 0x3F)
        return (value, 4)
    }

    /// The length of the UTF-8 sequence that a lead byte starts (1 for a stray continuation
    /// byte, which valid text never starts with).
    @inline(__always)
    static func sequenceLength(lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }
}
