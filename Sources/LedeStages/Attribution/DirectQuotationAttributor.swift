internal import Lede
internal import PCRE2

/// Attributes each quotation in running text: tries the forms of attribution in order and
/// stops at the first that fits.
///
/// The forms, in order: a colon introduction just before the quotation; a verb and speaker
/// right after its closing mark; a reporting clause that introduces it; `according to`; a
/// dash; a reporting clause elsewhere in the sentence. A full quotation with none of these may
/// still inherit a speaker: from the quotation before it (`continuation`), from the sentence
/// before or after it, or from the nearest earlier speaker (`context`). Quotations in headings
/// get no speaker.
struct DirectQuotationAttributor {
    let document: AttributionDocument
    let cues: ReportingCues
    /// The stage name, for provenance.
    let stage: String

    /// Attributes every quotation in running text, in order.
    ///
    /// - Parameters:
    ///   - reported: The reported speech of the document, in text order: a quotation with no
    ///     attribution of its own may take the speaker of the reported speech before it.
    ///   - phrases: The speaker-phrase finder.
    /// - Returns: An attribution per quotation of depth 0, and the start offsets of the cues
    ///   that the direct forms used (reported speech with such a cue repeats a quotation).
    /// - Throws: `PCRE2Error` if a pattern hits its match or depth limit.
    func attributeQuotations(
        after reported: [Attribution],
        phrases: inout SpeakerPhraseFinder
    ) throws -> (attributions: [Attribution], usedCues: Set<Int>) {
        var results: [Attribution] = []
        var usedCues: Set<Int> = []
        // The nearest earlier attribution with a speaker, kept up to date as the quotations
        // are taken in order, so that long documents stay linear.
        var nextReported = 0
        var lastReportedWithSpeaker: Attribution?
        var lastQuotedWithSpeaker: Attribution?
        let isBody = document.isBody
        for (index, quote) in document.quotes.enumerated()
        where quote.depth == 0 && isBody.indices.contains(quote.sentence) {
            var attribution: Attribution
            if isBody[quote.sentence] {
                while nextReported < reported.count && reported[nextReported].content.end <= quote.span.start {
                    if reported[nextReported].speaker != nil { lastReportedWithSpeaker = reported[nextReported] }
                    nextReported += 1
                }
                // The later of the two; the reported one when both start at the same offset.
                let nearest: Attribution?
                if let reported = lastReportedWithSpeaker, let quoted = lastQuotedWithSpeaker {
                    nearest = reported.content.start < quoted.content.start ? quoted : reported
                } else {
                    nearest = lastReportedWithSpeaker ?? lastQuotedWithSpeaker
                }
                attribution = try attribute(
                    quote,
                    index: index,
                    previous: results.last,
                    nearest: nearest,
                    phrases: &phrases
                )
                if attribution.speaker != nil { lastQuotedWithSpeaker = attribution }
            } else {
                attribution = Attribution(
                    quote: index,
                    content: quote.content,
                    speaker: nil,
                    cue: nil,
                    form: .none,
                    quoteKind: quote.kind == .full ? .full : .term,
                    provenance: Provenance(stage: stage, rule: "heading")
                )
            }
            let form = attribution.form
            if let cue = attribution.cue,
                form == .speakerCue || form == .cueSpeaker || form == .introducing || form == .dash,
                attribution.quoteKind == .full
            {
                usedCues.insert(cue.span.start)
            }
            results.append(attribution)
        }
        return (results, usedCues)
    }

