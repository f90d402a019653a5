internal import Lede

/// Finds reported speech: a reporting verb in a body sentence, its speaker, and the reported
/// clause, which becomes the attribution's content (and `Attribution.quote` is `nil`).
///
/// Every reporting verb of a sentence is read, in these shapes:
///
/// | Shape | Example |
/// | --- | --- |
/// | content after the verb | `Critics say (that) the plan will fail.` — `Ada Moss, chair of the planning board, said on Tuesday that ...` — `She told reporters the vote was close.` |
/// | content before the verb | `The plan will fail, he said.` — `..., said Maria Ortiz, a spokeswoman for the utility.` — `..., said an official who asked not to be named.` |
/// | verb inside the content | `The economy, she argued, is weak.` — `The answer, says Dr Reyes, is more buses.` |
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
/// report nothing, nor does a question (`Did the firm say it would cut jobs?`).
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
                // One attribution per content, with a speaker if any has one: `Reyes is accused
                // of fraud, prosecutors said` is the prosecutors' report, not a passive's.
                var kept: [Attribution] = []
                for attribution in found {
                    if let last = kept.last, last.content == attribution.content {
                        if last.speaker == nil && attribution.speaker != nil { kept[kept.count - 1] = attribution }
                    } else {
                        kept.append(attribution)
                    }
                }
                found = kept
            }
            // Content that is mostly a quotation is that quotation's attribution, not reported
            // speech; a speaker is a noun phrase, or the report has none.
            let heading = isHeading[index]
            for index in found.indices where !isMostlyQuoted(found[index].content) {
                guard shapeSpeaker(of: &found[index]), !heading || isHeadlineReport(found[index]) else { continue }
                results.append(found[index])
            }
        }
        return results
    }

    /// The most reporting verbs read in one sentence; the verbs after them report nothing.
    ///
    /// A news sentence reports what two or three people said at most; one with more than a few
    /// verbs is a list of words, not speech.
    static let maximumVerbsPerSentence = 8

    /// Whether the words of quotations cover half of a span or more: `said the plan was “a
    /// disaster for every family in this town.”` is a quotation with a few words before it.
    ///
    /// Only the words inside the marks count: a curly mark takes three bytes, and two of them
    /// around a short fragment (`she respects his “passion and commitment”`) would otherwise
    /// weigh as much as the writer's words before it.
    private func isMostlyQuoted(_ span: Span) -> Bool {
        let quotes = document.quoteSpans
        let contents = document.quoteContents
        var index = quotes.firstIndex(endingAfter: span.start)
        var covered = 0
        while index < quotes.count && quotes[index].start < span.end {
            covered += max(0, min(span.end, contents[index].end) - max(span.start, contents[index].start))
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

    // MARK: Results

    /// The attribution of reported speech to a speaker, by a cue and perhaps a listener; a
    /// verb with a listener before its content (`told reporters the vote was close`) makes
    /// the form `told`.
    ///
    /// With `relative`, the relative pronoun that is the verb's subject (`who` in `an aide,
    /// who said`), the mention as written is the pronoun, and `speaker`, its antecedent, is
    /// the mention the speaker was found through (`Speaker.foundMention`).
    func reported(
        _ content: Span,
        _ speaker: Span,
        cue: CueWord,
        listener: Span?,
        _ form: AttributionForm,
        relative: Span? = nil
    ) -> Attribution {
        let form = listener != nil && form == .speakerCue ? .told : form
        // `an aide, who said`: the mention as written is `who`, found through its antecedent.
        let mention = relative ?? speaker
        return Attribution(
            quote: nil,
            content: content,
            speaker: Speaker(
                mention: mention,
                name: document.string(speaker),
                kind: .person,
                foundMention: relative == nil ? nil : speaker
            ),
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
