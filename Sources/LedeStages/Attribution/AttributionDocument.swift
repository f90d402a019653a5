internal import Lede

/// A document as the attribution types read it: its bytes and annotations, which sentences
/// are body text, searches by offset, and names spelled as in the input.
///
/// Made once per document by each attribution stage (``NameFinder``, ``CueFinder``,
/// ``AttributionFinder``, ``SpeakerTagger``) and shared, read-only, by the types that find
/// and resolve speakers: a class, so that each holds one reference rather than a copy of
/// every array, and immutable, so that sharing it is safe. A stage reads only the
/// annotations it declares (``Parts``); the others are empty in its view. Byte-level scanning
/// helpers are in `AttributionDocument+Scanning.swift`.
final class AttributionDocument {
    /// The annotations a view reads besides the text and the tokens.
    ///
    /// A view made without a part has it empty: ``NameFinder`` and ``SpeakerTagger`` read the
    /// words only, ``CueFinder`` the quotations and sentences too.
    struct Parts: OptionSet {
        let rawValue: Int
        /// ``quotes`` and ``quoteSpans``.
        static let quotes = Parts(rawValue: 1)
        /// ``sentences``.
        static let sentences = Parts(rawValue: 2)
        /// ``paragraphs``.
        static let paragraphs = Parts(rawValue: 4)
        /// The layout, for ``isBody`` (with ``sentences``).
        static let layout = Parts(rawValue: 8)
        /// Everything: what ``AttributionFinder`` reads.
        static let all: Parts = [.quotes, .sentences, .paragraphs, .layout]
    }

    /// The document, for the text of a span in the working text and in the original input.
    let document: Document
    /// The working text.
    let text: String
    /// The working text's UTF-8 bytes: the text's own storage, not a copy, so valid only
    /// while ``reading(_:parts:_:)`` runs its body.
    let bytes: UnsafeBufferPointer<UInt8>
    let quotes: [Quote]
    let sentences: [Sentence]
    let paragraphs: [Paragraph]
    let tokens: [Token]
    /// Whether each sentence is body text: no layout mark (heading, byline, ...) holds it.
    let isBody: [Bool]
    /// Whether each sentence is a headline or a heading: a heading mark holds it.
    let isHeading: [Bool]
    /// Spans of quotations in running text (depth 0), in order.
    ///
    /// They never overlap, so they are sorted by start and by end alike.
    let quoteSpans: [Span]
    /// The words of each of ``quoteSpans``, without the marks: the content of each quotation,
    /// in the same order.
    let quoteContents: [Span]

    /// Runs `body` on a view of a document.
    ///
    /// The view reads the text's bytes in place, where it once copied them (as much memory
    /// again as the text, in each of the four stages): it must not outlive `body`.
    ///
    /// - Parameters:
    ///   - document: A document with tokens and the annotations of `parts`.
    ///   - parts: What to read besides the text and the tokens; defaults to everything
    ///     (paragraphs, sentences, layout and quotations).
    ///   - body: Reads the view.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws.
    /// - Complexity: O(*n*) in the length of the text, besides `body`.
    static func reading<Result>(
        _ document: Document,
        parts: Parts = .all,
        _ body: (AttributionDocument) throws -> Result
    ) rethrows -> Result {
        var text = document.text
        return try text.withUTF8 { bytes in
            try body(AttributionDocument(document, bytes: bytes, reading: parts))
        }
    }

