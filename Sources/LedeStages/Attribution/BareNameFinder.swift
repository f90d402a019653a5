internal import Lede
internal import PCRE2

/// Finds full names written with no role or title before them (`Giuseppe Cavo Dragone met
/// ...`), so that a later short form (`Cavo Dragone said`) resolves to the full name.
///
/// A name here is a run of two to four capitalized words, each a plain word one space from the
/// next, with no role word, title, weekday or month in it, not opening with a word that often
/// starts a sentence, not part of a longer name (`Chancellor of the Exchequer Gordon Brown`),
/// and not matching the organization pattern.
///
/// Only names that end in given words are asked for, so the finder works lazily: the runs of
/// capitalized words are found on the first question, and each answer is kept. Every answer
/// depends on the document alone, so the order of the questions does not change them.
struct BareNameFinder {
    /// A bare name: its words, and where it is written.
    typealias Name = (words: [String], mention: Span)

    let document: AttributionDocument
    /// The token indices that end a run of two to four capitalized words, in order; made on
    /// the first question.
    private var runEnds: [Int]?
    /// The bare name each run end makes, or `nil` for none, by token index.
    private var nameAt = SmallTable<Int, Name?>()
    /// Whether a bare name ends in a word, by word.
    private var endsName = SmallTable<String, Bool>()
    /// The run ends by the text of their last word, made once many questions have been asked.
    private var runEndsByWord: [String: [Int]]?
    /// How many questions have been answered by reading every run end.
    private var scans = 0
    /// After this many scans, the run ends are indexed by their last word: a news article asks
    /// a handful of questions, for which reading a few dozen run ends costs less than a string
    /// per run, but a long text with many speakers would make the scans quadratic.
    private static let scansBeforeIndex = 16
    /// `of`, which may join a longer name.
    private static let of: WordSet = ["of"]

    init(document: AttributionDocument) {
        self.document = document
    }

    /// The bare names that end in one of `lastWords`, in text order.
    ///
    /// - Complexity: O(*n*) in the number of tokens for the first question; O(*r*) in the
    ///   number of runs for each of the next few questions of at most sixteen words, and
    ///   O(*w* + *k* log *k*) for the others, for *w* words and the *k* runs that end in one of
    ///   them.
    mutating func names(endingIn lastWords: Set<String>) -> [Name] {
        let runEnds = self.runEnds ?? makeRunEnds()
        // One question for many words (a long document's speakers, asked at once) would read
        // every run for each word: it, too, makes the index.
        if runEndsByWord == nil && (scans >= Self.scansBeforeIndex || lastWords.count > Self.scansBeforeIndex) {
            runEndsByWord = Dictionary(grouping: runEnds) { document.tokenString($0) }
        }
        let candidates: [Int]
        if let runEndsByWord {
            var found = lastWords.flatMap { runEndsByWord[$0] ?? [] }
            if lastWords.count > 1 { found.sort() }
            candidates = found
        } else {
            // Few words are asked for at a time: comparing their bytes with the last word of
            // each run costs less than a string per run.
            scans += 1
            let asciiWords =
                lastWords.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ? lastWords.map { Array($0.utf8) } : nil
            candidates = runEnds.filter { isToken($0, oneOf: lastWords, ascii: asciiWords) }
        }
        return candidates.compactMap { last in
            if let known = nameAt[last] { return known }
            let name = name(endingAt: last)
            nameAt.insertNew(name, for: last)
            return name
        }
    }

    /// Whether a bare name ends in `word`.
    mutating func endsName(_ word: String) -> Bool {
        if let known = endsName[word] { return known }
        let answer = !names(endingIn: [word]).isEmpty
        endsName.insertNew(answer, for: word)
        return answer
    }

    /// Whether a token is one of `words`, as `words.contains(document.tokenString(index))` says.
    ///
    /// For ASCII, strings are equal exactly when their bytes are; `ascii` holds the bytes of
    /// `words` when all of them are ASCII.
    private func isToken(_ index: Int, oneOf words: Set<String>, ascii: [[UInt8]]?) -> Bool {
        let range = document.tokens[index].span.range
        let bytes = document.bytes
        if let ascii {
            // A token whose first character is an ASCII byte that no word starts with is none
            // of them, whatever follows; an ASCII token is one exactly when it has its bytes.
            let first = bytes[range.lowerBound]
            if first < 0x80 && !ascii.contains(where: { $0.first == first }) { return false }
            if bytes[range].allSatisfy({ $0 < 0x80 }) {
                return ascii.contains { $0.count == range.count && $0.elementsEqual(bytes[range]) }
            }
        }
        return words.contains(document.tokenString(index))
    }

