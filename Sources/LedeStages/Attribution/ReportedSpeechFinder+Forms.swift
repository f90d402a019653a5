internal import Lede
internal import PCRE2

/// The forms of reported speech whose speaker does not stand before the verb as its subject: a
/// passive report, a question whose asker is not named, and `according to`.
extension ReportedSpeechFinder {
    /// A passive report: `The merger was first reported by a blog`, `She is accused of
    /// fraud`, `He was declared the victor`.
    ///
    /// With an agent after `by`, the agent is the speaker and the subject is the content;
    /// without one there is no speaker, and the clause is the content (or the `that` clause,
    /// in `It was reported that ...`).
    func passiveReport(
        _ cue: CueWord,
        verb: Int,
        first: Int,
        floor: Int,
        tail: Tail,
        end: Int
    ) -> Attribution? {
        guard cue.verb.traits.contains(.passiveReport) else { return nil }
        let afterVerb = document.tokenIndex(at: cue.span.end)
        var index = skipTimeWords(from: afterVerb, end: end)
        let (subjectLast, _, _) = subjectEnd(before: verb, floor: floor)
        guard subjectLast >= floor, let subjectFirst = nounPhraseStart(endingAt: subjectLast, floor: floor),
            // `was not disclosed`: nothing was reported.
            !(subjectLast + 1..<verb).contains(where: { isWord($0, "not") || isWord($0, "never") })
        else {
            return nil
        }
        let clauseFirst = subjectFirst
        // `by Politico`: the agent.
        if index < end && isWord(index, "by") {
            index += 1
            var agentLast = index
            while agentLast + 1 < end && agentLast - index < 10 && isWordLike(agentLast + 1)
                && !isWord(agentLast + 1, ReportedSpeechWords.relativeSubjects)
                && !isWord(agentLast + 1, ReportedSpeechWords.adverbialOpeners)
            {
                agentLast += 1
            }
            guard index < end, isWordLike(index) else { return nil }
            let agent = span(index, agentLast)
            let content = span(clauseFirst, subjectLast)
            guard !isWord(clauseFirst, ReportedSpeechWords.relativeSubjects), content.length >= 4 else { return nil }
            return reported(content, agent, cue: cue, listener: nil, .speakerCue)
        }
        var content: Span
        if case .content(let start, true) = tail {
            let last = contentLast(from: start, end: end)
            guard last >= start else { return nil }
            content = span(start, last)
        } else {
            guard !isWord(clauseFirst, ReportedSpeechWords.relativeSubjects) else { return nil }
            let last = contentLast(from: afterVerb, end: end)
            guard last > clauseFirst else { return nil }
            content = span(clauseFirst, last)
        }
        return Attribution(
            quote: nil,
            content: content,
            speaker: nil,
            cue: Cue(span: cue.span, lemma: cue.lemma),
            form: .speakerCue,
            quoteKind: nil,
            provenance: Provenance(stage: stage, rule: "reported-passive")
        )
    }

    /// A question with no speaker, from the question word to the next comma or the end of the
    /// sentence.
    ///
    /// `Asked whether ...`, `When asked about ...`, `was asked if ...`: the asker is not named.
    func question(askedAt verb: Int, end: Int) -> Attribution? {
        var start = verb + 1
        if start < end, !isWord(start, ReportedSpeechWords.questionOpeners),
            let found = listener(at: start, end: end)
        {
            start = found.next
        }
        start = skipTimeWords(from: start, end: end)
        // `When asked on the radio about the strike`: past an adjunct to the question word.
        if start < end, !isWord(start, ReportedSpeechWords.questionOpeners),
            isWord(start, ReportedSpeechWords.adverbialOpeners)
        {
            var next = start + 1
            while next < end && next < start + 8 && isWordLike(next)
                && !isWord(next, ReportedSpeechWords.questionOpeners)
            {
                next += 1
            }
            if next < end && isWord(next, ReportedSpeechWords.questionOpeners) { start = next }
        }
        guard start < end, isWord(start, ReportedSpeechWords.questionOpeners) else { return nil }
        var last = start
        while last + 1 < end && !isComma(last + 1) && !isByte(last + 1, 0x3B) { last += 1 }
        last = contentLast(from: start, end: last + 1)
        guard last > start else { return nil }
        let verbSpan = document.tokens[verb].span
        return Attribution(
            quote: nil,
            content: span(start, last),
            speaker: nil,
            cue: Cue(span: verbSpan, lemma: "ask"),
            form: .speakerCue,
            quoteKind: nil,
            provenance: Provenance(stage: stage, rule: "reported-question")
        )
    }

