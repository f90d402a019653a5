internal import Lede

/// Finds reported speech: a reporting verb in a body sentence, its speaker, and the reported
/// clause, which becomes the attribution's content (and `Attribution.quote` is `nil`).
///
/// Every reporting verb of a sentence is read, in these shapes:
///
/// | Shape | Example |
/// | --- | --- |
/// | content after the verb | `Critics say (that) the plan will fail.` — `Ada Moss, chair of the planning board, said on Tuesday that ...` — `She told reporters the vote was close.` |
/// | content before the verb | `The plan will fail, he said.` — `..., said Maria Ortiz, a spokeswoman for the utility.` |
/// | verb inside the content | `The economy, she argued, is weak.` |
/// | a participle after a comma | `..., saying the vote was rigged` (the speaker of the main clause) |
/// | a question | `She asked whether ...`; `Asked about the plan, ...` (no speaker) |
/// | `according to` | `According to the poll, ...` — `..., according to officials.` |
///
/// The subject is read back from the verb over auxiliaries, adverbs and time phrases (`has
/// also said`, `on Tuesday said`), appositions (`, 58, who lives nearby,`) and relative words
/// (`an aide, who said`); after `and` it is the subject of the clause (`toured the streets and
/// said`). The content ends at the end of the sentence, a semicolon, or another reporting
/// clause (`, adding that ...`, `and added that ...`, `, according to ...`). Words about the
/// saying are not content: `Leavitt said so on Tuesday` and `She said in an interview.`
/// report nothing.
struct ReportedSpeechFinder {
    let document: AttributionDocument
    let cues: ReportingCues
    /// The stage name, for provenance.
    let stage: String
    /// The last scan for the end of reported content: see ``contentLast(from:end:)``.
    let contentStops = ContentStops()

    /// Finds the reported speech of every body sentence and headline.
    ///
    /// - Parameter phrases: The speaker-phrase finder.
    /// - Returns: The attributions, in text order.
    /// - Throws: `PCRE2Error` if a pattern hits its match or depth limit.
    /// - Complexity: O(*n*) in the length of the text.
    func find(phrases: inout SpeakerPhraseFinder) throws -> [Attribution] {
        var results: [Attribution] = []
        let cueWords = cues.words
        let isBody = document.isBody
        let isHeading = document.isHeading
        let tokens = document.tokens
        var cursor = 0
        // Sentences and tokens are both in text order: one walk finds each sentence's tokens.
        var tokenCursor = 0
        // A headline reports speech as the body does: `Mayor says the budget will pass`.
        for (index, sentence) in document.sentences.enumerated() where isBody[index] || isHeading[index] {
            let span = sentence.span
            while cursor < cueWords.count && cueWords[cursor].span.start < span.start { cursor += 1 }
            var last = cursor
            while last < cueWords.count && cueWords[last].span.end <= span.end { last += 1 }
            let mayHoldAccordingTo = cues.mayHoldAccordingTo(span)
            let opensWithAsked = opensWithAsked(span)
            guard cursor < last || mayHoldAccordingTo || opensWithAsked else { continue }
            if tokenCursor > 0 && tokens[tokenCursor - 1].span.start >= span.start {
                tokenCursor = document.tokenIndex(at: span.start)  // sentences out of order
            }
            while tokenCursor < tokens.count && tokens[tokenCursor].span.start < span.start { tokenCursor += 1 }
            let first = tokenCursor
            while tokenCursor < tokens.count && tokens[tokenCursor].span.start < span.end { tokenCursor += 1 }
            let end = tokenCursor
            guard first < end else { continue }
            var found: [Attribution] = []
            var clauseSpeaker: Span?
            if opensWithAsked, cursor == last || cueWords[cursor].span.start != span.start,
                let attribution = question(askedAt: first, end: end)
            {
                found.append(attribution)
            }
            // Each verb's content may run to the end of the sentence, so a sentence of verbs alone
            // would make as many copies of itself as it has verbs.
            for cue in cueWords[cursor..<last].lazy.filter(Self.isReporting).prefix(Self.maximumVerbsPerSentence) {
                if let attribution = try reportedSpeech(
                    of: cue,
                    sentence: span,
                    first: first,
                    end: end,
                    clauseSpeaker: &clauseSpeaker,
                    phrases: &phrases
                ) {
                    found.append(attribution)
                }
            }
            if mayHoldAccordingTo, let attribution = try accordingTo(in: span, first: first, end: end) {
                found.append(attribution)
            }
            if found.count > 1 {
                found.sort { $0.content.start < $1.content.start }
                // One attribution per content.
                var kept: [Attribution] = []
                for attribution in found where kept.last?.content != attribution.content { kept.append(attribution) }
                found = kept
            }
            // Content that is mostly a quotation is that quotation's attribution, not reported speech.
            let heading = isHeading[index]
            results += found.lazy.filter {
                !self.isMostlyQuoted($0.content) && (!heading || self.isHeadlineReport($0))
            }
        }
        return results
    }

