internal import Lede

/// The full names of people met in a document, for completing short forms (`Leavitt` →
/// `Karoline Leavitt`) and pronouns.
///
/// Names come from three places: the mentions of ``NameFinder`` (`lede.names`), or of the
/// stage that replaces it (a role or title before a capitalized run anywhere in the text,
/// `Secretary Patricia Hewitt`, found by
/// ``NameFinder/roleNameMentions(in:roleStarts:stage:)``), taken when the collector is made;
/// the speakers themselves (added by the resolver); and bare runs of capitalized words that
/// end in a word a speaker uses (``collectBareNames(endingIn:)``).
struct NameCollector {
    /// A person's full name.
    struct Person {
        var name: String
        var tokens: [String]
        var role: String?
        var gender: TitleWords.Gender?
        var mention: Span
        /// Whether the name was only seen as a run of capitalized words, with no role or title
        /// before it and not as a speaker: good enough to complete a short form, not to stand
        /// for a pronoun.
        var isBareName = false
    }

    let document: AttributionDocument
    private(set) var people: [Person] = [] {
        didSet {
            peopleByStart = nil
            personForName = [:]
        }
    }
    /// The answers of ``person(for:)`` since ``people`` last changed, for the names whose last
    /// word ends many people's names: a text may name the same short form thousands of times.
    private var personForName: [[String]: Int?] = [:]
    /// The people named with a role, a title or as a speaker, by gender, each list sorted by
    /// the start of the mention and then by index in ``people``: the index of
    /// ``nearestPerson(before:gender:)``, made when first needed after a change.
    private var peopleByStart: [TitleWords.Gender?: [NamedPlace]]?

    /// Where a person was named, and the person's index in ``people``.
    private struct NamedPlace: SpanProviding {
        var span: Span
        var index: Int
    }
    /// The people by full name, and by last name word: lookups stay constant-time.
    private var personByName = SmallTable<String, Int>()
    private var peopleByLastWord = SmallTable<String, [Int]>()
    /// Single names seen after a title (`Mr Blair`), with the title's gender: a person.
    private var titledNames = SmallTable<String, TitleWords.Gender?>()
    /// The full names written bare, found when first asked for.
    var bareNames: BareNameFinder
    /// Where each capitalized word is written on its own or after a title (``soloTokens(of:)``).
    ///
    /// At most two token indices per word; made once many words have been asked about.
    var soloWords: [String: [Int]]?
    /// The answers of ``soloTokens(of:)`` found by reading the tokens, before ``soloWords``.
    var soloAnswers: [String: [Int]] = [:]
    /// The mentions, sorted by start.
    private let mentions: [Mention]
    /// Whether the names of the mentions of people are still to be taken in: they are taken
    /// in, in order, before the names are first read or added to, so that a stage that never
    /// asks pays nothing for them.
    private var isPending = true

    /// Collects the names of mentions.
    ///
    /// The mentions are taken in order, as
    /// ``NameFinder/roleNameMentions(in:roleStarts:stage:)`` gives them: a mention of a person
    /// by a single word after a title (`Mr Blair`) makes that word a person's name and may give
    /// the latest person of that surname a gender; any other mention of a person is a full
    /// name, with its role and gender. A mention of an organization only tells the kind of a
    /// speaker written at its place. The names are taken in when they are first needed.
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - mentions: The mentions of people and organizations, in text order.
    /// - Complexity: O(*m*) in the number of mentions.
    init(document: AttributionDocument, mentions: [Mention]) {
        self.document = document
        bareNames = BareNameFinder(document: document)
        // By index: a mention is read in place, not copied with its strings.
        let isSorted = mentions.indices.dropFirst().allSatisfy {
            mentions[$0 - 1].span.start <= mentions[$0].span.start
        }
        // A stable sort: mentions that start together keep their order.
        self.mentions =
            isSorted
            ? mentions
            : mentions.indices.sorted { (mentions[$0].span.start, $0) < (mentions[$1].span.start, $1) }.map {
                mentions[$0]
            }
    }

