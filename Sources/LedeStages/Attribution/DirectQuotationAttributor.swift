internal import Lede
internal import PCRE2

/// Attributes each quotation in running text: tries the forms of attribution in order and
/// stops at the first that fits.
///
/// Titles of shows and works are terms first. The forms, in order: a colon introduction just
/// before the quotation; a verb and speaker right after its closing mark; the clause right
/// after a quotation that opens its sentence (`“Tuesday,” she guessed.`); a reporting clause
/// that introduces it; `according to`; a dash; a reporting clause elsewhere in the sentence;
/// the subject of the clause that holds it. A full quotation with none of these may still
/// inherit a speaker: from the quotation before it (`continuation`), from a sentence ending in
/// a colon or the sentence before or after it, from a dash line after its paragraph, or from
/// the nearest earlier speaker (`context`). Quotations in headings and headlines get no
/// speaker.
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
    /// - Returns: An attribution per quotation of depth 0, and the cues that the direct forms
    ///   used, by start offset, with the span of the quotation that used each (reported
    ///   speech with such a cue repeats a quotation, unless the quotation is only its end).
    ///   The array has room for the reported speech too, so that adding it after does not
    ///   copy a long document's attributions.
    /// - Throws: `PCRE2Error` if a pattern hits its match or depth limit.
    func attributeQuotations(
        after reported: [Attribution],
        phrases: inout SpeakerPhraseFinder
    ) throws -> (attributions: [Attribution], usedCues: [Int: Span]) {
        var results: [Attribution] = []
        results.reserveCapacity(document.quotes.count + reported.count)
        var usedCues: [Int: Span] = [:]
        // The nearest earlier attribution with a speaker, kept up to date as the quotations
        // are taken in order, so that long documents stay linear.
        var nextReported = 0
        var lastReportedWithSpeaker: Int?
        var lastQuotedWithSpeaker: Int?
        let isBody = document.isBody
        let headline = unmarkedHeadline()
        for (index, quote) in document.quotes.enumerated()
        where quote.depth == 0 && isBody.indices.contains(quote.sentence) {
            var attribution: Attribution
            if isBody[quote.sentence] && quote.paragraph != headline {
                while nextReported < reported.count && reported[nextReported].content.end <= quote.span.start {
                    if reported[nextReported].speaker != nil { lastReportedWithSpeaker = nextReported }
                    nextReported += 1
                }
                // Reported speech whose content holds the quotation: `said the plan was a
                // “reckless gamble” for the town`.
                var holder: Int?
                var candidate = nextReported
                while candidate < reported.count && reported[candidate].content.start < quote.span.start {
                    if reported[candidate].speaker != nil, quote.span.end <= reported[candidate].content.end + 1 {
                        holder = candidate
                    }
                    candidate += 1
                }
                attribution = try attribute(
                    quote,
                    index: index,
                    earlier: EarlierAttributions(
                        quoted: results,
                        reported: reported,
                        lastQuoted: lastQuotedWithSpeaker,
                        lastReported: lastReportedWithSpeaker,
                        holder: holder
                    ),
                    phrases: &phrases
                )
                if attribution.speaker != nil { lastQuotedWithSpeaker = results.count }
            } else {
                // A headline names no speaker of its own: the body attributes what it quotes.
                attribution = Attribution(
                    quote: index,
                    content: quote.content,
                    speaker: nil,
                    cue: nil,
                    form: .none,
                    quoteKind: .term,
                    provenance: Provenance(stage: stage, rule: "heading")
                )
            }
            let form = attribution.form
            if let cue = attribution.cue,
                form == .speakerCue || form == .cueSpeaker || form == .introducing || form == .dash,
                attribution.quoteKind == .full
            {
                usedCues[cue.span.start] = quote.span
            }
            results.append(attribution)
        }
        return (results, usedCues)
    }

    /// The index of the first paragraph when it is a headline that the layout did not mark
    /// (a headline with a final period): one or two sentences of at most 20 words, followed
    /// by a longer paragraph.
    private func unmarkedHeadline() -> Int? {
        let paragraphs = document.paragraphs
        guard paragraphs.count >= 2, document.isBody.first == true else { return nil }
        func words(_ span: Span, limit: Int) -> Int {
            var count = 1
            for offset in span.range where document.bytes[offset] == 0x20 {
                count += 1
                if count > limit { break }
            }
            return count
        }
        let sentences = document.sentences.prefix { $0.paragraph == 0 }.count
        let first = words(paragraphs[0].span, limit: 21)
        guard (1...2).contains(sentences), first <= 20, words(paragraphs[1].span, limit: first + 1) > first else {
            return nil
        }
        return 0
    }

    /// Attributes one quotation of body text: the forms in order, as one cascade.
    private func attribute(
        _ found: Quote,
        index: Int,
        earlier: EarlierAttributions,
        phrases: inout SpeakerPhraseFinder
    ) throws -> Attribution {
        var quote = found
        // `on “Night Desk,” the host asked`: a few words whose only punctuation is the comma
        // that news style puts inside the marks are a name, unless an attribution is next to
        // them (`“We won,” he said.`, which `attribution(of:)` makes full again).
        if quote.kind == .full, isNameWithComma(quote) { quote.kind = .fragment }
        // `on Metro One's “Sunday Ledger,”`, `the podcast “Loose Ends”`: a name in title case after a
        // possessive, after `on`, or after a word for a work is the title of a show or a work.
        if isTitleOfWork(quote) {
            quote.kind = .fragment
            return attribution(of: quote, index: index, speaker: nil, cue: nil, form: .none, adjacent: false)
        }
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
        func make(
            _ speaker: Span?,
            _ cue: Cue?,
            _ form: AttributionForm,
            adjacent: Bool = false,
            rule: String? = nil
        ) -> Attribution {
            attribution(of: quote, index: index, speaker: speaker, cue: cue, form: form, adjacent: adjacent, rule: rule)
        }

        // 1. A colon attribution just before it: `Ms Hewitt said: “...”`.
        if let cue = cues.last(endingBy: quote.span.start, from: before),
            document.trimmedString(cue.span.end, quote.span.start) == ":",
            let speaker = try phrases.speaker(before: cue, from: before)
        {
            return make(speaker, cue.cue, .introducing, adjacent: true)
        }
        // 2. Right after the closing mark: `“...,” Leavitt said.` / `“...,” said Leavitt.` / `“...,” as
        // Leavitt said.` — but not a verb that introduces the next quotation (`Hayes said: “...`).
        if let cue = cues.first(from: quote.span.end, before: min(after, quote.span.end + 161)),
            document.nextByte(after: cue.span.end, before: after) != 0x3A
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
                if !document.endsInIng(cue.span), let speaker = try phrases.speaker(after: cue.span, limit: after) {
                    return make(speaker, phrases.cue(cue, limit: after), .cueSpeaker, adjacent: true)
                }
            } else if let phrase = try phrases.phrase(before: cue, from: gapStart), phrase.start == gapStart {
                return make(phrase.speaker, phrases.cue(cue, limit: after), .speakerCue, adjacent: true)
            }
        }
        // A quotation that opens its sentence and ends in a comma, a question or an exclamation
        // mark is the object of the clause after it, whatever its verb: `“Tuesday,” she guessed.`,
        // `“Sit down,” Hale snapped.`
        let opensSentence = document.skip(from: sentence.start, to: quote.span.start, over: " (") == quote.span.start
        if opensSentence, endsAsObject(quote) {
            let reader = ClauseSubjectFinder(document: document)
            let limit = clauseEnd(after: quote, sentenceEnd: after, lastSentence: lastSentence)
            if let subject = reader.subject(at: quote.span.end, before: limit), phrases.isPlausibleSpeaker(subject) {
                return make(subject, nil, .speakerCue, adjacent: true, rule: "speaker-verb")
            }
            // `“...,” remembered Dana Whitlow.`: a verb before its speaker, right after a
            // quotation, is a verb of saying whatever it is.
            if let verb = reader.verb(after: quote.span.end, before: limit),
                let speaker = try phrases.speaker(after: verb, limit: limit)
            {
                return make(speaker, nil, .cueSpeaker, adjacent: true, rule: "verb-speaker")
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
            // `Reyes said the plan was sound, adding, “...”`: the participle introduces it, and
            // its speaker is the main clause's.
            if introduces, let speaker = try participleSpeaker(cue, sentence: sentence, phrases: &phrases) {
                return make(speaker, Cue(span: cue.span, lemma: cue.lemma, listener: listener), .introducing)
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
            // `“...” if she loses, said Jo Lee, an analyst.`: the verb opens its clause and the
            // speaker follows it.
            if from == cue.span.start, from > quote.span.end, document.bytes[from - 2] == 0x2C,
                let speaker = try phrases.speaker(after: cue.span, limit: sentenceEnd)
            {
                return make(speaker, phrases.cue(cue, limit: sentenceEnd), .cueSpeaker)
            }
        }
        // 6. The subject of the clause that holds it: `Okafor praised Brandt as “a leader who ...”`, `A
        // woman hollered “Sit down!”`. A phrase of a few words is the subject's only when the
        // clause speaks of speech (`Whitlow decried the “rigged tender”`); otherwise it is the
        // writer's term (`They joined the “coalition of the willing”`).
        if !opensSentence, !followsSoCalled(quote.span.start, after: sentence.start),
            let subject = phrases.clauseSubject(from: sentence.start, before: quote.span.start),
            !isShortPhrase(quote) && !isTitleCased(quote)
                || ClauseSubjectFinder(document: document).hasSpeechVerb(from: subject.end, to: quote.span.start)
        {
            return make(subject, nil, .speakerCue, rule: "clause-subject")
        }
        // 7. Only full quotations inherit a speaker from around them.
        // A fragment inside reported speech is its speaker's words: `Reyes said the plan was a
        // “reckless gamble” for the town`.
        if quote.kind == .fragment, !followsSoCalled(quote.span.start, after: sentence.start),
            let holder = earlier.holder, let speaker = holder.speaker
        {
            return make(speaker.mention, holder.cue, .speakerCue, rule: "reported-content")
        }
        guard quote.kind == .full else { return make(nil, nil, .none) }
        let quotes = document.quotes
        // A sentence that ends in a colon introduces the quotation after it, in the same
        // paragraph or the next: `Dr Castell wrote:` / `The transcript follows:`.
        if opensSentence, quote.sentence > 0, let (speaker, cue) = try colonIntroduction(of: quote, phrases: &phrases) {
            return make(speaker, cue, .precedingSentence)
        }
        // The quotation before may be a fragment with a speaker of its own (`a “cruel trade,”
        // she said.`), not one that inherited its speaker from the passage.
        if let last = earlier.previous, let speaker = last.speaker, let lastQuote = last.quote,
            last.quoteKind == .full || last.quoteKind == .fragment && last.form != .context,
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
        // `“...”` then a line `- Dana Whitlow.`: a paragraph that is only a quotation, signed
        // by a dash line after it.
        if document.startsParagraph(quote), let speaker = signature(after: quote) {
            return make(speaker, nil, .dash)
        }
        // A quotation in title case with no speaker of its own is a name or a title (`“Good
        // Morning America.”`), not the passage speaker's words.
        if isTitleCased(quote) {
            quote.kind = .fragment
            return make(nil, nil, .none)
        }
        // The speaker of the passage around it: the nearest earlier speaker within two paragraphs.
        if let last = earlier.nearest, let speaker = last.speaker,
            let lastParagraph = document.paragraphIndex(containing: speaker.mention.start),
            quote.paragraph - lastParagraph <= 2
        {
            return make(speaker.mention, last.cue, .context)
        }
        return make(nil, nil, .none)
    }

    /// The speaker of a sentence that ends in a colon just before a quotation: the speaker of
    /// its reporting verb, or else the subject of its clause.
    private func colonIntroduction(
        of quote: Quote,
        phrases: inout SpeakerPhraseFinder
    ) throws -> (speaker: Span, cue: Cue?)? {
        let previous = document.sentences[quote.sentence - 1]
        guard quote.paragraph - previous.paragraph <= 1,
            document.endsWithColon(before: previous.span.end, after: previous.span.start)
        else { return nil }
        let colon = document.trimEnd(previous.span.end, floor: previous.span.start)
        if let (speaker, cue) = try phrases.reportingSubject(of: quote.sentence - 1) {
            return (speaker, cue)
        }
        return phrases.clauseSubject(from: previous.span.start, before: colon).map { ($0, nil) }
    }

    /// The speaker that a line after a quotation's paragraph names with a dash (`- Dana
    /// Whitlow.`, `-Priya Nandakumar, Leeds.`): one to five capitalized words after the
    /// dash, up to a comma or the end of the line.
    private func signature(after quote: Quote) -> Span? {
        let paragraphs = document.paragraphs
        let bytes = document.bytes
        guard quote.paragraph + 1 < paragraphs.count,
            document.skip(from: quote.span.end, to: paragraphs[quote.paragraph].span.end, over: " .")
                == paragraphs[quote.paragraph].span.end
        else { return nil }
        let line = paragraphs[quote.paragraph + 1].span
        var start = line.start
        guard start < line.end, bytes[start] == 0x2D else { return nil }
        start = document.skip(from: start, to: line.end, over: "- ")
        var end = start
        var words = 0
        while end < line.end && bytes[end] != 0x2C && bytes[end] != 0x0A {
            let wordStart = end
            while end < line.end && bytes[end] != 0x20 && bytes[end] != 0x2C && bytes[end] != 0x0A { end += 1 }
            guard document.startsWithCase(Span(start: wordStart, end: end), upper: true) else { return nil }
            words += 1
            guard words <= 5 else { return nil }
            end = document.skip(from: end, to: line.end, over: " ")
        }
        let speaker = Span(start: start, end: document.trimEnd(end, floor: start))
        return speaker.length > 0 ? speaker : nil
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
        adjacent: Bool,
        rule: String? = nil
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
            provenance: Provenance(
                stage: stage,
                rule: speaker == nil ? AttributionForm.none.rawValue : rule ?? form.rawValue
            )
        )
    }
}