    /// The most reporting verbs read in one sentence; the verbs after them report nothing.
    ///
    /// A news sentence reports what two or three people said at most; one with more than a few
    /// verbs is a list of words, not speech.
    static let maximumVerbsPerSentence = 8

    /// Whether quotations cover half of a span or more: `said the plan was “a disaster for every
    /// family in this town.”` is a quotation with a few words before it.
    private func isMostlyQuoted(_ span: Span) -> Bool {
        let quotes = document.quoteSpans
        var index = quotes.firstIndex(endingAfter: span.start)
        var covered = 0
        while index < quotes.count && quotes[index].start < span.end {
            covered += min(span.end, quotes[index].end) - max(span.start, quotes[index].start)
            index += 1
        }
        return covered * 2 >= span.length
    }

    /// Whether a verb reports speech here: a verb that does on its own, or *ask*, *accuse*
    /// and *agree*, which report what their clause says.
    private static func isReporting(_ cue: CueWord) -> Bool {
        if cue.reportsSpeech { return true }
        return !cue.verb.traits.isDisjoint(with: [.ask, .accuse, .agree])
    }

    /// Whether a sentence opens with `Asked`.
    private func opensWithAsked(_ span: Span) -> Bool {
        let bytes = document.bytes
        guard span.end - span.start > 6, bytes[span.start] == 0x41 else { return false }  // A
        return bytes[span.start + 1..<span.start + 6].elementsEqual("sked ".utf8)
    }

    // MARK: One verb

