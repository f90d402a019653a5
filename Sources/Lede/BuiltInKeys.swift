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
