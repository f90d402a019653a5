internal import Lede
internal import PCRE2

/// Finds reported speech: a body sentence with a reporting verb and its speaker, whose
/// reported clause becomes the attribution's content (and `Attribution.quote` is `nil`).
///
/// Three shapes: `X said (on Tuesday) that ...` and `X told Reuters ...`, where the content
/// follows; `..., X said.`, where it comes first; and `According to X, ...` or `..., according
/// to X.` Words about the saying are not content: `Leavitt said so on Tuesday` reports nothing.
struct ReportedSpeechFinder {
    let document: AttributionDocument
    let cues: ReportingCues
    /// The stage name, for provenance.
    let stage: String

    /// Finds the reported speech of every body sentence.
    ///
    /// - Parameter phrases: The speaker-phrase finder.
    /// - Returns: The attributions, in text order.
    /// - Throws: `PCRE2Error` if a pattern hits its match or depth limit.
    /// - Complexity: O(*n*) in the length of the text.
    func find(phrases: inout SpeakerPhraseFinder) throws -> [Attribution] {
        var results: [Attribution] = []
        let cueWords = cues.words
        let isBody = document.isBody
        var cursor = 0
        for (index, sentence) in document.sentences.enumerated() where isBody[index] {
            let span = sentence.span
            while cursor < cueWords.count && cueWords[cursor].span.start < span.start { cursor += 1 }
            var last = cursor
            while last < cueWords.count && cueWords[last].span.end <= span.end { last += 1 }
            guard let cue = cueWords[cursor..<last].first(where: { $0.reportsSpeech }) else {
                if let (speaker, cue) = try phrases.accordingTo(in: span),
                    let content = content(in: span, around: cue.span)
                {
                    results.append(reported(content, speaker, cue, .accordingTo))
                }
                continue
            }
            if let attribution = try contentFirst(in: span, cue: cue, phrases: &phrases)
                ?? contentAfter(in: span, cue: cue, phrases: &phrases)
            {
                results.append(attribution)
            }
        }
        return results
    }

    /// The reported speech of a sentence that ends with its verb and speaker.
    ///
    /// In `..., X said.` the content comes first. Only a short tail may follow the verb
    /// (`told Reuters.`), not a clause (`that ...`).
    private func contentFirst(
        in span: Span,
        cue: CueWord,
        phrases: inout SpeakerPhraseFinder
    ) throws -> Attribution? {
        let from = document.lastClauseStart(before: cue.span.start, notBefore: span.start)
        guard from > span.start, span.end - cue.span.end <= 42,
            document.find(" that ", from: cue.span.end, to: span.end) == nil,
            let speaker = try phrases.speaker(before: cue, from: from), speaker.start == from
        else { return nil }
        var listener: Span?
        if cue.isTell,
            let match = try AttributionPatterns.told.firstMatch(in: document.text, range: cue.span.end..<span.end)
        {
            listener = match["listener"].map(Span.init)
        }
        let contentEnd = document.trimEnd(from - 1, floor: span.start)
        guard contentEnd > span.start else { return nil }
        return reported(
            Span(start: span.start, end: contentEnd),
            speaker,
            Cue(span: cue.span, lemma: cue.lemma, listener: listener),
            listener != nil ? .told : .speakerCue
        )
    }

    /// The reported speech of a sentence whose content follows its verb.
    ///
    /// In `X said (on Tuesday) that ...` the speaker opens the sentence or the clause after a
    /// comma (`Although ..., Special Envoy Steve Witkoff signaled that`).
    private func contentAfter(
        in span: Span,
        cue: CueWord,
        phrases: inout SpeakerPhraseFinder
    ) throws -> Attribution? {
        let sentenceStart = document.quoteEnd(atOrBefore: cue.span.start, after: span.start) ?? span.start
        let clauseStart = document.lastClauseStart(before: cue.span.start, notBefore: sentenceStart)
        guard let phrase = try phrases.phrase(before: cue, from: clauseStart),
            phrase.start == document.skip(from: clauseStart, to: cue.span.start, over: " ,")
        else { return nil }
        var contentStart = cue.span.end
        var listener: Span?
        if cue.isTell,
            let match = try AttributionPatterns.told.firstMatch(in: document.text, range: cue.span.end..<span.end),
            let range = match["listener"]
        {
            listener = Span(range)
            contentStart = range.upperBound
        }
        var hasThat = false
        if let that = document.find(" that ", from: contentStart, to: min(span.end, contentStart + 40)) {
            contentStart = that + 6
            hasThat = true
        }
        contentStart = document.skip(from: contentStart, to: span.end, over: " ,:")
        let contentEnd = document.trimEnd(span.end, floor: contentStart)
        // `said so on Tuesday`, `said nothing`: words about the saying, not what was said.
        guard contentEnd - contentStart >= 12, hasThat || !startsWithNonContent(contentStart, before: contentEnd)
        else { return nil }
        return reported(
            Span(start: contentStart, end: contentEnd),
            phrase.speaker,
            Cue(span: cue.span, lemma: cue.lemma, listener: listener),
            listener != nil ? .told : .speakerCue
        )
    }

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

    /// The content of a sentence with `according to`.
    ///
    /// It follows the comma in `According to X, content.`, and precedes the cue in `Content,
    /// according to X.`
    private func content(in sentence: Span, around cue: Span) -> Span? {
        if cue.start <= sentence.start + 2 {
            guard let comma = document.find(",", from: cue.end, to: sentence.end) else { return nil }
            let start = document.skip(from: comma + 1, to: sentence.end, over: " ")
            let end = document.trimEnd(sentence.end, floor: start)
            return end - start >= 12 ? Span(start: start, end: end) : nil
        }
        let end = document.trimEnd(cue.start, floor: sentence.start)
        return end - sentence.start >= 12 ? Span(start: sentence.start, end: end) : nil
    }

    private func reported(_ content: Span, _ speaker: Span, _ cue: Cue, _ form: AttributionForm) -> Attribution {
        Attribution(
            quote: nil,
            content: content,
            speaker: Speaker(mention: speaker, name: document.string(speaker), kind: .person),
            cue: cue,
            form: form,
            quoteKind: nil,
            provenance: Provenance(stage: stage, rule: Self.rule(form))
        )
    }

    /// `"reported-" + form.rawValue`, without building the string for the usual forms.
    private static func rule(_ form: AttributionForm) -> String {
        switch form {
        case .speakerCue: "reported-speaker-cue"
        case .told: "reported-told"
        case .accordingTo: "reported-according-to"
        default: "reported-" + form.rawValue
        }
    }
}
