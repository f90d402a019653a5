import Lede

/// What a document's record is made of, looked up once for all its members.
///
/// The `Codable` records (``AnalysisRecord/init(_:id:summary:options:)``) and the fast
/// writer (``AnalysisRecord/write(_:id:summary:options:into:)``) both choose their entries
/// here, so they cannot disagree about which quotes, numbers or issues a record lists.
struct RecordContext {
    let document: Document
    let offsets: CodePointOffsets
    private let layout: [LayoutMark]

    /// The top-level quotations, each with the attribution the record reports for it.
    let quotations: [(quote: Quote, attribution: Attribution?)]
    /// Reported speech: attributions of no quotation.
    let reportedSpeech: [Attribution]
    /// Numbers that are quantities, and those that are not, outside boilerplate unless asked.
    let quantities: [NumberMention]
    let identifiers: [NumberMention]
    /// The summary's sentences, in the summary's order.
    let summarySentences: [SummarySentence]
    /// Every issue, in the record's order: input issues, repairs, then quotation marks.
    let issues: [(kind: IssueRecord.Kind, range: Range<Int>)]

    /// Looks up what the record of `document` is made of; `repairs` are UTF-8 ranges of the
    /// original text where the reader replaced a lone surrogate escape with U+FFFD.
    init(_ document: Document, summary: Summary?, options: AnalysisRecord.Options, repairs: [Range<Int>] = []) {
        self.document = document
        var original = document.original
        offsets = original.withUTF8 { CodePointOffsets($0) }
        layout = document.layout

        let attributions = document.attributions
        let quotes = document.quotes
        // The last attribution of a quotation is the one reported.
        var attributionOfQuote = [Int?](repeating: nil, count: quotes.count)
        var reportedSpeech: [Attribution] = []
        for (index, attribution) in attributions.enumerated() {
            if let quote = attribution.quote {
                if quote >= 0 && quote < quotes.count { attributionOfQuote[quote] = index }
            } else {
                reportedSpeech.append(attribution)
            }
        }
        self.reportedSpeech = reportedSpeech
        var quotations: [(quote: Quote, attribution: Attribution?)] = []
        for (index, quote) in quotes.enumerated() where quote.depth == 0 {
            quotations.append((quote, attributionOfQuote[index].map { attributions[$0] }))
        }
        self.quotations = quotations

        var quantities: [NumberMention] = []
        var identifiers: [NumberMention] = []
        for number in document.numbers {
            if !options.includesBoilerplateNumbers {
                if let role = Self.role(of: number.span, in: layout), !role.isHeading { continue }
            }
            if number.isQuantity { quantities.append(number) } else { identifiers.append(number) }
        }
        self.quantities = quantities
        self.identifiers = identifiers

        summarySentences = (summary ?? document.summary)?.sentences ?? []

        var issues: [(kind: IssueRecord.Kind, range: Range<Int>)] = []
        for issue in document.inputIssues { issues.append((.invalidUTF8, issue.originalRange)) }
        for repair in repairs { issues.append((.loneSurrogate, repair)) }
        for issue in document.quoteIssues {
            issues.append((IssueRecord.Kind(rawValue: issue.reason + "-quote"), document.originalRange(of: issue.mark)))
        }
        self.issues = issues
    }

    /// The UTF-8 range of the original text a span came from.
    @inline(__always)
    func range(of span: Span) -> Range<Int> { document.originalRange(of: span) }

    /// The code-point offsets of a UTF-8 range of the original text.
    @inline(__always)
    func scalarRange(_ range: Range<Int>) -> (start: Int, end: Int) {
        (offsets.codePointOffset(ofUTF8: range.lowerBound), offsets.codePointOffset(ofUTF8: range.upperBound))
    }

    /// The original text a span came from.
    func text(of span: Span) -> String { String(document.originalText(of: span)) }

    /// The role of the layout mark that contains a span, or `nil` for body text: the answer
    /// of `Document.layoutRole(of:)`, without reading the annotation again for every span.
    func role(of span: Span) -> LayoutRole? { Self.role(of: span, in: layout) }

    private static func role(of span: Span, in marks: [LayoutMark]) -> LayoutRole? {
        var low = 0
        var high = marks.count
        while low < high {
            let middle = (low + high) / 2
            if marks[middle].span.start <= span.start { low = middle + 1 } else { high = middle }
        }
        for index in stride(from: low - 1, through: 0, by: -1) where span.isInside(marks[index].span) {
            return marks[index].role
        }
        return nil
    }
}
