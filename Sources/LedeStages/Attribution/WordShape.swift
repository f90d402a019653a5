/// Tests of a word's shape that answer as `Character` properties do, reading bytes where
/// ASCII decides.
enum WordShape {
    /// Whether a word's first character is upper case, as `word.first?.isUppercase == true` says.
    ///
    /// An ASCII first byte followed by another ASCII byte (or by nothing) is a character of
    /// its own, upper case if it is `A` to `Z`; otherwise a combining mark may follow, and the
    /// character decides.
    static func startsUppercase(_ word: String) -> Bool {
        var bytes = word.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first < 0x80, bytes.next().map({ $0 < 0x80 }) ?? true { return TextBytes.isUpper(first) }
        return word.first?.isUppercase == true
    }

    /// Whether a word's first character is lower case, as `word.first?.isLowercase == true` says.
    static func startsLowercase(_ word: String) -> Bool {
        var bytes = word.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first < 0x80, bytes.next().map({ $0 < 0x80 }) ?? true { return TextBytes.isLower(first) }
        return word.first?.isLowercase == true
    }

    /// Whether a word holds a straight or curly apostrophe (`Acme's`, `O’Neill`), which no
    /// plain name word of a speaker does.
    static func hasApostrophe(_ word: String) -> Bool {
        word.utf8.contains(0x27) || word.unicodeScalars.contains("\u{2019}")
    }

    /// Whether a word has two or more bytes and no lower-case ASCII letter: `NATO`, `BBC`.
    static func isAcronym(_ word: String) -> Bool {
        word.utf8.count >= 2 && !word.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
    }
}
