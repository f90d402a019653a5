internal import Lede
internal import PCRE2

/// Gives every speaker its kind, canonical name and role (coreference).
///
/// A surname or title and surname resolves to the full name used anywhere in the text
/// (`Leavitt` → `Karoline Leavitt`); `he` or `she` to the person the sentence before opens
/// with, when the text knows that person, and any pronoun otherwise to the nearest earlier
/// speaker that fits; `the source` to an earlier `a source ...`. `Speaker.resolvedFrom` points at the mention that
/// gave the name. Names are spelled as in the original input.
struct SpeakerResolver {
    let document: AttributionDocument

    /// What resolution needs to know about a mention, worked out once per mention.
    private struct MentionInfo {
        var words: [String]
        var kind: SpeakerKind
        var split: RoleSplit
    }

    /// A speaker resolved so far, for the pronouns and definite phrases after it.
    private struct Resolved {
        var offset: Int
        var name: String
        var kind: SpeakerKind
        var gender: TitleWords.Gender?
        /// The head noun of an anonymous source (`source`), to match `the source` to it.
        var head: String?
        var mention: Span
    }

    /// Resolves the speakers of attributions in text order.
    ///
    /// - Parameters:
    ///   - attributions: The attributions, sorted by content.
    ///   - classifier: The classifier used while finding them, with the names met so far;
    ///     the names of the speakers are added to it.
    func resolve(_ attributions: inout [Attribution], classifier: inout SpeakerClassifier) {
        // Several attributions often share a mention (a continuation reuses the mention it
        // continues): classify and split each mention once, in the order they first appear.
        var mentions: [Span] = []
        var infos: [MentionInfo] = []
        var slots = SpanTable<Int>()
        var splits = SmallTable<String, RoleSplit>()
        // At most one mention per attribution: room for them at once, not one at a time.
        mentions.reserveCapacity(attributions.count)
        infos.reserveCapacity(attributions.count)
        for index in attributions.indices {
            guard let mention = attributions[index].speaker?.mention, slots[mention] == nil else { continue }
            slots[mention] = mentions.count
            mentions.append(mention)
            infos.append(mentionInfo(mention, splits: &splits, classifier: &classifier))
        }
        // Names introduced by speaker mentions themselves, in text order: a full name, or one
        // word after a role (`U2 frontman Bono`).
        for slot in mentions.indices.sorted(by: { mentions[$0] < mentions[$1] }) where infos[slot].kind == .person {
            let split = infos[slot].split
            if split.name.count >= 2 || (split.name.count == 1 && split.role != nil), split.title == nil {
                classifier.names.add(split.name, role: split.role, gender: nil, mention: mentions[slot])
            } else if let title = split.title, let gender = NameCollector.gender(ofTitle: title),
                let last = split.name.last
            {
                classifier.names.setGender(gender, ofLastNamed: last)
            }
        }
        // Full names written bare, for the short forms that nothing else completes.
        var lastWords = Set<String>(minimumCapacity: infos.count)
        for slot in infos.indices {
            switch infos[slot].kind {
            case .organization where infos[slot].words.count == 1:
                lastWords.insert(infos[slot].words[0])
            case .person where infos[slot].split.name.count <= 2:
                let name = infos[slot].split.name
                if let last = name.last, classifier.names.person(for: name)?.tokens.count ?? 0 <= name.count {
                    lastWords.insert(last)
                }
            default:
                break
            }
        }
        classifier.names.collectBareNames(endingIn: lastWords)
        // A single capitalized word is a person once a full name ending in it is known.
        for slot in infos.indices where infos[slot].kind == .organization && infos[slot].words.count == 1 {
            if let surname = infos[slot].words.last, classifier.names.isKnownSurname(surname) {
                infos[slot].kind = .person
            }
        }
        var resolved: [Resolved] = []
        resolved.reserveCapacity(mentions.count)
        var speakers: [Speaker?] = Array(repeating: nil, count: mentions.count)
        for index in attributions.indices {
            guard var speaker = attributions[index].speaker, let slot = slots[speaker.mention] else { continue }
            if let known = speakers[slot] {
                speaker = known
            } else {
                speaker = resolve(speaker, info: infos[slot], classifier: &classifier, resolved: &resolved)
                speakers[slot] = speaker
            }
            // A quotation given to the speaker of the passage around it names that speaker as
            // written where it was named, not by a pronoun from an earlier paragraph; a pronoun
            // in the same paragraph or the one before is how the passage names the speaker.
            if attributions[index].form == .context, speaker.kind == .pronoun, let named = speaker.resolvedFrom,
                let pronounParagraph = document.paragraphIndex(containing: speaker.mention.start),
                let quoteParagraph = document.paragraphIndex(containing: attributions[index].content.start),
                quoteParagraph - pronounParagraph > 1
            {
                speaker.mention = named
                speaker.kind = slots[named].map { infos[$0].kind } ?? classifier.kind(of: named)
                speaker.resolvedFrom = nil
            }
            attributions[index].speaker = speaker
        }
    }

