internal import Lede

/// Reading one reporting verb of a sentence: whether it is a verb here at all, then the forms
/// of a verb with no subject of its own, then those of a finite verb, whose speaker is its
/// subject or the phrase after it.
extension ReportedSpeechFinder {
    /// A reporting verb in its sentence, with the tokens that its forms read from.
    struct VerbSite {
        /// The verb.
        let cue: CueWord
        /// The sentence that holds it.
        let sentence: Span
        /// The sentence's first token.
        let first: Int
        /// The token after the sentence's last.
        let end: Int
        /// The verb's first token.
        let verb: Int
        /// The first token after the verb.
        let afterVerb: Int
        /// The first token its subject may start at: the subject is never inside a quotation
        /// before the verb, though it may hold a few quoted words.
        let floor: Int

        /// What the verb reports and how.
        var traits: CueScanner.Verb.Traits { cue.verb.traits }
    }

    /// The reported speech of one reporting verb, if its sentence reports any.
    ///
    /// `clauseSpeaker` is the speaker of the last reporting verb before it in the sentence: a
    /// participle after a comma takes it (`"...," Ortiz said, noting that ...`).
    func reportedSpeech(
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
        // The subject is never inside a quotation before the verb, unless the quotation is a
        // few words set among others: `Kerr, who calls the mayor a “liar,” said`.
        let floor = subjectFloor(before: verb, cueStart: cue.span.start, sentence: sentence, first: first)
        let site = VerbSite(
            cue: cue,
            sentence: sentence,
            first: first,
            end: end,
            verb: verb,
            afterVerb: afterVerb,
            floor: floor
        )
        if isNounUse(site) { return nil }
        if case .read(let attribution) = nonFiniteReading(site, clauseSpeaker: clauseSpeaker) { return attribution }
        return try finiteReading(site, clauseSpeaker: &clauseSpeaker, phrases: &phrases)
    }

    /// Whether a reporting verb is a noun here: after a possessive (`his claim that ...`), or
    /// one of the forms that are nouns at the start of a sentence, after a possessive and a
    /// word, or before another reporting verb (`Reports say ...`, `Press reports said`).
    private func isNounUse(_ site: VerbSite) -> Bool {
        // `his claim that ...`, `their reports`: after a possessive, the word is a noun.
        if site.verb > site.first, isLowercase(site.verb),
            isWord(site.verb - 1, ReportedSpeechWords.possessiveDeterminers)
        {
            return true
        }
        // `Reports say ...`, `its audit reports`, `Press reports said`: these forms are nouns at
        // the start of a sentence, after a possessive and a word, and before another reporting
        // verb (the cue scanner drops `press reports`).
        // `dismissed claims the plan ...`, `denied reports that ...`, `unfounded claims`: after a
        // past form or an adjective in `-ed`, these forms are nouns (but `an aide who resigned
        // claims ...`).
        if isWord(site.verb, ReportedSpeechWords.nounsAfterPastForms),
            site.verb - 1 >= site.first, isLowercase(site.verb - 1),
            isEdForm(site.verb - 1)
                || isWord(site.verb - 1, ClauseWords.irregularPast),
            !(site.verb - 2 >= site.first && isWord(site.verb - 2, ReportedSpeechWords.relativeSubjects))
        {
            return true
        }
        if isWord(site.verb, ReportedSpeechWords.nounLikeCues),
            site.verb == site.first
                || (site.verb - 2 >= site.first && isWord(site.verb - 2, ReportedSpeechWords.possessiveDeterminers))
                || (site.afterVerb < site.end && isCue(site.afterVerb))
        {
            return true
        }
        return false
    }

    /// The reported speech of a finite reporting verb: its subject's, with the content after
    /// the verb, before its subject, or around the verb (`The economy, she argued, is weak.`);
    /// a passive report; or the speaker right after the verb (`..., said Maria Ortiz.`).
    ///
    /// `clauseSpeaker` becomes this verb's speaker when it is the main clause's, for a
    /// participle after it.
    private func finiteReading(
        _ site: VerbSite,
        clauseSpeaker: inout Span?,
        phrases: inout SpeakerPhraseFinder
    ) throws -> Attribution? {
        let traits = site.traits
        // `pledged delegates`: a participle before its noun.
        if site.afterVerb < site.end, isEdForm(site.verb),
            isWord(site.afterVerb, ReportedSpeechWords.nounsAfterParticiples)
        {
            return nil
        }
        var start = site.afterVerb
        var listener: Span?
        if !traits.isDisjoint(with: [.tell, .ask, .warn]), let found = self.listener(at: start, end: site.end) {
            listener = found.listener
            start = found.next
        }
        var tail = self.tail(from: start, end: site.end, traits: traits)
        // `went on to lose`, `went on a tour`: `go on` reports only what precedes it.
        if traits.contains(.goOn), case .content = tail { tail = .nothing }
        let subjectVerb = self.subjectVerb(of: site)
        // Appositions are read before a verb whose content follows it, or that a comma
        // precedes (`..., Ada Moss, chair of the board, said.`); in `..., the BBC reported.`
        // the phrases before the subject are the content.
        var contentFollows = false
        if case .content = tail { contentFollows = true }
        let (subject, passive) = self.subject(
            ofVerbAt: subjectVerb,
            floor: site.floor,
            sentenceFirst: site.first,
            appositions: contentFollows
        )
        if passive {
            if traits.contains(.ask) { return question(askedAt: site.verb, end: site.end) }
            return passiveReport(
                site.cue,
                verb: subjectVerb,
                first: site.first,
                floor: site.floor,
                tail: tail,
                end: site.end
            )
        }
        if let subject {
            // `Did the firm say it would cut jobs?`: a question asks whether it was said.
            if isInvertedQuestion(subject, site) { return nil }
            // A subject after a subordinator (`after the auditors said`) is not the main clause's.
            let isMain =
                subject.first == site.first || !isWord(subject.first - 1, ReportedSpeechWords.embeddedClauseOpeners)
                || isWord(subject.first - 1, ReportedSpeechWords.relativeSubjects)
            clauseSpeaker = isMain ? subject.speaker : nil
            return subjectReading(subject, tail: tail, listener: listener, site)
        }
        return try speakerAfterVerb(site, clauseSpeaker: &clauseSpeaker, phrases: &phrases)
    }