    /// Takes in the names of the mentions of people, once.
    private mutating func introducePending() {
        guard isPending else { return }
        isPending = false
        for index in mentions.indices where mentions[index].kind == .person { introduce(mentions[index]) }
    }

    /// Takes in the name of a person.
    private mutating func introduce(_ mention: Mention) {
        let nameTokens = Self.words(mention.name)
        guard let last = nameTokens.last else { return }
        let gender = mention.gender.flatMap(TitleWords.Gender.init)
        if nameTokens.count == 1 && mention.title != nil {
            // A title's gender replaces none, or no gender.
            if case .some(.some) = titledNames[last] {} else { titledNames[last] = gender }
            if let gender { setGender(gender, ofLastNamed: last) }
        } else {
            add(nameTokens, role: mention.role, gender: gender, mention: mention.span)
        }
    }

    /// The gender a title tells, if any.
    static func gender(ofTitle title: String) -> TitleWords.Gender? {
        AttributionLexicon.titles[title.lowercased()] ?? nil
    }

    // MARK: Adding

    /// Adds a full name, or completes what is known of it.
    mutating func add(
        _ nameTokens: [String],
        role: String?,
        gender: TitleWords.Gender?,
        mention: Span,
        isBareName: Bool = false
    ) {
        introducePending()
        let name = nameTokens.joined(separator: " ")
        if let existing = personByName[name] {
            if people[existing].isBareName && !isBareName {
                people[existing].isBareName = false
                people[existing].mention = mention
            }
            if people[existing].role == nil { people[existing].role = role }
            if people[existing].gender == nil { people[existing].gender = gender }
            return
        }
        let slot = people.count
        personByName.insertNew(slot, for: name)
        if let last = nameTokens.last { peopleByLastWord.modify(last, default: []) { $0.append(slot) } }
        people.append(
            Person(name: name, tokens: nameTokens, role: role, gender: gender, mention: mention, isBareName: isBareName)
        )
    }

    /// Gives the latest person whose name ends in `surname` a gender, if it has none.
    mutating func setGender(_ gender: TitleWords.Gender, ofLastNamed surname: String) {
        introducePending()
        if let existing = peopleByLastWord[surname]?.last, people[existing].gender == nil {
            people[existing].gender = gender
        }
    }

    // MARK: Looking up

    /// The kind of speaker a mention written exactly at `span` names, if there is one.
    ///
    /// - Complexity: O(log *m*) in the number of mentions.
    func kind(ofMentionAt span: Span) -> SpeakerKind? {
        guard !mentions.isEmpty else { return nil }
        var index = mentions.firstIndex(startingAtOrAfter: span.start)
        while index < mentions.count && mentions[index].span.start == span.start {
            if mentions[index].span == span {
                switch mentions[index].kind {
                case .person: return .person
                case .organization: return .organization
                default: break
                }
            }
            index += 1
        }
        return nil
    }

    /// The words of a name, split at spaces, as `name.split(separator: " ")` gives them; an
    /// ASCII name is split on its bytes.
    private static func words(_ name: String) -> [String] {
        var name = name
        let words = name.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var start = 0
            for index in bytes.indices {
                guard bytes[index] < 0x80 else { return nil }
                if bytes[index] == 0x20 {
                    if start < index { words.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
                    start = index + 1
                }
            }
            if start < bytes.count { words.append(String(decoding: bytes[start...], as: UTF8.self)) }
            return words
        }
        return words ?? name.split(separator: " ").map(String.init)
    }

    /// Whether a full name ending in `word`, or a title before `word`, was seen.
    mutating func isKnownSurname(_ word: String) -> Bool {
        introducePending()
        return peopleByLastWord[word] != nil || titledNames[word] != nil
    }

    /// The gender of the title seen before a single name, if any.
    mutating func titledGender(of name: String) -> TitleWords.Gender? {
        introducePending()
        return titledNames[name] ?? nil
    }

    /// The person with exactly this full name.
    mutating func person(named name: String) -> Person? {
        introducePending()
        return personByName[name].map { people[$0] }
    }