    /// Attributes one quotation of body text: the forms in order, as one cascade.
    private func attribute(
        _ quote: Quote,
        index: Int,
        previous last: Attribution?,
        nearest: Attribution?,
        phrases: inout SpeakerPhraseFinder
    ) throws -> Attribution {
        let sentences = document.sentences
        let text = document.text
        let sentence = sentences.isEmpty ? Span(start: 0, end: document.bytes.count) : sentences[quote.sentence].span
        // A quotation of several sentences is attributed after its last one.
        let lastSentence = document.sentenceIndex(containing: max(quote.span.start, quote.span.end - 1))
        let endSentence = sentences.isEmpty ? sentence : sentences[lastSentence].span
        // Neighbouring quotations in the same sentence bound the search.
        let before = document.quoteEnd(atOrBefore: quote.span.start, after: sentence.start) ?? sentence.start
        let after = document.quoteStart(atOrAfter: quote.span.end, before: endSentence.end) ?? endSentence.end
        let sentenceEnd = max(endSentence.end, quote.span.end)
        func make(_ speaker: Span?, _ cue: Cue?, _ form: AttributionForm, adjacent: Bool = false) -> Attribution {
            attribution(of: quote, index: index, speaker: speaker, cue: cue, form: form, adjacent: adjacent)
        }

        // 1. A colon attribution just before it: `Ms Hewitt said: “...”`.
        if let cue = cues.last(endingBy: quote.span.start, from: before),
            document.trimmedString(cue.span.end, quote.span.start) == ":",
            let speaker = try phrases.speaker(before: cue, from: before)
        {
            return make(speaker, cue.cue, .introducing, adjacent: true)
        }
        // 2. Right after the closing mark: `“...,” Leavitt said.` / `“...,” said Leavitt.` — but not a
        // verb that introduces the next quotation (`Hayes said: “...`).
        if let cue = cues.first(from: quote.span.end, before: min(after, quote.span.end + 161)),
            document.nextByte(after: cue.span.end, before: after) != 0x3A
        {
            let gapStart = document.skip(from: quote.span.end, to: cue.span.start, over: " ,\n")
            if gapStart == cue.span.start {
                if let speaker = try phrases.speaker(after: cue.span, limit: after) {
                    return make(speaker, phrases.cue(cue, limit: after), .cueSpeaker, adjacent: true)
                }
            } else if let phrase = try phrases.phrase(before: cue, from: gapStart), phrase.start == gapStart {
                return make(phrase.speaker, phrases.cue(cue, limit: after), .speakerCue, adjacent: true)
            }
        }
        // 2. Introducing it: `Ms Hewitt said: “...”`, `He told the BBC: “...”`, `X says that “...”`,
        // `Said the Pew report: “...”`, `Manchester City boss Kevin Keegan: “...”`.
        if let cue = cues.last(endingBy: quote.span.start, from: before) {
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
            if introduces, let speaker = try phrases.speaker(before: cue, from: before) {
                return make(
                    speaker,
                    Cue(span: cue.span, lemma: cue.lemma, listener: listener),
                    between == "that" ? .speakerCue : .introducing
                )
            }
            if !introduces, cue.span.start <= document.skip(from: before, to: cue.span.start, over: " -*"),
                let match = try AttributionPatterns.cueFirst.firstMatch(
                    in: text,
                    range: cue.span.start..<quote.span.start
                ),
                let range = match["speaker"]
            {
                return make(Span(range), cue.cue, .cueSpeaker)
            }
        }
        if document.endsWithColon(before: quote.span.start, after: before),
            let match = try AttributionPatterns.colonIntroduction.firstMatch(
                in: text,
                range: before..<quote.span.start
            ),
            let range = match["speaker"], phrases.isPlausibleSpeaker(Span(range))
        {
            return make(Span(range), nil, .introducing)
        }
        // 3. `according to X` in the sentence.
        if let (speaker, cue) = try phrases.accordingTo(in: sentence) {
            return make(speaker, cue, .accordingTo)
        }
        // 4. A dash after the quotation.
        if document.hasDash(from: quote.span.end, to: min(sentenceEnd, quote.span.end + 6)),
            let match = try AttributionPatterns.dash.firstMatch(in: text, range: quote.span.end..<sentenceEnd),
            let range = match["speaker"]
        {
            return make(Span(range), nil, .dash)
        }
        // 5. A reporting clause in the same sentence: the main one before the quotation, or one after it.
        for cue in cues.starting(in: sentence.start..<quote.span.start) where cue.span.end <= quote.span.start {
            let from = document.quoteEnd(atOrBefore: cue.span.start, after: sentence.start) ?? sentence.start
            if let speaker = try phrases.speaker(before: cue, from: from) {
                return make(speaker, phrases.cue(cue, limit: quote.span.start), .speakerCue)
            }
        }
        if let cue = cues.first(from: quote.span.end, before: sentenceEnd),
            document.nextByte(after: cue.span.end, before: document.bytes.count) != 0x3A
        {
            // The clause after the quotation must open with its speaker (`..., officials said`),
            // not with another phrase (`with Merz also signaling openness`).
            let from = document.lastClauseStart(before: cue.span.start, notBefore: quote.span.end)
            if let phrase = try phrases.phrase(before: cue, from: from),
                phrase.start == document.skip(from: from, to: cue.span.start, over: " ,")
            {
                return make(phrase.speaker, phrases.cue(cue, limit: sentenceEnd), .speakerCue)
            }
        }
        // 6. Only full quotations inherit a speaker from around them.
        guard quote.kind == .full else { return make(nil, nil, .none) }
        let quotes = document.quotes
        let opensSentence = document.skip(from: sentence.start, to: quote.span.start, over: " (") == quote.span.start
        if let last, let speaker = last.speaker, let lastQuote = last.quote, last.quoteKind == .full,
            quotes[lastQuote].paragraph == quote.paragraph
                || (opensSentence && document.startsParagraph(quote)
                    && quotes[lastQuote].paragraph == quote.paragraph - 1),
            cues.first(from: max(last.cue?.span.end ?? 0, quotes[lastQuote].span.end) + 1, before: quote.span.start)
                .map({ $0.span.end <= quote.span.start }) != true
        {
            return make(speaker.mention, last.cue, .continuation)
        }
        if opensSentence, quote.sentence > 0, sentences[quote.sentence - 1].paragraph == quote.paragraph,
            let (speaker, cue) = try phrases.reportingSubject(of: quote.sentence - 1)
        {
            return make(speaker, cue, .precedingSentence)
        }
        if lastSentence + 1 < sentences.count, sentences[lastSentence + 1].paragraph == quote.paragraph,
            quote.span.end >= sentenceEnd - 2
        {
            let next = sentences[lastSentence + 1].span
            if !document.quoteStarts(in: next),
                let cue = cues.first(from: next.start, before: min(next.end, next.start + 60)),
                let speaker = try phrases.speaker(before: cue, from: next.start), speaker.start == next.start
            {
                return make(speaker, phrases.cue(cue, limit: next.end), .followingSentence)
            }
        }
        // The speaker of the passage around it: the nearest earlier speaker within two paragraphs.
        if let last = nearest, let speaker = last.speaker,
            let lastParagraph = document.paragraphIndex(containing: speaker.mention.start),
            quote.paragraph - lastParagraph <= 2
        {
            return make(speaker.mention, last.cue, .context)
        }
        return make(nil, nil, .none)
    }

    /// The attribution of a quotation to a speaker (or to none).
    ///
    /// A fragment with no speaker is a term. A short capitalized quotation right next to its
    /// attribution (`adjacent`) is speech, not a name: `“We won”, he said.`
    private func attribution(
        of quote: Quote,
        index: Int,
        speaker: Span?,
        cue: Cue?,
        form: AttributionForm,
        adjacent: Bool
    ) -> Attribution {
        let speakerValue = speaker.map { Speaker(mention: $0, name: document.string($0), kind: .person) }
        var kind: QuoteKind = speaker == nil && quote.kind == .fragment ? .term : quote.kind
        if adjacent, kind == .fragment, quote.content.start < document.bytes.count,
            TextBytes.isUpper(document.bytes[quote.content.start])
        {
            kind = .full
        }
        return Attribution(
            quote: index,
            content: quote.content,
            speaker: speakerValue,
            cue: cue,
            form: speaker == nil ? .none : form,
            quoteKind: kind,
            provenance: Provenance(stage: stage, rule: (speaker == nil ? AttributionForm.none : form).rawValue)
        )
    }
}
