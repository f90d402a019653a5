public import Lede

/// Finds quotations between guillemets only — «like this» — for a publication that sets
/// quotations in guillemets and uses straight and curly quotation marks for titles and
/// scare quotes.
///
/// It provides `Document.quotes` in place of Lede's `QuoteFinder`, so every stage that reads
/// quotations works on what it finds: Lede's `AttributionFinder` (`lede.attributions`) says
/// who said each one, and `HedgeTagger` whose each hedge is.
///
/// ```swift
/// let pipeline = try AnalysisPipeline.news().replacing("lede.quotes", with: GuillemetQuoteFinder())
/// let document = try pipeline.run("«We are united», Cavo Dragone said.")
/// document.attribution(ofQuote: 0)?.speaker?.name  // "Cavo Dragone"
/// ```
///
/// A quotation opens at `«` and closes at the next `»` of the same paragraph; the spaces a
/// French text puts inside the marks are not part of the content. Lede's
/// `TypographyNormalizer` turns guillemets into `"` in the working text, so the finder
/// also takes a `"` whose original input (`Document.originalText(of:)`) is a guillemet: it
/// works with or without that normalizer. It is `QuoteKind.full`
/// when its content starts with a capital letter, and `QuoteKind.fragment` otherwise. An
/// opening mark without a closing mark in its paragraph, and a closing mark with nothing to
/// close, are reported in `Document.quoteIssues` as `unclosed` and `unopened`.
///
/// - **Requires:** `AnnotationKeyID.paragraphs`, `AnnotationKeyID.sentences`.
/// - **Provides:** `AnnotationKeyID.quotes` (quotations and quote issues).
/// - **Rules:** `guillemets`.
/// - **Complexity:** O(*n*) in the length of the text.
///
/// `GuillemetQuoteFinder` is `Sendable`.
public struct GuillemetQuoteFinder: Tagger {
    /// `acme.guillemet-quotes`.
    public let name = "acme.guillemet-quotes"

    /// Creates the finder.
    public init() {}

    /// Paragraphs, which a quotation does not cross, and sentences, to say where each opens.
    public var requires: Set<AnnotationKeyID> { [.paragraphs, .sentences] }

    /// The quotations.
    public var provides: Set<AnnotationKeyID> { [.quotes] }

    /// Finds the quotations of one document.
    ///
    /// - Parameter document: The document, with paragraphs and sentences.
    public func process(_ document: inout Document) {
        let bytes = Array(document.text.utf8)
        let sentences = document.sentences
        var quotes: [Quote] = []
        var issues: [QuoteIssue] = []
        for (paragraphIndex, paragraph) in document.paragraphs.enumerated() {
            var open: Span?
            var offset = paragraph.span.start
            while offset < paragraph.span.end {
                guard let (mark, opens) = guillemet(at: offset, in: bytes, of: document) else {
                    offset += 1
                    continue
                }
                if opens {
                    if let previous = open { issues.append(QuoteIssue(mark: previous, reason: "unclosed")) }
                    open = mark
                } else if let opening = open {
                    let content = trimmed(Span(start: opening.end, end: mark.start), in: bytes)
                    quotes.append(
                        Quote(
                            span: Span(start: opening.start, end: mark.end),
                            parts: [content],
                            kind: startsWithCapital(content, in: document) ? .full : .fragment,
                            isClosed: true,
                            depth: 0,
                            sentence: sentenceIndex(at: opening.start, in: sentences),
                            paragraph: paragraphIndex,
                            provenance: Provenance(stage: name, rule: "guillemets")
                        )
                    )
                    open = nil
                } else {
                    issues.append(QuoteIssue(mark: mark, reason: "unopened"))
                }
                offset = mark.end
            }
            if let opening = open { issues.append(QuoteIssue(mark: opening, reason: "unclosed")) }
        }
        document.quoteIssues = issues.sorted { $0.mark < $1.mark }
        document.quotes = quotes
    }

    /// The guillemet at an offset, and whether it opens: `«` or `»` in the working text, or a
    /// `"` that a normalizer made from one.
    private func guillemet(at offset: Int, in bytes: [UInt8], of document: Document) -> (Span, Bool)? {
        // « is C2 AB and » is C2 BB in UTF-8.
        if bytes[offset] == 0xC2, offset + 1 < bytes.count, bytes[offset + 1] == 0xAB || bytes[offset + 1] == 0xBB {
            return (Span(start: offset, end: offset + 2), bytes[offset + 1] == 0xAB)
        }
        guard bytes[offset] == UInt8(ascii: "\"") else { return nil }
        let mark = Span(start: offset, end: offset + 1)
        switch document.originalText(of: mark) {
        case "«": return (mark, true)
        case "»": return (mark, false)
        default: return nil
        }
    }

    /// A span without the spaces at its ends.
    private func trimmed(_ span: Span, in bytes: [UInt8]) -> Span {
        var (start, end) = (span.start, span.end)
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        return Span(start: start, end: end)
    }

    private func startsWithCapital(_ span: Span, in document: Document) -> Bool {
        document.text(of: span).first?.isUppercase ?? false
    }

    /// The index of the last sentence that starts at or before an offset, or 0.
    private func sentenceIndex(at offset: Int, in sentences: [Sentence]) -> Int {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].span.start <= offset { low = mid + 1 } else { high = mid }
        }
        return max(low - 1, 0)
    }
}