    /// Runs `body` on ``bytes``, as an array's `withUnsafeBufferPointer` would.
    ///
    /// - Parameter body: Reads the bytes.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(bytes)
    }

    /// Reads a document, with `bytes` the UTF-8 storage of its working text.
    private init(_ document: Document, bytes: UnsafeBufferPointer<UInt8>, reading parts: Parts) {
        self.document = document
        text = document.text
        self.bytes = bytes
        tokens = document.tokens
        if parts.contains(.quotes) {
            let quotes = document.quotes
            self.quotes = quotes
            // One pass for both: the quotations in running text, with their marks and without.
            var spans: [Span] = []
            var contents: [Span] = []
            spans.reserveCapacity(quotes.count)
            contents.reserveCapacity(quotes.count)
            for quote in quotes where quote.depth == 0 {
                spans.append(quote.span)
                contents.append(quote.content)
            }
            quoteSpans = spans
            quoteContents = contents
        } else {
            quotes = []
            quoteSpans = []
            quoteContents = []
        }
        sentences = parts.contains(.sentences) ? document.sentences : []
        paragraphs = parts.contains(.paragraphs) ? document.paragraphs : []
        (isBody, isHeading) =
            parts.contains(.layout)
            ? Self.classify(sentences, marks: document.layout)
            : (Array(repeating: true, count: sentences.count), Array(repeating: false, count: sentences.count))
    }

    /// Whether each sentence is body text, that is, no mark contains it, and whether a heading
    /// mark contains it.
    ///
    /// Marks and sentences are both in text order, so one sweep decides all sentences.
    private static func classify(_ sentences: [Sentence], marks: [LayoutMark]) -> (body: [Bool], heading: [Bool]) {
        var isBody: [Bool] = []
        var isHeading: [Bool] = []
        isBody.reserveCapacity(sentences.count)
        isHeading.reserveCapacity(sentences.count)
        var mark = 0
        for sentence in sentences {
            while mark < marks.count && marks[mark].span.end < sentence.span.end { mark += 1 }
            // Marks rarely nest; look at the few that end at or after the sentence's end.
            var holder: LayoutMark?
            var candidate = mark
            while candidate < marks.count && marks[candidate].span.start <= sentence.span.start {
                if sentence.span.isInside(marks[candidate].span) {
                    holder = marks[candidate]
                    break
                }
                candidate += 1
            }
            isBody.append(holder == nil)
            isHeading.append(holder?.role.isHeading == true)
        }
        return (isBody, isHeading)
    }

    // MARK: Text

    /// The working text of a span.
    ///
    /// A span whose ends are scalar boundaries, as every token's and mention's are, is decoded
    /// from the bytes; `String(document.text(of:))`, which any other span takes, gives the same
    /// string after aligning its indices.
    func string(_ span: Span) -> String {
        let bytes = self.bytes
        guard span.start >= 0, span.start <= span.end, span.end <= bytes.count,
            span.start == bytes.count || !Self.isContinuation(bytes[span.start]),
            span.end == bytes.count || !Self.isContinuation(bytes[span.end])
        else { return String(document.text(of: span)) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[span.range]), as: UTF8.self)
    }

    /// Whether a byte continues a UTF-8 sequence (`10xxxxxx`), so that no scalar starts at it.
    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The working text of a token.
    func tokenString(_ index: Int) -> String { string(tokens[index].span) }

    /// A name or role taken from the working text, spelled as in the original input: the
    /// working text may have straight apostrophes where the input had curly ones.
    ///
    /// The name is looked for near the mention it came from, so the cost does not grow with
    /// the document.
    func displayName(_ name: String, near span: Span) -> String {
        guard !document.offsetMap.isIdentity,
            name.utf8.contains(where: { $0 == 0x27 || $0 == 0x22 || $0 == 0x2D || $0 >= 0x80 }),
            let start = find(name, from: max(0, span.start - 400), to: min(bytes.count, span.end + 400))
        else { return name }
        return String(document.originalText(of: Span(start: start, end: start + name.utf8.count)))
    }

    // MARK: Searches by offset

    /// The end of the last quotation that ends at or before `offset`, if it ends after `floor`.
    func quoteEnd(atOrBefore offset: Int, after floor: Int) -> Int? {
        guard let index = quoteSpans.lastIndex(endingAtOrBefore: offset), quoteSpans[index].end > floor else {
            return nil
        }
        return quoteSpans[index].end
    }

    /// The start of the first quotation that starts at or after `offset`, if it starts before `limit`.
    func quoteStart(atOrAfter offset: Int, before limit: Int) -> Int? {
        let index = quoteSpans.firstIndex(startingAtOrAfter: offset)
        guard index < quoteSpans.count, quoteSpans[index].start < limit else { return nil }
        return quoteSpans[index].start
    }

    /// Whether a quotation starts inside a span.
    func quoteStarts(in span: Span) -> Bool {
        quoteStart(atOrAfter: span.start, before: span.end) != nil
    }

    /// Whether a quotation overlaps a span.
    func quoteOverlaps(_ span: Span) -> Bool {
        let index = quoteSpans.firstIndex(endingAfter: span.start)
        return index < quoteSpans.count && quoteSpans[index].start < span.end
    }

    /// Whether a span lies inside one quotation: reported content that is in fact a quotation's text.
    func isInsideQuote(_ span: Span) -> Bool {
        guard let index = quoteSpans.index(containing: span.start) else { return false }
        return span.end <= quoteSpans[index].end
    }

    /// The index of the paragraph that holds `offset`, or of the nearest one before it.
    func paragraphIndex(containing offset: Int) -> Int? {
        paragraphs.lastIndex(startingAtOrBefore: offset)
    }

    /// The index of the sentence that holds `offset`, or of the nearest one before it, or 0.
    func sentenceIndex(containing offset: Int) -> Int {
        sentences.lastIndex(startingAtOrBefore: offset) ?? 0
    }

    /// The index of the first token that starts at or after `offset`.
    func tokenIndex(at offset: Int) -> Int {
        tokens.firstIndex(startingAtOrAfter: offset)
    }

    /// The index of the first token that starts at or after `offset`, searched for in `range`
    /// only: a few tokens of one sentence rather than all of the document's.
    ///
    /// - Precondition: ``tokenIndex(at:)`` would answer an index in
    ///   `range.lowerBound...range.upperBound`, as it does for an offset in a sentence whose
    ///   tokens are `range`.
    func tokenIndex(at offset: Int, in range: Range<Int>) -> Int {
        tokens[range].firstIndex(startingAtOrAfter: offset)
    }

    /// Whether a quotation opens its paragraph.
    func startsParagraph(_ quote: Quote) -> Bool {
        paragraphs.indices.contains(quote.paragraph) && paragraphs[quote.paragraph].span.start == quote.span.start
    }
}
