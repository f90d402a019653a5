import ArgumentParser
import Foundation
import Lede
import LedeExampleSupport
import LedeJSON
import LedeStages
import Synchronization

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
            with the full analysis (LedeJSON's records, with "schema_version"), in input order, each \
            as soon as it and the lines before it are ready. A bad record gives a line with an \
            "error" member and the stream goes on. The records are analysed in --jobs worker \
            processes: a record that crashes its worker, runs past --record-timeout or is longer \
            than --max-record-bytes gets an error line with a "code" (crashed, timeout, too-large) \
            and the rest go on, so there is always one output line per input line. Ids come back \
            exactly as given; offsets are Unicode code points into each record's text. A record with \
            "documents": [{"id": ..., "text": "..."}, ...] instead of "text" is an event: its \
            reports are analysed one by one and summarized together, in one output line.

            Markdown output writes &, < and > of the text as HTML entities, so that HTML in an \
            article shows as text.

            Exit status: 0 when every input got its output (with --jsonl, error lines included: a \
            closing line on standard error counts them); 1 when an input is missing, cannot be \
            read or fails (each is named on standard error and the others still run), when \
            standard input cannot be read, when the output cannot be written, or with \
            --fail-on-error after the first error line; 64 for a bad option. A reader that closes \
            the pipe ends the run at once and quietly, with status 0.

            Examples:
              summarize seeds/
              summarize --sentences 5 --method lexrank article.txt
              summarize --format markdown --quotes seeds/ > summary.md
              summarize --format html seeds/ > report.html
              cat article.txt | summarize --ratio 0.2
              summarize --jsonl < records.jsonl > analyses.jsonl
            """,
        version: LedeVersion.string
    )

    @Argument(help: "Files or folders to summarize; - or nothing reads standard input.")
    var inputs: [String] = []

    @Option(
        name: [.short, .long],
        parsing: .unconditional,
        help: "Sentences per summary: 1 to 1000000 (default 3).",
        transform: SummaryLengthOption.parseSentences
    )
    var sentences: Int?

    @Option(
        parsing: .unconditional,
        help: """
            Summary length as a fraction of each document's body sentences, more than 0 and at \
            most 1 (1 gives them all), instead of --sentences.
            """,
        transform: SummaryLengthOption.parseRatio
    )
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

    @Option(name: [.short, .long], help: "text, markdown, json or html (one self-contained page).")
    var format: Format = .text

    @Option(
        name: [.short, .long],
        help: "A pipeline configuration (JSON) to analyse with, instead of the standard news pipeline."
    )
    var config: String?

    @Option(
        name: [.short, .long],
        parsing: .unconditional,
        help: """
            Documents analysed at once: 1 to 256, or 0 for all cores (the default). With --jsonl, \
            the number of worker processes.
            """,
        transform: JobCount.parse
    )
    var jobs: Int?

    @Flag(help: "Stream JSON Lines: records on standard input, analyses on standard output.")
    var jsonl: Bool = false

    @Option(
        name: .customLong("record-timeout"),
        parsing: .unconditional,
        help: ArgumentHelp(
            """
            With --jsonl, the time limit in seconds of a record of up to 1 MB, and per MB of a \
            larger one; a record past it gets an error line with "code":"timeout".
            """,
            valueName: "seconds"
        ),
        transform: RecordLimits.parseSeconds
    )
    var recordTimeout: Double = RecordLimits.defaultTimeout

    @Option(
        name: .customLong("max-record-bytes"),
        parsing: .unconditional,
        help: ArgumentHelp(
            """
            With --jsonl, the longest input line analysed, in bytes, or with K, M or G (default \
            16M); a longer one is skipped unread and gets an error line with "code":"too-large".
            """,
            valueName: "bytes"
        ),
        transform: RecordLimits.parseBytes
    )
    var maxRecordBytes: Int = RecordLimits.defaultMaximumBytes

    @Flag(
        name: .customLong("fail-on-error"),
        help: """
            With --jsonl, end the run with status 1 after writing the first error record; \
            without it, error records leave the status at 0 and a closing line on standard \
            error counts them.
            """
    )
    var failOnError: Bool = false

    @Flag(
        inversion: .prefixedNo,
        help: "Show progress on standard error (by default, only when it is a terminal and the run is long)."
    )
    var progress: Bool?

    @Flag(name: .customLong("boilerplate-numbers"), help: "In JSON output, also list numbers inside boilerplate.")
    var boilerplateNumbers: Bool = false

    /// Run as a worker process of `--jsonl`: requests on standard input, one line out per line in.
    @Flag(help: ArgumentHelp(visibility: .private))
    var worker: Bool = false

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, html
    }

    func validate() throws {
        if sentences != nil && ratio != nil { throw ValidationError("Give --sentences or --ratio, not both.") }
        if (jsonl || worker) && !inputs.isEmpty && inputs != ["-"] {
            throw ValidationError("--jsonl reads standard input; give no input paths.")
        }
    }

    func run() async throws {
        Output.reserveStandardDescriptors()
        ProcessMemory.returnLargeBlocksPromptly()
        do {
            if worker {
                try JSONLinesWorker.run { configuration in try makeProcessor(configuration: configuration) }
            } else if jsonl {
                try runJSONLines()
            } else {
                try await runFiles()
            }
        } catch let error as OutputError where error.isClosedPipe {
            // The reader has all it wants: stop quietly.
            throw ExitCode.success
        }
    }

    /// `--jsonl`: a supervisor of worker processes, each running the processor on its share.
    private func runJSONLines() throws {
        let configuration = try readConfiguration()
        // Make everything once here, so that a bad option fails before any worker starts.
        let summarizerFactory = try SummarizerFactory(method: method)
        _ = try makeProcessor(configuration: configuration, summarizerFactory: summarizerFactory)
        var arguments = ["--worker", "--method", summarizerFactory.stageName]
        if let sentences { arguments += ["--sentences", String(sentences)] }
        if let ratio { arguments += ["--ratio", String(ratio)] }
        if boilerplateNumbers { arguments.append("--boilerplate-numbers") }
        let tally = JSONLinesTally(failsOnError: failOnError, progress: progress)
        let supervisor = JSONLinesSupervisor(
            settings: .init(
                jobs: jobs ?? JobCount.allCores,
                recordTimeout: recordTimeout,
                maximumRecordBytes: maxRecordBytes,
                executable: WorkerProcess.currentExecutable,
                workerArguments: arguments,
                configuration: configuration.map { Array($0.utf8) } ?? [],
                tally: tally
            )
        )
        do {
            try supervisor.run()
        } catch is JSONLinesTally.Stop {
            tally.finish()
            throw ExitCode.failure
        }
        tally.finish()
    }

    /// Files, folders or standard input, each a document: summaries as text, Markdown or JSON.
    private func runFiles() async throws {
        let pipeline = try makePipeline(configuration: readConfiguration())
        let summarizer = try SummarizerFactory(method: method).make(length: length)
        var unreadable = 0
        let loaded = Inputs.expand(inputs) { problem in
            Output.error("error: \(problem)")
            unreadable += 1
        }
        // Each document's summary is made with its analysis, on all cores; only the combined
        // summary, which needs every document, is made after.
        var analysed: [(document: Document, summary: Summary?)] = []
        let perDocument = perDocument
        let failures = await BatchAnalysis.run(loaded, with: pipeline, jobs: jobs, progress: progress) { document in
            (document, perDocument ? try summarizer.summarize([document]) : nil)
        } onDocument: {
            analysed.append($0)
        }
        var report = Report(format: format, includesQuotes: quotes, options: recordOptions)
        for (document, summary) in analysed {
            if let summary { report.add(document, summary: summary) }
        }
        let documents = analysed.map(\.document)
        if combined && documents.count > 1 {
            report.addCombined(try summarizer.summarize(documents), of: documents)
        }
        // When every input failed there is nothing to report, not an empty report.
        if failures < loaded.count { try Output.write(report.finish()) }
        if failures + unreadable > 0 { throw ExitCode.failure }
    }

    /// The processor of `--jsonl` records, for the worker processes.
    ///
    /// - Parameters:
    ///   - configuration: The text of `--config`, read by the supervisor, or `nil`.
    ///   - summarizerFactory: The summarizers, when they are already made.
    /// - Returns: The processor.
    /// - Throws: ``InputError`` for a bad configuration, `ValidationError` for a bad method.
    func makeProcessor(
        configuration: String?,
        summarizerFactory: SummarizerFactory? = nil
    ) throws -> JSONLinesProcessor {
        let pipeline = try makePipeline(configuration: configuration)
        let factory = try summarizerFactory ?? SummarizerFactory(method: method)
        let defaultLength = length
        // The summarizer for the default length is made once; others once per length asked for.
        _ = try factory.make(length: defaultLength)
        return JSONLinesProcessor(pipeline: pipeline, options: recordOptions) { documents, sentences in
            try factory.make(length: sentences.map { .sentences($0) } ?? defaultLength).summarize(documents)
        }
    }

    private var recordOptions: AnalysisRecord.Options {
        var options = AnalysisRecord.Options()
        options.includesBoilerplateNumbers = boilerplateNumbers
        return options
    }

    /// The summary length of `--sentences` or `--ratio`.
    private var length: SummaryLengthOption {
        ratio.map { .ratio($0) } ?? .sentences(sentences ?? 3)
    }

    /// The text of `--config`, or `nil` for the standard news pipeline.
    private func readConfiguration() throws -> String? {
        guard let config else { return nil }
        let bytes = try FileBytes.read(path: config, name: "the configuration \(config)")
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The pipeline of a configuration's text, or the news pipeline.
    private func makePipeline(configuration: String?) throws -> AnalysisPipeline {
        var pipeline: AnalysisPipeline
        if let configuration {
            do {
                pipeline = try StageRegistry.builtIn.makePipeline(json: configuration)
            } catch {
                throw InputError("the configuration \(config ?? "") is not valid: \(error)")
            }
        } else {
            pipeline = try AnalysisPipeline.news()
        }
        #if DEBUG
        pipeline = try TestFaults.adding(to: pipeline)
        #endif
        return pipeline
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

    /// Summarizers already made, by length.
    private let made = Made()

    /// A summarizer of the given length.
    ///
    /// Each length is made once and kept (up to 64 lengths), so that a stream of records
    /// does not build a summarizer for each record.
    func make(length: SummaryLengthOption) throws -> any Summarizer {
        if let summarizer = made.summarizers.withLock({ $0[length] }) { return summarizer }
        let stage = try registry.makeStage(PipelineConfiguration.Stage(name: stageName, options: length.stageOptions))
        guard let summarizer = stage as? any Summarizer else {
            throw ValidationError("'\(stageName)' is not a summarizer.")
        }
        made.summarizers.withLock { summarizers in
            if summarizers.count < 64 { summarizers[length] = summarizer }
        }
        return summarizer
    }

    /// Summarizers by length, shared by every copy of a factory.
    private final class Made: Sendable {
        let summarizers = Mutex<[SummaryLengthOption: any Summarizer]>([:])
    }
}
