internal import Lede
internal import PCRE2

/// Finds the speaker's phrase next to a reporting verb: before it (`Karoline Leavitt said`,
/// `Roy Asher, chief investment officer of Hibernian, said`), after it (`said the source`),
/// after `according to`, or as the subject of a sentence that introduces a quotation.
///
/// The shapes of speakers are the patterns of `Attribution.patterns`; the finder runs them in
/// a bounded window next to the verb, then turns away phrases that cannot be speakers. That
/// test asks the ``SpeakerClassifier`` about lower-case phrases, so the finder holds it, and
/// its searches are `mutating`.
struct SpeakerPhraseFinder {
    let document: AttributionDocument
    let cues: ReportingCues
    /// Classifies the phrases found; the resolver takes it over afterwards.
    var classifier: SpeakerClassifier
    /// The phrase found before each cue from each start, by ``phraseKey(_:_:)``.
    ///
    /// Reported speech and quotations often ask the same question, and the answer is a pattern
    /// search.
    private var phrases = AnswerTable<(speaker: Span, start: Int)?>()
    /// The speaker found after each cue up to each limit, by ``phraseKey(_:_:)``.
    private var speakersAfter = AnswerTable<Span?>()

    init(document: AttributionDocument, cues: ReportingCues, classifier: SpeakerClassifier) {
        self.document = document
        self.cues = cues
        self.classifier = classifier
    }

    /// The speaker just before a reporting verb, in the text from `start`.
    mutating func speaker(before cue: CueWord, from start: Int) throws -> Span? {
        try phrase(before: cue, from: start)?.speaker
    }

    /// The speaker before a reporting verb, and where the whole phrase starts (an apposition
    /// may put the name second: `Authenti-corp's CEO, Cynthia Musselman, told`).
    ///
    /// Each answer is kept: it depends on the cue and the start only (cues never overlap, and
    /// the classifier answers the same for a span every time).
    mutating func phrase(before cue: CueWord, from start: Int) throws -> (speaker: Span, start: Int)? {
        let key = Self.phraseKey(cue.span.start, start)
        if let known = phrases[key] { return known }
        var found = try findPhrase(before: cue, from: start)
        // `The senator blasted Dana Kerr's call for ...`: before a noun cue, the possessor, not
        // the clause that the patterns read up to it.
        if let phrase = found, let owner = possessor(endingPhrase: phrase.speaker) {
            found = isPlausibleSpeaker(owner) ? (owner, owner.start) : nil
        }
        phrases.append(found, for: key)
        return found
    }

    /// The offset of a capitalized word after `as` that opens the clause at `start` or follows
    /// a comma in it, before `limit`: `Tom` in `As Tom Ridge put it` and `Or, as Tom Ridge said`.
    private func nameAfterAs(from start: Int, before limit: Int) -> Int? {
        let bytes = document.bytes
        var index = start
        // A clause with such an `as` is short: look at its first few dozen bytes only.
        while index + 4 < limit && index < start + 40 {
            let opens = index == start || (index >= 2 && bytes[index - 2] == 0x2C && bytes[index - 1] == 0x20)
            if opens, bytes[index] | 0x20 == 0x61, bytes[index + 1] == 0x73, bytes[index + 2] == 0x20,
                TextBytes.isUpper(bytes[index + 3])
            {
                return index + 3
            }
            index += 1
        }
        return nil
    }

    /// One integer for two offsets below 2³²: a cue's start or end, and a start or a limit.
    private static func phraseKey(_ cue: Int, _ start: Int) -> Int { cue << 32 | (start & 0xFFFF_FFFF) }

