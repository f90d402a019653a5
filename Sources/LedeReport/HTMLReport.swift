public import Lede

/// One self-contained HTML page that shows what Lede found in one or more documents.
///
/// For each document the page shows the text exactly as given (the original input, with its
/// spelling and line breaks), with the direct quotations highlighted and linked to their
/// speakers, reported speech marked with its speaker, numbers marked with their value, unit
/// and kind, layout (headline, boilerplate) greyed and the summary sentences marked; beside
/// it, the summary and the speakers. With several documents, a combined summary links into
/// each. A legend explains the marks.
///
/// The page needs nothing outside itself: its style sheet and its few lines of script are
/// part of it, and it loads no font, image or script. Every piece of input text is escaped,
/// so no input can add markup. Each quotation of one speaker has the speaker's colour and
/// the speaker's number as a label, so the page reads without colour and in print too.
///
/// ```swift
/// let pipeline = try AnalysisPipeline.news()
/// var report = HTMLReport(title: "Today's articles")
/// for (id, text) in articles {
///     let document = try pipeline.run(text, id: id)
///     report.add(document, summary: try NewsSummarizer().summarize([document]))
/// }
/// try report.render().write(toFile: "report.html", atomically: true, encoding: .utf8)
/// ```
///
/// `HTMLReport` is a `Sendable` value type.
public struct HTMLReport: Sendable {
    /// The page's title and first heading.
    public var title: String
    private var sections: [DocumentSection] = []
    private var combined: Summary?

    /// Creates an empty report.
    ///
    /// - Parameter title: The page's title and first heading.
    public init(title: String = "Lede report") {
        self.title = title
    }

    /// The number of documents added.
    public var documentCount: Int { sections.count }

    /// Adds an analysed document, with its summary if it has one.
    ///
    /// - Parameters:
    ///   - document: A document the news pipeline (or any pipeline) has analysed.
    ///   - summary: Its summary; `nil` uses `Document.summary`, and shows no summary
    ///     when that is `nil` too.
    public mutating func add(_ document: Document, summary: Summary? = nil) {
        sections.append(
            DocumentSection(document: document, summary: summary ?? document.summary, position: sections.count)
        )
    }

    /// Sets the combined summary of the documents added, whose sentences link into them.
    ///
    /// A sentence is matched to its document by `SummarySentence.documentIndex` when the
    /// document there has its `SummarySentence.documentID`, and otherwise by id.
    ///
    /// - Parameter summary: A summary made from the documents, in the order they were added.
    public mutating func setCombinedSummary(_ summary: Summary) {
        combined = summary
        for index in sections.indices { sections[index].combinedSentences = [] }
        for (order, sentence) in summary.sentences.enumerated() {
            if let position = section(of: sentence) { sections[position].combinedSentences.append((sentence, order)) }
        }
    }

    private func section(of sentence: SummarySentence) -> Int? {
        if sections.indices.contains(sentence.documentIndex),
            sections[sentence.documentIndex].document.id == sentence.documentID
        {
            return sentence.documentIndex
        }
        return sections.firstIndex { $0.document.id == sentence.documentID }
    }

    /// The page.
    ///
    /// - Returns: A complete HTML document, UTF-8 text.
    /// - Complexity: O(*n* + *m* log *m*) in the length of the texts and their number of annotations.
    public func render() -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<meta name=\"generator\" content=\"Lede\">\n<title>"
        HTMLEscaping.append(title, to: &html)
        html += "</title>\n<style>\n" + ReportResources.styleSheet + "</style>\n</head>\n<body>\n"
        html += "<a class=\"skip\" href=\"#main\">Skip to the documents</a>\n<header>\n<h1>"
        HTMLEscaping.append(title, to: &html)
        html += "</h1>\n<p>\(sections.count) " + (sections.count == 1 ? "document" : "documents") + "</p>\n"
        if sections.count > 1 {
            html += "<nav aria-label=\"Documents\"><ol>\n"
            for section in sections {
                html += "<li><a href=\"#\(section.prefix)\">"
                HTMLEscaping.append(
                    section.document.id.isEmpty ? "Document \(section.position + 1)" : section.document.id,
                    to: &html
                )
                html += "</a></li>\n"
            }
            html += "</ol></nav>\n"
        }
        html += "</header>\n<main id=\"main\">\n"
        if let combined { html += combinedSection(combined) }
        for section in sections { html += section.render() }
        if sections.isEmpty { html += "<p class=\"empty\">No documents.</p>\n" }
        html +=
            "</main>\n" + ReportResources.legend + "<script>\n" + ReportResources.script
            + "</script>\n</body>\n</html>\n"
        return html
    }

    private func combinedSection(_ summary: Summary) -> String {
        var html = "<section class=\"combined\" id=\"combined\" aria-labelledby=\"combined-title\">\n"
        html += "<h2 id=\"combined-title\">Combined summary of \(sections.count) documents</h2>\n<ol>\n"
        for sentence in summary.sentences {
            html += "<li>"
            if let position = section(of: sentence) {
                html += "<a href=\"#\(sections[position].sentenceID(sentence.sentenceIndex))\">"
                HTMLEscaping.append(sentence.text, to: &html)
                html += "</a> <span class=\"source\">("
                HTMLEscaping.append(sentence.documentID, to: &html)
                html += ")</span>"
            } else {
                HTMLEscaping.append(sentence.text, to: &html)
            }
            html += "</li>\n"
        }
        return html + "</ol>\n</section>\n"
    }
}
