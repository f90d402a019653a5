internal import Lede
internal import PCRE2

/// The `organization` pattern of `Attribution.patterns`, answered on the bytes of ASCII text.
///
/// The pattern, `\b (?: (?i: ministry | department | ... ) | \p{Lu}{2,}\d* ) \b`, matches a
/// whole word: one of its words in any case, or two capitals or more followed only by digits.
/// Run on a speaker's phrase, it tries each of its words in turn at every word of the phrase;
/// in ASCII text a word (a run of `\w`: letters, digits and `_`) is instead looked up once. Text
/// with any other byte is left to the pattern, which callers then run.
///
/// The words are read from the pattern itself, so the two cannot differ. A pattern of any
/// other shape or options gives no matcher, and callers always run the pattern.
struct OrganizationMatcher: Sendable {
    /// The matcher of `AttributionPatterns.organization`, if that pattern has the shape read here.
    static let shared: OrganizationMatcher? = (try? AttributionPatterns.organization).flatMap(Self.init(pattern:))

    /// The pattern's words, in lower case.
    private let words: WordSet

    /// Reads a compiled pattern; see ``init(source:options:)``.
    init?(pattern: PCRE2Pattern) {
        self.init(source: pattern.source, options: pattern.options)
    }

    /// Reads the words of a pattern of the shape `\b (?: (?i: word | ... ) | \p{Lu}{2,}\d* ) \b`.
    ///
    /// It fails for options other than `.extended`, or a pattern of another shape, including
    /// words with anything but the letters `a` to `z`.
    ///
    /// - Parameters:
    ///   - source: The pattern as written.
    ///   - options: Its options: only `.extended`, where white space is no part of the pattern.
    init?(source: String, options: PCRE2Options) {
        guard options == .extended else { return nil }
        // In extended mode ASCII white space is left out; any other byte, or a comment, is
        // not read here.
        let bytes = source.utf8.filter { !Self.isExtendedSpace($0) }
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x23 }) else { return nil }
        let compact = String(decoding: bytes, as: UTF8.self)
        let head = #"\b(?:(?i:"#
        let tail = #")|\p{Lu}{2,}\d*)\b"#
        guard compact.hasPrefix(head), compact.hasSuffix(tail), compact.utf8.count > head.utf8.count + tail.utf8.count
        else { return nil }
        let list = compact.utf8.dropFirst(head.utf8.count).dropLast(tail.utf8.count)
        let words = list.split(separator: 0x7C, omittingEmptySubsequences: false)
        guard words.allSatisfy({ !$0.isEmpty && $0.allSatisfy(TextBytes.isLower) }) else { return nil }
        self.words = WordSet(Set(words.map { String(decoding: $0, as: UTF8.self) }))
    }

    /// Whether the pattern matches in `range` of `bytes`, as `matches(text, range:)` says on
    /// the text of those bytes, or `nil` when the answer is left to the pattern.
    ///
    /// - Parameters:
    ///   - bytes: The UTF-8 bytes of a text.
    ///   - range: The range searched; the text after it is not seen.
    ///   - isSubjectStart: Whether the range starts the text searched, as for a string of its
    ///     own; otherwise the byte before the range decides whether a word starts with it.
    /// - Returns: The answer, or `nil` when a byte of the range, or the one before it that is
    ///   read, is not ASCII.
    /// - Complexity: O(*n*) in the length of the range.
    func matches(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, isSubjectStart: Bool) -> Bool? {
        let hasBefore = !isSubjectStart && range.lowerBound > 0
        if hasBefore && bytes[range.lowerBound - 1] >= 0x80 { return nil }
        // A word that began before the range has no boundary where the range starts: it
        // cannot match, and is passed over.
        var isInWord = hasBefore && Self.isWordByte(bytes[range.lowerBound - 1])
        var wordStart: Int?
        for index in range {
            let byte = bytes[index]
            guard byte < 0x80 else { return nil }
            if Self.isWordByte(byte) {
                if !isInWord { wordStart = index }
                isInWord = true
                continue
            }
            if let start = wordStart, isMatch(bytes, start..<index) { return true }
            isInWord = false
            wordStart = nil
        }
        if let start = wordStart { return isMatch(bytes, start..<range.upperBound) }
        return false
    }

    /// Whether the pattern matches a string of its own, as `matches(string)` says, or `nil`
    /// when the answer is left to the pattern.
    func matches(_ string: String) -> Bool? {
        var string = string
        return string.withUTF8 { matches($0, in: 0..<$0.count, isSubjectStart: true) }
    }

    /// Whether the organization pattern matches in a span of a document's text: on its bytes
    /// when the matcher can tell, and by running the pattern otherwise.
    static func isOrganization(_ span: Span, in document: AttributionDocument) -> Bool {
        if let answer = shared?.matches(document.bytes, in: span.range, isSubjectStart: false) { return answer }
        return (try? AttributionPatterns.organization.matches(document.text, range: span.range)) == true
    }

    /// Whether the organization pattern matches a phrase of its own: on its bytes when the
    /// matcher can tell, and by running the pattern otherwise.
    static func isOrganization(_ phrase: String) -> Bool {
        if let answer = shared?.matches(phrase) { return answer }
        return (try? AttributionPatterns.organization.matches(phrase)) == true
    }

    /// Whether a whole ASCII word is one of the words in any case, or two capitals or more
    /// followed only by digits.
    private func isMatch(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        var index = word.lowerBound
        while index < word.upperBound && TextBytes.isUpper(bytes[index]) { index += 1 }
        if index - word.lowerBound >= 2 && bytes[index..<word.upperBound].allSatisfy(TextBytes.isDigit) {
            return true
        }
        if let known = words.packedLookup(bytes, word, lowercased: true) { return known }
        return words.words.contains(String(decoding: bytes[word], as: UTF8.self).lowercased())
    }

    /// Whether an ASCII byte is a word character of `\w`: a letter, a digit or `_`.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        TextBytes.isASCIILetter(byte) || TextBytes.isDigit(byte) || byte == 0x5F
    }

    /// Whether a byte is white space that extended mode leaves out of an ASCII pattern.
    private static func isExtendedSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
