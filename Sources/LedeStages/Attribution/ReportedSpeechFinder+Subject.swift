internal import Lede

/// Reading the words before a reporting verb, token by token: its subject, with its
/// appositions. The auxiliaries and adjuncts between the subject and the verb are read in
/// `ReportedSpeechFinder+SubjectEnd.swift`; where the verb's clause starts, and the subject a
/// clause opens with, in `ReportedSpeechFinder+Clause.swift`.
extension ReportedSpeechFinder {
    /// The subject of a reporting verb.
    struct Subject {
        /// The speaker's phrase: the head noun phrase, without an apposition after it.
        var speaker: Span
        /// The first token of the whole subject, appositions included.
        var first: Int
        /// The relative pronoun that is the verb's subject as written, when the speaker is
        /// its antecedent: `who` in `an aide, who said`.
        var relative: Span? = nil
    }

    /// The first word of the name before a reporting word used as a noun, after the verb of the
    /// writer's clause.
    ///
    /// `Tory` in `derided Tory promises to ...`, `Labour` in `hit back at Labour claims he ...`
    /// (a preposition, maybe after a particle, may follow the verb): the name says it, and the
    /// words before it are the writer's clause, not the speaker's. In `The group at Acme
    /// claims`, with a noun before the preposition, `claims` is the group's verb.
    private func nameBeforeNounCue(_ cue: Int, first: Int, last: Int) -> Int? {
        guard last == cue - 1, isWord(cue, ReportedSpeechWords.cuesUsedAsNouns), isCapitalized(last) else { return nil }
        var start = last
        while start - 1 > first && last - start < 3 && isCapitalized(start - 1) { start -= 1 }
        var verb = start - 1
        // `at`, `to`, `back at`: a preposition after the verb, or after its particle.
        if verb > first, isLowercase(verb), isWord(verb, ReportedSpeechWords.prepositions) {
            verb -= 1
            if verb > first, isWord(verb, ReportedSpeechWords.verbParticles) { verb -= 1 }
        }
        // `A man named Moss claims`: a participle that names is part of the phrase.
        guard verb >= first, isLowercase(verb), !isWord(verb, AttributionLexicon.namingVerbs),
            isEdForm(verb) || isWord(verb, ClauseWords.irregularPast) || isWord(verb, ClauseWords.irregularParticiples)
        else { return nil }
        return start
    }

    /// The subject before a restrictive relative clause that ends at `last`.
    ///
    /// `Voters in Ohio who watched the debate`, `officials whose laws were struck down`: the
    /// noun phrase before `who` or `whose`, with no comma between them. The clause opens with
    /// its verb, so `the man who Reyes said ...` is not one.
    func relativeHead(endingAt last: Int, floor: Int) -> Subject? {
        var who = last
        while who > floor && last - who < 10 && isWordLike(who) && !isRelativeWho(who) && !isRelativeThat(who) {
            who -= 1
        }
        guard who > floor, who < last, isRelativeWho(who) || isRelativeThat(who),
            isLowercase(who + 1), !isWord(who + 1, ReportedSpeechWords.subjectPronouns),
            isWord(who, "whose") || !isWord(who + 1, AttributionLexicon.determiners),
            isWordLike(who - 1), isWord(who - 1, "those") || !isWord(who - 1, ReportedSpeechWords.notSubjectEnds),
            !isPossessive(who - 1),
            let first = nounPhraseStart(endingAt: who - 1, floor: floor)
        else { return nil }
        return Subject(speaker: span(first, who - 1), first: first)
    }

    /// Whether a token is `that` in lower case before an auxiliary or a verb in `-ed`, and so
    /// opens a relative clause with its verb: `groups that have endorsed him say`.
    private func isRelativeThat(_ token: Int) -> Bool {
        guard token + 1 < document.tokens.count, token > 0, isLowercase(token), isWord(token, "that"),
            // `But that is not to say`: `that` is the subject itself.
            !isWord(token - 1, ReportedSpeechWords.leadingConjunctions),
            !isWord(token - 1, ReportedSpeechWords.clauseOpeners), isWordLike(token - 1)
        else { return false }
        return isClauseVerb(token + 1) || (isLowercase(token + 1) && isEdForm(token + 1))
    }

