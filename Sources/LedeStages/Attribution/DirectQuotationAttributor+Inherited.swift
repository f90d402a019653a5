internal import Lede

/// The forms that give a quotation the speaker of the text around it: the reported speech that
/// holds a fragment; and for a full quotation with no attribution of its own, a sentence that
/// ends in a colon, the quotation before it, the sentence before or after it, a dash line after
/// its paragraph, and the nearest earlier speaker.
///
/// A speaker is passed on as the mention it was found through (`Speaker.foundMention`, the
/// antecedent of `who` in `an aide, who said`), which the speaker stage resolves.
extension DirectQuotationAttributor {
    /// The attribution of a fragment inside reported speech with a speaker: that speaker's, by
    /// that speech's cue (`Reyes said the plan was a “reckless gamble” for the town`).
    ///
    /// The quoted words are the reporting speaker's, whatever clause comes after them (`The
    /// mayor said the plan was “a gamble,” the council reported.` quotes the mayor), so this
    /// form comes first; when reported speech holds reported speech, the innermost speaks
    /// (``EarlierAttributions/holder``). Not a phrase after `so-called`, which is the writer's
    /// name for a thing.
    func reportedContentAttribution(at site: Site, earlier: EarlierAttributions) -> Attribution? {
        guard site.quote.kind == .fragment, !followsSoCalled(site.quote.span.start, after: site.sentence.start),
            let holder = earlier.holder, let speaker = holder.speaker
        else { return nil }
        // `“disappointing”, according to the Treasury`: the form of the speech that holds it.
        return attribution(
            at: site,
            speaker.foundMention ?? speaker.mention,
            holder.cue,
            holder.form == .accordingTo ? .accordingTo : .speakerCue,
            rule: "reported-content"
        )
    }

    /// The speaker that a full quotation with no attribution of its own takes from around it,
    /// or an attribution with no speaker.
    ///
    /// Only full quotations inherit a speaker here (a fragment inside reported speech has
    /// taken that speech's first, ``reportedContentAttribution(at:earlier:)``). A quotation in
    /// title case that gets this far is a name or a title, not speech.
    ///
    /// - Throws: `PCRE2Error` if a pattern hits its match or depth limit.
    func inheritedAttribution(
        at site: Site,
        earlier: EarlierAttributions,
        phrases: inout SpeakerPhraseFinder
    ) throws -> Attribution {
        let quote = site.quote
        let sentences = document.sentences
        guard quote.kind == .full else { return attribution(at: site, nil, nil, .none) }
        let quotes = document.quotes
        // A sentence that ends in a colon introduces the quotation after it, in the same
        // paragraph or the next: `Dr Castell wrote:` / `The transcript follows:`.
        if site.opensSentence, quote.sentence > 0,
            let (speaker, cue) = try colonIntroduction(of: quote, phrases: &phrases)
        {
            return attribution(at: site, speaker, cue, .precedingSentence)
        }
        // The quotation before may be a fragment with a speaker of its own (`a “cruel trade,”
        // she said.`), not one that inherited its speaker from the passage.
        if let last = earlier.previous, let speaker = last.speaker, let lastQuote = last.quote,
            last.quoteKind == .full || last.quoteKind == .fragment && last.form != .context,
            quotes[lastQuote].paragraph == quote.paragraph
                || (site.opensSentence && document.startsParagraph(quote)
                    && quotes[lastQuote].paragraph == quote.paragraph - 1),
            cues.first(from: max(last.cue?.span.end ?? 0, quotes[lastQuote].span.end) + 1, before: quote.span.start)
                .map({ $0.span.end <= quote.span.start }) != true
        {
            return attribution(at: site, speaker.foundMention ?? speaker.mention, last.cue, .continuation)
        }
        if site.opensSentence, quote.sentence > 0, sentences[quote.sentence - 1].paragraph == quote.paragraph,
            let (speaker, cue) = try phrases.reportingSubject(of: quote.sentence - 1)
        {
            return attribution(at: site, speaker, cue, .precedingSentence)
        }
        if site.lastSentence + 1 < sentences.count, sentences[site.lastSentence + 1].paragraph == quote.paragraph,
            quote.span.end >= site.sentenceEnd - 2
        {
            let next = sentences[site.lastSentence + 1].span
            if !document.quoteStarts(in: next),
                let cue = cues.first(from: next.start, before: min(next.end, next.start + 60)),
                let speaker = try phrases.speaker(before: cue, from: next.start), speaker.start == next.start
            {
                return attribution(at: site, speaker, phrases.cue(cue, limit: next.end), .followingSentence)
            }
        }
        // `“...”` then a line `- Dana Whitlow.`: a paragraph that is only a quotation, signed
        // by a dash line after it.
        if document.startsParagraph(quote), let speaker = signature(after: quote) {
            return attribution(at: site, speaker, nil, .dash)
        }
        // A quotation in title case with no speaker of its own is a name or a title (`“Good
        // Morning America.”`), not the passage speaker's words.
        if isTitleCased(quote) {
            var fragment = site
            fragment.quote.kind = .fragment
            return attribution(at: fragment, nil, nil, .none)
        }
        // The speaker of the passage around it: the nearest earlier speaker within two paragraphs.
        if let last = earlier.nearest, let speaker = last.speaker,
            let lastParagraph = document.paragraphIndex(containing: speaker.mention.start),
            quote.paragraph - lastParagraph <= 2
        {
            return attribution(at: site, speaker.foundMention ?? speaker.mention, last.cue, .context)
        }
        return attribution(at: site, nil, nil, .none)
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
}