    /// Whether the sentence is a question that opens with an auxiliary before the subject.
    ///
    /// `Did the firm say ...?`, `Has Kerr said ...?`: the sentence ends in a question mark.
    /// `Will` and `May` may be names (`Will Moss said ...`), so a determiner or a pronoun must
    /// follow them.
    private func isInvertedQuestion(_ subject: Subject, _ site: VerbSite) -> Bool {
        let first = site.first
        guard subject.first <= first + 1, site.end - 1 > first, isByte(site.end - 1, 0x3F),  // ?
            isCapitalized(first), isWord(first, ReportedSpeechWords.clauseVerbs)
        else { return false }
        guard isWord(first, ReportedSpeechWords.namelikeAuxiliaries) else { return true }
        return isWord(first + 1, AttributionLexicon.determiners)
            || isWord(first + 1, ReportedSpeechWords.subjectPronouns)
    }

    /// The verb whose subject is a reporting verb's: the first verb of `declined to say` and
    /// `went on to argue`, the copula of `Voters were more likely to say`, or else the verb.
    private func subjectVerb(of site: VerbSite) -> Int {
        let verb = site.verb
        let floor = site.floor
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
        return subjectVerb
    }

    /// The reported speech of a verb whose subject is before it: the content before the
    /// subject, around the verb, in a relative clause that the subject opens (`a law which
    /// critics said will raise rents`), or after the verb, up to the comma that ends a
    /// subordinate clause.
    private func subjectReading(_ subject: Subject, tail: Tail, listener: Span?, _ site: VerbSite) -> Attribution? {
        switch tail {
        case .end:
            // `..., as the analyst noted.`: the content is before the comma.
            let subjectFirst =
                subject.first > site.first + 1 && isWord(subject.first - 1, "as") ? subject.first - 1 : subject.first
            guard let content = contentBefore(subjectFirst, first: site.first, resume: nil, end: site.end) else {
                return nil
            }
            return reported(content, by: subject, listener: listener, site)
        case .parenthetical(let resume):
            guard let content = contentBefore(subject.first, first: site.first, resume: resume, end: site.end) else {
                return nil
            }
            return reported(content, by: subject, listener: listener, site)
        case .content(let contentStart, _) where isGap(contentStart, subject: subject, first: site.first):
            // `a law which critics said will raise rents`: the relative clause is the content.
            let last = contentLast(from: contentStart, end: site.end)
            return reported(span(subject.first - 1, last), by: subject, listener: listener, site)
        case .content(let contentStart, let hasThat):
            // `Although she said it was a mistake, she ...`, `Days after the mayor said ..., the
            // council ...`: a subordinate clause ends at its comma, as does a relative clause in
            // an opening adverbial (`Among voters who said ..., most ...`).
            var contentEnd = site.end
            if let clause = commaSegmentStart(endingAt: subject.first, floor: site.first),
                isWord(clause, ReportedSpeechWords.concessives)
                    || (clause == site.first && clause < subject.first
                        && isWord(clause, ReportedSpeechWords.adverbialOpeners)
                        && !isWord(clause, ReportedSpeechWords.demonstratives)
                        && isWord(site.verb - 1, ReportedSpeechWords.relativeSubjects))
                    || (clause + 1 < subject.first && isWord(clause, ReportedSpeechWords.leadingConjunctions)
                        && isWord(clause + 1, ReportedSpeechWords.concessives))
                    || (clause + 1 == subject.first - 1
                        && isWord(subject.first - 1, ReportedSpeechWords.concessives))
            {
                contentEnd = contentStart
                while contentEnd < site.end && !isComma(contentEnd) { contentEnd += 1 }
                // `After he said it was “a mistake,” she ...`: the quotation closes after its comma.
                if contentEnd + 1 < site.end, isQuoteMark(contentEnd + 1),
                    document.tokens[contentEnd + 1].span.start == document.tokens[contentEnd].span.end
                {
                    contentEnd += 2
                }
            } else if let end = nonRestrictiveRelativeEnd(subject, contentStart: contentStart, site) {
                contentEnd = end
            } else if subject.first - 1 > site.first, isDash(subject.first - 1) {
                // `The ferry runs late - a captain said the crew was short - and fares rose`: a
                // clause that a dash opens ends at the dash that closes it.
                var dash = contentStart
                while dash < site.end && !isDash(dash) { dash += 1 }
                contentEnd = dash
            }
            guard let content = content(from: contentStart, end: contentEnd, traits: site.traits, hasThat: hasThat)
            else {
                return nil
            }
            return reported(content, by: subject, listener: listener, site)
        case .nothing:
            return nil
        }
    }

