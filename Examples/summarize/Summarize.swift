import ArgumentParser
import Foundation
import Lede
import LedeExampleSupport
import LedeJSON
import LedeStages

/// `summarize`: extractive summaries of news articles, one by one and together.
@main
struct Summarize: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Summarize news articles: the key sentences of each, and of all together.",
        discussion: """
            Reads files, folders (searched recursively for .txt and .text files; name other files \
            one by one) or standard input, runs Lede's news pipeline (normalization, layout, \
            sentences, quotations and their speakers, numbers) and prints an extractive summary of \
            each document, plus a combined summary when there are several. Headlines, subheadings \
            and boilerplate (lists of other stories, bylines, credits) are never chosen.

            With --jsonl, reads one JSON object per line on standard input, \
            {"id": ..., "text": "...", "summary_sentences": 3}, and writes one JSON object per line \
            with the full analysis (LedeJSON's records, with "schema_version"), in input order; a bad \
            record gives a line with an "error" member and the stream goes on. Ids come back exactly \
            as given; offsets are Unicode code points into each record's text. A record with \
            "documents": [{"id": ..., "text": "..."}, ...] instead of "text" is an event: its \
            reports are analysed one by one and summarized together, in one output line.

            Examples:
              summarize seeds/
              summarize --sentences 5 --method lexrank article.txt
              summarize --format markdown --quotes seeds/ > summary.md
              cat article.txt | summarize --ratio 0.2
              summarize --jsonl < records.jsonl > analyses.jsonl
            """,
        version: "0.1.0"
    )

    @Argument(help: "Files or folders to summarize; - or nothing reads standard input.")
    var inputs: [String] = []

    @Option(name: [.short, .long], help: "Sentences per summary.")
    var sentences: Int?

    @Option(help: "Summary length as a fraction of each document's body sentences, instead of --sentences.")
    var ratio: Double?

    @Option(
        name: [.short, .long],
        help: "news, lead, luhn, lexrank or textrank; or a summarizer's registry name, such as lede.summary.news."
    )
    var method: String = "news"

    @Flag(
        inversion: .prefixedNo,
        help: "With several documents, also summarize them together (duplicates chosen once)."
    )
    var combined: Bool = true

    @Flag(name: .customLong("per-document"), inversion: .prefixedNo, help: "Summarize each document on its own.")
    var perDocument: Bool = true

    @Flag(help: "Also list each document's quotations with their speakers.")
    var quotes: Bool = false

    @Option(name: [.short, .long], help: "text, markdown or json.")
    var format: Format = .text

    @Option(
        name: [.short, .long],
        help: "A pipeline configuration (JSON) to analyse with, instead of the standard news pipeline."
    )
    var config: String?

    @Option(name: [.short, .long], help: "Documents analysed at once (default: all cores).")
    var jobs: Int?

    @Flag(help: "Stream JSON Lines: records on standard input, analyses on standard output.")
    var jsonl: Bool = false

    @Flag(name: .customLong("boilerplate-numbers"), help: "In JSON output, also list numbers inside boilerplate.")
    var boilerplateNumbers: Bool = false

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    func validate() throws {
        if let sentences, sentences < 1 { throw ValidationError("--sentences must be at least 1.") }
        if let ratio, !(ratio > 0 && ratio <= 1) { throw ValidationError("--ratio must be more than 0 and at most 1.") }
        if sentences != nil && ratio != nil { throw ValidationError("Give --sentences or --ratio, not both.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if jsonl && !inputs.isEmpty && inputs != ["-"] {
            throw ValidationError("--jsonl reads standard input; give no input paths.")
        }
    }

    func run() async throws {
        let pipeline = try makePipeline()
        let summarizerFactory = try SummarizerFactory(method: method)
        // Check the method now, so that a bad name fails before any work.
        _ = try summarizerFactory.make(length: length(requested: nil))
        if jsonl {
            let defaultLength = length(requested: nil)
            let processor = JSONLinesProcessor(pipeline: pipeline, options: recordOptions) { documents, sentences in
                let length = sentences.map { JSONValue.number(Double($0)) } ?? defaultLength
                return try summarizerFactory.make(length: length).summarize(documents)
            }
            try await JSONLines(processor: processor, jobs: jobs).run()
            return
        }
        let loaded = try Inputs.expand(inputs)
        let (documents, failures) = await analyse(loaded, with: pipeline)
        let summarizer = try summarizerFactory.make(length: length(requested: nil))
        var report = Report(format: format, includesQuotes: quotes, options: recordOptions)
        for document in documents where perDocument {
            report.add(document, summary: try summarizer.summarize([document]))
        }
        if combined && documents.count > 1 {
            report.addCombined(try summarizer.summarize(documents), of: documents)
        }
        Output.write(report.finish())
        if failures > 0 { throw ExitCode.failure }
    }

    private var recordOptions: AnalysisRecord.Options {
        var options = AnalysisRecord.Options()
        options.includesBoilerplateNumbers = boilerplateNumbers
        return options
    }

    private func length(requested: Int?) -> JSONValue {
        if let requested { return .number(Double(requested)) }
        if let ratio { return .number(ratio) }
        return .number(Double(sentences ?? 3))
    }

    private func makePipeline() throws -> AnalysisPipeline {
        guard let config else { return try AnalysisPipeline.news() }
        let text: String
        do {
            text = try String(contentsOfFile: config, encoding: .utf8)
        } catch {
            throw InputError("cannot read the configuration \(config): \(error.localizedDescription)")
        }
        do {
            return try StageRegistry.builtIn.makePipeline(json: text)
        } catch {
            throw InputError("the configuration \(config) is not valid: \(error)")
        }
    }

    /// Reads and analyses the inputs on all cores, in input order; failures go to standard error.
    private func analyse(
        _ inputs: [Input],
        with pipeline: AnalysisPipeline
    ) async -> (documents: [Document], failures: Int) {
        var documents: [Document] = []
        let failures = await BatchAnalysis.run(inputs, with: pipeline, jobs: jobs) {
            $0
        } onDocument: {
            documents.append($0)
        }
        return (documents, failures)
    }
}

