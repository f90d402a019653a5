internal import Lede

/// The subject of the sentence before a pronoun, which `he` and `she` name before an earlier
/// speaker: the centre of a news paragraph is the subject of its sentence.
extension SpeakerResolver {
    /// The person that the sentence before a pronoun's opens with as its subject, when its
    /// gender does not rule it out: `Holmes will run in Glasgow. “I am still competitive,” she
    /// said.` The centre of news prose is the subject of the sentence before; a name there is
    /// nearer to the pronoun than an earlier speaker.
    ///
    /// Only a subject after `floor`, the nearest earlier speaker, is looked for: the speaker of
    /// the sentence before, or of the pronoun's own, is nearer still.
    ///
    /// Sentences that open with the same pronoun carry the same centre on: `Holmes will run in
    /// Glasgow. She will also run in Birmingham. “...,” she said.` names Holmes, up to
    /// ``pronounChainLimit`` sentences back.
    func previousSubject(
        of mention: Span,
        after floor: Int,
        gender: TitleWords.Gender?,
        classifier: inout SpeakerClassifier
    ) -> (name: String, role: String?, mention: Span)? {
        let sentences = document.sentences
        guard !sentences.isEmpty else { return nil }
        var index = document.sentenceIndex(containing: mention.start)
        let reader = ClauseSubjectFinder(document: document)
        for _ in 0...Self.pronounChainLimit {
            guard index > 0 else { return nil }
            index -= 1
            let previous = sentences[index].span
            // A capitalized word opens a name; a subject it does not open is no name.
            guard floor < previous.start, previous.start < document.bytes.count,
                TextBytes.isUpper(document.bytes[previous.start]) || document.bytes[previous.start] >= 0xC3
            else { return nil }
            // The subject where the sentence opens, else after what opens it (`On Monday, Kerr ...`).
            guard let subject = reader.mainSubject(at: previous.start, before: previous.end),
                document.startsWithCase(subject, upper: true)
            else { return nil }
            if isSamePronoun(subject, as: mention) { continue }
            guard classifier.kind(of: subject) == .person else { return nil }
            return person(subject, in: previous, gender: gender, classifier: &classifier)
        }
        return nil
    }

    /// How many sentences that open with the pronoun itself are read past.
    static let pronounChainLimit = 3

    /// Whether two spans hold the same word, in any case: `She` and `she`.
    private func isSamePronoun(_ subject: Span, as mention: Span) -> Bool {
        subject.length == mention.length
            && zip(document.bytes[subject.range], document.bytes[mention.range]).allSatisfy { $0 | 0x20 == $1 | 0x20 }
    }

    /// The person a sentence's subject names, when the text knows that person and its gender
    /// does not rule it out.
    private func person(
        _ subject: Span,
        in previous: Span,
        gender: TitleWords.Gender?,
        classifier: inout SpeakerClassifier
    ) -> (name: String, role: String?, mention: Span)? {
        let split = RoleSplit(document.words(subject))
        // A person the text names elsewhere (as a speaker, or with a role or title); a title and
        // a name (`Dr Gavin`); or a full name after a role (`Council leader Tom Reyes`), before
        // a role (`Tom Reyes, the council leader,`) or written bare (`Tom Reyes defended the
        // plan`, as ``BareNameFinder`` reads names). Not a role alone (`The Attorney General`).
        var person = classifier.names.person(for: split.name)
        // `Holmes will make ...`: a surname alone names the person whose full name, written
        // bare, ends in it (`Kelly Holmes will start ...`).
        if person == nil, split.title == nil, split.name.count == 1 {
            classifier.names.collectBareNames(endingIn: [split.name[0]])
            person = classifier.names.person(for: split.name)
        }
        guard !split.name.isEmpty,
            person != nil || split.title != nil
                || (split.name.count >= 2
                    && (split.role != nil || hasRoleApposition(after: subject, before: previous.end)
                        || isIntroducedBareName(subject, split: split, before: previous.end, names: &classifier.names))),
            split.name.allSatisfy({ WordShape.startsUppercase($0) && !WordShape.hasApostrophe($0) })
        else { return nil }
        if let known = Self.gender(of: person, split: split, names: &classifier.names), let gender, known != gender {
            return nil
        }
        return (person?.name ?? split.name.joined(separator: " "), person?.role ?? split.role, subject)
    }

    /// Whether a subject is a full name written bare that news writes as a person's.
    ///
    /// The name is one ``BareNameFinder`` reads, with an apposition after it (`Ada Moss, from
    /// the tenants' group,`) or with its last word written again on its own or after a title
    /// (`Moss`, `Ms Moss`): news names a person in full once and by surname after, and names a
    /// thing (`Polar Express`) in full each time.
    private func isIntroducedBareName(
        _ subject: Span,
        split: RoleSplit,
        before end: Int,
        names: inout NameCollector
    ) -> Bool {
        guard let last = split.name.last, names.isBareName(at: subject, lastWord: last) else { return false }
        if apposition(after: subject, before: end) != nil { return true }
        // The surname on its own elsewhere; the subject's own last word follows a name's word.
        let tokens = document.tokens
        return names.soloTokens(of: last).contains { index in
            tokens[index].span.start >= subject.end || tokens[index].span.end <= subject.start
        }
    }

    /// The words of an apposition after a subject, set off by commas and opening in lower case
    /// or with a determiner, past an age: `the council leader` in `Tom Reyes, the council
    /// leader,` and `an information manager` in `Hazel Gilbert, 23, an information manager,`.
    private func apposition(after subject: Span, before end: Int) -> [String]? {
        let bytes = document.bytes
        guard subject.end + 2 < end, bytes[subject.end] == 0x2C, bytes[subject.end + 1] == 0x20 else {
            return nil
        }
        var start = subject.end + 2
        var digits = start
        while digits < end && TextBytes.isDigit(bytes[digits]) { digits += 1 }
        if digits > start, digits + 2 < end, bytes[digits] == 0x2C, bytes[digits + 1] == 0x20 { start = digits + 2 }
        // A short phrase up to the closing comma.
        var close = start
        while close < end && close - start < 100 && bytes[close] != 0x2C { close += 1 }
        guard close < end, bytes[close] == 0x2C, close > start else { return nil }
        let words = document.words(Span(start: start, end: close))
        guard let first = words.first, words.count <= 12,
            WordShape.startsLowercase(first) || AttributionLexicon.determiners.containsLowercased(first)
        else { return nil }
        return words
    }

    /// Whether an apposition with a role word among its first words follows a subject: `Tom
    /// Reyes, the council leader,` or `Tom Reyes, head of the port authority,`.
    private func hasRoleApposition(after subject: Span, before end: Int) -> Bool {
        apposition(after: subject, before: end)?.prefix(4).contains {
            AttributionLexicon.roleWords.containsLowercased($0)
        } ?? false
    }
}