    /// Where the content of a relative clause set off by commas ends: at its first comma when a
    /// finite verb of the main clause follows it (`Kerr, who said the vote was close, left
    /// early`), or `nil` to read the content as any other.
    ///
    /// Only the first comma is read, and only an auxiliary, a copula, an irregular past form or a
    /// reporting verb counts as finite there: a comma that opens an apposition or a participle
    /// inside the content (`who said the plan, backed by Moss, was sound`) is not its end.
    private func nonRestrictiveRelativeEnd(_ subject: Subject, contentStart: Int, _ site: VerbSite) -> Int? {
        guard let relative = subject.relative else { return nil }
        let pronoun = document.tokenIndex(at: relative.start, in: site.first..<site.end)
        guard pronoun > site.first, isComma(pronoun - 1) else { return nil }
        var comma = contentStart
        while comma < site.end && !isComma(comma) { comma += 1 }
        guard comma + 1 < site.end, comma > contentStart, isLowercase(comma + 1),
            isClauseVerb(comma + 1) || isWord(comma + 1, ClauseWords.irregularPast) || isCue(comma + 1)
        else { return nil }
        return comma
    }

    /// The reported speech of a verb whose subject is before it: the subject's speaker, or the
    /// relative pronoun that stands for it (`who` in `an aide, who said`).
    private func reported(_ content: Span, by subject: Subject, listener: Span?, _ site: VerbSite) -> Attribution {
        reported(content, subject.speaker, cue: site.cue, listener: listener, .speakerCue, relative: subject.relative)
    }

    /// The reported speech of a verb after a comma or a quotation whose speaker follows it.
    ///
    /// The speaker ends the sentence or its part: `..., said Maria Ortiz, a spokeswoman for the
    /// utility.` It becomes `clauseSpeaker`, for a participle after it.
    private func speakerAfterVerb(
        _ site: VerbSite,
        clauseSpeaker: inout Span?,
        phrases: inout SpeakerPhraseFinder
    ) throws -> Attribution? {
        guard site.verb > site.first, isComma(site.verb - 1) || isQuoteMark(site.verb - 1), !isParticiple(site.verb),
            let speaker = try phrases.speaker(after: site.cue.span, limit: site.sentence.end)
        else { return nil }
        // The speaker ends the sentence or its part (`..., said Maria Ortiz, a spokeswoman for the
        // utility.`), or a relative clause on it does (`..., said an official who asked not to
        // be named.`).
        let afterSpeaker = document.tokenIndex(at: speaker.end)
        let isPronoun = document.isWord(speaker.range, in: ReportedSpeechWords.subjectPronouns, lowercased: true)
        guard
            isAtEnd(afterSpeaker, site.end)
                || (!isPronoun
                    && (isComma(afterSpeaker) || isWord(afterSpeaker, ReportedSpeechWords.personRelatives)))
        else { return nil }
        // A clause is no speaker: `said the board should act`.
        let speakerFirst = document.tokenIndex(at: speaker.start)
        guard afterSpeaker - speakerFirst <= 10,
            !(speakerFirst..<afterSpeaker).contains(where: { isClauseVerb($0) || isCue($0) })
        else { return nil }
        clauseSpeaker = speaker
        // `The gap, said Moss, would be clear`: a finite verb after the speaker's comma goes on
        // with the clause that the verb interrupts, as `The gap, Moss said, would be clear` does.
        let resume =
            afterSpeaker + 1 < site.end && isComma(afterSpeaker) && isClauseVerb(afterSpeaker + 1)
            ? afterSpeaker + 1 : nil
        guard let content = contentBefore(site.verb, first: site.first, resume: resume, end: site.end) else {
            return nil
        }
        return reported(content, speaker, cue: site.cue, listener: nil, .cueSpeaker)
    }

    /// Whether the verb's subject follows a relative word and the content opens with the
    /// relative clause's verb: `which critics said will raise rents`, `that many economists
    /// say is the future`.
    private func isGap(_ contentStart: Int, subject: Subject, first: Int) -> Bool {
        subject.first > first && isWord(subject.first - 1, ReportedSpeechWords.gapRelatives)
            && contentStart < document.tokens.count
            && (isClauseVerb(contentStart) || (isLowercase(contentStart) && isVerbForm(contentStart)))
    }
}
