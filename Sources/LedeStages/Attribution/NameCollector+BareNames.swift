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
    /// - Complexity: O(*n*) in the number of tokens for the first question, then O(1).
    mutating func soloTokens(of word: String) -> [Int] {
        if soloWords == nil { soloWords = makeSoloWords() }
        return soloWords?[word] ?? []
    }

    /// The capitalized words written on their own, with where: one pass over the tokens.
    private func makeSoloWords() -> [String: [Int]] {
        var found: [String: [Int]] = [:]
        let tokens = document.tokens
        for index in tokens.indices where document.isCapitalizedWord(index) {
            if index > 0, document.areJoined(index - 1, index), document.isCapitalizedWord(index - 1),
                !document.isWord(tokens[index - 1].span.range, in: AttributionLexicon.titleWords, lowercased: true)
            {
                continue
            }
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