/// The attributions a quotation may take its speaker from: the one just before it, the
/// nearest earlier one with a speaker, and the reported speech whose content holds it.
///
/// Each is read only when the cascade gets that far, so that a quotation attributed by its own
/// verb copies neither.
private struct EarlierAttributions {
    /// The quotations' attributions so far, in order.
    let quoted: [Attribution]
    /// The reported speech of the document.
    let reported: [Attribution]
    /// The index in ``quoted`` of the last one with a speaker.
    let lastQuoted: Int?
    /// The index in ``reported`` of the last one with a speaker that ends before the quotation.
    let lastReported: Int?
    /// The index in ``reported`` of the last one with a speaker whose content holds the
    /// quotation.
    let holderIndex: Int?

    /// Gathers the attributions before a quotation, by index.
    init(quoted: [Attribution], reported: [Attribution], lastQuoted: Int?, lastReported: Int?, holder: Int?) {
        self.quoted = quoted
        self.reported = reported
        self.lastQuoted = lastQuoted
        self.lastReported = lastReported
        holderIndex = holder
    }

    /// The reported speech whose content holds the quotation.
    var holder: Attribution? { holderIndex.map { reported[$0] } }

    /// The attribution of the quotation before.
    var previous: Attribution? { quoted.last }

    /// The later of the last quoted and the last reported attribution with a speaker; the
    /// reported one when both start at the same offset.
    var nearest: Attribution? {
        switch (lastReported, lastQuoted) {
        case (let reportedIndex?, let quotedIndex?):
            let reported = reported[reportedIndex]
            let quoted = quoted[quotedIndex]
            return reported.content.start < quoted.content.start ? quoted : reported
        case (let reportedIndex?, nil): return reported[reportedIndex]
        case (nil, let quotedIndex?): return quoted[quotedIndex]
        case (nil, nil): return nil
        }
    }
}