    /// Whether a token is `who` or `whose` in lower case.
    private func isRelativeWho(_ token: Int) -> Bool {
        isLowercase(token) && (isWord(token, "who") || isWord(token, "whose"))
    }

    /// Whether a quantifier at `token` opens its clause, and so is the subject: the sentence's
    /// first word, or a word after a leading conjunction (`But some said`), or, unless it can
    /// float after its noun (`The three banks (all members) all said`), after a comma, a colon
    /// or a dash.
    func opensClause(_ token: Int, floor: Int) -> Bool {
        if token == floor { return true }
        guard token - 1 >= floor else { return false }
        if isWord(token - 1, ReportedSpeechWords.leadingConjunctions) { return true }
        if isWord(token, ReportedSpeechWords.floatingQuantifiers) { return false }
        return isComma(token - 1) || isByte(token - 1, 0x3A) || isByte(token - 1, 0x3B) || isDash(token - 1)
    }

    /// Whether the words that end at `end` name part of a group by a pronoun: `most of them`,
    /// `two of us`, `many of those`.
    func isPartOfGroup(endingAt end: Int, floor: Int) -> Bool {
        guard end - 2 >= floor, isWord(end, ReportedSpeechWords.groupPronouns), isWord(end - 1, "of") else {
            return false
        }
        let part = end - 2
        return isWord(part, ReportedSpeechWords.quantifierSubjects) || isWord(part, ReportedSpeechWords.amounts)
            || isNumber(part) || isWord(part, "none") || isWord(part, "neither")
    }

    /// The first token of the phrase of comma-free words that ends at `end`: back to a comma or
    /// other break, or `floor`, at most `limit` tokens.
    func commaSegmentStart(endingAt end: Int, floor: Int, limit: Int = 40) -> Int? {
        var index = end
        while index - 1 >= floor {
            if isBreak(index - 1) {
                // `the author of “Quiet Streets”`: a few quoted words are words of the phrase.
                guard let open = previousPhraseToken(before: index, floor: floor) else { break }
                index = open
            } else {
                index -= 1
            }
            if end - index >= limit { return nil }
        }
        return index
    }

    /// Whether the object pronoun at `token` ends a subject, after a preposition.
    ///
    /// `a source close to him said`, `people familiar with them say`: the pronoun is the
    /// object of a preposition after a word. An object pronoun is otherwise no subject's last
    /// word.
    private func endsWithPrepositionObject(_ token: Int, floor: Int) -> Bool {
        token - 2 >= floor && isLowercase(token) && isWord(token, ReportedSpeechWords.objectPronouns)
            && isWord(token - 1, ReportedSpeechWords.speakerPronounPrepositions) && isWordLike(token - 2)
            && !isCue(token - 2) && !isClauseVerb(token - 2)
    }

    /// The first token of the noun phrase that ends at `end`: back to a break, a clause
    /// opener (`and`, `when`, `that`, ...) or another reporting verb; `nil` when the phrase is
    /// not a subject (too long, or holding an auxiliary).
    func nounPhraseStart(endingAt end: Int, floor: Int) -> Int? {
        var index = end
        if isByte(index, 0x29) {
            var open = index - 1
            while open >= floor && open > index - 12 && !isByte(open, 0x28) { open -= 1 }
            guard open > floor else { return nil }
            index = open - 1
        }
        guard index >= floor, isWordLike(index) || isByte(index, 0x25) else { return nil }
        var count = 1
        while index - 1 >= floor {
            let previous = index - 1
            if isBreak(previous) { break }
            // `A note left at the scene said`: a cue word after a determiner is a noun.
            if isCue(previous),
                !(previous - 1 >= floor && isLowercase(previous)
                    && isWord(previous - 1, AttributionLexicon.determiners))
            {
                break
            }
            // `the authors of that report`: `that` after `of` is a determiner.
            if isWord(previous, ReportedSpeechWords.clauseOpeners)
                && !(isWord(previous, "that") && previous - 1 >= floor && isWord(previous - 1, "of"))
            {
                // `Reyes and Park said`, `she and a colleague said`: a pair of names.
                guard isWord(previous, "and"), previous - 1 >= floor,
                    isCapitalized(previous - 1) || isWord(previous - 1, ReportedSpeechWords.subjectPronouns)
                else { break }
            }
            if isClauseVerb(previous) { return nil }
            // `Two years ago the firm said`: a time adverbial before the subject is not in it.
            if previous - 1 >= floor, isWord(previous, ReportedSpeechWords.adverbsAfterTime), isSpanOfTime(previous - 1)
            {
                break
            }
            index = previous
            count += 1
            if count > 14 { return nil }
        }
        return index
    }

