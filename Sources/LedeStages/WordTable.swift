/// A fixed set of short ASCII words, looked up straight from the bytes of a text.
///
/// Stages that check every word of a text against a closed list (reporting verbs, role
/// words) would spend most of their time making and hashing strings. The table packs the
/// first eight bytes of a word and its length into an integer and probes an open-addressed
/// array, so a lookup costs a few nanoseconds and allocates nothing.
struct WordTable<Value: Sendable>: Sendable {
    private let slots: [Int32]  // index into the arrays below, or -1
    private let mask: Int
    private let keys: [UInt64]
    private let words: [[UInt8]]
    private let values: [Value]
    private let foldsCase: Bool

    /// Builds a table.
    ///
    /// - Parameters:
    ///   - words: The words (ASCII) and their values.
    ///   - foldsCase: Whether lookups ignore ASCII case; the words are then given in lower case.
    init(_ words: [(String, Value)], foldsCase: Bool = false) {
        var entries: [(key: UInt64, word: [UInt8], value: Value)] = []
        for (word, value) in words {
            let bytes = Array(word.utf8)
            let key = bytes.withUnsafeBufferPointer { Self.key($0, 0..<$0.count, foldsCase: false) }
            entries.append((key, bytes, value))
        }
        var size = 16
        while size < entries.count * 4 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        for (position, entry) in entries.enumerated() {
            var slot = Self.hash(entry.key) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(position)
        }
        self.slots = slots
        self.mask = size - 1
        self.keys = entries.map(\.key)
        self.words = entries.map(\.word)
        self.values = entries.map(\.value)
        self.foldsCase = foldsCase
    }

    /// The value of the word at `range` of `bytes`, if the table holds it.
    @inline(__always) func value(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Value? {
        let key = Self.key(bytes, range, foldsCase: foldsCase)
        var slot = Self.hash(key) & mask
        while true {
            let position = Int(slots[slot])
            if position < 0 { return nil }
            if keys[position] == key {  // the key holds the length
                if range.count <= 8 { return values[position] }
                if matchesTail(bytes, range, words[position]) { return values[position] }
            }
            slot = (slot + 1) & mask
        }
    }

    private func matchesTail(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: [UInt8]) -> Bool {
        for offset in 8..<range.count {
            var byte = bytes[range.lowerBound + offset]
            if foldsCase && byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            if byte != word[offset] { return false }
        }
        return true
    }

    /// The first eight bytes and the length, packed.
    @inline(__always) private static func key(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ range: Range<Int>,
        foldsCase: Bool
    ) -> UInt64 {
        var key = UInt64(range.count) << 56
        for offset in 0..<min(7, range.count) {
            var byte = bytes[range.lowerBound + offset]
            if foldsCase && byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            key |= UInt64(byte) << (UInt64(offset) * 8)
        }
        if range.count > 7 {
            var byte = bytes[range.lowerBound + 7]
            if foldsCase && byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            key ^= UInt64(byte) << 48
        }
        return key
    }

    @inline(__always) private static func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40)
    }
}
