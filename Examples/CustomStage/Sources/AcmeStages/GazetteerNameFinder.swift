public import Lede

/// Finds the names of a fixed list, a gazetteer, wherever the text writes them: the people
/// and organizations a newsroom knows.
///
/// It provides `Document.mentions` in place of Lede's `NameFinder` (`lede.names`), so Lede's
/// attribution stages work with its names: a speaker written exactly as a listed name gets
/// that name's kind from `lede.speakers` (`Northwind Traders said` is an organization, which
/// Lede alone would take for a person's two names; `Pemberton said` a person, which it would
/// take for an organization), and a listed person's full name completes the short form
/// (`Pemberton` → `Ada Pemberton`).
///
/// ```swift
/// let gazetteer = GazetteerNameFinder(entries: [
///     .init(name: "Northwind Traders", kind: .organization),
///     .init(name: "Pemberton", kind: .person, fullName: "Ada Pemberton"),
/// ])
/// let pipeline = try AnalysisPipeline.news().replacing("lede.names", with: gazetteer)
/// ```
///
/// A name matches whole words only: it starts and ends at a word token, and its words are
/// the tokens in between, one space apart, compared exactly. Where two names start at the
/// same word, the longer wins.
///
/// - **Requires:** `AnnotationKeyID.tokens`.
/// - **Provides:** `AnnotationKeyID.mentions`.
/// - **Rules:** `gazetteer`.
/// - **Complexity:** O(*t* · *w*) for *t* tokens and names of up to *w* words.
///
/// `GazetteerNameFinder` is `Sendable`.
public struct GazetteerNameFinder: Tagger {
    /// One name of the list.
    ///
    /// `Entry` is `Sendable`.
    public struct Entry: Sendable, Hashable {
        /// The name as texts write it: `Pemberton`, `Northwind Traders`.
        public var name: String
        /// A person or an organization.
        public var kind: MentionKind
        /// The full name it stands for, if the text writes it shorter: `Ada Pemberton`.
        public var fullName: String?

        /// Creates an entry.
        ///
        /// - Parameters:
        ///   - name: The name as texts write it.
        ///   - kind: A person or an organization.
        ///   - fullName: The full name it stands for; defaults to `nil`, the name itself.
        public init(name: String, kind: MentionKind, fullName: String? = nil) {
            self.name = name
            self.kind = kind
            self.fullName = fullName
        }
    }

    /// `acme.gazetteer`.
    public let name = "acme.gazetteer"
    /// The names to find.
    public var entries: [Entry]

    /// Creates the finder.
    ///
    /// - Parameter entries: The names to find.
    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// Tokens.
    public var requires: Set<AnnotationKeyID> { [.tokens] }
    /// `AnnotationKeyID.mentions`.
    public var provides: Set<AnnotationKeyID> { [.mentions] }

    /// Finds the listed names of one document.
    ///
    /// - Parameter document: The document, with tokens.
    public func process(_ document: inout Document) {
        // The names by first word, longest first.
        var byFirstWord: [Substring: [(words: [Substring], entry: Entry)]] = [:]
        for entry in entries {
            let words = entry.name.split(separator: " ")
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append((words, entry))
        }
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.words.count > $1.words.count } }

        let tokens = document.tokens
        var mentions: [Mention] = []
        var index = 0
        while index < tokens.count {
            let word = document.text(of: tokens[index].span)
            guard tokens[index].kind == .word, let candidates = byFirstWord[word],
                let match = candidates.first(where: { matches($0.words, at: index, in: document) })
            else {
                index += 1
                continue
            }
            let last = index + match.words.count - 1
            mentions.append(
                Mention(
                    span: Span(start: tokens[index].span.start, end: tokens[last].span.end),
                    kind: match.entry.kind,
                    name: match.entry.fullName ?? match.entry.name,
                    provenance: Provenance(stage: name, rule: "gazetteer")
                )
            )
            index = last + 1
        }
        document.mentions = mentions
    }

    /// Whether the tokens from `index` are `words`, one space apart.
    private func matches(_ words: [Substring], at index: Int, in document: Document) -> Bool {
        let tokens = document.tokens
        guard index + words.count <= tokens.count else { return false }
        for offset in words.indices {
            let token = tokens[index + offset]
            guard document.text(of: token.span) == words[offset] else { return false }
            if offset > 0
                && document.text(of: Span(start: tokens[index + offset - 1].span.end, end: token.span.start)) != " "
            {
                return false
            }
        }
        return true
    }
}