    /// The full name that a name, or a short form of it, stands for.
    ///
    /// A longer name introduced by a role, a title or as a speaker comes first; then a bare
    /// one, when no other bare name could complete the short form; then the name itself.
    mutating func person(for name: [String]) -> Person? {
        introducePending()
        // The people whose names end in the last word, in the order they were met.
        guard let last = name.last, let candidates = peopleByLastWord[last] else { return nil }
        // Reading a few people costs less than keeping the answer.
        guard candidates.count > Self.peopleReadForName else {
            return findPerson(for: name, among: candidates).map { people[$0] }
        }
        if let known = personForName[name] { return known.map { people[$0] } }
        let found = findPerson(for: name, among: candidates)
        personForName[name] = .some(found)
        return found.map { people[$0] }
    }

    /// How many people whose names end in the same word ``person(for:)`` reads on every call.
    private static let peopleReadForName = 16

    /// The index of the person that ``person(for:)`` answers with, among the people whose
    /// names end in the last word of `name`, in the order they were met.
    private func findPerson(for name: [String], among candidates: [Int]) -> Int? {
        // The longest name introduced otherwise than bare that ends in `name`, the first of
        // equals; and the bare names longer than `name` that end in it.
        var named: Int?
        var bare: Int?
        var bareCount = 0
        for index in candidates {
            let tokens = people[index].tokens
            guard name.count == 1 || (tokens.count >= name.count && tokens.suffix(name.count).elementsEqual(name))
            else { continue }
            if !people[index].isBareName {
                if let best = named, people[best].tokens.count >= tokens.count { continue }
                named = index
            } else if tokens.count > name.count {
                bareCount += 1
                if bare == nil { bare = index }
            }
        }
        if let named, people[named].tokens.count > name.count { return named }
        return bareCount == 1 ? bare : named
    }

    /// The person named last before `offset` with a role, a title or as a speaker, of a
    /// compatible gender; of two named at the same place, the one known first.
    ///
    /// - Complexity: O(log *p*) in the number of people, once they are indexed; a document full
    ///   of pronouns asks once per pronoun.
    mutating func nearestPerson(before offset: Int, gender: TitleWords.Gender?) -> Person? {
        introducePending()
        let index = peopleByStart ?? indexPeopleByStart()
        // A person of no known gender fits any pronoun; a pronoun of no gender fits anyone.
        let genders: [TitleWords.Gender?] = gender == nil ? [nil, .male, .female] : [nil, gender]
        var best: NamedPlace?
        for key in genders {
            guard let list = index[key] else { continue }
            let end = list.firstIndex(startingAtOrAfter: offset)
            guard end > 0 else { continue }
            // The first of the people named at the latest place before the offset.
            let candidate = list[list.firstIndex(startingAtOrAfter: list[end - 1].span.start)]
            if let known = best,
                (known.span.start, -known.index) >= (candidate.span.start, -candidate.index)
            {
                continue
            }
            best = candidate
        }
        return best.map { people[$0.index] }
    }

    /// Indexes the people that ``nearestPerson(before:gender:)`` may answer with.
    private mutating func indexPeopleByStart() -> [TitleWords.Gender?: [NamedPlace]] {
        var index: [TitleWords.Gender?: [NamedPlace]] = [:]
        for (slot, person) in people.enumerated() where !person.isBareName {
            index[person.gender, default: []].append(NamedPlace(span: person.mention, index: slot))
        }
        for key in index.keys { index[key]?.sort { ($0.span.start, $0.index) < ($1.span.start, $1.index) } }
        peopleByStart = index
        return index
    }
}

extension TitleWords.Gender {
    /// The gender a `Gender` names, if it is one of these.
    init?(_ gender: Lede.Gender) {
        switch gender {
        case .male: self = .male
        case .female: self = .female
        default: return nil
        }
    }
}

extension Lede.Gender {
    /// The gender of a title.
    init(_ gender: TitleWords.Gender) {
        switch gender {
        case .male: self = .male
        case .female: self = .female
        }
    }
}