/// Makes summarizer stages by method name, through the built-in registry.
///
/// A method is the last part of a built-in summarizer's registry name (`news` for
/// `lede.summary.news`), or a registry name in full. `lede` and `lede.summary`, earlier names
/// of the news summarizer, still work and print a warning.
struct SummarizerFactory: Sendable {
    static let methods = ["news", "lead", "luhn", "lexrank", "textrank"]
    static let deprecated = ["lede": "news", "lede.summary": "news"]

    let stageName: String
    let registry = StageRegistry.builtIn

    init(method: String) throws {
        var method = method
        if let replacement = Self.deprecated[method] {
            FileHandle.standardError.write(
                Data("warning: --method \(method) is deprecated; use --method \(replacement).\n".utf8)
            )
            method = replacement
        }
        stageName = Self.methods.contains(method) ? "lede.summary." + method : method
        guard registry.registered.contains(where: { $0.name == stageName }) else {
            let known = Self.methods.joined(separator: ", ")
            throw ValidationError(
                "There is no summarization method '\(method)'. Methods: \(known), or a summarizer's registry name such as lede.summary.news."
            )
        }
    }

    /// A summarizer of the given length: a whole number of sentences, or a fraction below 1.
    func make(length: JSONValue) throws -> any Summarizer {
        var options: [String: JSONValue] = [:]
        if case .number(let value) = length, value < 1 {
            options["ratio"] = length
        } else {
            options["sentences"] = length
        }
        let stage = try registry.makeStage(PipelineConfiguration.Stage(name: stageName, options: options))
        guard let summarizer = stage as? any Summarizer else {
            throw ValidationError("'\(stageName)' is not a summarizer.")
        }
        return summarizer
    }
}