    /// The reported speech of one reporting verb, if its sentence reports any.
    ///
    /// `clauseSpeaker` is the speaker of the last reporting verb before it in the sentence: a
    /// participle after a comma takes it (`"...," Ortiz said, noting that ...`).
    private func reportedSpeech(
        of cue: CueWord,
        sentence: Span,
        first: Int,
        end: Int,
        clauseSpeaker: inout Span?,
        phrases: inout SpeakerPhraseFinder
    ) throws -> Attribution? {
        // The cue lies in the sentence, whose tokens are `first..<end`.
        let verb = document.tokenIndex(at: cue.span.start, in: first..<end)
        guard verb < end else { return nil }
        let afterVerb = document.tokenIndex(at: cue.span.end, in: verb..<end)
        let traits = cue.verb.traits
        // The subject is never inside a quotation before the verb.
        let floorOffset = document.quoteEnd(atOrBefore: cue.span.start, after: sentence.start) ?? sentence.start
        let floor = max(first, document.tokenIndex(at: floorOffset, in: first..<verb))

        // `his claim that ...`, `their reports`: after a possessive, the word is a noun.
        if verb > first, isLowercase(verb), isWord(verb - 1, ReportedSpeechWords.possessiveDeterminers) {
            return nil
        }
        // `Reports say ...`, `its audit reports`, `Press reports said`: these forms are nouns at
        // the start of a sentence, after a possessive and a word, and before another reporting
        // verb (the cue scanner drops `press reports`).
        if isWord(verb, ReportedSpeechWords.nounLikeCues),
            verb == first || (verb - 2 >= first && isWord(verb - 2, ReportedSpeechWords.possessiveDeterminers))
                || (afterVerb < end && isCue(afterVerb))
        {
            return nil
        }
        // `Noting that the vote was close, Reyes ...`, `After saying he would run, the mayor ...`:
        // a participle clause that opens the sentence reports for the main clause's subject, and
        // ends at the comma before it.
        if isWord(verb, ReportedSpeechWords.participles),
            verb == first || (verb == first + 1 && isWord(first, ReportedSpeechWords.beforeParticiple))
        {
            return openingParticiple(cue, verb: verb, afterVerb: afterVerb, end: end, sentence: sentence)
        }
        // `led Republicans to say that ...`, `prompted the mayor to warn that ...`: the object of a
        // verb of causing says it.
        // Only a clause is said there: `forced the firm to add more servers` adds servers.
        if verb - 3 >= floor, isWord(verb - 1, "to"), let speaker = causedSpeaker(before: verb - 1, floor: floor) {
            guard let (content, listener) = contentAfter(afterVerb, end: end, traits: traits) else { return nil }
            let first = document.tokenIndex(at: content.start)
            let last = document.tokenIndex(at: content.end)
            guard isWord(first - 1, "that") || (first..<last).contains(where: isClauseVerb) else { return nil }
            return reported(content, speaker, cue: cue, listener: listener, .speakerCue)
        }
        // `with 40 percent saying the vote was rigged`: the phrase after `with` says it.
        if verb > first, isWord(verb, ReportedSpeechWords.participles),
            let speaker = absoluteSubject(before: verb, floor: floor)
        {
            guard let (content, listener) = contentAfter(afterVerb, end: end, traits: traits) else { return nil }
            return reported(content, speaker, cue: cue, listener: listener, .speakerCue)
        }
        // `..., saying the vote was rigged`, `released a statement saying ...`: the speaker of
        // the main clause.
        if verb > first, isWord(verb, ReportedSpeechWords.participles),
            isComma(verb - 1) || isDash(verb - 1) || isWord(verb - 1, ReportedSpeechWords.beforeParticiple)
                || (verb - 2 >= first && isAdverb(verb - 1) && isComma(verb - 2))
                || (isQuoteMark(verb - 1) && verb - 2 >= first && isComma(verb - 2))
                || (isWord(verb - 1, "and") && verb - 2 >= first && isComma(verb - 2))
                || (verb - 2 >= first && isWord(verb - 1, ReportedSpeechWords.afterVerb)
                    && isWord(verb - 2, ReportedSpeechWords.beforeParticiple))
                || (!traits.contains(.write) && isMessage(endingAt: verb - 1, floor: floor))
        {
            guard let speaker = clauseSpeaker ?? clauseSubject(from: first, before: verb - 1),
                let (content, listener) = contentAfter(afterVerb, end: end, traits: traits)
            else { return nil }
            return reported(content, speaker, cue: cue, listener: listener, .speakerCue)
        }
        // `Asked whether ...`, `When asked about ...`: the asker is not named.
        if traits.contains(.ask), verb == first || isWord(verb - 1, ReportedSpeechWords.beforeParticiple) {
            return question(askedAt: verb, end: end)
        }

        // `pledged delegates`: a participle before its noun.
        if afterVerb < end, isVerbForm(verb), !isParticiple(verb),
            isWord(afterVerb, ReportedSpeechWords.nounsAfterParticiples)
        {
            return nil
        }
        var start = afterVerb
        var listener: Span?
        if !traits.isDisjoint(with: [.tell, .ask, .warn]), let found = self.listener(at: start, end: end) {
            listener = found.listener
            start = found.next
        }
        var tail = self.tail(from: start, end: end, traits: traits)
        // `went on to lose`, `went on a tour`: `go on` reports only what precedes it.
        if traits.contains(.goOn), case .content = tail { tail = .nothing }
        // `declined to say whether ...`, `went on to argue that ...`: the subject is the first verb's.
        var subjectVerb = verb
        if verb - 2 >= floor, isWord(verb - 1, "to") {
            if isWord(verb - 2, ReportedSpeechWords.catenatives) {
                subjectVerb = verb - 2
            } else if verb - 3 >= floor, isWord(verb - 2, "on"), isWord(verb - 3, ReportedSpeechWords.catenatives) {
                subjectVerb = verb - 3
            } else if let copula = copula(beforeAdjective: verb - 2, floor: floor) {
                // `Voters were more likely to say ...`: the subject is the copula's.
                subjectVerb = copula
            }
        }
        // Appositions are read before a verb whose content follows it, or that a comma
        // precedes (`..., Ada Moss, chair of the board, said.`); in `..., the BBC reported.`
        // the phrases before the subject are the content.
        var contentFollows = false
        if case .content = tail { contentFollows = true }
        let (subject, passive) = self.subject(
            ofVerbAt: subjectVerb,
            floor: floor,
            sentenceFirst: first,
            appositions: contentFollows
        )
        if passive {
            if traits.contains(.ask) { return question(askedAt: verb, end: end) }
            return passiveReport(cue, verb: subjectVerb, first: first, floor: floor, tail: tail, end: end)
        }
        if let subject {
            // A subject after a subordinator (`after the auditors said`) is not the main clause's.
            let isMain =
                subject.first == first || !isWord(subject.first - 1, ReportedSpeechWords.embeddedClauseOpeners)
                || isWord(subject.first - 1, ReportedSpeechWords.relativeSubjects)
            clauseSpeaker = isMain ? subject.speaker : nil
            switch tail {
            case .end:
                // `..., as the analyst noted.`: the content is before the comma.
                let subjectFirst =
                    subject.first > first + 1 && isWord(subject.first - 1, "as") ? subject.first - 1 : subject.first
                guard let content = contentBefore(subjectFirst, first: first, resume: nil, end: end) else {
                    return nil
                }
                return reported(content, subject.speaker, cue: cue, listener: listener, .speakerCue)
            case .parenthetical(let resume):
                guard let content = contentBefore(subject.first, first: first, resume: resume, end: end) else {
                    return nil
                }
                return reported(content, subject.speaker, cue: cue, listener: listener, .speakerCue)
            case .content(let contentStart, _) where isGap(contentStart, subject: subject, first: first):
                // `a law which critics said will raise rents`: the relative clause is the content.
                let last = contentLast(from: contentStart, end: end)
                return reported(
                    span(subject.first - 1, last),
                    subject.speaker,
                    cue: cue,
                    listener: listener,
                    .speakerCue
                )
            case .content(let contentStart, let hasThat):
                // `Although she said it was a mistake, she ...`, `Days after the mayor said ..., the
                // council ...`: a subordinate clause ends at its comma.
                var contentEnd = end
                if let clause = commaSegmentStart(endingAt: subject.first, floor: first),
                    isWord(clause, ReportedSpeechWords.concessives)
                        || (clause + 1 < subject.first && isWord(clause, ReportedSpeechWords.leadingConjunctions)
                            && isWord(clause + 1, ReportedSpeechWords.concessives))
                        || (clause + 1 == subject.first - 1
                            && isWord(subject.first - 1, ReportedSpeechWords.concessives))
                {
                    contentEnd = contentStart
                    while contentEnd < end && !isComma(contentEnd) { contentEnd += 1 }
                    // `After he said it was “a mistake,” she ...`: the quotation closes after its comma.
                    if contentEnd + 1 < end, isQuoteMark(contentEnd + 1),
                        document.tokens[contentEnd + 1].span.start == document.tokens[contentEnd].span.end
                    {
                        contentEnd += 2
                    }
                }
                guard let content = content(from: contentStart, end: contentEnd, traits: traits, hasThat: hasThat)
                else {
                    return nil
                }
                return reported(content, subject.speaker, cue: cue, listener: listener, .speakerCue)
            case .nothing:
                return nil
            }
        }
        // `..., said Maria Ortiz, a spokeswoman for the utility.`
        guard verb > first, isComma(verb - 1) || isQuoteMark(verb - 1), !isParticiple(verb),
            let speaker = try phrases.speaker(after: cue.span, limit: sentence.end)
        else { return nil }
        // The speaker ends the sentence or its part: `..., said Maria Ortiz, a spokeswoman for the utility.`
        let afterSpeaker = document.tokenIndex(at: speaker.end)
        let isPronoun = document.isWord(speaker.range, in: ReportedSpeechWords.subjectPronouns, lowercased: true)
        guard isAtEnd(afterSpeaker, end) || (!isPronoun && isComma(afterSpeaker)) else { return nil }
        // A clause is no speaker: `said the board should act`.
        let speakerFirst = document.tokenIndex(at: speaker.start)
        guard afterSpeaker - speakerFirst <= 10,
            !(speakerFirst..<afterSpeaker).contains(where: { isClauseVerb($0) || isCue($0) })
        else { return nil }
        clauseSpeaker = speaker
        guard let content = contentBefore(verb, first: first, resume: nil, end: end) else { return nil }
        return reported(content, speaker, cue: cue, listener: nil, .cueSpeaker)
    }

