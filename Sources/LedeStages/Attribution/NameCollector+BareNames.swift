internal import Lede

/// Full names written bare (``BareNameFinder``), and capitalized words written on their own.
extension NameCollector {
    /// Adds the full names written bare that end in one of `lastWords` (see ``BareNameFinder``).
    ///
    /// - Complexity: O(*n*) in the number of tokens.
    mutating func collectBareNames(endingIn lastWords: Set<String>) {
        guard !lastWords.isEmpty else { return }
        for (name, mention) in bareNames.names(endingIn: lastWords) {
            add(name, role: nil, gender: nil, mention: mention, isBareName: true)
        }
    }

    /// Whether a bare full name (see ``BareNameFinder``) ends in `word`.
    mutating func endsBareName(_ word: String) -> Bool {
        bareNames.endsName(word)
    }

    /// Where a capitalized word is written on its own or after a title (`Moss said`, `Ms
    /// Moss`), not as the last word of a longer name (`Ada Moss`): at most two token indices,
    /// in text order.
    ///
    /// A news article asks about a word or two, for which reading the tokens' bytes costs less
    /// than a string per capitalized token; after ``soloScansBeforeIndex`` words, every such
    /// word is indexed at once, so that a long text with many names stays linear.
    ///
    /// - Complexity: O(*n*) in the number of tokens for each of the first few words, then O(*n*)
    ///   once and O(1) for each word after.
    mutating func soloTokens(of word: String) -> [Int] {
        if let soloWords { return soloWords[word] ?? [] }
        if let known = soloAnswers[word] { return known }
        guard soloAnswers.count < Self.soloScansBeforeIndex else {
            soloWords = makeSoloWords()
            return soloWords?[word] ?? []
        }
        let found = scanSolo(Array(word.utf8))
        soloAnswers[word] = found
        return found
    }

    /// How many words ``soloTokens(of:)`` finds by reading the tokens before it indexes them all.
    static let soloScansBeforeIndex = 16

    /// Whether the token at `index` is a capitalized word on its own or after a title.
    private func isSolo(_ index: Int) -> Bool {
        guard document.isCapitalizedWord(index) else { return false }
        return
            !(index > 0 && document.areJoined(index - 1, index) && document.isCapitalizedWord(index - 1)
            && !document.isWord(
                document.tokens[index - 1].span.range,
                in: AttributionLexicon.titleWords,
                lowercased: true
            ))
    }

    /// The first two tokens whose bytes are `word`'s and that are written on their own.
    private func scanSolo(_ word: [UInt8]) -> [Int] {
        var found: [Int] = []
        let tokens = document.tokens
        let bytes = document.bytes
        for index in tokens.indices where tokens[index].span.length == word.count {
            guard bytes[tokens[index].span.range].elementsEqual(word), isSolo(index) else { continue }
            found.append(index)
            if found.count == 2 { break }
        }
        return found
    }

    /// The capitalized words written on their own, with where: one pass over the tokens.
    private func makeSoloWords() -> [String: [Int]] {
        var found: [String: [Int]] = [:]
        for index in document.tokens.indices where isSolo(index) {
            let word = document.tokenString(index)
            if found[word, default: []].count < 2 { found[word, default: []].append(index) }
        }
        return found
    }

    /// Whether a bare full name (see ``BareNameFinder``) is written exactly at `span`.
    mutating func isBareName(at span: Span, lastWord: String) -> Bool {
        bareNames.names(endingIn: [lastWord]).contains { $0.mention == span }
    }
}
