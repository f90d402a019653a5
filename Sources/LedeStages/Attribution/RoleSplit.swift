/// The words of a speaker's phrase split into a role, a title and a name:
/// `White House Press Secretary Karoline Leavitt` is the role `White House Press Secretary`
/// and the name `Karoline Leavitt`; `Mr Blair` the title `Mr` and the name `Blair`.
struct RoleSplit {
    /// The words before the name, up to the last role word, if a role word is among them.
    var role: String?
    /// The title just before the name, if the last role word is a title.
    var title: String?
    /// The name: the words after the last role word or title, or all words without one.
    var name: [String]
    /// Whether the phrase describes someone by a role held for another (`A spokesman for Mayor
    /// Ada Moss`): no name of the speaker's, whatever names the complement holds.
    var isDescription = false

    /// Splits the words of a phrase.
    ///
    /// A leading `The` and conjunctions that open the sentence (`But Mr Dams`) are dropped.
    /// Without a role word or title before the last word, or when the word after it is not
    /// capitalized, the whole phrase is the name.
    init(_ allWords: [String]) {
        var words = allWords[...]
        if let first = words.first, first == "The" || first == "the" { words.removeFirst() }
        // `But Mr Dams`: a conjunction that opens the sentence is not part of the role.
        while words.count > 1, let first = words.first, AttributionLexicon.conjunctions.contains(first) {
            words.removeFirst()
        }
        // `A spokesman for Mayor Ada Moss`, `the lawyer for Tom Reyes`: a role in lower case with
        // a complement describes someone who is not named; the name is the complement's.
        if Self.isDescribedRole(words) {
            self.init(role: nil, title: nil, name: Array(words))
            isDescription = true
            return
        }
        var lastRole = -1
        var title: String?
        for (index, word) in words.enumerated().dropLast() {
            if AttributionLexicon.titleWords.containsLowercased(word) {
                lastRole = index
                title = word
            } else if Self.isRoleWord(word) {
                lastRole = index
                title = nil
            }
        }
        // `lastRole` counts from the first word kept.
        let base = words.startIndex
        let name = lastRole >= 0 ? Array(words[(base + lastRole + 1)...]) : []
        guard let first = name.first, WordShape.startsUppercase(first) else {
            // `Chancellor of the Exchequer Gordon Brown`, `Secretary to the Treasury Paul
            // Boateng`: the office's complement, then a name of two words.
            if title == nil, let split = Self.afterComplement(Array(words), roleEnd: lastRole) {
                self.init(role: split.role, title: nil, name: split.name)
            } else {
                self.init(role: nil, title: nil, name: Array(words))
            }
            return
        }
        let roleEnd = lastRole + (title == nil ? 1 : 0)
        let roleWords = words[base..<base + roleEnd]
        self.init(role: roleWords.isEmpty ? nil : roleWords.joined(separator: " "), title: title, name: name)
    }

    /// The role and name of words whose last role word, at `roleEnd`, has a complement after
    /// it (`of`, `to` or `for`, maybe `the`, and capitalized words) that the name ends: the
    /// last two capitalized words are the name, when the complement keeps at least one.
    private static func afterComplement(_ words: [String], roleEnd: Int) -> (role: String, name: [String])? {
        guard roleEnd >= 0, roleEnd + 1 < words.count,
            AttributionLexicon.officeComplementOpeners.contains(words[roleEnd + 1])
        else {
            return nil
        }
        // An office written as a title, capitalized from the first word (not `A spokesman for
        // the British Casino Association`, which names an organization), and a name with no
        // role word after it (`Peter Ainsworth MP`).
        let isTitleCase = words[...roleEnd].allSatisfy {
            WordShape.startsUppercase($0) || AttributionLexicon.linkWords.contains($0)
        }
        guard isTitleCase, !isRoleWord(words[words.count - 1]) else { return nil }
        var index = roleEnd + 2
        while index < words.count, AttributionLexicon.linkWords.contains(words[index]) { index += 1 }
        // The complement's words, with links (`of State for Defence`), and the name: at least
        // one capitalized word before the last two.
        guard words.count - index >= 3,
            words[index...].allSatisfy({
                WordShape.startsUppercase($0) || AttributionLexicon.linkWords.contains($0)
                    || AttributionLexicon.officeComplementOpeners.contains($0)
            }),
            words[(words.count - 3)...].allSatisfy({ WordShape.startsUppercase($0) })
        else {
            return nil
        }
        return (words[..<(words.count - 2)].joined(separator: " "), Array(words[(words.count - 2)...]))
    }

    /// Whether words open, after an article, with a role word or a word for what a person is
    /// (`lawyer`, `member`) in lower case, and `of`, `to` or `for`: a description of someone
    /// by what they are to another.
    private static func isDescribedRole(_ words: ArraySlice<String>) -> Bool {
        var index = words.startIndex
        if index < words.endIndex, AttributionLexicon.articles.contains(words[index]) { index += 1 }
        guard index + 1 < words.endIndex, WordShape.startsLowercase(words[index]),
            isRoleWord(words[index]) || AttributionLexicon.descriptionWords.contains(words[index])
        else {
            return false
        }
        return AttributionLexicon.officeComplementOpeners.contains(words[index + 1])
    }

    private init(role: String?, title: String?, name: [String]) {
        self.role = role
        self.title = title
        self.name = name
    }

    /// Whether a word, lower-cased, is a role word, with or without a final period.
    private static func isRoleWord(_ word: String) -> Bool {
        let roleWords = AttributionLexicon.roleWords
        if roleWords.containsLowercased(word) { return true }
        let withoutPeriod = word.utf8.withContiguousStorageIfAvailable { utf8 -> Bool? in
            // In ASCII, the last character is the last byte.
            guard utf8.last == 0x2E else { return utf8.allSatisfy { $0 < 0x80 } ? false : nil }
            return roleWords.packedLookup(utf8, 0..<utf8.count - 1, lowercased: true)
        }
        if let withoutPeriod, let withoutPeriod { return withoutPeriod }
        let lowercased = word.lowercased()
        return roleWords.words.contains(lowercased.hasSuffix(".") ? String(lowercased.dropLast()) : lowercased)
    }
}