    /// The object of a verb of causing that ends before the `to` at `to`: `Republicans` in
    /// `led Republicans to say`; at most five words, none of them a verb.
    private func causedSpeaker(before to: Int, floor: Int) -> Span? {
        let last = to - 1
        var index = last
        while index > floor && last - index < 5 {
            if isLowercase(index) && isWord(index, ReportedSpeechWords.causatives) {
                return index < last ? span(index + 1, last) : nil
            }
            guard isWordLike(index), !isCue(index), !isClauseVerb(index) else { return nil }
            index -= 1
        }
        return nil
    }

    /// The reported speech of a participle clause that opens its sentence: its content runs to
    /// the first comma after which a clause with a subject and a finite verb follows, and that
    /// subject is its speaker (`Noting that rents rose, the mayor called for a freeze.`).
    private func openingParticiple(_ cue: CueWord, verb: Int, afterVerb: Int, end: Int, sentence: Span) -> Attribution?
    {
        let reader = ClauseSubjectFinder(document: document)
        var commas = 0
        var index = afterVerb
        while index < end && commas < 4 {
            if isComma(index) {
                commas += 1
                if let speaker = reader.subject(at: document.tokens[index].span.end, before: sentence.end),
                    let (content, listener) = contentAfter(afterVerb, end: index, traits: cue.verb.traits)
                {
                    return reported(content, speaker, cue: cue, listener: listener, .speakerCue)
                }
            }
            index += 1
        }
        return nil
    }

