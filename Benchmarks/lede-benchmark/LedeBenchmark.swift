import ArgumentParser
import Foundation
import Lede
import LedeJSON
import LedeStages

/// Measures the throughput of Lede's pipelines on a folder of plain-text articles.
@main
struct LedeBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede-benchmark",
        abstract: "Measure how fast Lede's pipelines run, in MB/s and words/s.",
        discussion: """
            Reads every .txt file under CORPUS (UTF-8, falling back to Latin-1) into memory, then
            times each scenario several times on one core and reports the median, with the
            spread. Build in release mode:

              swift run -c release lede-benchmark seeds/
              swift run -c release lede-benchmark path/to/bbc-news-summary --scenario all --repeat 7
              swift run -c release lede-benchmark path/to/bbc-news-summary --scenario summarize

            The summarize scenario joins articles into documents of 50, 500, 5 000 and 50 000
            sentences, analyses each once with the news pipeline, and times every summarizer
            on it (ten sentences; the median of the runs).

            The json scenario analyses every article once, with a three-sentence summary, then
            times LedeJSON alone: writing every record with the fast writer and with
            JSONEncoder, decoding them, and reading every article back as a JSON Lines input
            record.
            """
    )

    @Argument(help: "A folder of .txt articles, searched recursively.")
    var corpus: String = "seeds"

    @Option(
        help:
            "segment (normalize + paragraphs + sentences), tag (the full news pipeline), stages (time of each stage), parallel (all cores), all (these four), summarize (each summarizer on long documents), json (writing and reading LedeJSON records), or adversarial (hostile texts at two sizes, each stage timed)."
    )
    var scenario: Scenario = .all

    @Option(help: "How many timed runs per scenario.")
    var `repeat`: Int = 5

    @Option(
        help:
            "With --scenario stages: time only this stage (the stages before it run once, untimed), for profiling. With --scenario summarize: time only this summarizer (lead, luhn, lexrank, lexrank-threshold, textrank, news)."
    )
    var only: String?

    @Option(
        help:
            "With --scenario stages: stages timed together, separated by commas; their summed time per pass is printed after the stages (default: the four attribution stages)."
    )
    var together: String = "lede.names,lede.cues,lede.attributions,lede.speakers"

    @Option(help: "With --scenario tag: the size of the batches of the second measurement.")
    var batch: Int = 32

    @Flag(
        help:
            "With --scenario stages: take each document through every stage in turn, as the pipeline does, and time each stage there; without it, each stage runs over the whole corpus before the next. A stage's time differs between the two: inside the pipeline a document's data is fresh in the cache, and the stages share it with one another."
    )
    var byDocument = false

    enum Scenario: String, ExpressibleByArgument, CaseIterable {
        case segment, tag, stages, parallel, all, summarize, json, adversarial
    }

    @Option(
        help:
            "With --scenario adversarial: the sizes in MB, separated by commas (the ratio compares the first and last)."
    )
    var sizes: String = "1,4"

    @Option(
        help: ArgumentHelp(
            "With --scenario adversarial: the classes to run, separated by commas (default: all).",
            discussion: "Classes: \(HostileText.allCases.map(\.rawValue).joined(separator: ", "))."
        )
    )
    var classes: String?

    @Option(
        name: .customLong("budget"),
        help:
            "With --scenario adversarial: skip the larger sizes of a class whose analysis took longer than this (seconds)."
    )
    var adversarialBudget: Double = 30

    func run() async throws {
        let texts = try Self.load(corpus)
        guard !texts.isEmpty else { throw ValidationError("No .txt files under \(corpus).") }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let words = texts.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
        print(
            "corpus: \(texts.count) files, \(String(format: "%.2f", Double(bytes) / 1e6)) MB, \(words) words (\(corpus))"
        )
        let segment = try AnalysisPipeline(name: "segment") {
            Normalizers.standard
            ParagraphSegmenter()
            SentenceSegmenter()
        }
        let tag = try AnalysisPipeline.news()
        if scenario == .segment || scenario == .all {
            try measure("normalize + segment", segment, texts, bytes: bytes, words: words)
        }
        if scenario == .tag || scenario == .all {
            try measure("normalize + segment + tag (news pipeline)", tag, texts, bytes: bytes, words: words)
            try measure(
                "the same, in batches of \(batch) (one stage at a time over each batch)",
                tag,
                texts,
                bytes: bytes,
                words: words,
                batch: batch
            )
        }
        if scenario == .stages || scenario == .all {
            try stages(tag, texts, bytes: bytes)
        }
        if scenario == .parallel || scenario == .all {
            await parallel(tag, texts, bytes: bytes)
        }
        if scenario == .summarize {
            try summarize(tag, texts)
        }
        if scenario == .json {
            try json(tag, texts)
        }
        if scenario == .adversarial {
            let sizes = self.sizes.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else {
                throw ValidationError("--sizes takes sizes in MB, such as 1,4.")
            }
            var chosen = HostileText.allCases
            if let classes {
                chosen = try classes.split(separator: ",").map { name in
                    guard let hostile = HostileText(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                        throw ValidationError("There is no hostile class '\(name)'.")
                    }
                    return hostile
                }
            }
            try adversarial(tag, texts, sizes: sizes, classes: chosen)
        }
    }

    /// The time LedeJSON takes to write, encode, decode and read the records of all articles,
    /// on one core, with the analysis done once beforehand and not timed.
    func json(_ pipeline: AnalysisPipeline, _ texts: [String]) throws {
        let summarizer = NewsSummarizer(length: .sentences(3))
        let documents = try texts.enumerated().map { index, text in
            var document = try pipeline.run(text, id: String(index))
            document.summary = try summarizer.summarize([document])
            return document
        }
        // Every record once, to know the sizes and to decode.
        let records = documents.map { document in
            var writer = JSONWriter()
            AnalysisRecord.write(document, into: &writer)
            return writer.bytes
        }
        let outputBytes = records.reduce(0) { $0 + $1.count }
        let inputLines = texts.enumerated().map { index, text in
            var writer = JSONWriter()
            writer.object { writer in
                writer.member("id", String(index))
                writer.member("text", text)
                writer.member("summary_sentences", 0)
            }
            return writer.bytes
        }
        let inputBytes = inputLines.reduce(0) { $0 + $1.count }
        print(
            "median time for all \(documents.count) records (one core; \(format(Double(outputBytes) / 1e6)) MB of records, "
                + "\(format(Double(inputBytes) / 1e6)) MB of input lines):"
        )
        func time(_ label: String, bytes: Int, _ body: () throws -> Int) throws {
            var seconds: [Double] = []
            var check = 0
            for run in 0...max(1, `repeat`) {
                let clock = ContinuousClock()
                let start = clock.now
                check = try body()
                if run > 0 { seconds.append((clock.now - start).seconds) }
            }
            seconds.sort()
            let median = seconds[seconds.count / 2]
            print(
                "  \(label.padding(toLength: 50, withPad: " ", startingAt: 0)) \(format(median * 1000)) ms  "
                    + "\(format(Double(bytes) / 1e6 / median)) MB/s  (check: \(check))"
            )
        }
        try time("write records (AnalysisRecord.write)", bytes: outputBytes) {
            var total = 0
            for document in documents {
                var writer = JSONWriter()
                AnalysisRecord.write(document, into: &writer)
                total += writer.bytes.count
            }
            return total
        }
        let encoder = JSONEncoder()
        try time("encode records (JSONEncoder, Codable)", bytes: outputBytes) {
            var total = 0
            for document in documents { total += try encoder.encode(AnalysisRecord(document)).count }
            return total
        }
        let decoder = JSONDecoder()
        try time("decode records (JSONDecoder, Codable)", bytes: outputBytes) {
            var total = 0
            for record in records {
                total += try decoder.decode(AnalysisRecord.self, from: Data(record)).sentences.count
            }
            return total
        }
        // A pipeline with no stages: the time is the reader's, the document's and an empty record's.
        let reader = JSONLinesProcessor(pipeline: try AnalysisPipeline(name: "none", stages: [])) { _, _ in nil }
        try time("read input lines (JSONLinesProcessor, no stages)", bytes: inputBytes) {
            var total = 0
            for (index, line) in inputLines.enumerated() { total += reader.process(line, number: index + 1).count }
            return total
        }
    }

    /// The time each summarizer takes on documents of 50 to 50 000 sentences, on one core.
    func summarize(_ pipeline: AnalysisPipeline, _ texts: [String]) throws {
        let all: [(label: String, summarizer: any Summarizer)] = [
            ("lead", LeadSummarizer(length: .sentences(10))),
            ("luhn", LuhnSummarizer(length: .sentences(10))),
            ("lexrank", LexRankSummarizer(length: .sentences(10))),
            ("lexrank-threshold", LexRankSummarizer(length: .sentences(10), variant: .threshold(0.1))),
            ("textrank", TextRankSummarizer(length: .sentences(10))),
            ("news", NewsSummarizer(length: .sentences(10))),
        ]
        let chosen = all.filter { only == nil || $0.label == only }
        guard !chosen.isEmpty else {
            throw ValidationError("There is no summarizer \(only ?? ""); see --only.")
        }
        let summarizers = chosen.map(\.summarizer)
        let labels = chosen.map(\.label)
        print("median CPU time to summarize one document (ten sentences, one core, analysis not timed):")
        print(
            "sentences".padding(toLength: 12, withPad: " ", startingAt: 0) + labels.map { $0.leftPadded(19) }.joined()
        )
        var next = 0
        var joined: [String] = []
        var sentenceCount = 0
        for target in [50, 500, 5_000, 50_000] {
            // Join whole articles (without their headlines) until the document is long enough.
            while sentenceCount < target {
                let article = texts[next % texts.count]
                next += 1
                let body = article.split(separator: "\n\n", maxSplits: 1).last.map(String.init) ?? article
                joined.append(body)
                sentenceCount += Document(text: body).sentenceEstimate
            }
            let document = try pipeline.run(joined.joined(separator: "\n\n"), id: "joined")
            let bodySentences = document.sentences.filter { document.isBodyText($0.span) }.count
            var row = String(bodySentences).padding(toLength: 12, withPad: " ", startingAt: 0)
            for summarizer in summarizers {
                var seconds: [Double] = []
                let runs = target >= 50_000 ? 3 : max(3, `repeat`)
                for _ in 0..<runs {
                    let start = threadCPUTime()
                    let summary = try summarizer.summarize([document])
                    seconds.append(threadCPUTime() - start)
                    precondition(summary.sentences.count <= 10)
                }
                seconds.sort()
                row += (format(seconds[seconds.count / 2] * 1000) + " ms").leftPadded(19)
            }
            print(row)
        }
    }

    /// Times a pipeline on one core; prints the median and the spread of `repeat` runs.
    ///
    /// With `batch`, the documents are analysed in batches of that many with
    /// `AnalysisPipeline.process(_:)` on an array, one stage at a time over each batch, as
    /// `AnalysisPipeline.run(_:maxConcurrency:onResult:)` does; without it, one at a time.
    func measure(
        _ label: String,
        _ pipeline: AnalysisPipeline,
        _ texts: [String],
        bytes: Int,
        words: Int,
        batch: Int? = nil
    ) throws {
        var seconds: [Double] = []
        var sentences = 0
        for run in 0...max(1, `repeat`) {
            let clock = ContinuousClock()
            let start = clock.now
            var count = 0
            if let batch {
                var first = 0
                while first < texts.count {
                    var documents = texts[first..<min(texts.count, first + batch)].map { Document(text: $0) }
                    if let error = pipeline.process(&documents).lazy.compactMap({ $0 }).first { throw error }
                    count += documents.reduce(0) { $0 + $1.sentences.count }
                    first += batch
                }
            } else {
                for text in texts {
                    var document = Document(text: text)
                    try pipeline.process(&document)
                    count += document.sentences.count
                }
            }
            let elapsed = clock.now - start
            if run > 0 { seconds.append(elapsed.seconds) }  // the first run warms up
            sentences = count
        }
        seconds.sort()
        let median = seconds[seconds.count / 2]
        let fastest = seconds.first ?? median
        let slowest = seconds.last ?? median
        print(
            "\(label): median \(format(Double(bytes) / 1e6 / median)) MB/s, \(format(Double(words) / median / 1e6)) M words/s "
                + "(\(format(median * 1000)) ms per pass; min \(format(fastest * 1000)) ms, max \(format(slowest * 1000)) ms; "
                + "\(sentences) sentences; one core)"
        )
    }

    /// The time each stage of a pipeline takes, on one core.
    func stages(_ pipeline: AnalysisPipeline, _ texts: [String], bytes: Int) throws {
        let runs = max(1, `repeat`)
        if let only {
            guard let position = pipeline.stages.firstIndex(where: { $0.name == only }) else {
                throw ValidationError("The pipeline has no stage named \(only).")
            }
            var documents = texts.map { Document(text: $0) }
            for stage in pipeline.stages[..<position] {
                for index in documents.indices { try stage.process(&documents[index]) }
            }
            let clock = ContinuousClock()
            let start = clock.now
            for _ in 0..<runs {
                for index in documents.indices {
                    var copy = documents[index]
                    try pipeline.stages[position].process(&copy)
                }
            }
            let seconds = (clock.now - start).seconds / Double(runs)
            print(
                "\(only): \(format(seconds * 1000)) ms per pass, \(format(Double(bytes) / 1e6 / seconds)) MB/s (one core)"
            )
            return
        }
        // Each pass's time for every stage: the median of the passes is printed, so that one
        // slow pass on a busy machine does not move the figure.
        var passes: [[Double]] = []
        for _ in 0..<runs {
            var documents = texts.map { Document(text: $0) }
            var times = Array(repeating: 0.0, count: pipeline.stages.count)
            let clock = ContinuousClock()
            if byDocument {
                for position in documents.indices {
                    for (index, stage) in pipeline.stages.enumerated() {
                        let start = clock.now
                        try stage.process(&documents[position])
                        times[index] += (clock.now - start).seconds
                    }
                }
            } else {
                for (index, stage) in pipeline.stages.enumerated() {
                    let start = clock.now
                    for position in documents.indices { try stage.process(&documents[position]) }
                    times[index] = (clock.now - start).seconds
                }
            }
            passes.append(times)
        }
        let order = byDocument ? "each document through every stage" : "each stage over the corpus"
        print("time per stage (\(order); median of \(runs) passes, one core):")
        for (index, stage) in pipeline.stages.enumerated() {
            let seconds = Self.median(passes.map { $0[index] })
            print(
                "  \(stage.name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(format(seconds * 1000)) ms  \(format(Double(bytes) / 1e6 / seconds)) MB/s"
            )
        }
        let names = together.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let group = pipeline.stages.indices.filter { names.contains(pipeline.stages[$0].name) }
        guard !group.isEmpty else { return }
        // The median of each pass's sum, not the sum of the medians: the stages of one pass
        // ran under the same load.
        let seconds = Self.median(passes.map { times in group.reduce(0) { $0 + times[$1] } })
        print(
            "  together: \(group.map { pipeline.stages[$0].name }.joined(separator: " + ")): \(format(seconds * 1000)) ms  \(format(Double(bytes) / 1e6 / seconds)) MB/s"
        )
    }

    /// The median of some numbers (the upper one of the two middle numbers for an even count).
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }

    /// Throughput over all cores with ``AnalysisPipeline/run(_:maxConcurrency:)``.
    func parallel(_ pipeline: AnalysisPipeline, _ texts: [String], bytes: Int) async {
        let documents = texts.map { Document(text: $0) }
        var seconds: [Double] = []
        for run in 0...max(1, `repeat`) {
            let clock = ContinuousClock()
            let start = clock.now
            _ = await pipeline.run(documents)
            if run > 0 { seconds.append((clock.now - start).seconds) }
        }
        seconds.sort()
        let median = seconds[seconds.count / 2]
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print(
            "news pipeline on \(cores) cores: median \(format(Double(bytes) / 1e6 / median)) MB/s (\(format(median * 1000)) ms per pass)"
        )
    }

    static func load(_ path: String) throws -> [String] {
        let root = URL(fileURLWithPath: path)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw ValidationError("Cannot read \(path).")
        }
        var files: [URL] = []
        for case let url as URL in enumerator where url.pathExtension == "txt" { files.append(url) }
        return try files.sorted { $0.path < $1.path }.map { url in
            let data = try Data(contentsOf: url)
            return String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) ?? ""
        }
    }

    func format(_ value: Double) -> String { String(format: value >= 100 ? "%.0f" : "%.1f", value) }
}

extension Document {
    /// A quick count of sentence ends, to decide how many articles to join.
    fileprivate var sentenceEstimate: Int {
        max(1, text.utf8.filter { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "!") }.count)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? " " + self : String(repeating: " ", count: width - count) + self
    }
}

/// The CPU time the calling thread has used, in seconds: unlike the wall clock, it does not
/// count the time the thread waits while other processes run, so it stays steady on a busy
/// machine.
func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
