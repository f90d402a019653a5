/// The first two letters and the lengths of the words of a list: a test that turns away most
/// words of a text before they are packed and looked up in a ``PackedWordTable``.
///
/// Words are compared in any ASCII case, as packed words are, so each of the first two bytes
/// is classed as a letter `a` to `z` in either case (0 to 25) or as anything else (26); for
/// each of the 27 × 27 pairs of classes, one bit per word length from 2 to 16 tells whether
/// the list has such a word.
struct PackedWordFilter: Sendable {
    private var lengths = [UInt16](repeating: 0, count: 27 * 27)

    /// An empty filter, which turns every word of 2 to 16 bytes away.
    init() {}

    /// Lets `word` through from now on, in any ASCII case.
    mutating func insert(_ word: String) {
        let utf8 = Array(word.utf8)
        guard utf8.count >= 2 && utf8.count <= 16 else { return }
        lengths[Self.slot(utf8[0], utf8[1])] |= 1 << (utf8.count - 1)
    }

    /// Lets through every word that either filter lets through.
    mutating func formUnion(_ other: PackedWordFilter) {
        for index in lengths.indices { lengths[index] |= other.lengths[index] }
    }

    /// Whether the word in `range` of `bytes` may be in the list; `false` only when no word of
    /// the list equals it in any ASCII case.
    ///
    /// - Precondition: `range` holds 2 to 16 bytes.
    @inline(__always)
    func mayContain(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let slot = Self.slot(bytes[range.lowerBound], bytes[range.lowerBound + 1])
        return lengths[slot] & (1 << (range.count - 1)) != 0
    }

    @inline(__always)
    private static func slot(_ first: UInt8, _ second: UInt8) -> Int {
        byteClass(first) * 27 + byteClass(second)
    }

    @inline(__always)
    private static func byteClass(_ byte: UInt8) -> Int {
        // Setting bit 5 lower-cases an ASCII letter.
        TextBytes.isASCIILetter(byte) ? Int((byte | 0x20) - 0x61) : 26
    }
}
