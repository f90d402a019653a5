internal import Lede

/// Finds, in one pass over the tokens, the reporting verbs outside quotations, and the places
/// where `according to` may occur.
///
/// Reporting verbs are single words from a closed list (``ReportingVerbs``). Looking them up
/// word by word in a table keyed by the packed bytes is several times faster than a regular
/// expression with a long alternation, which must be tried at every word of the text. (The
/// role words and titles that introduce a name are found by ``NameFinder``.)
enum CueScanner {
    /// A reporting verb's base form, and whether it reports speech on its own.
    struct Verb: Sendable {
        var lemma: String
        var reportsSpeech: Bool
        /// What the reported-speech finder asks of the lemma, worked out once per verb rather
        /// than by comparing strings at each use.
        var traits: Traits

        init(_ lemma: String) {
            self.lemma = lemma
            reportsSpeech = !ReportingVerbs.characterizing.contains(lemma)
            traits = Traits(lemma)
        }

        /// Lemmas that the reported-speech finder reads in their own way, and the lists of
        /// `ReportedSpeechWords` that hold the lemma.
        struct Traits: OptionSet, Sendable {
            let rawValue: UInt16
            static let ask = Traits(rawValue: 1 << 0)
            static let tell = Traits(rawValue: 1 << 1)
            static let warn = Traits(rawValue: 1 << 2)
            static let accuse = Traits(rawValue: 1 << 3)
            static let agree = Traits(rawValue: 1 << 4)
            static let goOn = Traits(rawValue: 1 << 5)
            /// In `ReportedSpeechWords.takesInfinitive`.
            static let takesInfinitive = Traits(rawValue: 1 << 6)
            /// In `ReportedSpeechWords.objectNotContent`.
            static let objectNotContent = Traits(rawValue: 1 << 7)
            /// In `ReportedSpeechWords.passiveReports`.
            static let passiveReport = Traits(rawValue: 1 << 8)
            /// *write*, which no message does: `a letter writing campaign` is a compound.
            static let write = Traits(rawValue: 1 << 9)

            init(rawValue: UInt16) { self.rawValue = rawValue }

            /// The lemmas read in their own way.
            private static let named: [String: Traits] = [
                "ask": .ask, "tell": .tell, "warn": .warn, "accuse": .accuse, "agree": .agree, "go on": .goOn,
                "write": .write,
            ]

            /// The traits of a lemma.
            init(_ lemma: String) {
                var traits = Self.named[lemma] ?? []
                if ReportedSpeechWords.takesInfinitive.contains(lemma) { traits.insert(.takesInfinitive) }
                if ReportedSpeechWords.objectNotContent.contains(lemma) { traits.insert(.objectNotContent) }
                if ReportedSpeechWords.passiveReports.contains(lemma) { traits.insert(.passiveReport) }
                self = traits
            }
        }
    }

    /// Reporting verbs in every form, lower case (``ReportingVerbs`` and the extra forms of
    /// ``ReportedSpeechWords``).
    static let verbs = PackedWordTable(
        Dictionary(
            (ReportingVerbs.forms + ReportedSpeechWords.extraVerbForms).flatMap { entry in
                entry.forms.map { ($0, Verb(entry.lemma)) }
            },
            uniquingKeysWith: { _, last in last }
        )
    )

    /// Reporting verbs that may open a sentence, capitalized, before their speaker.
    static let sentenceOpeners = PackedWordTable(ReportingVerbs.sentenceOpeners.mapValues(Verb.init))

    /// Verbs that take a particle to report speech: `pointed out`, `went on`.
    static let phrasal = PackedWordTable(ReportingVerbs.phrasal)

    /// The first letters and lengths of the words of all three tables, for a first test of
    /// each word of a text.
    static let filter: PackedWordFilter = {
        var filter = verbs.filter
        filter.formUnion(sentenceOpeners.filter)
        filter.formUnion(phrasal.filter)
        return filter
    }()

