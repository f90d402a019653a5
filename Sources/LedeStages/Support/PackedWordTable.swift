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

    /// Packs the bytes of `range` as they are, or with ASCII letters lower-cased; `nil` for words
    /// longer than 16 bytes, or with a byte that is not ASCII or is zero.
    ///
    /// Unlike `init(_:_:)`, this one tells `a` from `a\0`, which the zero padding would make
    /// alike, so a lookup with it answers exactly as a comparison of the bytes would.
    @inline(__always)
    init?(exactly bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldingCase: Bool) {
        guard range.count <= 16 else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        var shift: UInt64 = 0
        for offset in range {
            var byte = bytes[offset]
            guard byte < 0x80 && byte != 0 else { return nil }
            if foldingCase && TextBytes.isUpper(byte) { byte |= 0x20 }
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

    /// A word from its two halves.
    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Packs a word of the lexicon; `nil` if it cannot be packed.
    init?(_ word: String, foldingCase: Bool = true) {
        var utf8 = Array(word.utf8)
        let packed = utf8.withUnsafeMutableBufferPointer { buffer in
            foldingCase
                ? PackedWord(UnsafeBufferPointer(buffer), 0..<buffer.count)
                : PackedWord(exactly: UnsafeBufferPointer(buffer), 0..<buffer.count, foldingCase: false)
        }
        guard let packed else { return nil }
        self = packed
    }
}

/// A read-only open-addressing table from packed words to values, built once from the lexicon.
///
/// A lookup hashes two integers and compares two, where a `[String: Value]` lookup would make
/// a `String` and run SipHash over it. Most words of a text are in no table, so a lookup from
/// the bytes of a text first asks a ``PackedWordFilter`` whether any word of the table has the
/// same first two letters and length, and only then packs the word and probes the table.
///
/// Keys lie in 16-byte slots with no optional tag (an empty slot holds the packing of the
/// empty word, which no table holds), at most half full, so that a probe reads few cache lines.
struct PackedWordTable<Value: Sendable>: Sendable {
    private var keys: [PackedWord]
    private var values: [Value?]
    private let mask: Int
    /// 64 minus the number of bits of a slot number: a slot is the top bits of the hash.
    private let shift: Int
    /// The first letters and lengths of the keys.
    private(set) var filter = PackedWordFilter()

    /// The packing of the empty word, which marks an empty slot.
    private static var empty: PackedWord { PackedWord(low: 0, high: 0) }

    /// Builds the table; words that cannot be packed, and the empty word, are left out.
    ///
    /// - Parameters:
    ///   - entries: The words and their values.
    ///   - foldingCase: Whether the keys are packed lower-cased (the default), for lookups in
    ///     any case; without it, lookups must pack words as they are, and ``value(_:_:)``
    ///     must not be used.
    init(_ entries: [String: Value], foldingCase: Bool = true) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        keys = Array(repeating: Self.empty, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        shift = 64 - capacity.trailingZeroBitCount
        for (word, value) in entries {
            guard let key = PackedWord(word, foldingCase: foldingCase), key != Self.empty else { continue }
            filter.insert(word)
            var slot = Self.slot(of: key, shift: shift)
            while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    /// The value for a word, or `nil`.
    @inline(__always)
    subscript(key: PackedWord) -> Value? {
        // A word of zero bytes packs as the empty word, and no table holds it.
        guard key != Self.empty else { return nil }
        var slot = Self.slot(of: key, shift: shift)
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The value for the word in `range` of `bytes`, in any ASCII case, or `nil`.
    ///
    /// The same as packing the word and using the subscript, for words of at least two bytes;
    /// most words are turned away by the filter without being packed.
    @inline(__always)
    func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Value? {
        let length = range.count
        guard length >= 2 && length <= 16, filter.mayContain(bytes, range), let word = PackedWord(bytes, range)
        else { return nil }
        return self[word]
    }

    @inline(__always)
    private static func slot(of key: PackedWord, shift: Int) -> Int {
        // Fibonacci hashing: the top bits of a product depend on every bit of the word, where
        // the low bits depend only on its first bytes (and inflections share those).
        let hash = key.low &* 0x9E37_79B9_7F4A_7C15 ^ key.high &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: hash >> UInt64(shift))
    }
}
