internal import Lede

/// One document's part of the report: its text with every annotation marked, its summary
/// and its speakers.
///
/// Ids in the page start with the document's ``prefix`` (`d0`, `d1`, ...), so that several
/// documents never share one: `d0-sentence-4` is the fifth sentence of the first document,
/// `d0-speaker-2` its third speaker, `d0-quote-1` its second quotation.
///
/// `DocumentSection` is a `Sendable` value.
struct DocumentSection: Sendable {
    /// The analysed document.
    let document: Document
    /// Its own summary, if any.
    let summary: Summary?
    /// The sentences of a combined summary that come from this document.
    var combinedSentences: [(sentence: SummarySentence, position: Int)] = []
    /// The position of the document in the report.
    let position: Int

    /// How many speaker colours the style sheet has; speakers past it reuse them, but
    /// never the numbered label.
    static let colourCount = 8

    /// The prefix of every id of this document.
    var prefix: String { "d\(position)" }

    /// The id of a sentence of this document.
    func sentenceID(_ index: Int) -> String { "\(prefix)-sentence-\(index)" }

    /// A speaker of the document, as the report lists it.
    struct SpeakerEntry: Sendable {
        var index: Int
        var entity: SpeakerEntity
        var quotations: Int
    }

    /// The speakers of the document, each with its number of quotations.
    var speakerEntries: [SpeakerEntry] {
        let attributions = document.attributions
        return document.speakers.enumerated().map { index, entity in
            let quotations = entity.attributions.filter {
                attributions.indices.contains($0) && attributions[$0].quote != nil
            }
            return SpeakerEntry(index: index, entity: entity, quotations: quotations.count)
        }
    }

    /// The speaker entity of each attribution that has one.
    private var entityOfAttribution: [Int: Int] {
        var entities: [Int: Int] = [:]
        for (entity, speaker) in document.speakers.enumerated() {
            for attribution in speaker.attributions where entities[attribution] == nil {
                entities[attribution] = entity
            }
        }
        return entities
    }

    /// The article element of the document.
    func render() -> String {
        var html = "<article class=\"document\" id=\"\(prefix)\" aria-labelledby=\"\(prefix)-title\">\n"
        html += "<h2 id=\"\(prefix)-title\">"
        HTMLEscaping.append(document.id.isEmpty ? "Document \(position + 1)" : document.id, to: &html)
        html += "</h2>\n"
        if !document.inputIssues.isEmpty {
            html += "<p class=\"issues\">\(document.inputIssues.count) invalid UTF-8 "
            html += document.inputIssues.count == 1 ? "sequence was" : "sequences were"
            html += " replaced with U+FFFD (\u{FFFD}).</p>\n"
        }
        html += "<div class=\"columns\">\n<section class=\"text\" aria-label=\"Text\">\n"
        if document.original.isEmpty {
            html += "<p class=\"empty\">This document is empty.</p>\n"
        } else {
            html += "<div class=\"body\">" + markedText() + "</div>\n"
        }
        html +=
            "</section>\n<aside class=\"side\">\n" + summaryList() + speakerList() + "</aside>\n</div>\n</article>\n"
        return html
    }

    /// The original text with its layout, summary sentences, quotations, reported speech and
    /// numbers marked.
    func markedText() -> String {
        var markup = NestedMarkup(text: document.original)
        for mark in document.layout {
            let role = mark.role.rawValue
            markup.marks.append(
                .init(
                    range: document.originalRange(of: mark.span),
                    layer: 0,
                    element: "span",
                    attributes: [("class", "layout " + HTMLEscaping.token(role)), ("data-info", role)]
                )
            )
        }
        appendSummaryMarks(to: &markup)
        appendSpeechMarks(to: &markup)
        for number in document.numbers {
            var attributes: [(name: String, value: String)] = [
                ("class", "number " + HTMLEscaping.token(number.kind.rawValue))
            ]
            if let value = number.value ?? number.low { attributes.append(("value", Self.format(value))) }
            attributes += [("data-info", Self.describe(number)), ("tabindex", "0")]
            markup.marks.append(
                .init(range: document.originalRange(of: number.span), layer: 4, element: "data", attributes: attributes)
            )
        }
        return markup.render()
    }

    private func appendSummaryMarks(to markup: inout NestedMarkup) {
        var positions: [Int: (own: Int?, combined: Int?, range: Range<Int>)] = [:]
        for (position, sentence) in (summary?.sentences ?? []).enumerated() {
            positions[sentence.sentenceIndex, default: (nil, nil, sentence.originalRange)].own = position
        }
        for (sentence, position) in combinedSentences {
            positions[sentence.sentenceIndex, default: (nil, nil, sentence.originalRange)].combined = position
        }
        for (index, entry) in positions {
            var classes = ["summary"]
            var info: [String] = []
            if let own = entry.own {
                info.append("summary sentence \(own + 1)")
            } else {
                classes.append("combined-only")
            }
            if let combined = entry.combined {
                classes.append("combined")
                info.append("combined summary sentence \(combined + 1)")
            }
            markup.marks.append(
                .init(
                    range: entry.range,
                    layer: 1,
                    element: "mark",
                    attributes: [
                        ("class", classes.joined(separator: " ")), ("id", sentenceID(index)),
                        ("data-info", info.joined(separator: "; ")),
                    ]
                )
            )
        }
    }

