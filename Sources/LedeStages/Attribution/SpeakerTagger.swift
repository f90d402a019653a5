public import Lede

/// Decides who each speaker is: its kind, its canonical name and role, and what its pronouns
/// and short forms refer to (coreference); then groups the attributions by speaker.
///
/// It takes the speakers as ``AttributionFinder`` found them (`Speaker.mention`) and gives
/// each:
///
/// | Mention | Kind | Canonical name | Role |
/// | --- | --- | --- | --- |
/// | `White House Press Secretary Karoline Leavitt` | person | `Karoline Leavitt` | `White House Press Secretary` |
/// | `Leavitt`, later | person | `Karoline Leavitt` | `White House Press Secretary` |
/// | `she`, later | pronoun | `Karoline Leavitt` | `White House Press Secretary` |
/// | `Ms Hewitt` | person | `Patricia Hewitt` (from `Secretary Patricia Hewitt` anywhere in the text) | `Secretary` |
/// | `Reuters` | organization | `Reuters` | – |
/// | `the Treasury` | organization | `Treasury` | – |
/// | `NATO’s Article 5` | document | `NATO’s Article 5` | – |
/// | `a source familiar with the matter` | anonymous | `a source familiar with the matter` | – |
/// | `the source`, later | anonymous | `a source familiar with the matter` | – |
/// | `she` in `Kerr will run again. “...,” she said.` | pronoun | `Dana Kerr` (the sentence before opens with her) | – |
/// | `he`, with no person before | pronoun | `he` (unresolved) | – |
/// | `who` in `Dana Kerr, who said ...` | person | `Dana Kerr` | – |
///
/// A surname or a title and surname resolves to the full name used anywhere in the text,
/// whether that name came after a role or title (`Document.mentions`), as a speaker, or on its
/// own (`Giuseppe Cavo Dragone met ...`; such a bare name is used only when no other bare name
/// ends the same way). A single capitalized word is a person once a full name ends in it or a
/// title precedes it (`Mr Blair`), and an organization otherwise. A mention of
/// `Document.mentions` whose span is exactly a speaker's mention decides its kind. `he` or
/// `she` resolves to the subject that the sentence before opens with, when that subject is a
/// person the text names elsewhere (as a speaker, or with a role or title), a title and a
/// name, or a full name with a role before or after it (`Council leader Dana Kerr`, `Dana
/// Kerr, the council leader,`) or written bare with an apposition or a surname used again,
/// or a surname alone when a full name written bare ends in it (`Kelly Holmes will run ...
/// Holmes will make ...`), and no title gives it the other gender: the centre of a news
/// paragraph is the subject of its sentence, whether or not that sentence reports speech.
/// Sentences that open with the same pronoun carry that centre on, and are read past (up to
/// three). Otherwise, and for
/// the other pronouns, a pronoun resolves to the nearest earlier speaker of a compatible kind
/// and gender; `the source` to an earlier `a source ...`. A relative pronoun that is the
/// subject of reported speech (`who`) is resolved through its antecedent, which the
/// attribution stage found (`Speaker.foundMention`), and takes its kind.
/// `Speaker.resolvedFrom` points at the mention that gave the name; a pronoun that nothing
/// resolves keeps its mention and its own text as its name, and `Speaker.isResolved` is
/// `false`. Names and roles are spelled as in the original input.
///
/// The speakers are then grouped into `Document.speakers`: one `SpeakerEntity` per canonical
/// name, in order of first appearance, and one per unresolved pronoun mention. Entities never
/// span documents.
///
/// The stage resolves from the mentions the attributions were found through
/// (`Speaker.foundMention` when the shown mention differs), never from its own output, so
/// running it twice gives the same result. It reads `Document.mentions`: a named-entity model
/// or gazetteer that replaces ``NameFinder`` changes the kinds and names it gives.
///
/// - **Requires:** `AnnotationKeyID.tokens`, `AnnotationKeyID.mentions`,
///   `AnnotationKeyID.attributions`.
/// - **Reads if present:** `AnnotationKeyID.sentences`.
/// - **Provides:** `AnnotationKeyID.attributions` (the same attributions, with their speakers
///   resolved) and `AnnotationKeyID.speakers`.
/// - **Offsets:** UTF-8 bytes of the working text.
/// - **Options:** none.
///
/// `SpeakerTagger` is `Sendable`.
public struct SpeakerTagger: Tagger {
    /// `lede.speakers`.
    public let name = "lede.speakers"

    /// Creates the tagger.
    public init() {}

    /// Tokens, mentions and attributions.
    public var requires: Set<AnnotationKeyID> { [.tokens, .mentions, .attributions] }
    /// `AnnotationKeyID.sentences`, for the subject of the sentence before a pronoun; without
    /// sentences, a pronoun resolves to an earlier speaker only.
    public var readsIfPresent: Set<AnnotationKeyID> { [.sentences] }
    /// `AnnotationKeyID.attributions` and `AnnotationKeyID.speakers`.
    public var provides: Set<AnnotationKeyID> { [.attributions, .speakers] }

    /// Resolves the speakers of a document's attributions and groups them.
    ///
    /// - Parameter document: A document with attributions and mentions.
    /// - Complexity: O(*n*) in the number of tokens, plus O(*a*) in the number of attributions.
    public func process(_ document: inout Document) {
        guard document.attributions.contains(where: { $0.speaker != nil }) else {
            document.speakers = []
            return
        }
        // Taken out of the document, so that resolving changes them in place rather than a copy.
        var attributions = document.attributions
        document.removeAnnotation(.attributions)
        resolve(&attributions, in: document)
        document.attributions = attributions
        document.speakers = Self.entities(of: attributions)
    }