    /// Searches for ``phrase(before:from:)``.
    private mutating func findPhrase(before cue: CueWord, from start: Int) throws -> (speaker: Span, start: Int)? {
        let cue = cue.span
        guard start < cue.start else { return nil }
        // `Whitlow went after Hale, calling him ...`: a participle after a comma says what the
        // subject of the clause before it said, not the phrase just before the comma.
        if isParticiple(cue), let comma = commaBefore(cue.start, after: start) {
            guard let subject = clauseSubject(from: start, before: comma) else { return nil }
            return (subject, subject.start)
        }
        // `A spokesman would not name the buyer but said ...`: a verb joined to an
        // earlier one shares its subject.
        if let conjunction = document.conjunctionBefore(cue.start, after: start) {
            guard let subject = clauseSubject(from: start, before: conjunction) else { return nil }
            return (subject, subject.start)
        }
        var clauseStart = document.skip(from: start, to: cue.start, over: " \n")
        guard clauseStart < cue.start else { return nil }
        // `RENO, Nevada — Republican hopeful Dana Kerr said`: a dateline is no speaker, nor a
        // name with an apposition.
        // Only an upper-case dateline is looked for here, where the clause opens with two
        // capitals, so that few phrases pay for looking up their tokens; the agency form
        // (`New York (AFP) –`) is read by the reported-speech finder only.
        let bytes = document.bytes
        if clauseStart + 1 < cue.start, TextBytes.isUpper(bytes[clauseStart]), TextBytes.isUpper(bytes[clauseStart + 1])
        {
            let opening = document.tokenIndex(at: clauseStart)
            if opening < document.tokens.count, document.tokens[opening].span.start == clauseStart,
                let next = document.afterDateline(opening, before: document.tokenIndex(at: cue.start)),
                next < document.tokens.count
            {
                clauseStart = document.tokens[next].span.start
            }
        }
        // `As Tom Ridge, a former secretary, put it:`, `Or, as Tom Ridge ... said:`: the name
        // after `as` at the clause's start, or after a comma, opens the phrase.
        if let name = nameAfterAs(from: clauseStart, before: cue.start) { clauseStart = name }
        // The apposition pattern is anchored at an upper-case letter and needs a comma: most
        // phrases fail these byte tests, and the pattern is not run for them.
        let first = bytes[clauseStart]
        if first >= 0x80 || TextBytes.isUpper(first), bytes[clauseStart..<cue.start].contains(0x2C),
            let match = try AttributionPatterns.apposition.firstMatch(
                in: document.text,
                range: clauseStart..<cue.start
            ),
            let range = match["speaker"],
            range.lowerBound == clauseStart, isPlausibleSpeaker(Span(range))
        {
            if let inner = match["apposition"].map(Span.init), isPersonName(inner), !isPersonName(Span(range)) {
                return (inner, range.lowerBound)
            }
            // `Ortiz, Hale said, had served on the board for ...`: a verb between commas is
            // a parenthesis, and its speaker is the phrase between the first comma and the verb;
            // so is a common noun phrase when the clause goes on in lower case after the comma
            // (`Ortiz, an aide said, “is confident”`).
            if let inner = match["apposition"].map(Span.init),
                document.startsWithCase(inner, upper: true) || continuesInLowerCase(afterParenthesisAt: cue.end),
                commaBefore(cue.start, after: inner.start) == nil,
                document.nextByte(after: cue.end, before: bytes.count) == 0x2C,
                try AttributionPatterns.speakerBefore.firstMatch(in: document.text, range: inner.start..<cue.start)?[
                    "speaker"
                ]?.lowerBound == inner.start,
                isPlausibleSpeaker(inner)
            {
                return (inner, range.lowerBound)
            }
            let speaker = withoutConjunction(Span(range))
            return (speaker, speaker.start)
        }
        // A speaker is at most a dozen words: search only the last 160 bytes before the verb,
        // from the start of a word, so that long sentences cost no more than short ones.
        var windowStart = max(clauseStart, cue.start - 160)
        while windowStart > clauseStart && windowStart < cue.start && !TextBytes.isSpace(bytes[windowStart - 1]) {
            windowStart += 1
        }
        // A speaker, and the `also` or comma after it, is made of words only: no match starts
        // before the last character that no word holds, so the search starts after it.
        windowStart = max(windowStart, document.wordRunStart(before: cue.start, notBefore: windowStart))
        guard
            let match = try AttributionPatterns.speakerBefore.firstMatch(
                in: document.text,
                range: windowStart..<cue.start
            ),
            let range = match["speaker"]
        else {
            // A subject the patterns do not read: one with two appositions between commas.
            guard bytes[clauseStart..<cue.start].contains(0x2C),
                let subject = ClauseSubjectFinder(document: document).subject(ofVerb: cue, from: clauseStart),
                isPlausibleSpeaker(subject)
            else { return nil }
            return (subject, subject.start)
        }
        let span = Span(range)
        // `Simonetti was told`: the subject of a passive verb is not its speaker.
        if !isParticiple(cue), isPassiveAuxiliary(from: span.end, to: cue.start) { return nil }
        // `Hale at the time said`: a phrase after a preposition is its object; the subject is
        // before the preposition.
        let afterPreposition = prepositionBefore(span.start, after: windowStart)
        // `..., with Mayor Ada Moss telling reporters ...`: in an absolute phrase, the phrase
        // after `with` is the participle's subject.
        if let preposition = afterPreposition, isParticiple(cue),
            document.isWord(preposition..<(span.start - 1), in: Self.with, lowercased: true)
        {
            return isPlausibleSpeaker(span) ? (span, span.start) : nil
        }
        if let preposition = afterPreposition,
            let match = try AttributionPatterns.speakerBefore.firstMatch(
                in: document.text,
                range: windowStart..<preposition
            ),
            let range = match["speaker"], isPlausibleSpeaker(Span(range))
        {
            return (Span(range), range.lowerBound)
        }
        // `Others, tired of waiting for the ferry, shouted`, `Okafor released a
        // statement saying`: a phrase after a lower-case word may be an object or part
        // of an apposition; the subject whose verb the cue is, or the subject of the verb before
        // a participle's object, is the speaker.
        if let previous = lowercaseWordBefore(span.start, after: windowStart) {
            let reader = ClauseSubjectFinder(document: document)
            if isParticiple(cue) {
                if reader.isFiniteVerb(previous) {
                    guard let subject = clauseSubject(from: start, before: previous.upperBound) else { return nil }
                    return (subject, subject.start)
                }
            } else if let subject = reader.subject(ofVerb: cue, from: clauseStart),
                isPlausibleSpeaker(subject, asSubject: true)
            {
                return (subject, subject.start)
            }
        }
        guard afterPreposition == nil else { return nil }
        let speaker = withoutConjunction(span)
        return isPlausibleSpeaker(speaker) ? (speaker, speaker.start) : nil
    }

