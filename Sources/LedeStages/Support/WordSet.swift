/// A fixed set of ASCII words, with lookups that make no `String` for ASCII words of a text.
///
/// ``contains(_:)`` answers exactly as `Set<String>.contains`, and ``containsLowercased(_:)``
/// as `contains(word.lowercased())`. ASCII words of up to 16 bytes, nearly all the words of a
/// news text, are packed into two integers and looked up in tables. Any other word is looked
/// up in the `Set`, so that Unicode canonical equivalence still decides for it (`K`, the
/// Kelvin sign, is equal to `K` as a `String`).
struct WordSet: Sendable {
    /// The words, as given.
    let words: Set<String>
    /// Every word, packed as it is.
    private let exact: PackedWordTable<Bool>
    /// The words that are their own lower case, packed; a word looked up lower-cased can only
    /// equal one of these.
    private let lowercase: PackedWordTable<Bool>

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
    init(arrayLiteral words: String...) {
        self.init(Set(words))
    }
}