    /// Scans a document.
    ///
    /// - Parameter document: The document.
    /// - Returns: The reporting verbs outside quotations and the places of `according to`.
    /// - Complexity: O(*n*) in the length of the text.
    static func scan(_ document: AttributionDocument) -> ReportingCues {
        let words = scan(document.bytes, tokens: document.tokens)
        // Verbs inside quotations are what the speaker said, not the reporting.
        var spans = document.quoteSpans.makeIterator()
        var quote = spans.next()
        var kept: [CueWord] = []
        for word in words {
            while let current = quote, current.end <= word.span.start { quote = spans.next() }
            if let current = quote, current.start < word.span.end && word.span.start < current.end { continue }
            kept.append(word)
        }
        let accordingTo = offsets(ofCaselessCcordIn: document.bytes)
        return ReportingCues(words: kept, accordingToCandidates: accordingTo)
    }

    /// The reporting verbs among the word tokens of a text.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> [CueWord] {
        // Local copies: a static is checked for initialization on every access.
        let verbs = Self.verbs
        let phrasal = Self.phrasal
        let sentenceOpeners = Self.sentenceOpeners
        let filter = Self.filter
        let wordKind = TokenKind.word
        var cues: [CueWord] = []
        let count = bytes.count
        tokens.withUnsafeBufferPointer { tokens in
            for position in tokens.indices {
                let range = tokens[position].span.range
                // Hyphenated and non-ASCII words are never ours ("so-called"); PackedWord refuses
                // non-ASCII bytes, and the first byte decides the table. Most words fail the
                // filter of all three tables and are not even packed. The token's kind is a
                // string, so it is compared only for the few words that a table holds.
                //
                // One branch for the common case: the length test gives the filter a zero
                // length bit outside 2...14, and the second and last bytes are read inside the
                // token even when it is one byte long (the result is then ignored).
                let length = range.count
                let lengthBit: UInt16 = UInt(bitPattern: length &- 2) <= 12 ? 1 << (length &- 1) : 0
                let second = bytes[min(range.lowerBound + 1, range.upperBound - 1)]
                guard length > 0,
                    filter.mayContain(
                        first: bytes[range.lowerBound],
                        second: second,
                        last: bytes[range.upperBound - 1],
                        lengthBit: lengthBit
                    ),
                    let word = PackedWord(bytes, range)
                else { continue }
                let first = bytes[range.lowerBound]
                let end = range.upperBound
                if TextBytes.isLower(first) {
                    if let verb = verbs[word] {
                        guard tokens[position].kind == wordKind else { continue }
                        if isNoun(bytes, tokens, position) {
                            continue
                        }
                        cues.append(CueWord(span: tokens[position].span, verb: verb))
                    } else if first == 0x70 || first == 0x77, let particle = phrasal[word],
                        position + 1 < tokens.count, tokens[position].kind == wordKind
                    {
                        // `pointed out`, `went on`: the particle is the next token.
                        let next = tokens[position + 1].span
                        if next.start == end + 1, bytes[next.range].elementsEqual(particle.particle.utf8) {
                            cues.append(
                                CueWord(
                                    span: Span(start: range.lowerBound, end: next.end),
                                    verb: Verb(particle.lemma)
                                )
                            )
                        }
                    }
                } else if TextBytes.isUpper(first) {
                    var next = end
                    if next < count && bytes[next] == 0x2E { next += 1 }  // Gen. Dan Caine
                    let followedByCapital =
                        next + 1 < count && bytes[next] == 0x20
                        && (TextBytes.isUpper(bytes[next + 1]) || bytes[next + 1] >= 0xC3)
                    if let verb = sentenceOpeners[word],
                        followedByCapital || isFollowedByArticle(bytes, end),
                        tokens[position].kind == wordKind
                    {
                        cues.append(CueWord(span: tokens[position].span, verb: verb))
                    }
                }
            }
        }
        return cues
    }

    /// Whether a word of `ReportedSpeechWords.nounLikeCues` at `position` is a noun: after a
    /// number or a determiner (`a 2014 estimate`, `the estimates`), and the plurals after any
    /// lower-case word but a pronoun (`press reports`, `initial estimates`), unless a
    /// determiner other than a possessive comes before that word (`she reports` and `the
    /// newspaper reports` are verbs; `his recent remarks` is a noun).
    private static func isNoun(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ tokens: UnsafeBufferPointer<Token>,
        _ position: Int
    ) -> Bool {
        let range = tokens[position].span.range
        let nounLike = ReportedSpeechWords.nounLikeCues
        guard position > 0, !nounLike.cannotHold(first: bytes[range.lowerBound], length: range.count),
            nounLike.packedLookup(bytes, range, lowercased: false) ?? false
        else { return false }
        let isPlural = bytes[range.upperBound - 1] == 0x73  // s
        let before = tokens[position - 1].span.range
        let first = bytes[before.lowerBound]
        if TextBytes.isDigit(first) { return true }
        guard TextBytes.isLower(first) else { return false }
        if AttributionLexicon.determiners.packedLookup(bytes, before, lowercased: true) ?? false { return true }
        guard isPlural, !(ReportedSpeechWords.subjectPronouns.packedLookup(bytes, before, lowercased: true) ?? false)
        else { return false }
        // `the newspaper reports`: a determiner before the word before makes that word the
        // subject; a possessive makes it an adjective (`his recent remarks`).
        guard position > 1 else { return true }
        let twoBefore = tokens[position - 2].span.range
        if ReportedSpeechWords.possessiveDeterminers.packedLookup(bytes, twoBefore, lowercased: true) ?? false {
            return true
        }
        return !(AttributionLexicon.determiners.packedLookup(bytes, twoBefore, lowercased: true) ?? false)
    }

    private static func isFollowedByArticle(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        guard end + 2 < bytes.count, bytes[end] == 0x20 else { return false }
        for article in ["the ", "a ", "an "] where bytes[(end + 1)...].starts(with: article.utf8) { return true }
        return false
    }

    /// The offsets of `ccord` in any ASCII case, in order: `according` in any case holds it,
    /// and no letter of it has a case partner outside ASCII.
    ///
    /// `cc` is rare in English, so the text is read eight bytes at a time for a `c` or `C`
    /// followed by another, and only there compared with the rest of the needle.
    private static func offsets(ofCaselessCcordIn bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        var offsets: [Span] = []
        func isMatch(at index: Int) -> Bool {
            index + 5 <= bytes.count && bytes[index] | 0x20 == 0x63 && bytes[index + 1] | 0x20 == 0x63
                && bytes[index + 2] | 0x20 == 0x6F && bytes[index + 3] | 0x20 == 0x72 && bytes[index + 4] | 0x20 == 0x64
        }
        var index = 0
        // Each step reads bytes index ..< index + 9: a word, and the word one byte later.
        while index + 9 <= bytes.count {
            let here = caselessCMask(ByteScan.word(bytes, at: index))
            let next = caselessCMask(ByteScan.word(bytes, at: index + 1))
            var pairs = here & next  // bit 7 of byte k: bytes index + k and index + k + 1 are c or C
            while pairs != 0 {
                let k = pairs.trailingZeroBitCount / 8
                if isMatch(at: index + k) { offsets.append(Span(start: index + k, end: index + k + 5)) }
                pairs &= pairs - 1
            }
            index += 8
        }
        while index < bytes.count {
            if isMatch(at: index) { offsets.append(Span(start: index, end: index + 5)) }
            index += 1
        }
        return offsets
    }

    /// The high bit of each byte of `word` that is `c` or `C`, and no other bit.
    @inline(__always)
    private static func caselessCMask(_ word: UInt64) -> UInt64 {
        // Setting bit 5 of every byte lower-cases ASCII letters; only `c` and `C` then give 0x63.
        ByteScan.bytes(word | 0x2020_2020_2020_2020, equalTo: 0x63)
    }
}
