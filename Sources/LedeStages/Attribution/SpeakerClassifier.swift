internal import Lede
internal import PCRE2

/// Tells what kind of speaker a phrase names: a person, an organization, a document, an
/// anonymous source or a pronoun.
///
/// Whether a single capitalized word is a person depends on the names met in the text, so the
/// classifier holds the ``NameCollector``. Each answer is kept, by span and by text (the same
/// phrase, `he`, `Mr Blair` or `the company`, recurs in a document): a phrase keeps the kind
/// it was first given, even after more names are known. The finder asks in the same order on
/// every run, so the answers are deterministic.
struct SpeakerClassifier {
    let document: AttributionDocument
    /// The names met so far.
    var names: NameCollector
    private var kinds = SpanTable<SpeakerKind>()
    private var kindsByText = SmallTable<String, SpeakerKind>()

    init(document: AttributionDocument, names: NameCollector) {
        self.document = document
        self.names = names
    }

    /// What a caller already has for a span: its text, its words, and the role split of those
    /// words if it worked it out from them.
    struct Known {
        var text: String
        var words: [String]
        var split: RoleSplit?
    }

    /// The kind of speaker a span names.
    ///
    /// - Parameters:
    ///   - span: The mention.
    ///   - known: What the caller already has for this span.
    /// - Returns: The kind, worked out once per span and per text.
    mutating func kind(of span: Span, known: Known? = nil) -> SpeakerKind {
        if let kind = kinds[span] { return kind }
        let kind = kindByText(of: span, known: known)
        kinds[span] = kind
        return kind
    }

    /// The kind of speaker a span names, kept by text but not by span: for a caller that asks
    /// about each span once, such as the resolver.
    ///
    /// The answer is the one ``kind(of:known:)`` gives: an answer kept by span came from the
    /// mention at the span or from the answer kept for its text, which this looks up in turn.
    ///
    /// - Parameters:
    ///   - span: The mention.
    ///   - known: What the caller already has for this span.
    /// - Returns: The kind, worked out once per text.
    mutating func kindByText(of span: Span, known: Known? = nil) -> SpeakerKind {
        // What a mention of `lede.names` (or of the stage that replaces it) says comes first.
        if let kind = names.kind(ofMentionAt: span) { return kind }
        let text = known?.text ?? document.string(span)
        if let kind = kindsByText[text] { return kind }
        let kind = computeKind(span, words: known?.words, split: known?.split)
        kindsByText.insertNew(kind, for: text)
        return kind
    }

    private mutating func computeKind(_ span: Span, words knownWords: [String]?, split: RoleSplit?) -> SpeakerKind {
        let text = document.text
        if span.length <= 4, (try? AttributionPatterns.pronoun.matches(text, range: span.range)) == true {
            return .pronoun
        }
        let words = knownWords ?? document.words(span)
        let startsWithDeterminer = words.first.map { AttributionLexicon.determiners.containsLowercased($0) } ?? false
        let head = words.dropFirst(startsWithDeterminer ? 1 : 0)
        let isCommon = startsWithDeterminer && (head.first.map { WordShape.startsLowercase($0) } ?? true)
        if (isCommon || startsWithDeterminer || document.hasPossessive(span))
            && (try? AttributionPatterns.document.matches(text, range: span.range)) == true
        {
            return .document
        }
        let split = split ?? RoleSplit(words)
        // `a spokesman for Mr Prescott` names the spokesman by a role, not Mr Prescott.
        if !split.isDescription && (split.role != nil || hasTitle(words)) { return .person }
        if isCommon || document.startsWithCase(span, upper: false) {
            // "The head of Germany's soldiers' union": an unnamed person, whatever follows.
            if head.prefix(3).contains(where: { AttributionLexicon.roleWords.containsLowercased($0) }) {
                return .anonymous
            }
            if (try? AttributionPatterns.anonymous.matches(text, range: span.range)) == true { return .anonymous }
            if OrganizationMatcher.isOrganization(span, in: document) { return .organization }
            return .anonymous
        }
        if OrganizationMatcher.isOrganization(span, in: document) { return .organization }
        if head.count >= 2 { return .person }
        if let surname = head.last, names.isKnownSurname(surname) || names.endsBareName(surname) {
            return .person
        }
        return .organization
    }

    /// Whether a title stands before the last word: `Mr Blair`.
    private func hasTitle(_ words: [String]) -> Bool {
        words.dropLast().contains { AttributionLexicon.titleWords.containsLowercased($0) }
    }
}
