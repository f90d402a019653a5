public import Lede

/// Marks the first paragraph of a document as its headline, for corpora laid out as a title
/// line, a blank line and the article (the BBC News Summary set, CNN/DailyMail stories).
///
/// Summarizers skip what ``Lede/Document/isBodyText(_:)`` rejects, so with this mark the
/// title is never chosen, as the corpora's references never contain it.
///
/// - **Requires:** ``Lede/AnnotationKeyID/paragraphs``.
/// - **Provides:** ``Lede/AnnotationKeyID/layout``: one ``Lede/LayoutRole/headline`` mark over
///   the first paragraph when the document has at least two paragraphs, else none.
/// - **Offsets:** UTF-8 bytes of the working text.
/// - **Rules:** `first-paragraph`.
///
/// `LeadingHeadlineTagger` is `Sendable`.
public struct LeadingHeadlineTagger: Tagger {
    /// `lede.evaluation.headline`.
    public let name = "lede.evaluation.headline"

    /// Creates the tagger.
    public init() {}

    /// ``Lede/AnnotationKeyID/paragraphs``.
    public var requires: Set<AnnotationKeyID> { [.paragraphs] }
    /// ``Lede/AnnotationKeyID/layout``.
    public var provides: Set<AnnotationKeyID> { [.layout] }

    /// Marks the first paragraph.
    ///
    /// - Parameter document: A document with paragraphs.
    public func process(_ document: inout Document) {
        let paragraphs = document.paragraphs
        var marks = document.layout.filter { $0.role != .headline }
        if paragraphs.count >= 2 {
            marks.append(
                LayoutMark(
                    span: paragraphs[0].span,
                    role: .headline,
                    provenance: Provenance(stage: name, rule: "first-paragraph")
                )
            )
        }
        document.layout = marks.sorted { $0.span < $1.span }
    }
}
