/// The key of ``Document/paragraphs``.
enum ParagraphsKey: AnnotationKey {
    typealias Value = [Paragraph]
    static var name: String { "paragraphs" }
}

/// The key of ``Document/sentences``.
enum SentencesKey: AnnotationKey {
    typealias Value = [Sentence]
    static var name: String { "sentences" }
}

/// The key of ``Document/tokens``.
enum TokensKey: AnnotationKey {
    typealias Value = [Token]
    static var name: String { "tokens" }
}

/// The key of ``Document/layout``.
enum LayoutKey: AnnotationKey {
    typealias Value = [LayoutMark]
    static var name: String { "layout" }
}

/// The key of ``Document/summary``.
enum SummaryKey: AnnotationKey {
    typealias Value = Summary
    static var name: String { "summary" }
}

extension AnnotationKeyID {
    /// ``Document/paragraphs``.
    public static let paragraphs = AnnotationKeyID(ParagraphsKey.self)
    /// ``Document/sentences``.
    public static let sentences = AnnotationKeyID(SentencesKey.self)
    /// ``Document/tokens``.
    public static let tokens = AnnotationKeyID(TokensKey.self)
    /// ``Document/layout``.
    public static let layout = AnnotationKeyID(LayoutKey.self)
    /// ``Document/summary``.
    public static let summary = AnnotationKeyID(SummaryKey.self)
}

extension Document {
    /// The paragraphs, in order; empty until a segmenter provides ``AnnotationKeyID/paragraphs``.
    public var paragraphs: [Paragraph] {
        get { self[ParagraphsKey.self] ?? [] }
        set { self[ParagraphsKey.self] = newValue }
    }

    /// The sentences (and heading lines), in order; empty until a segmenter provides
    /// ``AnnotationKeyID/sentences``.
    public var sentences: [Sentence] {
        get { self[SentencesKey.self] ?? [] }
        set { self[SentencesKey.self] = newValue }
    }

    /// The tokens, in order; empty until a segmenter provides ``AnnotationKeyID/tokens``.
    public var tokens: [Token] {
        get { self[TokensKey.self] ?? [] }
        set { self[TokensKey.self] = newValue }
    }

    /// Headings and boilerplate regions, in order; empty until a stage provides
    /// ``AnnotationKeyID/layout``.
    public var layout: [LayoutMark] {
        get { self[LayoutKey.self] ?? [] }
        set { self[LayoutKey.self] = newValue }
    }

    /// The summary, once a ``Summarizer`` has run.
    public var summary: Summary? {
        get { self[SummaryKey.self] }
        set { self[SummaryKey.self] = newValue }
    }

    /// The role of the layout mark that contains a span, or `nil` for body text.
    ///
    /// - Parameter span: A span of the working text.
    /// - Returns: The innermost containing mark's role.
    /// - Complexity: O(log *m*) for non-overlapping marks, O(*m*) at worst.
    public func layoutRole(of span: Span) -> LayoutRole? {
        let marks = layout
        // Marks are sorted by start; find the last one starting at or before the span.
        var low = 0
        var high = marks.count
        while low < high {
            let mid = (low + high) / 2
            if marks[mid].span.start <= span.start { low = mid + 1 } else { high = mid }
        }
        // Of the marks that start at or before the span, the latest that contains it.
        for index in stride(from: low - 1, through: 0, by: -1) where span.isInside(marks[index].span) {
            return marks[index].role
        }
        return nil
    }

    /// Whether a span is body text: not inside a heading or boilerplate mark.
    ///
    /// - Parameter span: A span of the working text.
    /// - Returns: `true` if no layout mark contains the span.
    public func isBodyText(_ span: Span) -> Bool { layoutRole(of: span) == nil }
}

/// The key of ``Document/quotes`` and ``Document/quoteIssues``.
enum QuotesKey: AnnotationKey {
    typealias Value = QuoteFindings
    static var name: String { "quotes" }
}

/// The key of ``Document/attributions``.
enum AttributionsKey: AnnotationKey {
    typealias Value = AttributionTable
    static var name: String { "attributions" }
}

/// The attributions of a document, with the position of each quotation's attribution, built
/// once when the attributions are stored.
struct AttributionTable: Sendable, Equatable {
    /// The attributions, as the stage wrote them.
    let attributions: [Attribution]
    /// For each quotation index, the position in ``attributions`` of its first attribution,
    /// or -1: an array for the usual indices, dense from 0, and a table for any others.
    private let positionOfQuote: [Int]
    private let otherPositions: [Int: Int]

    /// Indexes attributions.
    ///
    /// - Parameter attributions: The attributions.
    /// - Complexity: O(*a*) for *a* attributions.
    init(_ attributions: [Attribution]) {
        self.attributions = attributions
        // Quotation indices are dense from 0, and at most one per quotation of the document.
        let limit = 2 * attributions.count + 16
        var positions: [Int] = []
        var others: [Int: Int] = [:]
        for (position, attribution) in attributions.enumerated() {
            guard let quote = attribution.quote else { continue }
            if quote >= 0 && quote < limit {
                if quote >= positions.count {
                    positions.append(contentsOf: repeatElement(-1, count: quote + 1 - positions.count))
                }
                if positions[quote] < 0 { positions[quote] = position }
            } else if others[quote] == nil {
                others[quote] = position
            }
        }
        self.positionOfQuote = positions
        self.otherPositions = others
    }