    /// Whether reported speech in a headline reads as a report: it has a speaker, and a verb
    /// whose object is not what was said (`claims`, `agrees`) has a clause, with an auxiliary,
    /// a copula or an infinitive, not a noun phrase (`Club agrees new kit deal`), which a
    /// headline writes without the determiner that marks it in the body.
    private func isHeadlineReport(_ attribution: Attribution) -> Bool {
        guard attribution.speaker != nil else { return false }
        guard let lemma = attribution.cue?.lemma,
            ReportedSpeechWords.objectNotContent.contains(lemma) || lemma == "agree"
        else { return true }
        let first = document.tokenIndex(at: attribution.content.start)
        let last = document.tokenIndex(at: attribution.content.end)
        return (first..<last).contains {
            isWord($0, ReportedSpeechWords.clauseVerbs) || isWord($0, "to") && $0 + 1 < last && isLowercase($0 + 1)
        }
    }

    /// Whether the verb's subject follows a relative word and the content opens with the
    /// relative clause's verb: `which critics said will raise rents`, `that many economists
    /// say is the future`.
    private func isGap(_ contentStart: Int, subject: Subject, first: Int) -> Bool {
        subject.first > first && isWord(subject.first - 1, ReportedSpeechWords.gapRelatives)
            && contentStart < document.tokens.count
            && (isClauseVerb(contentStart) || (isLowercase(contentStart) && isVerbForm(contentStart)))
    }

