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
/// a `String` and run SipHash over it. Most words of a text are in no table, so a lookup from
/// the bytes of a text first asks a small filter whether any word of the table has the same
/// first two letters and length, and only then packs the word and probes the table.
struct PackedWordTable<Value: Sendable>: Sendable {
    private var keys: [PackedWord?]
    private var values: [Value?]
    private let mask: Int
    /// For each pair of first and second byte classes (see `byteClass`), a bit for each word
    /// length from 1 to 16 that some key has: bit `length - 1`.
    private var lengths: [UInt16]

    /// Builds the table; words that cannot be packed are left out.
    init(_ entries: [String: Value]) {
        var capacity = 16
        while capacity < entries.count * 3 { capacity *= 2 }
        keys = Array(repeating: nil, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        lengths = Array(repeating: 0, count: 27 * 27)
        for (word, value) in entries {
            guard let key = PackedWord(word) else { continue }
            let utf8 = Array(word.utf8)
            if utf8.count >= 2 {
                lengths[Self.filterSlot(utf8[0], utf8[1])] |= 1 << (utf8.count - 1)
            }
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

    /// The value for the word in `range` of `bytes`, in any ASCII case, or `nil`.
    ///
    /// The same as packing the word and using the subscript, for words of at least two bytes;
    /// most words are turned away by the filter without being packed.
    @inline(__always)
    func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Value? {
        let length = range.count
        guard length >= 2 && length <= 16,
            lengths[Self.filterSlot(bytes[range.lowerBound], bytes[range.lowerBound + 1])] & (1 << (length - 1)) != 0,
            let word = PackedWord(bytes, range)
        else { return nil }
        return self[word]
    }

    /// The filter slot of a word's first two bytes.
    ///
    /// A packed word is lower-cased, so each byte is classed as a letter `a` to `z` in either
    /// case (0 to 25) or as anything else (26).
    @inline(__always)
    private static func filterSlot(_ first: UInt8, _ second: UInt8) -> Int {
        byteClass(first) * 27 + byteClass(second)
    }

    @inline(__always)
    private static func byteClass(_ byte: UInt8) -> Int {
        // Setting bit 5 lower-cases an ASCII letter.
        TextBytes.isASCIILetter(byte) ? Int((byte | 0x20) - 0x61) : 26
    }

    @inline(__always)
    private static func slot(of key: PackedWord, mask: Int) -> Int {
        var hash = key.low &* 0x9E37_79B9_7F4A_7C15
        hash ^= key.high &* 0xC2B2_AE3D_27D4_EB4F
        hash ^= hash >> 29
        return Int(truncatingIfNeeded: hash) & mask
    }
}