    /// The first attribution of a quotation.
    subscript(quote quote: Int) -> Attribution? {
        if quote >= 0 && quote < positionOfQuote.count {
            let position = positionOfQuote[quote]
            return position < 0 ? nil : attributions[position]
        }
        return otherPositions[quote].map { attributions[$0] }
    }

    /// Equal when the attributions are; the index follows from them.
    static func == (lhs: AttributionTable, rhs: AttributionTable) -> Bool { lhs.attributions == rhs.attributions }
}

/// The key of ``Document/mentions``.
enum MentionsKey: AnnotationKey {
    typealias Value = [Mention]
    static var name: String { "mentions" }
}

/// The key of ``Document/cues``.
enum CuesKey: AnnotationKey {
    typealias Value = [Cue]
    static var name: String { "cues" }
}

/// The key of ``Document/speakers``.
enum SpeakersKey: AnnotationKey {
    typealias Value = [SpeakerEntity]
    static var name: String { "speakers" }
}

/// The key of ``Document/numbers``.
enum NumbersKey: AnnotationKey {
    typealias Value = [NumberMention]
    static var name: String { "numbers" }
}

extension AnnotationKeyID {
    /// ``Document/quotes`` and ``Document/quoteIssues``, provided by the built-in `QuoteFinder`
    /// or any stage that finds quotations.
    public static let quotes = AnnotationKeyID(QuotesKey.self)
    /// ``Document/mentions``, provided by the built-in `NameFinder` or any stage that finds
    /// names of people and organizations (a named-entity model, a gazetteer).
    public static let mentions = AnnotationKeyID(MentionsKey.self)
    /// ``Document/cues``, provided by the built-in `CueFinder` or any stage that finds
    /// reporting verbs and phrases.
    public static let cues = AnnotationKeyID(CuesKey.self)
    /// ``Document/attributions``, provided by the built-in `AttributionFinder` or any stage
    /// that attributes quotations and reported speech.
    ///
    /// The built-in `SpeakerTagger` provides it again, with the speakers resolved.
    public static let attributions = AnnotationKeyID(AttributionsKey.self)
    /// ``Document/speakers``, provided by the built-in `SpeakerTagger` or any stage that
    /// resolves speakers: once it is present, every ``Attribution/speaker`` has its kind,
    /// canonical name and role.
    public static let speakers = AnnotationKeyID(SpeakersKey.self)
    /// ``Document/numbers``, provided by the built-in `NumberFinder` or any stage that finds
    /// numbers.
    public static let numbers = AnnotationKeyID(NumbersKey.self)
}

extension AnnotationKeyID {
    /// The built-in stages (in LedeStages) that provide the built-in keys.
    ///
    /// Messages of missing requirements name them. The summary is left out: any summarizer
    /// provides it.
    static let builtInProviders: [AnnotationKeyID: [String]] = [
        .paragraphs: ["lede.paragraphs"],
        .layout: ["lede.layout"],
        .sentences: ["lede.sentences"],
        .tokens: ["lede.tokens"],
        .quotes: ["lede.quotes"],
        .mentions: ["lede.names"],
        .cues: ["lede.cues"],
        .attributions: ["lede.attributions"],
        .speakers: ["lede.speakers"],
        .numbers: ["lede.numbers"],
    ]

    /// What to tell a configuration written for an earlier release, by the stage whose
    /// requirements grew: the keys that are new, and the note added to the error.
    static let builtInMigrationNotes: [String: (keys: Set<AnnotationKeyID>, note: String)] = [
        "lede.attributions": (
            [.mentions, .cues],
            "Attribution takes four stages, in this order: \"lede.names\", \"lede.cues\", \"lede.attributions\" and \"lede.speakers\" (which resolves the speakers); a configuration written for the single attribution stage of Lede 0.1 needs the other three added."
        )
    ]
}

extension Document {
    /// The direct quotations, in text order; empty until a stage provides
    /// ``AnnotationKeyID/quotes``.
    ///
    /// Setting it keeps ``quoteIssues`` and provides ``AnnotationKeyID/quotes``.
    public var quotes: [Quote] {
        get { self[QuotesKey.self]?.quotes ?? [] }
        set {
            let issues = self[QuotesKey.self]?.issues ?? []
            self[QuotesKey.self] = QuoteFindings(quotes: newValue, issues: issues)
        }
    }

    /// Quotation marks that could not be paired; empty until a stage provides
    /// ``AnnotationKeyID/quotes``.
    ///
    /// Setting it keeps ``quotes`` and provides ``AnnotationKeyID/quotes``.
    public var quoteIssues: [QuoteIssue] {
        get { self[QuotesKey.self]?.issues ?? [] }
        set {
            let quotes = self[QuotesKey.self]?.quotes ?? []
            self[QuotesKey.self] = QuoteFindings(quotes: quotes, issues: newValue)
        }
    }

