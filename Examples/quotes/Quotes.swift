import ArgumentParser
import Foundation
import Lede
import LedeExampleSupport
import LedeJSON
import LedeReport
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

            Speakers are grouped per document: the same name in two articles may be two people. \
            --merge-speakers merges speakers of the same canonical name across documents. A \
            pronoun that nothing in its article resolves is listed as unresolved, on its own.

            CSV fields that start with =, +, -, @, a tab or a carriage return get a leading \
            apostrophe, so that spreadsheets do not run them as formulas; Markdown output writes \
            &, < and > of the text as HTML entities.

            Exit status: 0 when every input was listed; 1 when an input is missing, cannot be read \
            or fails (each is named on standard error and the others still run), or the output \
            cannot be written; 64 for a bad option. A reader that closes the pipe ends the run \
            quietly, with status 0.

            Examples:
              quotes seeds/
              quotes --format csv seeds/ > quotes.csv
              quotes --merge-speakers seeds/
              cat article.txt | quotes --format markdown
              quotes --format html seeds/ > quotes.html
            """,
        version: LedeVersion.string
    )

    @Argument(help: "Files or folders; - or nothing reads standard input.")
    var inputs: [String] = []

    @Option(name: [.short, .long], help: "text, markdown, json, csv or html (one self-contained page).")
    var format: Format = .text

    @Flag(help: "Also list terms and scare quotes, which nobody is quoted as saying.")
    var terms: Bool = false

    @Flag(help: "Merge speakers of the same canonical name across documents (never unresolved pronouns).")
    var mergeSpeakers: Bool = false

    @Option(
        name: [.short, .long],
        parsing: .unconditional,
        help: "Documents analysed at once: 1 to 256, or 0 for all cores (the default).",
        transform: JobCount.parse
    )
    var jobs: Int?

    @Flag(
        inversion: .prefixedNo,
        help: "Show progress on standard error (by default, only when it is a terminal and there are many inputs)."
    )
    var progress: Bool?

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, csv, html
    }

    func run() async throws {
        Output.reserveStandardDescriptors()
        ProcessMemory.returnLargeBlocksPromptly()
        let pipeline = try AnalysisPipeline.news()
        var unreadable = 0
        let inputs = Inputs.expand(inputs) { problem in
            Output.error("error: \(problem)")
            unreadable += 1
        }
        var entries: [QuoteEntry] = []
        var page = HTMLReport(title: "Lede quotations")
        let html = format == .html
        let failures = await BatchAnalysis.run(inputs, with: pipeline, jobs: jobs, progress: progress) { document in
            (QuoteEntry.entries(of: document), html ? document : nil)
        } onDocument: { found, document in
            entries += found
            if let document { page.add(document) }
        }
        if !terms { entries.removeAll { $0.speaker == nil } }
        do {
            // When every input failed there is nothing to list, not an empty listing.
            if failures < inputs.count {
                try Output.write(
                    html ? page.render() : QuoteListing(entries: entries, mergesSpeakers: mergeSpeakers).render(format)
                )
            }
        } catch {
            // A reader that closed the pipe has all it wants: stop quietly.
            if error.isClosedPipe { throw ExitCode.success }
            throw error
        }
        if failures + unreadable > 0 { throw ExitCode.failure }
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
    /// Whether the speaker is known: `false` for a pronoun that nothing resolves.
    var isResolved: Bool?
    /// The speaker of the document this quotation is attributed to (its index in
    /// `Document.speakers`), if any.
    var entity: Int?
    var role: String?
    var cue: String?
    var form: String
    var line: Int
    var column: Int
    var start: Int
    var end: Int

    static func entries(of document: Document) -> [QuoteEntry] {
        let offsets = document.scalarOffsets
        // The speaker entity of each attributed quotation.
        let attributions = document.attributions
        var entityOfQuote: [Int: Int] = [:]
        for (entity, speaker) in document.speakers.enumerated() {
            for index in speaker.attributions where attributions.indices.contains(index) {
                if let quote = attributions[index].quote, entityOfQuote[quote] == nil { entityOfQuote[quote] = entity }
            }
        }
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
                isResolved: attribution?.speaker?.isResolved,
                entity: entityOfQuote[index],
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

/// Renders quotations grouped by speaker, in order of first appearance: per document, or
/// across documents by canonical name when `mergesSpeakers` is set.
struct QuoteListing {
    var entries: [QuoteEntry]
    var mergesSpeakers = false

    /// What puts quotations in one group.
    struct GroupKey: Hashable {
        /// The document, unless speakers are merged across documents.
        var document: String?
        /// The speaker's canonical name, or `nil` for quotations nobody said.
        var speaker: String?
        /// For a speaker that is not resolved (a pronoun), its entity in its document, so that
        /// it is never merged with another.
        var unresolvedEntity: Int?
    }

    /// A speaker's quotations.
    struct Group {
        var key: GroupKey
        var entries: [QuoteEntry]
    }

    var groups: [Group] {
        var order: [GroupKey] = []
        var grouped: [GroupKey: [QuoteEntry]] = [:]
        for entry in entries {
            let isUnresolved = entry.isResolved == false
            let key = GroupKey(
                document: mergesSpeakers && !isUnresolved ? nil : entry.document,
                speaker: entry.speaker,
                unresolvedEntity: isUnresolved ? entry.entity ?? -1 : nil
            )
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(entry)
        }
        return order.map { Group(key: $0, entries: grouped[$0] ?? []) }
    }

    /// Whether the listing holds quotations of more than one document.
    private var spansDocuments: Bool {
        guard let first = entries.first?.document else { return false }
        return entries.contains { $0.document != first }
    }

    func render(_ format: QuotesCommand.Format) -> String {
        switch format {
        case .text: text(markdown: false)
        case .markdown: text(markdown: true)
        case .json: json()
        case .csv: csv()
        case .html: ""  // The command renders the documents with LedeReport.
        }
    }

    private func heading(_ group: Group, _ first: QuoteEntry) -> String {
        var heading = "Terms and scare quotes (no speaker)"
        if let speaker = group.key.speaker {
            heading = speaker
            if let role = first.role { heading += " — \(role)" }
            if let kind = first.speakerKind {
                heading += group.key.unresolvedEntity == nil ? " (\(kind))" : " (\(kind), unresolved)"
            }
        }
        if let document = group.key.document, spansDocuments { heading += ", in \(document)" }
        return heading
    }

    private func text(markdown: Bool) -> String {
        guard !entries.isEmpty else { return markdown ? "_No quotations._\n" : "No quotations.\n" }
        var output = ""
        for group in groups {
            let speaker = group.key.speaker
            guard let first = group.entries.first else { continue }
            if !output.isEmpty { output += "\n" }
            output +=
                markdown ? "## \(OutputEscaping.markdown(heading(group, first)))\n\n" : heading(group, first) + "\n"
            for entry in group.entries {
                var how = entry.kind
                if let cue = entry.cue { how += ", \(cue)" }
                if let mention = entry.mention, mention != speaker { how += ", as “\(mention)”" }
                let place = "\(entry.document):\(entry.line):\(entry.column)"
                if markdown {
                    let escape = OutputEscaping.markdown
                    output += "- “\(escape(entry.text))” — \(escape(how)) (\(escape(place)))\n"
                } else {
                    output += "  “\(entry.text)”\n      \(how) — \(place)\n"
                }
            }
        }
        return output
    }

    private func json() -> String {
        var writer = JSONWriter()
        writer.array { writer in
            for group in groups {
                writer.object { writer in
                    writer.member("speaker", group.key.speaker)
                    writer.member("role", group.entries.first?.role)
                    writer.member("kind", group.entries.first?.speakerKind)
                    writer.key("resolved")
                    if group.key.speaker == nil {
                        writer.null()
                    } else {
                        writer.bool(group.key.unresolvedEntity == nil)
                    }
                    writer.member("document", group.key.document)
                    writer.key("quotes")
                    writer.array { writer in
                        for entry in group.entries {
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
        let field = OutputEscaping.csvField
        var output = "speaker,role,speaker_kind,resolved,mention,kind,cue,form,quote,document,line,column,start,end\n"
        for group in groups {
            for entry in group.entries {
                output +=
                    [
                        field(entry.speaker), field(entry.role), field(entry.speakerKind),
                        field(entry.isResolved.map { $0 ? "true" : "false" }), field(entry.mention),
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