    /// The content that a verb's listener and adjuncts, from `token`, lead to.
    private func contentAfter(
        _ token: Int,
        end: Int,
        traits: CueScanner.Verb.Traits
    ) -> (content: Span, listener: Span?)? {
        var start = token
        var listener: Span?
        if !traits.isDisjoint(with: [.tell, .ask, .warn]), let found = self.listener(at: start, end: end) {
            listener = found.listener
            start = found.next
        }
        guard case .content(let contentStart, let hasThat) = tail(from: start, end: end, traits: traits),
            let content = content(from: contentStart, end: end, traits: traits, hasThat: hasThat)
        else { return nil }
        return (content, listener)
    }

    /// The reported clause from `start`, if it is one.
    private func content(from start: Int, end: Int, traits: CueScanner.Verb.Traits, hasThat: Bool) -> Span? {
        guard start < end, isWordLike(start) || isQuoteMark(start) else { return nil }
        if !hasThat {
            if traits.contains(.ask) && !isWord(start, ReportedSpeechWords.questionOpeners) { return nil }
            // `his remarks were ...`, `a deal announced on Friday would ...`: the verb was a noun
            // or a participle, and this is the sentence's own verb.
            if isClauseVerb(start) { return nil }
            // `accused of fraud`: a passive.
            if traits.contains(.accuse) && isWord(start, "of") { return nil }
            // `claimed a victory`, `maintains a lead`, `added another rule`: an object of these
            // verbs is not what was said, unless it holds a clause (`claimed the vote was rigged`).
            if traits.contains(.objectNotContent),
                isWord(start, AttributionLexicon.determiners) || isWord(start, ReportedSpeechWords.listenerDeterminers)
                    || isWord(start, ReportedSpeechWords.demonstratives) || isNumber(start),
                !(start..<end).contains(where: isClauseVerb)
            {
                return nil
            }
            // `pledged to the governor`: `to` before a name or a determiner is no infinitive.
            if isWord(start, "to"), start + 1 < end,
                !isLowercase(start + 1)
                    || isWord(start + 1, AttributionLexicon.determiners)
            {
                return nil
            }
        }
        let last = contentLast(from: start, end: end)
        guard last >= start else { return nil }
        let content = span(start, last)
        // `said so on Tuesday`, `said nothing`: words about the saying, not what was said.
        guard content.length >= 8, hasThat || !startsWithNonContent(content.start, before: content.end) else {
            return nil
        }
        return content
    }