    private func appendSpeechMarks(to markup: inout NestedMarkup) {
        let attributions = document.attributions
        let entities = entityOfAttribution
        var attributionOfQuote: [Int: Int] = [:]
        for (index, attribution) in attributions.enumerated() {
            if let quote = attribution.quote, attributionOfQuote[quote] == nil { attributionOfQuote[quote] = index }
        }
        for (index, quote) in document.quotes.enumerated() where quote.depth == 0 {
            let attribution = attributionOfQuote[index].map { attributions[$0] }
            let entity = attributionOfQuote[index].flatMap { entities[$0] }
            var info = [String]()
            var classes = ["quote"]
            var attributes: [(name: String, value: String)] = [("id", "\(prefix)-quote-\(index)")]
            if let speaker = attribution?.speaker {
                info.append(speaker.name + (speaker.role.map { " — \($0)" } ?? ""))
                info.append("speaker: \(speaker.kind.rawValue)" + (speaker.isResolved ? "" : ", unresolved"))
            } else {
                info.append("no speaker")
                classes.append("unattributed")
            }
            info.append("quotation: " + (attribution?.quoteKind ?? quote.kind).rawValue)
            if let cue = attribution?.cue { info.append("cue: " + document.originalText(of: cue.span)) }
            if let form = attribution?.form, form != .none { info.append("form: " + form.rawValue) }
            if let entity {
                classes.append("speaker-\(entity % Self.colourCount)")
                attributes += [
                    ("data-speaker", "\(prefix)-speaker-\(entity)"), ("data-label", String(entity + 1)),
                    ("aria-describedby", "\(prefix)-speaker-\(entity)"),
                ]
            }
            attributes += [("data-info", info.joined(separator: " · ")), ("tabindex", "0")]
            attributes.insert(("class", classes.joined(separator: " ")), at: 0)
            var continuation = attributes.filter { $0.name != "id" && $0.name != "data-label" && $0.name != "tabindex" }
            continuation[0].value += " continued"
            markup.marks.append(
                .init(
                    range: document.originalRange(of: quote.span),
                    layer: 2,
                    element: "q",
                    attributes: attributes,
                    continuationAttributes: continuation
                )
            )
        }
        for (index, attribution) in attributions.enumerated() where attribution.quote == nil {
            guard let speaker = attribution.speaker else { continue }
            var classes = ["reported"]
            var attributes: [(name: String, value: String)] = []
            let info = "reported speech · " + speaker.name + (speaker.role.map { " — \($0)" } ?? "")
            if let entity = entities[index] {
                classes.append("speaker-\(entity % Self.colourCount)")
                attributes += [
                    ("data-speaker", "\(prefix)-speaker-\(entity)"), ("data-label", String(entity + 1)),
                    ("aria-describedby", "\(prefix)-speaker-\(entity)"),
                ]
            }
            attributes.insert(("class", classes.joined(separator: " ")), at: 0)
            attributes += [("data-info", info), ("tabindex", "0")]
            markup.marks.append(
                .init(
                    range: document.originalRange(of: attribution.content),
                    layer: 3,
                    element: "span",
                    attributes: attributes,
                    continuationAttributes: attributes.filter { $0.name != "data-label" && $0.name != "tabindex" }
                )
            )
        }
    }

    private func summaryList() -> String {
        guard let summary else { return "" }
        var html = "<section class=\"summary-list\" aria-labelledby=\"\(prefix)-summary\">\n"
        html += "<h3 id=\"\(prefix)-summary\">Summary</h3>\n"
        if summary.sentences.isEmpty { return html + "<p class=\"empty\">No body sentences.</p>\n</section>\n" }
        html += "<ol>\n"
        for sentence in summary.sentences {
            html += "<li><a href=\"#\(sentenceID(sentence.sentenceIndex))\">"
            HTMLEscaping.append(sentence.text, to: &html)
            html += "</a></li>\n"
        }
        return html + "</ol>\n</section>\n"
    }

    private func speakerList() -> String {
        var html = "<section class=\"speaker-list\" aria-labelledby=\"\(prefix)-speakers\">\n"
        html += "<h3 id=\"\(prefix)-speakers\">Speakers</h3>\n"
        let entries = speakerEntries
        if entries.isEmpty { return html + "<p class=\"empty\">No speakers found.</p>\n</section>\n" }
        html += "<ul class=\"speakers\">\n"
        for entry in entries {
            let id = "\(prefix)-speaker-\(entry.index)"
            html +=
                "<li class=\"speaker speaker-\(entry.index % Self.colourCount)\" id=\"\(id)\" data-speaker=\"\(id)\""
            html += " data-label=\"\(entry.index + 1)\" tabindex=\"0\">"
            html += "<span class=\"name\">"
            HTMLEscaping.append(entry.entity.name, to: &html)
            html += "</span>"
            if let role = entry.entity.role {
                html += " <span class=\"role\">"
                HTMLEscaping.append(role, to: &html)
                html += "</span>"
            }
            html += " <span class=\"kind\">"
            HTMLEscaping.append(entry.entity.kind.rawValue + (entry.entity.isResolved ? "" : ", unresolved"), to: &html)
            html += "</span> <span class=\"count\">\(entry.quotations) "
            html += entry.quotations == 1 ? "quotation" : "quotations"
            html += "</span></li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    /// A number as the page shows it: whole numbers without a fraction.
    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// What a number's tooltip says: its kind, value or range, unit and qualifier.
    static func describe(_ number: NumberMention) -> String {
        var parts = [number.kind.rawValue]
        if let low = number.low, let high = number.high, low != high {
            parts.append("range \(format(low))–\(format(high))")
        } else if let value = number.value ?? number.low {
            parts.append("value \(format(value))")
        }
        if let unit = number.unit { parts.append("unit \(unit)") }
        if number.isApproximate, number.kind != .approximate { parts.append("approximate") }
        if let qualifier = number.qualifier { parts.append("qualifier \(qualifier)") }
        return parts.joined(separator: " · ")
    }
}
