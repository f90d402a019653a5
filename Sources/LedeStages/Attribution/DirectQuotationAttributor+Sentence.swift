internal import Lede
internal import PCRE2

/// The forms that find a quotation's speaker in its own sentence: next to its marks, in a
/// clause that introduces it, after `according to` or a dash, in another reporting clause of
/// the sentence, or as the subject of the clause that holds it.
extension DirectQuotationAttributor {
    /// The speaker named right next to a quotation: in a colon introduction just before it, in
    /// a verb and speaker right after its closing mark, or in the clause right after a
    /// quotation that opens its sentence (`“Tuesday,” she guessed.`).
    ///
    /// - Throws: `PCRE2Error` if a pattern hits its match or depth limit.
    func adjacentAttribution(at site: Site, phrases: inout SpeakerPhraseFinder) throws -> Attribution? {
        let quote = site.quote
        // A colon attribution just before it: `Ms Hewitt said: “...”`.
        if let cue = cues.last(endingBy: quote.span.start, from: site.before),
            document.trimmedString(cue.span.end, quote.span.start) == ":",
            let speaker = try phrases.speaker(before: cue, from: site.before)
        {
            return attribution(at: site, speaker, cue.cue, .introducing, adjacent: true)
        }
        // Right after the closing mark: `“...,” Leavitt said.` / `“...,” said Leavitt.` / `“...,” as
        // Leavitt said.` — but not a verb that introduces the next quotation (`Hayes said: “...`).
        if let cue = cues.first(from: quote.span.end, before: min(site.after, quote.span.end + 161)),
            document.nextByte(after: cue.span.end, before: site.after) != 0x3A
        {
            var gapStart = document.skip(from: quote.span.end, to: cue.span.start, over: " ,\n")
            // `“...,” as Hale said on Monday.`: a clause of `as` set off by a comma after it names
            // its speaker (without the comma, `as` may mean `while`: `“...” as he promised to ...`).
            let bytes = document.bytes
            if gapStart + 3 < cue.span.start, bytes[gapStart..<gapStart + 3].elementsEqual("as ".utf8),
                endsAsObject(quote)
            {
                gapStart += 3
            }
            if gapStart == cue.span.start {
                // `“...,” noting the cost`: an `-ing` form never comes before its speaker; the
                // phrase after it is its object.
                if !document.endsInIng(cue.span), let speaker = try phrases.speaker(after: cue.span, limit: site.after)
                {
                    return attribution(
                        at: site,
                        speaker,
                        phrases.cue(cue, limit: site.after),
                        .cueSpeaker,
                        adjacent: true
                    )
                }
            } else if let phrase = try phrases.phrase(before: cue, from: gapStart), phrase.start == gapStart {
                return attribution(
                    at: site,
                    phrase.speaker,
                    phrases.cue(cue, limit: site.after),
                    .speakerCue,
                    adjacent: true
                )
            }
        }
        // A quotation that opens its sentence and ends in a comma, a question or an exclamation
        // mark is the object of the clause after it, whatever its verb: `“Tuesday,” she guessed.`,
        // `“Sit down,” Hale snapped.`
        if site.opensSentence, endsAsObject(quote) {
            let reader = ClauseSubjectFinder(document: document)
            let limit = clauseEnd(after: quote, sentenceEnd: site.after, lastSentence: site.lastSentence)
            if let subject = reader.subject(at: quote.span.end, before: limit), phrases.isPlausibleSpeaker(subject) {
                return attribution(at: site, subject, nil, .speakerCue, adjacent: true, rule: "speaker-verb")
            }
            // `“...,” remembered Dana Whitlow.`: a verb before its speaker, right after a
            // quotation, is a verb of saying whatever it is.
            if let verb = reader.verb(after: quote.span.end, before: limit),
                let speaker = try phrases.speaker(after: verb, limit: limit)
            {
                return attribution(at: site, speaker, nil, .cueSpeaker, adjacent: true, rule: "verb-speaker")
            }
        }
        return nil
    }