    /// The content before a subject or verb at `token`, after a comma: `The plan will fail, he
    /// said`; with `resume`, also the rest of the sentence from there (`The economy, she
    /// argued, is weak`).
    private func contentBefore(_ token: Int, first: Int, resume: Int?, end: Int) -> Span? {
        let resumeLast = resume.map { contentLast(from: $0, end: end) }
        // `As the paper noted, ...`: the content is what follows.
        if let resume, let resumeLast, token > first, isWord(token - 1, "as") {
            return resumeLast > resume ? span(resume, resumeLast) : nil
        }
        let mark = token - 1
        guard mark > first, isComma(mark) || isQuoteMark(mark) else { return nil }
        var last = isComma(mark) ? mark - 1 : mark
        while last > first && isComma(last) { last -= 1 }
        guard last >= first else { return nil }
        // `Yet, she said, the board can wait`: a lone adverb or conjunction is not content, nor
        // a short adverbial (`In particular, she said, ...`).
        if let resume, let resumeLast, resumeLast > resume,
            first == last
                && (isWord(first, ReportedSpeechWords.leadingConjunctions)
                    || isWord(first, ReportedSpeechWords.adverbialOpeners)
                    || isAdverbShape(first)
                    || document.isWord(document.tokens[first].span.range, in: AttributionLexicon.sentenceStarters))
                || (last - first <= 2 && isCapitalized(first) && isWord(first, ReportedSpeechWords.adverbialOpeners)
                    && !(first...last).contains(where: { isComma($0) || isClauseVerb($0) }))
        {
            return span(resume, resumeLast)
        }
        // An adverbial alone (`Later that day, the agency said`) is not content, nor a clause
        // that opens with another verb (`Asked about it, the mayor said`).
        guard !isCue(first) else { return nil }
        if resume == nil && isCapitalized(first) && isVerbForm(first) && !(first...last).contains(where: isComma) {
            return nil
        }
        var words = 0
        var hasComma = false
        for index in first...last {
            if isWordLike(index) { words += 1 } else if isComma(index) { hasComma = true }
        }
        if let resume, let resumeLast, resumeLast >= resume {
            for index in resume...resumeLast where isWordLike(index) { words += 1 }
            return words >= 3 ? span(first, resumeLast) : nil
        }
        guard
            hasComma || !isWord(first, ReportedSpeechWords.adverbialOpeners)
                || isWord(first, ReportedSpeechWords.demonstratives)
        else { return nil }
        return words >= 3 ? span(first, last) : nil
    }

    // MARK: Results

    /// Whether the words from `start` open with one of `AttributionLexicon.nonContentStarts`.
    private func startsWithNonContent(_ start: Int, before end: Int) -> Bool {
        let bytes = document.bytes
        var wordEnd = start
        while wordEnd < end && TextBytes.isASCIILetter(bytes[wordEnd]) { wordEnd += 1 }
        guard wordEnd > start,
            document.isWord(start..<wordEnd, in: AttributionLexicon.nonContentStarts, lowercased: true)
        else {
            return false
        }
        // `said so many times that ...` and `said so-called experts ...` are content; `said so`,
        // `said so, adding` and `said so on Tuesday` are not.
        guard wordEnd - start == 2, bytes[start] | 0x20 == 0x73 else { return true }  // "so"
        guard wordEnd < end else { return true }
        if bytes[wordEnd] == 0x2D { return false }  // so-called
        guard bytes[wordEnd] == 0x20 else { return true }
        var nextEnd = wordEnd + 1
        while nextEnd < end && TextBytes.isASCIILetter(bytes[nextEnd]) { nextEnd += 1 }
        return document.isWord(wordEnd + 1..<nextEnd, in: AttributionLexicon.afterSaidSo, lowercased: true)
    }

    func reported(
        _ content: Span,
        _ speaker: Span,
        cue: CueWord,
        listener: Span?,
        _ form: AttributionForm
    ) -> Attribution {
        let form = listener != nil && form == .speakerCue ? .told : form
        return Attribution(
            quote: nil,
            content: content,
            speaker: Speaker(mention: speaker, name: document.string(speaker), kind: .person),
            cue: Cue(span: cue.span, lemma: cue.lemma, listener: listener),
            form: form,
            quoteKind: nil,
            provenance: Provenance(stage: stage, rule: Self.rule(form))
        )
    }

    /// `"reported-" + form.rawValue`, without building the string for the usual forms.
    private static func rule(_ form: AttributionForm) -> String {
        switch form {
        case .speakerCue: "reported-speaker-cue"
        case .cueSpeaker: "reported-cue-speaker"
        case .told: "reported-told"
        case .accordingTo: "reported-according-to"
        default: "reported-" + form.rawValue
        }
    }
}