    /// The bare name a run that ends at token `last` makes, if any.
    private func name(endingAt last: Int) -> Name? {
        let tokens = document.tokens
        let span = tokens[last].span
        guard document.isCapitalizedWord(last) else { return nil }
        // The run must end here and hold two to four words.
        if last + 1 < tokens.count, document.areJoined(last, last + 1), document.isCapitalizedWord(last + 1) {
            return nil
        }
        var first = last
        while first > 0, last - first < 4, document.areJoined(first - 1, first), document.isCapitalizedWord(first - 1) {
            first -= 1
        }
        guard last - first >= 1, last - first <= 3 else { return nil }
        // Five or more words.
        if first > 0, document.areJoined(first - 1, first), document.isCapitalizedWord(first - 1) { return nil }
        var start = first
        // A possessive before the name is not part of it: `the USA's Andy Roddick`.
        while last - start >= 2, document.isPossessive(start) { start += 1 }
        // After `the`, the run is a name of a thing (`the Daily Telegraph`); after `of` (or
        // `of the`), it may end a longer name: `Chancellor of the Exchequer Gordon Brown`,
        // where the last two words are the name.
        if start == first, first > 0, document.areJoined(first - 1, first),
            document.isWord(tokens[first - 1].span.range, in: AttributionLexicon.nameLinks)
        {
            let afterOf =
                document.isWord(tokens[first - 1].span.range, in: Self.of)
                || (first > 1 && document.isWord(tokens[first - 2].span.range, in: Self.of))
            guard last - first >= 2, afterOf else { return nil }
            start = last - 1
        } else if start == first, first > 0, last - first >= 2, document.areJoined(first - 1, first),
            document.isWord(tokens[first - 1].span.range, in: AttributionLexicon.officeComplementOpeners)
        {
            // `Secretary of State for Defence Geoff Hoon`, `Secretary to the Treasury Paul
            // Boateng`: three words or more after `for` or `to` end an office; the last two are
            // the name (`of` is one of the name links, read above).
            start = last - 1
        }
        var words = (start...last).map { document.tokenString($0) }
        // `Australian Lynton Crosby`, `Tory MP ...`: a word of nationality or party is not
        // part of the name.
        while words.count > 2, let word = words.first, AttributionLexicon.affiliations.contains(word) {
            words.removeFirst()
            start += 1
        }
        guard
            !AttributionLexicon.affiliations.contains(words[0]),
            !words.contains(where: { word in
                AttributionLexicon.roleWords.containsLowercased(word)
                    || AttributionLexicon.titleWords.containsLowercased(word)
                    || AttributionLexicon.calendarNames.contains(word) || WordShape.isAcronym(word)
                    || word.hasSuffix(".") || WordShape.hasApostrophe(word)
            }),
            !AttributionLexicon.sentenceStarters.contains(words[0]), !AttributionLexicon.leading.contains(words[0]),
            // `While Clinton`, `When Trump`, `But Reyes`: a word that opens a clause is no given name.
            !ClauseWords.openers.contains(words[0]), !ClauseWords.discourse.contains(words[0]),
            !AttributionLexicon.determiners.containsLowercased(words[0]),
            !AttributionLexicon.pronouns.contains(words[0]),
            !isOrganization(words, from: start, to: last)
        else { return nil }
        return (words, Span(start: tokens[start].span.start, end: span.end))
    }

    /// Whether the organization pattern matches a name's words, joined by spaces.
    ///
    /// The words are the tokens `start...last`, one space apart, so the text they span is the
    /// words joined: ``OrganizationMatcher`` reads it in place, as a string of its own; the
    /// pattern runs on the joined words when it cannot tell.
    private func isOrganization(_ words: [String], from start: Int, to last: Int) -> Bool {
        let range = document.tokens[start].span.start..<document.tokens[last].span.end
        if let answer = OrganizationMatcher.shared?.matches(document.bytes, in: range, isSubjectStart: true) {
            return answer
        }
        return (try? AttributionPatterns.organization.matches(words.joined(separator: " "))) == true
    }

    /// Finds the token indices that end a run of two to four capitalized words, one space
    /// apart, and keeps them.
    private mutating func makeRunEnds() -> [Int] {
        // One pass on bytes: a token may be in a run when it starts with an ASCII capital or a
        // non-ASCII letter (checked in full later) and is a word.
        let wordKind = TokenKind.word
        let document = self.document
        let ends: [Int] = document.tokens.withUnsafeBufferPointer { tokens in
            let bytes = document.bytes
            func mayStartRun(_ index: Int) -> Bool {
                let first = bytes[tokens[index].span.start]
                return (TextBytes.isUpper(first) || first >= 0xC3) && tokens[index].kind == wordKind
            }
            var ends: [Int] = []
            var index = 0
            while index < tokens.count {
                guard mayStartRun(index) else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < tokens.count && tokens[end].span.start == tokens[end - 1].span.end + 1
                    && bytes[tokens[end - 1].span.end] == 0x20 && mayStartRun(end)
                {
                    end += 1
                }
                if (2...4).contains(end - index) && (index..<end).allSatisfy(document.isCapitalizedWord) {
                    ends.append(end - 1)
                }
                index = end
            }
            return ends
        }
        runEnds = ends
        return ends
    }
}