    /// Mentions of people and organizations by name, in text order; empty until a stage
    /// provides ``AnnotationKeyID/mentions``.
    public var mentions: [Mention] {
        get { self[MentionsKey.self] ?? [] }
        set { self[MentionsKey.self] = newValue }
    }

    /// Reporting verbs and phrases outside quotations (`said`, `told`, `according to`), in
    /// text order; empty until a stage provides ``AnnotationKeyID/cues``.
    public var cues: [Cue] {
        get { self[CuesKey.self] ?? [] }
        set { self[CuesKey.self] = newValue }
    }

    /// The speakers of the document, each with its attributions, in order of first
    /// appearance; empty until a stage provides ``AnnotationKeyID/speakers``.
    public var speakers: [SpeakerEntity] {
        get { self[SpeakersKey.self] ?? [] }
        set { self[SpeakersKey.self] = newValue }
    }

    /// Attributions of quotations and of reported speech, in text order; empty until a stage
    /// provides ``AnnotationKeyID/attributions``.
    ///
    /// Setting it provides ``AnnotationKeyID/attributions`` and indexes the attributions by
    /// quotation, so that ``attribution(ofQuote:)`` need not search.
    ///
    /// - Complexity: Reading is O(1); setting is O(*a*) for *a* attributions.
    public var attributions: [Attribution] {
        get { self[AttributionsKey.self]?.attributions ?? [] }
        set { self[AttributionsKey.self] = AttributionTable(newValue) }
    }

    /// The attribution of the quotation at an index of ``quotes``.
    ///
    /// When several attributions name the quotation, the first in ``attributions`` is returned.
    /// To walk every quotation with its attribution, use ``attributedQuotes``.
    ///
    /// - Parameter quote: An index into ``quotes``.
    /// - Returns: Its attribution, or `nil` if no stage has attributed it.
    /// - Complexity: O(1) on average: the attributions are indexed by quotation when they are
    ///   stored.
    public func attribution(ofQuote quote: Int) -> Attribution? {
        self[AttributionsKey.self]?[quote: quote]
    }

    /// Every quotation, in text order, with its attribution if a stage has attributed it.
    ///
    /// ```swift
    /// for item in document.attributedQuotes {
    ///     let speaker = item.attribution?.speaker?.name ?? "nobody"
    ///     print(speaker, document.originalText(of: item.quote.content))
    /// }
    /// ```
    ///
    /// - Complexity: O(*q*) for *q* quotations.
    public var attributedQuotes: [AttributedQuote] {
        let table = self[AttributionsKey.self]
        return quotes.enumerated().map { index, quote in
            AttributedQuote(index: index, quote: quote, attribution: table?[quote: index])
        }
    }

    /// The numbers, in text order; empty until a stage provides ``AnnotationKeyID/numbers``.
    ///
    /// All of them, wherever they are: quantities and identifiers, in the article and in
    /// boilerplate. ``quantities`` and ``identifiers`` divide those of the article.
    public var numbers: [NumberMention] {
        get { self[NumbersKey.self] ?? [] }
        set { self[NumbersKey.self] = newValue }
    }

    /// The numbers of the article that are quantities, in text order.
    ///
    /// These are the mentions of ``numbers`` for which ``NumberMention/isQuantity`` is `true`
    /// (money, percentages, counts, ranges, approximations, fractions, ordinals, years, sports
    /// scores: anything but an identifier, a time or a date) and that lie in the article: in
    /// body text (``isBodyText(_:)``) or in a headline or subheading
    /// (``LayoutRole/isHeading``), not in boilerplate, a byline, a dateline, a credit, a
    /// prompt or a timestamp line. A document without ``AnnotationKeyID/layout`` is all
    /// article. This is what the example commands report as `numbers`; for the quantities of
    /// the whole text, use `numbers.filter(\.isQuantity)`.
    ///
    /// - Complexity: O(*n* log *m*) for *n* numbers and *m* layout marks.
    public var quantities: [NumberMention] {
        numbers.filter { $0.isQuantity && isInArticle($0.span) }
    }

    /// The numbers of the article that name rather than count: identifiers, times and dates,
    /// in text order.
    ///
    /// These are the mentions of ``numbers`` for which ``NumberMention/isQuantity`` is `false`
    /// (`Article 5`, `Boeing 737`, `5 p.m.`, `8 December`) and that lie in the article, as
    /// for ``quantities``: body text, headlines and subheadings. Together with ``quantities``
    /// they are every number of the article. This is what the example commands report as
    /// `identifiers`.
    ///
    /// - Complexity: O(*n* log *m*) for *n* numbers and *m* layout marks.
    public var identifiers: [NumberMention] {
        numbers.filter { !$0.isQuantity && isInArticle($0.span) }
    }

    /// Whether a span is body text or in a heading: not in a layout mark outside the article.
    private func isInArticle(_ span: Span) -> Bool { layoutRole(of: span)?.isHeading ?? true }
}
