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
    /// search. A document asks a few dozen questions at most, so a list costs less than a table.
    private var phrases = AnswerList<(speaker: Span, start: Int)?>()
    /// The speaker found after each cue up to each limit, by ``phraseKey(_:_:)``.
    private var speakersAfter = AnswerList<Span?>()

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
        let found = try findPhrase(before: cue, from: start)
        phrases.append(found, for: key)
        return found
    }

    /// One integer for two offsets below 2³²: a cue's start or end, and a start or a limit.
    private static func phraseKey(_ cue: Int, _ start: Int) -> Int { cue << 32 | (start & 0xFFFF_FFFF) }

    /// Searches for ``phrase(before:from:)``.
    private mutating func findPhrase(before cue: CueWord, from start: Int) throws -> (speaker: Span, start: Int)? {
        let cue = cue.span
        guard start < cue.start else { return nil }
        let clauseStart = document.skip(from: start, to: cue.start, over: " \n")
        guard clauseStart < cue.start else { return nil }
        let bytes = document.bytes
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
            return (Span(range), range.lowerBound)
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
        else { return nil }
        let span = Span(range)
        return isPlausibleSpeaker(span) ? (span, span.start) : nil
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

    // MARK: Plausibility

    /// Rejects phrases that cannot be speakers: too long, or plain lower-case clauses.
    mutating func isPlausibleSpeaker(_ span: Span) -> Bool {
        guard span.length > 0, span.length <= 140 else { return false }
        let bytes = document.bytes
        // Words as byte ranges, without making strings of the whole phrase.
        var count = 0
        var first = 0..<0
        var last = 0..<0
        var allDates = true
        var index = span.start
        while index < span.end {
            while index < span.end && bytes[index] == 0x20 { index += 1 }
            guard index < span.end else { break }
            let start = index
            while index < span.end && bytes[index] != 0x20 { index += 1 }
            count += 1
            if count == 1 { first = start..<index }
            last = start..<index
            if allDates && !document.isWord(start..<index, in: AttributionLexicon.calendarNames) { allDates = false }
            if count > 12 { return false }
        }
        guard count > 0, !allDates else { return false }
        if count > 1, document.isWord(last, in: AttributionLexicon.dangling, lowercased: true) { return false }
        // "On Wednesday", "In London", "Meanwhile": a phrase of time or place, or a sentence opener.
        if document.isWord(first, in: AttributionLexicon.leading) { return false }
        if count == 1, document.isWord(first, in: AttributionLexicon.sentenceStarters),
            !document.isWord(first, in: AttributionLexicon.pronouns)
        {
            return false
        }
        if TextBytes.isLower(bytes[span.start]) {
            // Lower-case phrases must be pronouns, or have a determiner and a speaker-like head.
            return classifier.kind(of: span) != .organization
                || (try? AttributionPatterns.organization.matches(document.text, range: span.range)) == true
        }
        return true
    }

    /// Two to four capitalized words with no role word: `Cynthia Musselman`.
    private func isPersonName(_ span: Span) -> Bool {
        var words = document.words(span)
        while let last = words.last, AttributionLexicon.postNominals.contains(last), words.count > 2 {
            words.removeLast()
        }
        guard (2...4).contains(words.count), words.allSatisfy({ WordShape.startsUppercase($0) }) else { return false }
        return !words.contains {
            AttributionLexicon.roleWords.containsLowercased($0) || WordShape.hasApostrophe($0)
        }
            && (try? AttributionPatterns.organization.matches(words.joined(separator: " "))) != true
    }
}

/// Answers kept by an integer key, in the order they were found; looked up by a linear search.
struct AnswerList<Answer> {
    private var keys: [Int] = []
    private var answers: [Answer] = []

    /// The answer kept under a key, if any.
    subscript(key: Int) -> Answer? {
        for index in keys.indices where keys[index] == key { return answers[index] }
        return nil
    }

    /// Keeps an answer under a key that has none yet.
    mutating func append(_ answer: Answer, for key: Int) {
        if keys.isEmpty {
            keys.reserveCapacity(16)
            answers.reserveCapacity(16)
        }
        keys.append(key)
        answers.append(answer)
    }
}
