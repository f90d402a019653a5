/// The words the sentence segmenter looks up, in one table: each word with the lists it is
/// in, found from the bytes of the text without making a `String`.
///
/// Lookups are exact, as `Set<String>.contains` is: ASCII words of up to 16 bytes are packed
/// and probed in a ``PackedWordTable``; other words are looked up in a dictionary, so that
/// canonical equivalence still decides for them.
struct SentenceWords: Sendable {
    /// The lists a word is in.
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt8

        /// A title before a name (`Mr`, `Gen`).
        static let title = Kinds(rawValue: 1 << 0)
        /// An abbreviation that may end a sentence (`Inc`, `U.S`).
        static let abbreviation = Kinds(rawValue: 1 << 1)
        /// A word that commonly opens a sentence (`The`, `He`).
        static let starter = Kinds(rawValue: 1 << 2)
        /// An abbreviation that stands before a number, or a month abbreviation (`No`, `Jan`).
        static let beforeNumber = Kinds(rawValue: 1 << 3)
        /// A time zone, day or month, which goes on after `a.m.` or `p.m.` (`ET`, `Monday`).
        static let timeContinuation = Kinds(rawValue: 1 << 4)
        /// A preposition that opens a sentence with a phrase of time (`At`, `Shortly`).
        static let timePreposition = Kinds(rawValue: 1 << 5)
    }

    /// The words that can be packed.
    private let table: PackedWordTable<Kinds>
    /// The others.
    private let others: [String: Kinds]
    /// The length in bytes of the longest of the others.
    private let longestOther: Int

    /// Builds the table from the segmenter's lists and the built-in lists it does not expose.
    init(titles: Set<String>, abbreviations: Set<String>, starters: Set<String>) {
        var kinds: [String: Kinds] = [:]
        func add(_ words: some Sequence<String>, _ kind: Kinds) {
            for word in words { kinds[word, default: []].insert(kind) }
        }
        add(titles, .title)
        add(abbreviations, .abbreviation)
        add(starters, .starter)
        add(Abbreviations.beforeNumbers + CalendarWords.monthAbbreviations, .beforeNumber)
        add(
            TimeWords.zones + CalendarWords.weekdays + CalendarWords.months + CalendarWords.monthAbbreviations,
            .timeContinuation
        )
        add(TimeWords.openingPrepositions, .timePreposition)
        var packable: [String: Kinds] = [:]
        var others: [String: Kinds] = [:]
        for (word, kind) in kinds {
            // A word canonically equivalent to an ASCII word is found under that word.
            let normalized = String(decoding: UnicodeNormalizer.normalizedBytes(word, form: .nfc), as: UTF8.self)
            if PackedWord(normalized, foldingCase: false) != nil {
                packable[normalized, default: []].formUnion(kind)
            } else {
                others[word, default: []].formUnion(kind)
            }
        }
        table = PackedWordTable(packable, foldingCase: false)
        self.others = others
        longestOther = others.keys.map(\.utf8.count).max() ?? 0
    }

    /// The lists that the word in `range` of `bytes` is in, exactly as written.
    @inline(__always)
    func kinds(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Kinds {
        if let key = PackedWord(exactly: bytes, range, foldingCase: false) { return table[key] ?? [] }
        if range.isEmpty || range.count > longestOther { return [] }
        return others[String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)] ?? []
    }
}
