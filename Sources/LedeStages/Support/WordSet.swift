/// A fixed set of ASCII words, with lookups that make no `String` for ASCII words of a text.
///
/// ``contains(_:)`` answers exactly as `Set<String>.contains`, and ``containsLowercased(_:)``
/// as `contains(word.lowercased())`. ASCII words of up to 16 bytes, nearly all the words of a
/// news text, are packed into two integers and looked up in tables. Any other word is looked
/// up in the `Set`, so that Unicode canonical equivalence still decides for it (`K`, the
/// Kelvin sign, is equal to `K` as a `String`).
///
/// A class: the sets are constants of the lexicon, and a lookup that passes one on copies one
/// reference rather than the set's dozen arrays and tables.
final class WordSet: Sendable {
    /// The words, as given.
    let words: Set<String>
    /// Every word, packed as it is.
    private let exact: PackedWordTable<Bool>
    /// The words that are their own lower case, packed; a word looked up lower-cased can only
    /// equal one of these.
    private let lowercase: PackedWordTable<Bool>
    /// Bit `c` for each class `c` of the words' first bytes: 0 to 25 for the letters `a` to `z`
    /// in either case, 26 for any other byte.
    private let firstBytes: UInt32
    /// The length in bytes of the shortest word.
    private let shortest: Int

    /// Makes a set of words.
    ///
    /// - Parameter words: ASCII words: a non-ASCII word could be canonically equivalent to an
    ///   ASCII word of a text, which the packed lookups would miss.
    init(_ words: Set<String>) {
        precondition(
            words.allSatisfy { $0.utf8.allSatisfy { $0 != 0 && $0 < 0x80 } },
            "A WordSet holds ASCII words without zero bytes only."
        )
        self.words = words
        exact = PackedWordTable(Dictionary(uniqueKeysWithValues: words.map { ($0, true) }), foldingCase: false)
        lowercase = PackedWordTable(
            Dictionary(uniqueKeysWithValues: words.filter { $0 == $0.lowercased() }.map { ($0, true) })
        )
        firstBytes = words.reduce(0) { mask, word in mask | (word.utf8.first.map { 1 << Self.byteClass($0) } ?? 0) }
        shortest = words.lazy.map(\.utf8.count).min() ?? 0
    }

    /// Whether no word of the set can equal a word of `length` bytes that starts with `first`,
    /// in any case: a test on the set itself, for a text's word, before any table is read.
    ///
    /// It answers `true` only when no `String` comparison could find the word: a word whose
    /// first byte is ASCII starts with that letter in any string equal to it, and a word
    /// equal to an ASCII word has at least as many bytes (a non-ASCII character equal to an
    /// ASCII one, such as the Kelvin sign, is longer than it).
    @inline(__always)
    func cannotHold(first: UInt8, length: Int) -> Bool {
        length < shortest || (first < 0x80 && firstBytes & (1 << Self.byteClass(first)) == 0)
    }

    /// The class of a byte: 0 to 25 for the letters `a` to `z` in either case, 26 for any other.
    @inline(__always)
    private static func byteClass(_ byte: UInt8) -> UInt32 {
        TextBytes.isASCIILetter(byte) ? UInt32((byte | 0x20) &- 0x61) : 26
    }

    /// Whether the set holds `word`.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        if let answer = word.utf8.withContiguousStorageIfAvailable({ packedLookup($0, 0..<$0.count, lowercased: false) }
        ),
            let answer
        {
            return answer
        }
        return words.contains(word)
    }

    /// Whether the set holds the lower case of `word`.
    @inline(__always)
    func containsLowercased(_ word: String) -> Bool {
        if let answer = word.utf8.withContiguousStorageIfAvailable({ packedLookup($0, 0..<$0.count, lowercased: true) }
        ),
            let answer
        {
            return answer
        }
        return words.contains(word.lowercased())
    }

    /// Whether the set holds the word in `range` of `bytes` (lower-cased if `lowercased`), or
    /// `nil` when the word cannot be packed (not ASCII, longer than 16 bytes, or with a zero
    /// byte) and the caller must ask ``words``.
    ///
    /// For an ASCII word, a `String` compares equal to another exactly when their bytes do, and
    /// `lowercased()` lower-cases the letters `A` to `Z` only: the packed lookup is exact.
    @inline(__always)
    func packedLookup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercased: Bool) -> Bool? {
        // Most words of a text are in no set: the filter turns them away on three bytes and
        // the length. Its answer is exact only for a word of ASCII bytes other than zero
        // (any other must be asked of `words`), which a quick scan checks.
        let count = range.count
        if count >= 2 && count <= 16 {
            let first = bytes[range.lowerBound]
            let second = bytes[range.lowerBound + 1]
            let last = bytes[range.upperBound - 1]
            let lengthBit: UInt16 = 1 << UInt16(count - 1)
            let mayContain =
                lowercased
                ? lowercase.filter.mayContain(first: first, second: second, last: last, lengthBit: lengthBit)
                : exact.filter.mayContain(first: first, second: second, last: last, lengthBit: lengthBit)
            if !mayContain {
                for offset in range where bytes[offset] >= 0x80 || bytes[offset] == 0 { return nil }
                return false
            }
        }
        guard let key = PackedWord(exactly: bytes, range, foldingCase: lowercased) else { return nil }
        return (lowercased ? lowercase[key] : exact[key]) != nil
    }
}

extension WordSet: ExpressibleByArrayLiteral {
    /// Makes a set of the ASCII words listed.
    convenience init(arrayLiteral words: String...) {
        self.init(Set(words))
    }
}
