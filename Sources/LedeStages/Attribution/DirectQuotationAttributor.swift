internal import Lede
internal import PCRE2

/// Attributes each quotation in running text: tries the forms of attribution in order and
/// stops at the first that fits.
///
/// Titles of shows and works are terms first. A fragment inside reported speech with a speaker
/// is that speaker's words. The forms, in order: a colon introduction just before the
/// quotation; a verb and speaker right after its closing mark; the clause right after a
/// quotation that opens its sentence (`“Tuesday,” she guessed.`); a reporting clause that
/// introduces it; `according to`; a dash; a reporting clause elsewhere in the sentence;
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
    ///
    /// A title of a work is a term, and a fragment inside reported speech is its speaker's.
    /// Otherwise the cascade looks for a speaker next to the quotation's marks, then in a clause
    /// that introduces it, then elsewhere in its sentence, and last in the text around it.
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
        let site = Site(quote, index: index, in: document)
        if let attribution = reportedContentAttribution(at: site, earlier: earlier) { return attribution }
        if let attribution = try adjacentAttribution(at: site, phrases: &phrases) { return attribution }
        if let attribution = try introducingAttribution(at: site, phrases: &phrases) { return attribution }
        if let attribution = try attributionInSentence(at: site, phrases: &phrases) { return attribution }
        return try inheritedAttribution(at: site, earlier: earlier, phrases: &phrases)
    }

    /// A quotation of body text and the stretch of text where its attribution is sought.
    struct Site {
        /// The quotation, with its kind as the cascade has decided it so far.
        var quote: Quote
        /// The quotation's index in the document's quotations.
        let index: Int
        /// The sentence that the quotation starts in.
        let sentence: Span
        /// The index of the sentence that the quotation ends in: a quotation of several
        /// sentences is attributed after its last one.
        let lastSentence: Int
        /// Where the search before the quotation starts: the end of the quotation before it in
        /// the same sentence, or the start of the sentence.
        let before: Int
        /// Where the search after the quotation stops: the start of the quotation after it in
        /// its last sentence, or the end of that sentence.
        let after: Int
        /// The end of the quotation's last sentence, or of the quotation if it runs past it.
        let sentenceEnd: Int
        /// Whether the quotation opens its sentence, after spaces and an opening parenthesis.
        let opensSentence: Bool

        /// Finds the sentence of a quotation and the neighbouring quotations that bound the search.
        init(_ quote: Quote, index: Int, in document: AttributionDocument) {
            self.quote = quote
            self.index = index
            let sentences = document.sentences
            let sentence =
                sentences.isEmpty ? Span(start: 0, end: document.bytes.count) : sentences[quote.sentence].span
            self.sentence = sentence
            lastSentence = document.sentenceIndex(containing: max(quote.span.start, quote.span.end - 1))
            let endSentence = sentences.isEmpty ? sentence : sentences[lastSentence].span
            // Neighbouring quotations in the same sentence bound the search.
            before = document.quoteEnd(atOrBefore: quote.span.start, after: sentence.start) ?? sentence.start
            after = document.quoteStart(atOrAfter: quote.span.end, before: endSentence.end) ?? endSentence.end
            sentenceEnd = max(endSentence.end, quote.span.end)
            opensSentence = document.skip(from: sentence.start, to: quote.span.start, over: " (") == quote.span.start
        }
    }

    /// The attribution of the quotation at a site to a speaker (or to none), with the quotation's
    /// kind as the cascade has decided it.
    func attribution(
        at site: Site,
        _ speaker: Span?,
        _ cue: Cue?,
        _ form: AttributionForm,
        adjacent: Bool = false,
        rule: String? = nil
    ) -> Attribution {
        attribution(
            of: site.quote,
            index: site.index,
            speaker: speaker,
            cue: cue,
            form: form,
            adjacent: adjacent,
            rule: rule
        )
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
struct EarlierAttributions {
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