    /// The subject of the reporting verb at `cue`, read back from it, and whether the verb is a
    /// passive (`was told`), which has none.
    ///
    /// The subject is the noun phrase just before the verb (`Critics say`, `the authorities
    /// said`, `Nearly half said`), or, with `appositions`, the name before an
    /// apposition (`Ada Moss, chair of the planning board, said`; `Tom Reyes, 58, who runs a
    /// bakery nearby, says`). After `and` (`toured the streets and said`) or `, then` it is the
    /// subject of the clause; after `who` or `which` (`an aide, who said`) the phrase before it.
    func subject(
        ofVerbAt cue: Int,
        floor: Int,
        sentenceFirst: Int,
        appositions: Bool
    ) -> (subject: Subject?, passive: Bool) {
        let (end, passive, progressive) = subjectEnd(before: cue, floor: floor)
        guard !passive, end >= floor else { return (nil, passive) }
        // `a man claiming ...` is a phrase, not a clause: a participle needs `is`, `was`, ...
        if isParticiple(cue) && !progressive { return (nil, false) }
        // `toured the plant, then said ...`: `then` after a comma joins another verb of the
        // clause's subject, as `and` does.
        let joinedByThen = isComma(end) && end + 1 < cue && isLowercase(end + 1) && isWord(end + 1, "then")
        if isWord(end, ReportedSpeechWords.coordinators) || joinedByThen {
            guard let speaker = clauseSubject(from: sentenceFirst, before: end) else { return (nil, false) }
            return (Subject(speaker: speaker, first: document.tokenIndex(at: speaker.start)), false)
        }
        if isWord(end, ReportedSpeechWords.clauseOpeners) && !isWord(end, ReportedSpeechWords.relativeSubjects) {
            return (nil, false)
        }
        // `he's said`, `they’ve argued`: the pronoun before the contracted auxiliary.
        if let pronoun = contractedPronoun(end) { return (Subject(speaker: pronoun, first: end), false) }
        // `Some said`, `Both say`: a quantifier alone at the start of its clause.
        if isWord(end, ReportedSpeechWords.quantifierSubjects), opensClause(end, floor: floor) {
            return (Subject(speaker: span(end, end), first: end), false)
        }
        // `Most of them said`, `two of those say`: a part of a group named by a pronoun.
        if isPartOfGroup(endingAt: end, floor: floor), let first = nounPhraseStart(endingAt: end, floor: floor) {
            return (Subject(speaker: span(first, end), first: first), false)
        }
        // `Voters who watched the debate said`: the phrase before a restrictive relative clause.
        if isWordLike(end), let head = relativeHead(endingAt: end, floor: floor) { return (head, false) }
        var last = end
        // `Ada Moss, chair of the planning board, said`: the comma closes an apposition, as it
        // does inside a closing mark (`Kerr, who calls him a “liar,” said`).
        let closesQuotedApposition = end - 2 >= floor && isCommaInClosingMark(end, floor: floor)
        let closesApposition = isComma(end) || closesQuotedApposition
        if closesApposition {
            last = closesQuotedApposition ? end - 2 : end - 1
            guard last >= floor else { return (nil, false) }
        } else if isWord(end, ReportedSpeechWords.relativeSubjects) || isContractedWho(end) {
            // `written by an aide, who said`: the noun phrase before `who`.
            last = end - 1
            if last >= floor && isComma(last) { last -= 1 }
            guard last >= floor, isWordLike(last), !isWord(last, ReportedSpeechWords.notSubjectEnds) else {
                return (nil, false)
            }
            var first = last
            while first - 1 >= floor && last - first < 6 && isWordLike(first - 1) && !isCue(first - 1)
                && !isWord(first, AttributionLexicon.determiners)
                && !isWord(first - 1, ReportedSpeechWords.adverbialOpeners)
                && !isClauseVerb(first - 1)
                && !isWord(first - 1, ReportedSpeechWords.clauseOpeners)
                && !(isLowercase(first - 1) && (isVerbForm(first - 1) || isAdverb(first - 1)))
            {
                first -= 1
            }
            let relative = isContractedWho(end) ? contraction(end)?.word : document.tokens[end].span
            return (Subject(speaker: span(first, last), first: first, relative: relative), false)
        } else if isWord(end, ReportedSpeechWords.notSubjectEnds) && !endsWithPrepositionObject(end, floor: floor)
            || isPossessive(end) || !(isWordLike(end) || isByte(end, 0x29) || isByte(end, 0x25))
        {
            return (nil, false)
        }
        if appositions || closesApposition,
            let head = appositionHead(endingAt: last, floor: floor, closed: closesApposition)
        {
            last = head
        } else if closesApposition {
            // `Her deputy, Lena Park, said`: the name is the apposition.
            guard let start = commaSegmentStart(endingAt: last, floor: floor, limit: 12), start - 2 >= floor,
                isComma(start - 1), isNameLike(start, last) || isNameWithPlace(start, last), last - start >= 1,
                var previousStart = commaSegmentStart(endingAt: start - 2, floor: floor, limit: 10)
            else { return (nil, false) }
            // `And a neighbor, Ada Moss, said`: a conjunction may open the sentence.
            if previousStart < start - 2, isWord(previousStart, ReportedSpeechWords.leadingConjunctions) {
                previousStart += 1
            }
            guard nounPhraseStart(endingAt: start - 2, floor: floor) == previousStart else { return (nil, false) }
            return (Subject(speaker: span(start, last), first: previousStart), false)
        }
        // A pronoun is a whole subject: `Although last spring he said`.
        if isWord(last, ReportedSpeechWords.subjectPronouns) && isLowercase(last) || isWord(last, "I") {
            return (Subject(speaker: span(last, last), first: last), false)
        }
        guard var first = nounPhraseStart(endingAt: last, floor: floor) else { return (nil, false) }
        if let name = nameBeforeNounCue(cue, first: first, last: last) { first = name }
        // `sharing three old photos`: a participle and its object are no subject
        // (`housing experts` is one).
        if isLowercase(first) && isVerbForm(first) && first < last
            && (isWord(first + 1, AttributionLexicon.determiners)
                || isWord(first + 1, ReportedSpeechWords.listenerDeterminers)
                || isWord(first + 1, ReportedSpeechWords.quantifiers))
        {
            return (nil, false)
        }
        // A phrase that opens with a preposition or an adverb is not a subject (`In Ohio said`
        // is not English), but `At least half` is.
        if isWord(first, ReportedSpeechWords.adverbialOpeners) && !isWord(first, ReportedSpeechWords.demonstratives)
            && !(first < last && isWord(first, "at") && isWord(first + 1, ReportedSpeechWords.superlatives))
            // `Outside experts said`, `First responders say`: an adjective before a bare noun.
            && !(first < last && isWord(first, ReportedSpeechWords.adjectivalOpeners) && isLowercase(first + 1)
                && isPlural(first + 1) && !isWord(first + 1, AttributionLexicon.determiners)
                && !isWord(first + 1, ReportedSpeechWords.listenerDeterminers))
            && !(first < last && isWord(first, ReportedSpeechWords.approximators)
                && (isWord(first + 1, ReportedSpeechWords.amounts) || isNumber(first + 1)))
        {
            return (nil, false)
        }
        // `Addressing claims that ...`: a participle of speech that opens the sentence, and the
        // noun after it.
        if first == last, isCapitalized(first), isParticiple(first),
            isWord(first, ClauseWords.speechActForms) || isWord(first, ReportedSpeechWords.participles)
        {
            return (nil, false)
        }
        // `heard Reyes say it`, `let them argue`: an object and a bare infinitive.
        if (max(floor, first - 1)..<last).contains(where: {
            isLowercase($0) && isWord($0, ReportedSpeechWords.bareInfinitiveVerbs)
        }) {
            return (nil, false)
        }
        return (Subject(speaker: span(first, last), first: first), false)
    }
}
