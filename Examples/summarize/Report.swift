import Lede
import LedeExampleSupport
import LedeJSON
import LedeReport
import LedeStages

/// Renders summaries as text or Markdown, as LedeJSON's collection record, or as LedeReport's page.
struct Report {
    let format: Summarize.Format
    let includesQuotes: Bool
    let options: AnalysisRecord.Options
    private var output = ""
    /// For JSON: the documents, each with its summary, and the combined summary.
    private var documents: [Document] = []
    private var combined: Summary?
    /// For HTML: the page.
    private var page = HTMLReport(title: "Lede summaries")

    init(format: Summarize.Format, includesQuotes: Bool, options: AnalysisRecord.Options) {
        self.format = format
        self.includesQuotes = includesQuotes
        self.options = options
    }

    mutating func add(_ document: Document, summary: Summary) {
        switch format {
        case .json:
            var document = document
            document.summary = summary
            documents.append(document)
        case .html:
            page.add(document, summary: summary)
        case .text, .markdown:
            let markdown = format == .markdown
            if !output.isEmpty { output += "\n" }
            let headline = document.layout.first { $0.role == .headline }.map {
                String(document.originalText(of: $0.span))
            }
            if markdown {
                output += "## \(escape(headline ?? document.id))\n\n"
                if headline != nil { output += "*\(escape(document.id))*\n\n" }
            } else {
                output += document.id + (headline.map { " — " + $0 } ?? "") + "\n"
            }
            if summary.sentences.isEmpty { output += markdown ? "_No body sentences._\n" : "  (no body sentences)\n" }
            for (position, sentence) in summary.sentences.enumerated() {
                output += markdown ? "- \(escape(sentence.text))\n" : "  \(position + 1). \(sentence.text)\n"
            }
            if includesQuotes { output += quoteList(document, markdown: markdown) }
        }
    }

    mutating func addCombined(_ summary: Summary, of documents: [Document]) {
        switch format {
        case .json:
            combined = summary
        case .html:
            page.setCombinedSummary(summary)
        case .text, .markdown:
            let markdown = format == .markdown
            if !output.isEmpty { output += "\n" }
            output +=
                markdown
                ? "## Combined summary of \(documents.count) documents\n\n"
                : "Combined summary of \(documents.count) documents\n"
            for (position, sentence) in summary.sentences.enumerated() {
                let source = sentence.documentID.split(separator: "/").last.map(String.init) ?? sentence.documentID
                output +=
                    markdown
                    ? "- \(escape(sentence.text)) _(\(escape(source)))_\n"
                    : "  \(position + 1). [\(source)] \(sentence.text)\n"
            }
        }
    }

    /// Input text for Markdown: HTML in it shows as text.
    private func escape(_ text: String) -> String {
        OutputEscaping.markdown(text)
    }

    func finish() -> String {
        if format == .html { return page.render() }
        guard format == .json else { return output }
        var writer = JSONWriter()
        CollectionRecord.write(documents, combined: combined, options: options, into: &writer)
        return writer.text + "\n"
    }

    private func quoteList(_ document: Document, markdown: Bool) -> String {
        var text = ""
        let quotes = document.quotes.enumerated().filter { $0.element.depth == 0 }
        guard !quotes.isEmpty else { return text }
        text += markdown ? "\n**Quotes**\n\n" : "  Quotes:\n"
        for (index, quote) in quotes {
            let attribution = document.attribution(ofQuote: index)
            let words = quote.parts.map { String(document.originalText(of: $0)) }.joined(separator: " … ")
            var who =
                attribution?.speaker.map { speaker in
                    speaker.name + (speaker.role.map { " (\($0))" } ?? "")
                } ?? "no speaker"
            if let kind = attribution?.quoteKind, kind != .full { who += ", \(kind)" }
            text += markdown ? "> “\(escape(words))” — \(escape(who))\n>\n" : "    “\(words)” — \(who)\n"
        }
        if markdown, text.hasSuffix(">\n") { text.removeLast(2) }
        return text
    }
}
