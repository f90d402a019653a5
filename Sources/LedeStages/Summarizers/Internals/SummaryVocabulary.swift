/// The words of the sentences being summarized, each given a number, read from the UTF-8
/// bytes of the text.
///
/// A word is a token in lower case, with U+2019 read as an apostrophe and a possessive `'s`
/// removed (`AOL's` and `AOL’s` are `aol`; `'s` alone stays). Nearly every word of a news
/// text is ASCII and at most 16 bytes long, perhaps with `’s` after it: such a word is
/// lower-cased and packed into two integers from its bytes, and looked up in an
/// open-addressing table, without making a `String`. Any other word is made into a `String`
/// and looked up in a dictionary; a `String` word that turns out to be short ASCII goes to
/// the packed table, so a word always gets the same number whichever way it was read.
struct SummaryVocabulary {
    /// Whether each word is a stop word (``SummaryStopWords``).
    private(set) var isStopWord: [Bool] = []

    /// The packed words, at most half full; an empty slot holds the packing of no bytes.
    private var keys: [PackedWord]
    private var ids: [Int32]
    private var mask: Int
    private var shift: Int
    private var packedCount = 0
    /// Words that cannot be packed.
    private var strings: [String: Int32] = [:]

    /// The stop words, packed.
    private static let stopWords = PackedWordTable(
        Dictionary(uniqueKeysWithValues: SummaryStopWords.words.map { ($0, true) }),
        foldingCase: false
    )

    /// The number of distinct words.
    var count: Int { isStopWord.count }

    /// An empty vocabulary.
    init() {
        keys = Array(repeating: PackedWord(low: 0, high: 0), count: 1024)
        ids = Array(repeating: 0, count: 1024)
        mask = 1023
        shift = 64 - 10
    }

    /// The number of the word in `range` of `bytes`, the working text of `document`.
    ///
    /// - Parameters:
    ///   - bytes: The UTF-8 of the working text.
    ///   - range: A token's range.
    ///   - slowText: The token as text, asked for only when its bytes cannot be packed.
    /// - Returns: The word's number.
    @inline(__always)
    mutating func term(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ range: Range<Int>,
        slowText: () -> Substring
    ) -> Int32 {
        var end = range.upperBound
        let start = range.lowerBound
        // `’s` after an ASCII word (U+2019 is E2 80 99): the possessive of a word of at least one
        // character, removed.
        if end - start >= 5, bytes[end - 1] | 0x20 == UInt8(ascii: "s"), bytes[end - 2] == 0x99,
            bytes[end - 3] == 0x80, bytes[end - 4] == 0xE2
        {
            end -= 4
        } else if end - start > 2, bytes[end - 1] | 0x20 == UInt8(ascii: "s"),
            bytes[end - 2] == UInt8(ascii: "'")
        {
            end -= 2
        }
        if let word = Self.pack(bytes, start, end) { return packedTerm(word) }
        return stringTerm(slowText())
    }

    /// The bytes `start..<end` lower-cased and packed, as
    /// `PackedWord(exactly:_:foldingCase: true)` packs them, but eight bytes at a time; `nil` for
    /// more than 16 bytes, or for a byte that is not ASCII or is zero.
    @inline(__always)
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> PackedWord? {
        let length = end - start
        guard length >= 1 && length <= 16 else { return nil }
        // Near the end of the text, two eight-byte reads would leave the buffer.
        guard start + 16 <= bytes.count else { return PackedWord(exactly: bytes, start..<end, foldingCase: true) }
        let lowMask: UInt64 = length >= 8 ? ~0 : (1 << UInt64(8 * length)) - 1
        let highMask: UInt64 = length >= 16 ? ~0 : length > 8 ? (1 << UInt64(8 * (length - 8))) - 1 : 0
        var low = ByteScan.word(bytes, at: start) & lowMask
        var high = ByteScan.word(bytes, at: start + 8) & highMask
        let highBits: UInt64 = 0x8080_8080_8080_8080
        guard (low | high) & highBits == 0,
            ByteScan.zeroBytes(low) & lowMask == 0, ByteScan.zeroBytes(high) & highMask == 0
        else { return nil }
        // Setting bit 5 of `A` to `Z` lower-cases them; the flags are bit 7, two places up.
        low |= (ByteScan.bytes(low, below: 0x5B) & ~ByteScan.bytes(low, below: 0x41)) >> 2
        high |= (ByteScan.bytes(high, below: 0x5B) & ~ByteScan.bytes(high, below: 0x41)) >> 2
        return PackedWord(low: low, high: high)
    }

    /// The number of a word that could not be packed from the text's bytes.
    private mutating func stringTerm(_ text: Substring) -> Int32 {
        var word = text.lowercased()
        if word.contains("\u{2019}") { word = String(word.map { $0 == "\u{2019}" ? "'" : $0 }) }
        if word.count > 2 && word.hasSuffix("'s") { word.removeLast(2) }
        var utf8 = Array(word.utf8)
        let packed = utf8.withUnsafeMutableBufferPointer { buffer in
            PackedWord(exactly: UnsafeBufferPointer(buffer), 0..<buffer.count, foldingCase: false)
        }
        if let packed, !utf8.isEmpty { return packedTerm(packed) }
        if let known = strings[word] { return known }
        let id = Int32(isStopWord.count)
        strings[word] = id
        isStopWord.append(SummaryStopWords.words.contains(word))
        return id
    }

    /// The number of a packed, lower-case word.
    @inline(__always)
    private mutating func packedTerm(_ word: PackedWord) -> Int32 {
        var slot = Self.slot(of: word, shift: shift)
        while true {
            let stored = keys[slot]
            if stored == word { return ids[slot] }
            if stored.low == 0 && stored.high == 0 { break }
            slot = (slot + 1) & mask
        }
        let id = Int32(isStopWord.count)
        isStopWord.append(Self.stopWords[word] != nil)
        keys[slot] = word
        ids[slot] = id
        packedCount += 1
        if packedCount * 2 > keys.count { grow() }
        return id
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldIDs = ids
        let capacity = keys.count * 2
        keys = Array(repeating: PackedWord(low: 0, high: 0), count: capacity)
        ids = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        shift = 64 - capacity.trailingZeroBitCount
        for (index, key) in oldKeys.enumerated() where key.low != 0 || key.high != 0 {
            var slot = Self.slot(of: key, shift: shift)
            while keys[slot].low != 0 || keys[slot].high != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            ids[slot] = oldIDs[index]
        }
    }

    @inline(__always)
    private static func slot(of key: PackedWord, shift: Int) -> Int {
        let hash = key.low &* 0x9E37_79B9_7F4A_7C15 ^ key.high &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: hash >> UInt64(shift))
    }
}
