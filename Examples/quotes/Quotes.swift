import ArgumentParser
import Foundation
import Lede
import LedeExampleSupport
import LedeJSON
import LedeStages

/// `quotes`: every direct quotation of the input, grouped by who said it.
@main
struct QuotesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List every quotation in news text, grouped by who said it.",
        discussion: """
            Reads files, folders (searched recursively for .txt and .text files; name other files \
            one by one) or standard input, finds the direct quotations and who said them, and lists \
            them by speaker: the canonical name, the role, what kind of quotation (full, fragment, \
            or a term nobody said), the reporting verb, the quoted words and where they are \
            (file:line:column).

            Examples:
              quotes seeds/
              quotes --format csv seeds/ > quotes.csv
              cat article.txt | quotes --format markdown
            """,
        version: "0.1.0"
    )

    @Argument(help: "Files or folders; - or nothing reads standard input.")
    var inputs: [String] = []

    @Option(name: [.short, .long], help: "text, markdown, json or csv.")
    var format: Format = .text

    @Flag(help: "Also list terms and scare quotes, which nobody is quoted as saying.")
    var terms: Bool = false

    @Option(
        name: [.short, .long],
        parsing: .unconditional,
        help: "Documents analysed at once: 1 to 256, or 0 for all cores (the default).",
        transform: JobCount.parse
    )
    var jobs: Int?

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, csv
    }

    func run() async throws {
        Output.reserveStandardDescriptors()
        let pipeline = try AnalysisPipeline.news()
        let inputs = try Inputs.expand(inputs)
        var entries: [QuoteEntry] = []
        let failures = await BatchAnalysis.run(inputs, with: pipeline, jobs: jobs) { document in
            QuoteEntry.entries(of: document)
        } onDocument: { found in
            entries += found
        }
        if !terms { entries.removeAll { $0.speaker == nil } }
        do {
            try Output.write(QuoteListing(entries: entries).render(format))
        } catch {
            // A reader that closed the pipe has all it wants: stop quietly.
            if error.isClosedPipe { throw ExitCode.success }
            throw error
        }
        if failures > 0 { throw ExitCode.failure }
    }
}

/// One quotation with what the listing shows about it.
struct QuoteEntry: Sendable {
    var document: String
    var text: String
    var kind: String
    var speaker: String?
    var mention: String?
    var speakerKind: String?
    var role: String?
    var cue: String?
    var form: String
    var line: Int
    var column: Int
    var start: Int
    var end: Int

    static func entries(of document: Document) -> [QuoteEntry] {
        let offsets = document.scalarOffsets
        let lineStarts = [0] + document.original.utf8.enumerated().filter { $0.element == 0x0A }.map { $0.offset + 1 }
        return document.quotes.enumerated().compactMap { index, quote in
            guard quote.depth == 0 else { return nil }
            let attribution = document.attribution(ofQuote: index)
            let range = document.originalRange(of: quote.content)
            let line = lineStarts.lastIndex { $0 <= range.lowerBound } ?? 0
            let column = offsets.scalarOffset(ofUTF8: range.lowerBound) - offsets.scalarOffset(ofUTF8: lineStarts[line])
            return QuoteEntry(
                document: document.id,
                text: quote.parts.map { String(document.originalText(of: $0)) }.joined(separator: " "),
                kind: (attribution?.quoteKind ?? quote.kind).rawValue,
                speaker: attribution?.speaker?.name,
                mention: attribution?.speaker.map { String(document.originalText(of: $0.mention)) },
                speakerKind: attribution?.speaker?.kind.rawValue,
                role: attribution?.speaker?.role,
                cue: attribution?.cue.map { String(document.originalText(of: $0.span)) },
                form: (attribution?.form ?? .none).rawValue,
                line: line + 1,
                column: column + 1,
                start: offsets.scalarOffset(ofUTF8: range.lowerBound),
                end: offsets.scalarOffset(ofUTF8: range.upperBound)
            )
        }
    }
}

/// Renders quotations grouped by canonical speaker, in order of first appearance.
struct QuoteListing {
    var entries: [QuoteEntry]

    var groups: [(speaker: String?, entries: [QuoteEntry])] {
        var order: [String?] = []
        var grouped: [String?: [QuoteEntry]] = [:]
        for entry in entries {
            if grouped[entry.speaker] == nil { order.append(entry.speaker) }
            grouped[entry.speaker, default: []].append(entry)
        }
        return order.map { ($0, grouped[$0] ?? []) }
    }

    func render(_ format: QuotesCommand.Format) -> String {
        switch format {
        case .text: text(markdown: false)
        case .markdown: text(markdown: true)
        case .json: json()
        case .csv: csv()
        }
    }

    private func heading(_ speaker: String?, _ first: QuoteEntry) -> String {
        guard let speaker else { return "Terms and scare quotes (no speaker)" }
        var heading = speaker
        if let role = first.role { heading += " — \(role)" }
        if let kind = first.speakerKind { heading += " (\(kind))" }
        return heading
    }

    private func text(markdown: Bool) -> String {
        guard !entries.isEmpty else { return markdown ? "_No quotations._\n" : "No quotations.\n" }
        var output = ""
        for (speaker, entries) in groups {
            guard let first = entries.first else { continue }
            if !output.isEmpty { output += "\n" }
            output += markdown ? "## \(heading(speaker, first))\n\n" : heading(speaker, first) + "\n"
            for entry in entries {
                var how = entry.kind
                if let cue = entry.cue { how += ", \(cue)" }
                if let mention = entry.mention, mention != speaker { how += ", as “\(mention)”" }
                let place = "\(entry.document):\(entry.line):\(entry.column)"
                output +=
                    markdown
                    ? "- “\(entry.text)” — \(how) (`\(place)`)\n" : "  “\(entry.text)”\n      \(how) — \(place)\n"
            }
        }
        return output
    }

    private func json() -> String {
        var writer = JSONWriter()
        writer.array { writer in
            for (speaker, entries) in groups {
                writer.object { writer in
                    writer.member("speaker", speaker)
                    writer.member("role", entries.first?.role)
                    writer.member("kind", entries.first?.speakerKind)
                    writer.key("quotes")
                    writer.array { writer in
                        for entry in entries {
                            writer.object { writer in
                                writer.member("text", entry.text)
                                writer.member("kind", entry.kind)
                                writer.member("mention", entry.mention)
                                writer.member("cue", entry.cue)
                                writer.member("form", entry.form)
                                writer.member("document", entry.document)
                                writer.member("line", entry.line)
                                writer.member("column", entry.column)
                                writer.member("start", entry.start)
                                writer.member("end", entry.end)
                            }
                        }
                    }
                }
            }
        }
        return writer.text + "\n"
    }

    private func csv() -> String {
        func field(_ value: String?) -> String {
            guard let value else { return "" }
            guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var output = "speaker,role,speaker_kind,mention,kind,cue,form,quote,document,line,column,start,end\n"
        for (_, entries) in groups {
            for entry in entries {
                output +=
                    [
                        field(entry.speaker), field(entry.role), field(entry.speakerKind), field(entry.mention),
                        field(entry.kind),
                        field(entry.cue), field(entry.form), field(entry.text), field(entry.document),
                        String(entry.line),
                        String(entry.column), String(entry.start), String(entry.end),
                    ].joined(separator: ",") + "\n"
            }
        }
        return output
    }
}