    /// Whether `that` at `token` is a demonstrative before a time noun: `that night`, `that week`.
    private func isDemonstrativeThat(_ token: Int, _ end: Int) -> Bool {
        token + 1 < end && isWord(token, "that") && isWord(token + 1, ReportedSpeechWords.timeNouns)
    }

    /// The reported speech of a sentence with `according to`.
    ///
    /// The content follows the comma in `According to X, content.`, precedes the cue in
    /// `Content, according to X.`, and surrounds it in `Content, according to X, content.`
    /// The source runs to the next comma or the end of the sentence.
    func accordingTo(in sentence: Span, first: Int, end: Int) throws -> Attribution? {
        guard let match = try AttributionPatterns.accordingTo.firstMatch(in: document.text, range: sentence.range)
        else { return nil }
        let cueSpan = Span(match.range)
        guard !document.quoteOverlaps(cueSpan) else { return nil }
        let cueToken = document.tokenIndex(at: cueSpan.start)
        let sourceStart = document.tokenIndex(at: cueSpan.end)
        guard sourceStart < end, isWordLike(sourceStart) else { return nil }
        var sourceLast = sourceStart
        while sourceLast + 1 < end && sourceLast - sourceStart < 16 && !isBreak(sourceLast + 1)
            && !isDash(sourceLast + 1)
            && (!isWord(sourceLast + 1, ReportedSpeechWords.relativeSubjects)
                || isDemonstrativeThat(sourceLast + 1, end))
        {
            sourceLast += 1
        }
        sourceLast = contentLast(from: sourceStart, end: sourceLast + 1)
        let speaker = span(sourceStart, sourceLast)
        var before = first
        while before < cueToken && (isWord(before, ReportedSpeechWords.leadingConjunctions) || isComma(before)) {
            before += 1
        }
        var afterSource = sourceLast + 1
        // `According to cables that were later released, content.`: a relative clause on the
        // source runs to its comma.
        if afterSource < end, isWord(afterSource, ReportedSpeechWords.relativeSubjects) {
            var comma = afterSource + 1
            while comma < end && comma - afterSource < 25 && !isBreak(comma) { comma += 1 }
            if comma < end, isComma(comma) { afterSource = comma }
        }
        var content: Span?
        if before == cueToken || (cueToken > first && isByte(cueToken - 1, 0x3A)) {
            // `According to X, content.`
            if afterSource < end, isComma(afterSource), afterSource + 1 < end {
                let last = contentLast(from: afterSource + 1, end: end)
                if last > afterSource + 1 { content = span(afterSource + 1, last) }
            }
        } else {
            var last = cueToken - 1
            while last > first && !isWordLike(last) && !isQuoteMark(last) && !isByte(last, 0x29) { last -= 1 }
            // `Sales, according to the firm, have doubled`: one word before the cue is the
            // subject when a finite verb follows the source's comma.
            let isLoneSubject =
                last == first && isWordLike(first) && !isWord(first, ReportedSpeechWords.adverbialOpeners)
                && !isAdverbShape(first) && afterSource + 1 < end && isComma(afterSource)
                && isFiniteVerb(afterSource + 1)
            if last > first || isLoneSubject {
                content = span(first, last)
                // `Content, according to X, content.`
                if afterSource + 1 < end, isComma(afterSource), isWordLike(afterSource + 1),
                    !isParticipleCue(afterSource + 1), !isWord(afterSource + 1, ReportedSpeechWords.endOfPart)
                {
                    let resumeLast = contentLast(from: afterSource + 1, end: end)
                    // `went because, according to X, the media ...`: a conjunction before the
                    // comma opens the clause that X reports, which is the part after the cue.
                    let opensClause =
                        last == cueToken - 2 && isComma(cueToken - 1)
                        && (isWord(last, ReportedSpeechWords.embeddedClauseOpeners)
                            || isWord(last, ReportedSpeechWords.coordinators))
                    if resumeLast > afterSource + 1 {
                        content = opensClause ? span(afterSource + 1, resumeLast) : span(first, resumeLast)
                    }
                }
            }
        }
        guard let content, content.length >= 8 else { return nil }
        return Attribution(
            quote: nil,
            content: content,
            speaker: Speaker(mention: speaker, name: document.string(speaker), kind: .person),
            cue: Cue(span: cueSpan, lemma: "according to"),
            form: .accordingTo,
            quoteKind: nil,
            provenance: Provenance(stage: stage, rule: "reported-according-to")
        )
    }
}