    /// Resolves the speakers of attributions.
    private func resolve(_ attributions: inout [Attribution], in document: Document) {
        AttributionDocument.reading(document, parts: [.sentences]) { view in resolve(&attributions, in: view) }
    }

    /// Resolves the speakers of attributions in a view of their document.
    private func resolve(_ attributions: inout [Attribution], in view: AttributionDocument) {
        let document = view.document
        var classifier = SpeakerClassifier(
            document: view,
            names: NameCollector(document: view, mentions: document.mentions)
        )
        // Each speaker as the attribution stage found it.
        var found: [Span?] = Array(repeating: nil, count: attributions.count)
        // Reported speech whose subject as written is a relative pronoun (`an aide, who said`),
        // found through its antecedent: the pronoun stays the mention.
        var relatives: [Int: Span] = [:]
        for index in attributions.indices {
            guard let speaker = attributions[index].speaker else { continue }
            let mention = speaker.foundMention ?? speaker.mention
            found[index] = mention
            if speaker.foundMention != nil, attributions[index].quote == nil,
                view.isWord(speaker.mention.range, in: ReportedSpeechWords.relativeSubjects, lowercased: true)
            {
                relatives[index] = speaker.mention
            }
            attributions[index].speaker = Speaker(mention: mention, name: view.string(mention), kind: .person)
        }
        SpeakerResolver(document: view).resolve(&attributions, classifier: &classifier)
        for index in attributions.indices {
            guard let mention = found[index], var speaker = attributions[index].speaker else { continue }
            if let relative = relatives[index] {
                // `who` names whom its antecedent names, or the antecedent itself.
                speaker.resolvedFrom = speaker.resolvedFrom ?? speaker.mention
                speaker.mention = relative
                speaker.foundMention = mention
                attributions[index].speaker = speaker
            } else if speaker.mention != mention {
                attributions[index].speaker?.foundMention = mention
            }
        }
    }

    /// The speakers of resolved attributions, grouped by canonical name, and unresolved
    /// pronouns by mention, in order of first appearance.
    ///
    /// - Parameter attributions: The attributions.
    /// - Returns: The entities.
    /// - Complexity: O(*a*) for *a* attributions, plus sorting each entity's mentions.
    static func entities(of attributions: [Attribution]) -> [SpeakerEntity] {
        var entities: [SpeakerEntity] = []
        // A news article has a few speakers: room for them at once.
        entities.reserveCapacity(min(attributions.count, EntitySlots.readLimit))
        var slots = EntitySlots()
        // The mentions each entity holds already, for entities with many: a text of one speaker
        // has as many mentions as attributions. An entity with few is read instead.
        var mentionSets: [Int: Set<Span>] = [:]
        for index in attributions.indices {
            guard let speaker = attributions[index].speaker else { continue }
            guard let slot = slots.slot(of: speaker, in: entities) else {
                slots.add(speaker, slot: entities.count)
                entities.append(
                    SpeakerEntity(
                        name: speaker.name,
                        kind: speaker.kind,
                        role: speaker.role,
                        attributions: [index],
                        mentions: [speaker.mention],
                        isResolved: speaker.isResolved
                    )
                )
                continue
            }
            entities[slot].attributions.append(index)
            if speaker.mention != entities[slot].mentions[0] {
                let isNew: Bool
                if entities[slot].mentions.count < EntitySlots.readLimit && mentionSets[slot] == nil {
                    isNew = !entities[slot].mentions.contains(speaker.mention)
                } else {
                    isNew = mentionSets[slot, default: Set(entities[slot].mentions)].insert(speaker.mention).inserted
                }
                if isNew { entities[slot].mentions.append(speaker.mention) }
            }
            if entities[slot].kind == .pronoun && speaker.kind != .pronoun { entities[slot].kind = speaker.kind }
            if entities[slot].role == nil { entities[slot].role = speaker.role }
        }
        for slot in entities.indices where entities[slot].mentions.count > 1 {
            entities[slot].mentions.sort()
        }
        return entities
    }
}

/// The entity of each canonical name, and of each unresolved pronoun's mention.
///
/// A news article has a handful of entities, and reading them costs less than hashing; once
/// there are more (a text made of `he said` over and over has as many entities as
/// attributions), they are indexed.
private struct EntitySlots {
    /// How many entities, or mentions of one entity, are read before they are indexed.
    static let readLimit = 16

    private var slotsByName: [String: Int] = [:]
    private var slotsByMention = SpanTable<Int>()
    private var isIndexed = false

    /// The entity a speaker belongs to: by canonical name when resolved, by mention otherwise.
    mutating func slot(of speaker: Speaker, in entities: [SpeakerEntity]) -> Int? {
        let isResolved = speaker.isResolved
        if !isIndexed {
            guard entities.count >= Self.readLimit else {
                return entities.firstIndex { entity in
                    entity.isResolved == isResolved
                        && (isResolved ? entity.name == speaker.name : entity.mentions[0] == speaker.mention)
                }
            }
            isIndexed = true
            for (slot, entity) in entities.enumerated() {
                if entity.isResolved {
                    slotsByName[entity.name] = slot
                } else {
                    slotsByMention[entity.mentions[0]] = slot
                }
            }
        }
        return isResolved ? slotsByName[speaker.name] : slotsByMention[speaker.mention]
    }

    /// Records the entity a speaker starts.
    mutating func add(_ speaker: Speaker, slot: Int) {
        guard isIndexed else { return }
        if speaker.isResolved {
            slotsByName[speaker.name] = slot
        } else {
            slotsByMention[speaker.mention] = slot
        }
    }
}