    /// The speaker of a reporting clause that introduces a quotation: `Ms Hewitt said: “...”`,
    /// `He told the BBC: “...”`, `X says that “...”`, `Said the Pew report: “...”`, `Manchester
    /// City boss Kevin Keegan: “...”`.
    ///
    /// - Throws: `PCRE2Error` if a pattern hits its match or depth limit.
    func introducingAttribution(at site: Site, phrases: inout SpeakerPhraseFinder) throws -> Attribution? {
        let quote = site.quote
        let text = document.text
        if let cue = cues.last(endingBy: quote.span.start, from: site.before) {
            let between = document.trimmedString(cue.span.end, quote.span.start)
            var introduces = between.isEmpty || between == ":" || between == "," || between == "that"
            var listener: Span?
            if !introduces, cue.isTell,
                let match = try AttributionPatterns.told.firstMatch(in: text, range: cue.span.end..<quote.span.start),
                let range = match["listener"]
            {
                let rest = document.trimmedString(range.upperBound, quote.span.start)
                introduces = rest.isEmpty || rest == ":" || rest == ","
                listener = Span(range)
            }
            if introduces, let speaker = try phrases.speaker(before: cue, from: site.before) {
                return attribution(
                    at: site,
                    speaker,
                    Cue(span: cue.span, lemma: cue.lemma, listener: listener),
                    between == "that" ? .speakerCue : .introducing
                )
            }
            // `Reyes said the plan was sound, adding, “...”`: the participle introduces it, and
            // its speaker is the main clause's.
            if introduces, let speaker = try participleSpeaker(cue, sentence: site.sentence, phrases: &phrases) {
                return attribution(
                    at: site,
                    speaker,
                    Cue(span: cue.span, lemma: cue.lemma, listener: listener),
                    .introducing
                )
            }
            if !introduces, cue.span.start <= document.skip(from: site.before, to: cue.span.start, over: " -*"),
                let match = try AttributionPatterns.cueFirst.firstMatch(
                    in: text,
                    range: cue.span.start..<quote.span.start
                ),
                let range = match["speaker"],
                // `Said Dana Kerr, who grew up there, “...”`: a clause about the speaker only
                // when the verb opens the sentence; after a quotation, the clause may hold the
                // next one (`..., said Kerr, who wore the slogan, “Back the Bid”, on her shirt`).
                match["about"] == nil
                    || cue.span.start <= document.skip(from: site.sentence.start, to: cue.span.start, over: " -*")
            {
                return attribution(at: site, Span(range), cue.cue, .cueSpeaker)
            }
            // `Because of how the map was drawn, explained Kerr, “...”`: a verb after a comma,
            // then its speaker and a comma or a colon, introduces the quotation; but after
            // `told` the phrase is the listener (`Kerr, 58, told a news conference: “...”`), and
            // after an `-ing` form its object.
            if !introduces, !cue.isTell, !document.endsInIng(cue.span),
                document.followsComma(cue.span.start, after: site.before),
                let speaker = try phrases.speaker(after: cue.span, limit: quote.span.start)
            {
                let rest = document.trimmedString(speaker.end, quote.span.start)
                if rest == "," || rest == ":" { return attribution(at: site, speaker, cue.cue, .cueSpeaker) }
            }
        }
        if document.endsWithColon(before: quote.span.start, after: site.before),
            let match = try AttributionPatterns.colonIntroduction.firstMatch(
                in: text,
                range: site.before..<quote.span.start
            ),
            let range = match["speaker"], phrases.isPlausibleSpeaker(Span(range))
        {
            return attribution(at: site, Span(range), nil, .introducing)
        }
        return nil
    }

    /// The speaker named elsewhere in a quotation's sentence: after `according to`, after a
    /// dash that follows it, in a reporting clause before or after it, or as the subject of
    /// the clause that holds it.
    ///
    /// - Throws: `PCRE2Error` if a pattern hits its match or depth limit.
    func attributionInSentence(at site: Site, phrases: inout SpeakerPhraseFinder) throws -> Attribution? {
        let quote = site.quote
        let text = document.text
        // `according to X` in the sentence.
        if let (speaker, cue) = try phrases.accordingTo(in: site.sentence) {
            return attribution(at: site, speaker, cue, .accordingTo)
        }
        // A dash after the quotation.
        if document.hasDash(from: quote.span.end, to: min(site.sentenceEnd, quote.span.end + 6)),
            let match = try AttributionPatterns.dash.firstMatch(in: text, range: quote.span.end..<site.sentenceEnd),
            let range = match["speaker"]
        {
            return attribution(at: site, Span(range), nil, .dash)
        }
        // A reporting clause in the same sentence: the main one before the quotation, or one after it.
        // `rejected the Tories' call for a quota, saying no “arbitrary figure” ...`: a noun after
        // its possessor tells whose words it holds, but the quotation is used by whoever speaks
        // in the sentence (`Clinton blasted Trump's call for a “deportation force”` is Clinton's
        // use of the phrase): a later cue, or the subject of the clause, comes first, and the
        // possessor is taken when neither names anyone.
        // The main clause's speaker, unless a later clause joined by `and` or `but` has its own
        // (`Kerr accuses the mayor of “...” and Moss says he is “...”`: the second is Moss's).
        var possessed: (speaker: Span, cue: Cue)?
        var main: (speaker: Span, cue: Cue)?
        for cue in cues.starting(in: site.sentence.start..<quote.span.start) where cue.span.end <= quote.span.start {
            let from = document.quoteEnd(atOrBefore: cue.span.start, after: site.sentence.start) ?? site.sentence.start
            if let speaker = try phrases.speaker(before: cue, from: from) {
                let found = phrases.cue(cue, limit: quote.span.start)
                if document.followsPossessive(cue.span.start, after: from) {
                    possessed = possessed ?? (speaker, found)
                    continue
                }
                if main == nil || document.conjunctionBefore(speaker.start, after: site.sentence.start) != nil {
                    main = (speaker, found)
                }
            }
        }
        if let main { return attribution(at: site, main.speaker, main.cue, .speakerCue) }
        if let cue = cues.first(from: quote.span.end, before: site.sentenceEnd),
            document.nextByte(after: cue.span.end, before: document.bytes.count) != 0x3A
        {
            // The clause after the quotation must open with its speaker (`..., officials said`),
            // not with another phrase (`with Merz also signaling openness`).
            let from = document.lastClauseStart(before: cue.span.start, notBefore: quote.span.end)
            if let phrase = try phrases.phrase(before: cue, from: from),
                phrase.start == document.skip(from: from, to: cue.span.start, over: " ,")
            {
                return attribution(at: site, phrase.speaker, phrases.cue(cue, limit: site.sentenceEnd), .speakerCue)
            }
            // `“...” if she loses, said Jo Lee, an analyst.`: the verb opens its clause and the
            // speaker follows it; but an `-ing` form never comes before its speaker (`“...,”
            // calling it absurd`), and the phrase after it is its object.
            if from == cue.span.start, from > quote.span.end, document.bytes[from - 2] == 0x2C,
                !document.endsInIng(cue.span),
                let speaker = try phrases.speaker(after: cue.span, limit: site.sentenceEnd)
            {
                return attribution(at: site, speaker, phrases.cue(cue, limit: site.sentenceEnd), .cueSpeaker)
            }
        }
        // The subject of the clause that holds it: `Okafor praised Brandt as “a leader who ...”`, `A
        // woman hollered “Sit down!”`. A phrase of a few words is the subject's only when the
        // clause speaks of speech (`Whitlow decried the “rigged tender”`); otherwise it is the
        // writer's term (`They joined the “coalition of the willing”`).
        if !site.opensSentence, !followsSoCalled(quote.span.start, after: site.sentence.start),
            let subject = phrases.clauseSubject(from: site.sentence.start, before: quote.span.start),
            !isShortPhrase(quote) && !isTitleCased(quote)
                || ClauseSubjectFinder(document: document).hasSpeechVerb(from: subject.end, to: quote.span.start)
        {
            return attribution(at: site, subject, nil, .speakerCue, rule: "clause-subject")
        }
        if let possessed { return attribution(at: site, possessed.speaker, possessed.cue, .speakerCue) }
        return nil
    }

