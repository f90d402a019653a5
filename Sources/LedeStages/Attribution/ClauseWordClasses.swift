internal import Lede

/// What each word of a clause is, for ``ClauseSubjectFinder``: a pronoun, a determiner, a
/// capitalized word, an auxiliary, a past or present verb form, a participle, an adverb, a
/// preposition, a noun, or something else.
///
/// Closed classes come from one table of the lexicon's word lists, so a word costs one lookup;
/// open ones from the word's shape (`-ed`, `-ing`, `-ly`, `-s`). The classes of the clause
/// being read are kept, from the token ``prepare(_:_:)`` names on: a clause's words are
/// classed once however many candidate subjects read them.
struct ClauseWordClasses {
    let document: AttributionDocument
    /// The document's tokens and bytes, held once for the many reads of a clause.
    private let tokens: [Token]
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The class of each token of the clause being read, from token `base` on, plus one (0 for
    /// a token not classed yet).
    private var classes: [UInt8] = []
    private var base = 0

    init(document: AttributionDocument) {
        self.document = document
        tokens = document.tokens
        bytes = document.bytes
    }

    /// What a word is, for reading a clause.
    enum WordClass: UInt8 {
        case pronoun, determiner, capitalized, relative, auxiliary, pastVerb, presentVerb, participle, adverb,
            preposition, noun, other
    }

    /// The class of a token, kept for a token of the clause made ready by ``prepare(_:_:)``.
    mutating func wordClass(_ index: Int) -> WordClass {
        let slot = index - base
        guard slot >= 0 && slot < classes.count else { return computeClass(index) }
        if classes[slot] != 0, let known = WordClass(rawValue: classes[slot] - 1) { return known }
        let kind = computeClass(index)
        classes[slot] = kind.rawValue + 1
        return kind
    }

    /// Makes room to class the tokens `first ... end`, forgetting the clause before.
    mutating func prepare(_ first: Int, _ end: Int) {
        base = first
        classes = Array(repeating: 0, count: max(0, end - first + 1))
    }

    /// Whether a token is punctuation or a symbol: its first byte is ASCII and neither a
    /// letter nor a digit (a token kind is a string; bytes are cheaper to compare).
    func isPunctuation(_ index: Int) -> Bool {
        let first = bytes[tokens[index].span.start]
        return first < 0x80 && !TextBytes.isASCIILetter(first) && !TextBytes.isDigit(first)
    }

    /// The closed classes of lower-case words, in one table: one lookup per word.
    private static let closedClasses: PackedWordTable<UInt8> = {
        var entries: [String: UInt8] = [:]
        func add(_ words: WordSet, _ kind: WordClass) {
            for word in words.words where entries[word.lowercased()] == nil {
                entries[word.lowercased()] = kind.rawValue
            }
        }
        add(lowercasePronouns, .pronoun)
        add(AttributionLexicon.determiners, .determiner)
        add(ClauseWords.relatives, .relative)
        add(ClauseWords.auxiliaries, .auxiliary)
        add(ClauseWords.adverbs, .adverb)
        add(ClauseWords.nounPrepositions, .preposition)
        add(ClauseWords.irregularPast, .pastVerb)
        return PackedWordTable(entries)
    }()

    /// The class of a token, worked out afresh.
    func computeClass(_ index: Int) -> WordClass {
        let range = tokens[index].span.range
        let first = bytes[range.lowerBound]
        if TextBytes.isDigit(first) { return .noun }
        if range.count == 1 {
            // The table holds words of two letters or more.
            return first == 0x49
                ? .pronoun
                : first == 0x61 || first == 0x41
                    ? .determiner
                    : TextBytes.isUpper(first) ? .capitalized : TextBytes.isLower(first) ? .noun : .other
        }
        let closed = Self.closedClasses.value(bytes, range).flatMap(WordClass.init)
        if TextBytes.isUpper(first) || first >= 0xC3 && document.startsWithCase(tokens[index].span, upper: true) {
            if closed == .determiner { return .determiner }
            return closed == .pronoun ? .pronoun : .capitalized
        }
        guard TextBytes.isLower(first) else { return .other }
        if let closed { return closed }
        let count = range.count
        func endsWith(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count > length else { return false }
            return suffix.withUTF8Buffer { buffer in
                buffer.elementsEqual(bytes[(range.upperBound - length)..<range.upperBound])
            }
        }
        if count >= 4 && endsWith("ed") { return .pastVerb }
        if count >= 5 && endsWith("ing") { return .participle }
        if count >= 5 && endsWith("ly") { return .adverb }
        if isReportingVerb(range) { return .presentVerb }
        if count >= 3 && endsWith("s") && !endsWith("ss") && !endsWith("us") && !endsWith("is") && !endsWith("'s") {
            return .presentVerb
        }
        return .noun
    }

    /// Whether a lower-case word is a form of a reporting verb (`says`, `told`), other than an `-ing` form.
    func isReportingVerb(_ range: Range<Int>) -> Bool {
        CueScanner.verbs.value(bytes, range) != nil
    }

    private static let lowercasePronouns: WordSet = ["he", "she", "they", "we", "it"]
}
