internal import Lede

/// The full names of people met in a document, for completing short forms (`Leavitt` →
/// `Karoline Leavitt`) and pronouns.
///
/// Names come from three places: a role or title before a capitalized run anywhere in the text
/// (`Secretary Patricia Hewitt`, collected when the collector is made), the speakers
/// themselves (added by the resolver), and bare runs of capitalized words that end in a word
/// a speaker uses (``collectBareNames(endingIn:)``).
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
    private(set) var people: [Person] = []
    /// The people by full name, and by last name word: lookups stay constant-time.
    private var personByName: [String: Int] = [:]
    private var peopleByLastWord: [String: [Int]] = [:]
    /// Single names seen after a title (`Mr Blair`), with the title's gender: a person.
    private var titledNames: [String: TitleWords.Gender?] = [:]
    private var bareNames: BareNameFinder

    /// Collects the names that a role word or title introduces.
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - roleStarts: The offsets of capitalized role words and titles followed by a
    ///     capitalized word, in order, from ``CueScanner``.
    /// - Complexity: O(*n*) in the number of tokens.
    init(document: AttributionDocument, roleStarts: [Int]) {
        self.document = document
        bareNames = BareNameFinder(document: document)
        collectRoleNames(at: roleStarts)
    }

    /// Collects capitalized runs preceded by a role word or title: `Secretary Patricia Hewitt`.
    ///
    /// The scan of the text found the candidates; tokens are looked at only there.
    private mutating func collectRoleNames(at starts: [Int]) {
        let tokens = document.tokens
        let roleWords = AttributionLexicon.roleWords
        let linkWords = AttributionLexicon.linkWords
        var nextCandidate = 0
        var index = 0
        while index < tokens.count {
            while nextCandidate < starts.count && starts[nextCandidate] < tokens[index].span.start {
                nextCandidate += 1
            }
            guard nextCandidate < starts.count else { break }
            if tokens[index].span.start < starts[nextCandidate] {
                index = document.tokenIndex(at: starts[nextCandidate])
                continue
            }
            let isTitle = document.isWord(tokens[index].span.range, in: AttributionLexicon.titleWords, lowercased: true)
            let isRole = isTitle || document.isWord(tokens[index].span.range, in: roleWords, lowercased: true)
            guard isRole, document.startsWithCase(tokens[index].span, upper: true) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count && end - index <= 4 && tokens[end].kind == .word
                && document.startsWithCase(tokens[end].span, upper: true)
                && !document.isWord(tokens[end].span.range, in: roleWords, lowercased: true)
            {
                end += 1
            }
            let nameTokens = (index + 1..<end).map { document.tokenString($0) }
            if nameTokens.count >= 2 || (nameTokens.count == 1 && isTitle) {
                // The role: the capitalized words before, up to four, with "of the" links.
                var roleStart = index
                while roleStart > 0 {
                    let previous = tokens[roleStart - 1].span
                    // Words of the same line and phrase: one space apart (not a headline above).
                    guard previous.end + 1 == tokens[roleStart].span.start, document.bytes[previous.end] == 0x20 else {
                        break
                    }
                    if document.startsWithCase(previous, upper: true) || document.isWord(previous.range, in: linkWords)
                    {
                        roleStart -= 1
                    } else {
                        break
                    }
                    if index - roleStart > 8 { break }
                }
                while roleStart < index && document.isWord(tokens[roleStart].span.range, in: linkWords) {
                    roleStart += 1
                }
                let roleText =
                    isTitle ? nil : (roleStart...index).map { document.tokenString($0) }.joined(separator: " ")
                let gender = isTitle ? Self.gender(ofTitle: document.tokenString(index)) : nil
                if nameTokens.count >= 2 {
                    add(
                        nameTokens,
                        role: roleText,
                        gender: gender,
                        mention: Span(start: tokens[index + 1].span.start, end: tokens[end - 1].span.end)
                    )
                } else {
                    if titledNames[nameTokens[0]] == nil || titledNames[nameTokens[0]] == .some(nil) {
                        titledNames[nameTokens[0]] = gender
                    }
                    if let gender { setGender(gender, ofLastNamed: nameTokens[0]) }
                }
            }
            index = max(end, index + 1)
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
        personByName[name] = people.count
        if let last = nameTokens.last { peopleByLastWord[last, default: []].append(people.count) }
        people.append(
            Person(name: name, tokens: nameTokens, role: role, gender: gender, mention: mention, isBareName: isBareName)
        )
    }

    /// Gives the latest person whose name ends in `surname` a gender, if it has none.
    mutating func setGender(_ gender: TitleWords.Gender, ofLastNamed surname: String) {
        if let existing = peopleByLastWord[surname]?.last, people[existing].gender == nil {
            people[existing].gender = gender
        }
    }

    /// Adds the full names written bare that end in one of `lastWords` (see ``BareNameFinder``).
    ///
    /// - Complexity: O(*n*) in the number of tokens.
    mutating func collectBareNames(endingIn lastWords: Set<String>) {
        guard !lastWords.isEmpty else { return }
        for (name, mention) in bareNames.names(endingIn: lastWords) {
            add(name, role: nil, gender: nil, mention: mention, isBareName: true)
        }
    }

    // MARK: Looking up

    /// Whether a full name ending in `word`, or a title before `word`, was seen.
    func isKnownSurname(_ word: String) -> Bool {
        peopleByLastWord[word] != nil || titledNames[word] != nil
    }

    /// Whether a bare full name (see ``BareNameFinder``) ends in `word`.
    mutating func endsBareName(_ word: String) -> Bool {
        bareNames.endsName(word)
    }

    /// The gender of the title seen before a single name, if any.
    func titledGender(of name: String) -> TitleWords.Gender? {
        titledNames[name] ?? nil
    }

    /// The person with exactly this full name.
    func person(named name: String) -> Person? {
        personByName[name].map { people[$0] }
    }

    /// The full name that a name, or a short form of it, stands for.
    ///
    /// A longer name introduced by a role, a title or as a speaker comes first; then a bare
    /// one, when no other bare name could complete the short form; then the name itself.
    func person(for name: [String]) -> Person? {
        guard let last = name.last, let indices = peopleByLastWord[last] else { return nil }
        let candidates = indices.filter {
            people[$0].tokens.count >= name.count && people[$0].tokens.suffix(name.count).elementsEqual(name)
        }
        let named = candidates.filter { !people[$0].isBareName }.max {
            people[$0].tokens.count < people[$1].tokens.count
        }
        if let named, people[named].tokens.count > name.count { return people[named] }
        let bare = candidates.filter { people[$0].isBareName && people[$0].tokens.count > name.count }
        return bare.count == 1 ? people[bare[0]] : named.map { people[$0] }
    }

    /// The person named last before `offset` with a role, a title or as a speaker, of a
    /// compatible gender.
    func nearestPerson(before offset: Int, gender: TitleWords.Gender?) -> Person? {
        people.filter {
            !$0.isBareName && $0.mention.start < offset && (gender == nil || $0.gender == nil || $0.gender == gender)
        }
        .max { $0.mention.start < $1.mention.start }
    }
}
