public import Lede

/// Finds the names of people that a role or a title introduces: the mentions the attribution
/// stages complete short forms and pronouns from.
///
/// A capitalized role word or title (`Secretary`, `Chancellor`, `Judge`, `Mr`, `Dr`, `Gen.`)
/// followed by capitalized words introduces a person's name:
///
/// | Text | Mention | Role | Title | Gender |
/// | --- | --- | --- | --- | --- |
/// | `Foreign Secretary Jack Straw said` | `Jack Straw` | `Foreign Secretary` | – | – |
/// | `Chair of the NATO Military Committee Admiral Giuseppe Cavo Dragone` | `Giuseppe Cavo Dragone` | `Chair of the NATO Military Committee Admiral` | – | – |
/// | `Mrs Patricia Hewitt` | `Patricia Hewitt` | – | `Mrs` | female |
/// | `Mr Blair` | `Blair` | – | `Mr` | male |
///
/// A role must be followed by at least two capitalized words (`President Bush` names
/// nobody new); a title by one or more. The role is the run of capitalized words before the
/// role word, with links such as `of the`, on the same line; the name is up to four
/// capitalized words after it. Role words and titles are the closed English lists that the
/// sentence segmenter and the attribution stages share.
///
/// The finder lists the names the text introduces, not every capitalized run: the speaker
/// stages look for names written bare, with no role or title (`Giuseppe Cavo Dragone met
/// ...`), only where a speaker needs one, which costs a fraction of finding them all.
///
/// This is the seam for a named-entity model or a gazetteer: a stage of your own that writes
/// `Document.mentions` in place of this one (people and organizations, with a role, title or
/// gender when it knows them) changes the speakers that ``AttributionFinder`` accepts and the
/// kinds, names and roles that ``SpeakerTagger`` gives them. A mention whose span is exactly a
/// speaker's mention decides its kind; a person's name completes the short forms and
/// pronouns that refer to it.
///
/// Each mention's `Provenance.rule` is `role` or `title`.
///
/// - **Requires:** `AnnotationKeyID.tokens`.
/// - **Provides:** `AnnotationKeyID.mentions`.
/// - **Offsets:** UTF-8 bytes of the working text.
/// - **Options:** none.
///
/// `NameFinder` is `Sendable`.
public struct NameFinder: Tagger {
    /// `lede.names`.
    public let name = "lede.names"

    /// Creates the finder.
    public init() {}

    /// Tokens.
    public var requires: Set<AnnotationKeyID> { [.tokens] }
    /// `AnnotationKeyID.mentions`.
    public var provides: Set<AnnotationKeyID> { [.mentions] }

    /// Finds the names that roles and titles introduce.
    ///
    /// - Parameter document: A document with tokens.
    /// - Complexity: O(*n*) in the number of tokens.
    public func process(_ document: inout Document) {
        // Worked out from a copy that is gone before the result is stored, so that storing it
        // does not copy the document's annotations.
        document.mentions = mentions(of: document)
    }

    /// The mentions of a document.
    private func mentions(of document: Document) -> [Mention] {
        AttributionDocument.reading(document, parts: []) { view in
            Self.roleNameMentions(in: view, roleStarts: Self.roleStarts(in: view), stage: name)
        }
    }

    /// Role words and titles, lower case: a capitalized one introduces a person's name.
    static let roles = PackedWordTable(
        Dictionary(
            uniqueKeysWithValues: AttributionLexicon.roleWords.words.union(AttributionLexicon.titleWords.words).map {
                ($0, true)
            }
        )
    )

    /// The offsets of the capitalized role words and titles followed by a capitalized word,
    /// among the word tokens, in order.
    ///
    /// Most tokens do not start with a capital and cost one byte test; the others are looked
    /// up by their packed bytes (``roles``).
    ///
    /// - Parameter document: The document.
    /// - Returns: The offsets.
    /// - Complexity: O(*n*) in the number of tokens.
    static func roleStarts(in document: AttributionDocument) -> [Int] {
        let roles = Self.roles
        let wordKind = TokenKind.word
        var starts: [Int] = []
        document.tokens.withUnsafeBufferPointer { tokens in
            document.withBytes { bytes in
                let count = bytes.count
                for position in tokens.indices {
                    let start = tokens[position].span.start
                    guard start < count, TextBytes.isUpper(bytes[start]) else { continue }
                    let range = tokens[position].span.range
                    // Words of 2 to 14 bytes, as the reporting-verb scan reads them.
                    guard (2...14).contains(range.count), roles.value(bytes, range) != nil else { continue }
                    var next = range.upperBound
                    if next < count && bytes[next] == 0x2E { next += 1 }  // Gen. Dan Caine
                    let followedByCapital =
                        next + 1 < count && bytes[next] == 0x20
                        && (TextBytes.isUpper(bytes[next + 1]) || bytes[next + 1] >= 0xC3)
                    if followedByCapital && tokens[position].kind == wordKind {
                        starts.append(range.lowerBound)
                    }
                }
            }
        }
        return starts
    }

    /// The mentions of the capitalized runs preceded by a role word or title, anywhere in the
    /// text: `Secretary Patricia Hewitt`, `Mr Blair`.
    ///
    /// The scan of the text found the candidates; tokens are looked at only there.
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - starts: The offsets of capitalized role words and titles followed by a capitalized
    ///     word, in order (``NameFinder/roleStarts(in:)``).
    ///   - stage: The stage name, for provenance.
    /// - Returns: A mention of a person per run, in text order: the name of two or more words
    ///   after a role or title, with the role (rule `role`), or the title and its gender (rule
    ///   `title`); or a single name after a title (`title`).
    /// - Complexity: O(*n*) in the number of tokens.
    static func roleNameMentions(in document: AttributionDocument, roleStarts starts: [Int], stage: String) -> [Mention]
    {
        var mentions: [Mention] = []
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
                // `But Treasury Secretary Dana Kerr`: a linking word that opens the sentence is
                // not part of the role.
                while roleStart < index
                    && (document.isWord(tokens[roleStart].span.range, in: linkWords)
                        || document.isWord(tokens[roleStart].span.range, in: ClauseWords.discourse))
                {
                    roleStart += 1
                }
                let roleText =
                    isTitle ? nil : (roleStart...index).map { document.tokenString($0) }.joined(separator: " ")
                let title = isTitle ? document.tokenString(index) : nil
                let gender = title.flatMap { NameCollector.gender(ofTitle: $0) }
                mentions.append(
                    Mention(
                        span: Span(start: tokens[index + 1].span.start, end: tokens[end - 1].span.end),
                        kind: .person,
                        name: nameTokens.joined(separator: " "),
                        role: roleText,
                        title: title,
                        gender: gender.map(Gender.init),
                        provenance: Provenance(stage: stage, rule: isTitle ? "title" : "role")
                    )
                )
            }
            index = max(end, index + 1)
        }
        return mentions
    }
}
