/// A short lower-case ASCII word packed into two integers, for lookups that make no `String`.
struct PackedWord: Hashable {
    /// Bytes 0 to 7, little-endian, zero-padded.
    var low: UInt64
    /// Bytes 8 to 15.
    var high: UInt64

    /// Packs the bytes of `range`, lower-casing ASCII letters; `nil` for words longer than 16
    /// bytes or with non-ASCII bytes, which no table holds.
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard range.count <= 16 else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        var shift: UInt64 = 0
        for offset in range {
            var byte = bytes[offset]
            guard byte < 0x80 else { return nil }
            if TextBytes.isUpper(byte) { byte |= 0x20 }
            if shift < 64 {
                low |= UInt64(byte) << shift
            } else {
                high |= UInt64(byte) << (shift - 64)
            }
            shift += 8
        }
        self.low = low
        self.high = high
    }

    /// Packs a word of the lexicon; `nil` if it cannot be packed.
    init?(_ word: String) {
        var utf8 = Array(word.utf8)
        let packed = utf8.withUnsafeMutableBufferPointer { buffer in
            PackedWord(UnsafeBufferPointer(buffer), 0..<buffer.count)
        }
        guard let packed else { return nil }
        self = packed
    }
}

/// A read-only open-addressing table from packed words to values, built once from the lexicon.
///
/// A lookup hashes two integers and compares two, where a `[String: Value]` lookup would make
/// a `String` and run SipHash over it.
struct PackedWordTable<Value: Sendable>: Sendable {
    private var keys: [PackedWord?]
    private var values: [Value?]
    private let mask: Int

    /// Builds the table; words that cannot be packed are left out.
    init(_ entries: [String: Value]) {
        var capacity = 16
        while capacity < entries.count * 3 { capacity *= 2 }
        keys = Array(repeating: nil, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        for (word, value) in entries {
            guard let key = PackedWord(word) else { continue }
            var slot = Self.slot(of: key, mask: mask)
            while keys[slot] != nil && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    /// The value for a word, or `nil`.
    @inline(__always)
    subscript(key: PackedWord) -> Value? {
        var slot = Self.slot(of: key, mask: mask)
        while let stored = keys[slot] {
            if stored == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    @inline(__always)
    private static func slot(of key: PackedWord, mask: Int) -> Int {
        var hash = key.low &* 0x9E37_79B9_7F4A_7C15
        hash ^= key.high &* 0xC2B2_AE3D_27D4_EB4F
        hash ^= hash >> 29
        return Int(truncatingIfNeeded: hash) & mask
    }
}
