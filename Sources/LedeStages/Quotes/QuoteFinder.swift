public import Lede

/// Finds direct quotations: straight and curly double marks, single marks where they are
/// quotation marks and not apostrophes, guillemets and low-9 marks.
///
/// Each mark is classed as opening or closing from what surrounds it (a space or the start
/// of the paragraph before it and a letter after it open; a letter or punctuation before it
/// and a space or punctuation after it close), and, where context is silent, from its
/// original glyph (`“ „ ‘` open, `” ’` close) — the working text may hold straight marks
/// after ``TypographyNormalizer``, so the finder looks the glyph up in the original input.
/// Marks pair up per paragraph with a stack, so quotations nest.
///
/// - **Apostrophes** never open or close a quotation: inner ones (`NATO’s`, `don't`),
///   elisions (`’90s`, `'em`, `rock 'n' roll`), and plural possessives (`Ellis’`,
///   `soldiers'`) unless a single-mark quotation is open and waiting for its close.
/// - **Multi-paragraph quotations** follow the news convention: a paragraph that ends with
///   the quotation still open, followed by a paragraph that opens with a new mark, continues
///   it (rule `continued`); so does a mark that re-opens after a sentence end while the
///   quotation is open, as when paragraphs were merged. The result is one `Quote` with
///   one part per passage.
/// - **Unbalanced marks** are never an error: an unclosed quotation runs to the end of its
///   paragraph (`Quote.isClosed` is `false`, rule `unclosed`), and each odd mark is
///   reported in `Document.quoteIssues`.
/// - **Kind**: a quotation of one passage with at most three words and no punctuation is a
///   `QuoteKind.fragment` (a name or phrase: “Draft One”, “candid discussion”). Otherwise
///   it is `QuoteKind.full` when it runs over several passages, starts with a capital or a
///   digit, opens its sentence, follows a colon or comma, or follows a reporting `that` and
///   ends a sentence; anything else is a `QuoteKind.fragment`. ``AttributionFinder`` turns a fragment that nobody
///   said into a `QuoteKind.term`.
///
/// The value of an attribute of markup left in a text (`author="Jane Doe"`, a double mark right
/// after `=`) is no quotation. Boilerplate paragraphs (`Document.layout`) are skipped; headings
/// are searched.
///
/// - **Requires:** `AnnotationKeyID.paragraphs`, `AnnotationKeyID.sentences`,
///   `AnnotationKeyID.layout`.
/// - **Provides:** `AnnotationKeyID.quotes`.
/// - **Offsets:** UTF-8 bytes of the working text.
/// - **Options:** `singleQuotes` (default `true`): look for single-mark quotations.
///
/// `QuoteFinder` is `Sendable`.
public struct QuoteFinder: Tagger {
    /// `lede.quotes`.
    public let name = "lede.quotes"
    /// Whether single-mark quotations (`'...'`, `‘...’`) are found.
    public var findsSingleQuotes: Bool

    /// Creates the finder.
    ///
    /// - Parameter findsSingleQuotes: Whether to find single-mark quotations; defaults to `true`.
    public init(findsSingleQuotes: Bool = true) {
        self.findsSingleQuotes = findsSingleQuotes
    }

    /// Paragraphs, sentences and layout.
    public var requires: Set<AnnotationKeyID> { [.paragraphs, .sentences, .layout] }
    /// `AnnotationKeyID.quotes`.
    public var provides: Set<AnnotationKeyID> { [.quotes] }

    /// Finds the quotations.
    ///
    /// - Parameter document: A segmented document.
    /// - Complexity: O(*n*) in the length of the text.
    public func process(_ document: inout Document) {
        let paragraphs = document.paragraphs
        let sentences = document.sentences
        let searched = paragraphs.indices.map { index -> Bool in
            guard let role = document.layoutRole(of: paragraphs[index].span) else { return true }
            return role.isHeading
        }
        var scanner = QuoteScanner(finder: self, document: document, sentences: sentences)
        var text = document.text
        text.withUTF8 { bytes in
            scanner.bytes = bytes
            for (index, paragraph) in paragraphs.enumerated() where searched[index] {
                let next = index + 1 < paragraphs.count && searched[index + 1] ? paragraphs[index + 1].span : nil
                scanner.scan(paragraph: index, span: paragraph.span, next: next)
            }
            scanner.bytes = nil
        }
        document.quotes = scanner.quotes.sorted { $0.span < $1.span }
        document.quoteIssues = scanner.issues
    }
}