    /// A phrase without the conjunction that opens it: `Mr. Okafor` in `But Mr. Okafor said`,
    /// where the patterns read the capitalized `But` as a word of the name, `Okafor` in `When
    /// Okafor said` (a subordinator), and `columnist Dana Kerr` in `as columnist Dana Kerr
    /// wrote`, where they read `as` as a word of the role.
    private func withoutConjunction(_ span: Span) -> Span {
        let bytes = document.bytes
        var end = span.start
        while end < span.end && bytes[end] != 0x20 { end += 1 }
        guard end < span.end,
            document.isWord(span.start..<end, in: ReportedSpeechWords.leadingConjunctions, lowercased: true)
                || document.isWord(span.start..<end, in: Self.as, lowercased: true)
                || document.isWord(span.start..<end, in: ReportedSpeechWords.contentSubordinators, lowercased: true)
        else { return span }
        return Span(start: document.skip(from: end, to: span.end, over: " "), end: span.end)
    }

    /// `as`, which opens a clause (`as Kerr wrote`), never a name.
    private static let `as`: WordSet = ["as"]

    /// `with`, which opens an absolute phrase (`with Kerr saying ...`).
    private static let with: WordSet = ["with"]

    /// The range of the lower-case word that ends one space before `offset`, after `floor`.
    private func lowercaseWordBefore(_ offset: Int, after floor: Int) -> Range<Int>? {
        let bytes = document.bytes
        guard offset - 2 > floor, bytes[offset - 1] == 0x20, TextBytes.isLower(bytes[offset - 2]) else { return nil }
        var start = offset - 2
        while start > floor && TextBytes.isLower(bytes[start - 1]) { start -= 1 }
        guard start == floor || !TextBytes.isASCIILetter(bytes[start - 1]) else { return nil }
        return start..<(offset - 1)
    }

    /// The start of a preposition that ends one space before `offset`, after `floor`.
    private func prepositionBefore(_ offset: Int, after floor: Int) -> Int? {
        let bytes = document.bytes
        guard offset - 2 > floor, bytes[offset - 1] == 0x20 else { return nil }
        var start = offset - 1
        while start > floor && TextBytes.isLower(bytes[start - 1]) { start -= 1 }
        guard start < offset - 1, start == floor || !TextBytes.isASCIILetter(bytes[start - 1]) else { return nil }
        return document.isWord(start..<(offset - 1), in: AttributionLexicon.prepositions) ? start : nil
    }

    /// The speaker just after a reporting verb, before `limit`: `said Tony Blair`.
    ///
    /// Each answer is kept, as for ``phrase(before:from:)``.
    mutating func speaker(after cue: Span, limit: Int) throws -> Span? {
        let key = Self.phraseKey(cue.end, limit)
        if let known = speakersAfter[key] { return known }
        let found = try findSpeaker(after: cue, limit: limit)
        speakersAfter.append(found, for: key)
        return found
    }

    /// Searches for ``speaker(after:limit:)``.
    private mutating func findSpeaker(after cue: Span, limit: Int) throws -> Span? {
        guard cue.end < limit,
            let match = try AttributionPatterns.speakerAfter.firstMatch(in: document.text, range: cue.end..<limit),
            let range = match["speaker"]
        else { return nil }
        // `told reporters Kerr`: after `tell`, lower-case words and a name are a listener.
        if match["describedName"] != nil, document.isWord(cue.range, in: AttributionLexicon.tellForms) { return nil }
        let span = Span(range)
        return isPlausibleSpeaker(span) ? span : nil
    }

