/// The first two letters, the first and last letters, and the lengths of the words of a list:
/// a test that turns away most words of a text before they are packed and looked up in a
/// ``PackedWordTable``.
///
/// Words are compared in any ASCII case, as packed words are, so each byte is classed as a
/// letter `a` to `z` in either case (0 to 25) or as anything else (26). For each of the 27 × 27
/// pairs of classes of the first and second bytes, one bit per word length from 2 to 16 tells
/// whether the list has such a word; another table does the same for the first and last bytes.
/// A word of the list passes both; in news text, about one word in ten that is not in the
/// attribution lists does too.
struct PackedWordFilter: Sendable {
    /// By the classes of the first and second bytes: bit `length - 1` for each length.
    private var firstTwo = [UInt16](repeating: 0, count: 27 * 27)
    /// By the classes of the first and last bytes.
    private var firstAndLast = [UInt16](repeating: 0, count: 27 * 27)

    /// An empty filter, which turns every word of 2 to 16 bytes away.
    init() {}

    /// Lets `word` through from now on, in any ASCII case.
    mutating func insert(_ word: String) {
        let utf8 = Array(word.utf8)
        guard let first = utf8.first, let last = utf8.last, utf8.count >= 2 && utf8.count <= 16 else { return }
        let bit: UInt16 = 1 << (utf8.count - 1)
        firstTwo[slot(first, utf8[1])] |= bit
        firstAndLast[slot(first, last)] |= bit
    }

    /// Lets through every word that either filter lets through.
    mutating func formUnion(_ other: PackedWordFilter) {
        for index in firstTwo.indices {
            firstTwo[index] |= other.firstTwo[index]
            firstAndLast[index] |= other.firstAndLast[index]
        }
    }

    /// Whether the word in `range` of `bytes` may be in the list; `false` only when no word of
    /// the list equals it in any ASCII case.
    ///
    /// - Precondition: `range` holds 2 to 16 bytes.
    @inline(__always)
    func mayContain(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let bit: UInt16 = 1 << (range.count - 1)
        let first = bytes[range.lowerBound]
        return firstTwo[slot(first, bytes[range.lowerBound + 1])] & bit != 0
            && firstAndLast[slot(first, bytes[range.upperBound - 1])] & bit != 0
    }

    /// The same test on a word's first, second and last bytes and its length bit.
    ///
    /// `lengthBit` is `1 << (length - 1)`, or zero to fail. Written without branches, for scans
    /// that ask it of every word.
    @inline(__always)
    func mayContain(first: UInt8, second: UInt8, last: UInt8, lengthBit: UInt16) -> Bool {
        firstTwo[slot(first, second)] & firstAndLast[slot(first, last)] & lengthBit != 0
    }

    @inline(__always)
    private func slot(_ first: UInt8, _ second: UInt8) -> Int {
        Int(classes[Int(first)]) * 27 + Int(classes[Int(second)])
    }

    /// The class of each byte: 0 to 25 for the letters `a` to `z` in either case, 26 for others.
    ///
    /// A copy in each filter saves the check a static makes on every access.
    private let classes: [UInt8] = (0...255).map { byte in
        // Setting bit 5 lower-cases an ASCII letter.
        TextBytes.isASCIILetter(UInt8(byte)) ? UInt8(byte | 0x20) - 0x61 : 26
    }
}