    /// Where the clause after a quotation ends: the end of its sentence, or, when a question
    /// or exclamation mark ended the sentence with the quotation (`“Why?” Ortiz pressed.`),
    /// the end of the next sentence of the paragraph.
    private func clauseEnd(after quote: Quote, sentenceEnd: Int, lastSentence: Int) -> Int {
        let sentences = document.sentences
        guard sentenceEnd <= document.skip(from: quote.span.end, to: sentenceEnd, over: " "),
            lastSentence + 1 < sentences.count, sentences[lastSentence + 1].paragraph == quote.paragraph
        else { return sentenceEnd }
        let next = sentences[lastSentence + 1].span
        return document.quoteStart(atOrAfter: next.start, before: next.end) ?? next.end
    }

    /// Whether a quotation ends as the quoted object of a clause after it does: with a comma,
    /// a question mark or an exclamation mark inside the closing mark, or a comma after it.
    private func endsAsObject(_ quote: Quote) -> Bool {
        let bytes = document.bytes
        if quote.content.end > quote.content.start {
            var end = quote.content.end
            while end > quote.content.start && TextBytes.isSpace(bytes[end - 1]) { end -= 1 }
            if end > quote.content.start, [0x2C, 0x3F, 0x21].contains(bytes[end - 1]) { return true }
        }
        return document.nextByte(after: quote.span.end, before: bytes.count) == 0x2C
    }

    /// The speaker of a reporting participle after a comma (`..., adding, “...”`): the subject
    /// of the first reporting verb before it in the sentence.
    private func participleSpeaker(
        _ cue: CueWord,
        sentence: Span,
        phrases: inout SpeakerPhraseFinder
    ) throws -> Span? {
        guard document.isWord(cue.span.range, in: ReportedSpeechWords.participles, lowercased: true) else {
            return nil
        }
        // A comma before it, or a quotation whose comma is inside its marks: `“messy,” adding`.
        let bytes = document.bytes
        var index = cue.span.start
        while index > sentence.start && TextBytes.isSpace(bytes[index - 1]) { index -= 1 }
        guard index - 1 > sentence.start,
            bytes[index - 1] == 0x2C || bytes[index - 1] == 0x22
                || (bytes[index - 1] == 0x9D && index - 3 >= sentence.start && bytes[index - 3] == 0xE2)
        else { return nil }
        for verb in cues.starting(in: sentence.start..<cue.span.start) where verb.span.end < cue.span.start {
            let from = document.quoteEnd(atOrBefore: verb.span.start, after: sentence.start) ?? sentence.start
            if let speaker = try phrases.speaker(before: verb, from: from) { return speaker }
        }
        return nil
    }
}