    /// `according to` and the speaker after it, in a sentence.
    mutating func accordingTo(in sentence: Span) throws -> (speaker: Span, cue: Cue)? {
        // Without a `ccord`, the pattern cannot match, so it is not run.
        guard cues.mayHoldAccordingTo(sentence),
            let match = try AttributionPatterns.accordingTo.firstMatch(in: document.text, range: sentence.range)
        else {
            return nil
        }
        let cueSpan = Span(match.range)
        guard !document.quoteOverlaps(cueSpan),
            let speaker = try speaker(after: cueSpan, limit: sentence.end)
        else { return nil }
        return (speaker, Cue(span: cueSpan, lemma: "according to"))
    }

    /// The subject of the first reporting verb of a sentence, for a quotation that follows it.
    mutating func reportingSubject(of sentenceIndex: Int) throws -> (speaker: Span, cue: Cue)? {
        let span = document.sentences[sentenceIndex].span
        guard !document.quoteStarts(in: span),
            let cue = cues.starting(in: span.range).first(where: { $0.span.end <= span.end && $0.reportsSpeech }),
            let speaker = try speaker(before: cue, from: span.start)
        else { return nil }
        let kind = classifier.kind(of: speaker)
        guard kind == .person || kind == .pronoun || kind == .anonymous else { return nil }
        return (speaker, cue.cue)
    }

    /// The subject of the last clause in `start ..< limit` that has one, if it is a plausible
    /// speaker: see ``ClauseSubjectFinder``.
    mutating func clauseSubject(from start: Int, before limit: Int) -> Span? {
        guard let subject = ClauseSubjectFinder(document: document).subject(from: start, before: limit),
            isPlausibleSpeaker(subject)
        else { return nil }
        return subject
    }

    /// Whether a comma follows `offset` and the clause goes on after it in lower case, past an
    /// opening quotation mark: `, is confident` or `, “is confident”`.
    private func continuesInLowerCase(afterParenthesisAt offset: Int) -> Bool {
        let bytes = document.bytes
        var index = document.skip(from: offset, to: bytes.count, over: " ")
        guard index < bytes.count, bytes[index] == 0x2C else { return false }
        index = document.skip(from: index + 1, to: bytes.count, over: " ")
        if index < bytes.count && bytes[index] == 0x22 {
            index += 1
        } else if index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
            && bytes[index + 2] == 0x9C
        {
            index += 3  // “
        }
        return index < bytes.count && TextBytes.isLower(bytes[index])
    }

    /// Whether a verb is an `-ing` form: `saying`, `calling`.
    private func isParticiple(_ span: Span) -> Bool { document.endsInIng(span) }

    /// Whether a form of `be` stands among the words in `start ..< end`, or a contraction
    /// that may be one (`’s`, `’re`, `’m`: `it’s said` is passive, `she’s said` may be).
    private func isPassiveAuxiliary(from start: Int, to end: Int) -> Bool {
        let bytes = document.bytes
        var index = start
        while index < end {
            while index < end && !TextBytes.isASCIILetter(bytes[index]) { index += 1 }
            let wordStart = index
            while index < end && TextBytes.isASCIILetter(bytes[index]) { index += 1 }
            guard wordStart < index else { continue }
            if document.isWord(wordStart..<index, in: ClauseWords.formsOfBe) { return true }
            // An apostrophe is `'` or the last byte of `’` (E2 80 99).
            if wordStart > start, bytes[wordStart - 1] == 0x27 || bytes[wordStart - 1] == 0x99,
                document.isWord(wordStart..<index, in: Self.contractedBe)
            {
                return true
            }
        }
        return false
    }

    /// The contracted forms of `be` after an apostrophe; `s` may also be `has`.
    private static let contractedBe: WordSet = ["s", "re", "m"]

    /// The offset of a comma just before `offset` (with only spaces between), after `floor`.
    private func commaBefore(_ offset: Int, after floor: Int) -> Int? {
        document.lastNonSpace(before: offset, after: floor).flatMap { document.bytes[$0] == 0x2C ? $0 : nil }
    }

    /// The `Cue` of a verb, with the listener of `told` (`told Reuters`) before `limit`.
    func cue(_ word: CueWord, limit: Int) -> Cue {
        var listener: Span?
        if word.isTell,
            let match = try? AttributionPatterns.told.firstMatch(
                in: document.text,
                range: word.span.end..<max(word.span.end, limit)
            )
        {
            listener = match["listener"].map(Span.init)
        }
        return Cue(span: word.span, lemma: word.lemma, listener: listener)
    }
}