    private func mentionInfo(
        _ span: Span,
        splits: inout SmallTable<String, RoleSplit>,
        classifier: inout SpeakerClassifier
    ) -> MentionInfo {
        let value = document.string(span)
        let words = document.words(span)
        let split: RoleSplit
        // The split is passed on only when it was made from these words (not from a phrase
        // with the same text elsewhere), so that the kind is worked out as from scratch.
        let madeHere: RoleSplit?
        if let known = splits[value] {
            split = known
            madeHere = nil
        } else {
            split = RoleSplit(words)
            splits.insertNew(split, for: value)
            madeHere = split
        }
        // Each mention is classified once here, so the classifier need not keep the kind by span.
        let kind = classifier.kindByText(
            of: span,
            known: SpeakerClassifier.Known(text: value, words: words, split: madeHere)
        )
        return MentionInfo(words: words, kind: kind, split: split)
    }

    private func resolve(
        _ original: Speaker,
        info: MentionInfo,
        classifier: inout SpeakerClassifier,
        resolved: inout [Resolved]
    ) -> Speaker {
        var speaker = original
        let mention = speaker.mention
        let kind = info.kind
        let words = info.words
        speaker.kind = kind
        switch kind {
        case .person:
            let split = info.split
            let person = classifier.names.person(for: split.name)
            let written = split.name.joined(separator: " ")
            speaker.name = person?.name ?? written
            speaker.role = person?.role ?? split.role
            if let person, person.name != written || split.role != nil || split.title != nil {
                speaker.resolvedFrom = person.mention == mention ? nil : person.mention
            }
            let gender = Self.gender(of: person, split: split, names: &classifier.names)
            resolved.append(
                Resolved(offset: mention.start, name: speaker.name, kind: .person, gender: gender, mention: mention)
            )
        case .pronoun:
            let pronoun = document.string(mention).lowercased()
            let gender: TitleWords.Gender? = pronoun == "he" ? .male : pronoun == "she" ? .female : nil
            let wantsPerson = pronoun == "he" || pronoun == "she" || pronoun == "i" || pronoun == "we"
            // The nearest earlier speaker that fits; look back a bounded way, so that a document
            // full of pronouns stays linear.
            let candidate = resolved.suffix(64).last { item in
                guard item.offset < mention.start else { return false }
                if wantsPerson {
                    return item.kind == .person && (gender == nil || item.gender == nil || item.gender == gender)
                }
                if pronoun == "it" { return item.kind == .organization || item.kind == .document }
                return item.kind == .anonymous || item.kind == .organization || item.kind == .person
            }
            if gender != nil,
                let subject = previousSubject(
                    of: mention,
                    after: candidate?.offset ?? -1,
                    gender: gender,
                    classifier: &classifier
                )
            {
                speaker.name = subject.name
                speaker.role = subject.role
                speaker.resolvedFrom = subject.mention
            } else if let candidate {
                speaker.name = candidate.name
                speaker.resolvedFrom = candidate.mention
                if let person = classifier.names.person(named: candidate.name) { speaker.role = person.role }
            } else if wantsPerson, let person = classifier.names.nearestPerson(before: mention.start, gender: gender) {
                speaker.name = person.name
                speaker.role = person.role
                speaker.resolvedFrom = person.mention
            }
        case .anonymous:
            let head = anonymousHead(mention)
            let isDefinite = words.first == "the" || words.first == "The"
            if isDefinite, let head,
                let earlier = resolved.suffix(256).last(where: {
                    $0.kind == .anonymous && $0.head == head && $0.offset < mention.start
                })
            {
                speaker.name = earlier.name
                speaker.resolvedFrom = earlier.mention
            }
            resolved.append(
                Resolved(offset: mention.start, name: speaker.name, kind: .anonymous, head: head, mention: mention)
            )
        default:
            var name = words
            if let first = name.first, AttributionLexicon.articles.contains(first), name.count > 1 {
                name.removeFirst()
            }
            speaker.name = name.joined(separator: " ")
            resolved.append(Resolved(offset: mention.start, name: speaker.name, kind: kind, mention: mention))
        }
        speaker.name = document.displayName(speaker.name, near: speaker.resolvedFrom ?? mention)
        speaker.role = speaker.role.map { document.displayName($0, near: speaker.resolvedFrom ?? mention) }
        return speaker
    }

    /// The gender the text gives a person named by a split phrase: the full name's, else the
    /// title's before it (`Ms`), else a title's seen before the surname elsewhere (`Mr Blair`).
    static func gender(
        of person: NameCollector.Person?,
        split: RoleSplit,
        names: inout NameCollector
    ) -> TitleWords.Gender? {
        person?.gender ?? split.title.flatMap { NameCollector.gender(ofTitle: $0) }
            ?? split.name.last.flatMap { names.titledGender(of: $0) }
    }

    /// The head noun of an anonymous source, lower case: `source` in `a source familiar with ...`.
    private func anonymousHead(_ span: Span) -> String? {
        guard let match = try? AttributionPatterns.anonymous.firstMatch(in: document.text, range: span.range) else {
            return nil
        }
        return document.string(Span(match.range)).lowercased()
    }
}
