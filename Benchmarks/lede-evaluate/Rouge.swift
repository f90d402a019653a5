internal import ArgumentParser
internal import Foundation
internal import LedeEvaluation

/// `lede-evaluate rouge`: mean ROUGE of a summarization method over a corpus.
struct Rouge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarize every article of a corpus and report the mean ROUGE scores.",
        discussion: """
            Each article is summarized with as many sentences as its reference has (the \
            headline excluded) and scored as Google's rouge-score does with use_stemmer=True. \
            The scores go to standard output; the run time goes to standard error.
            """
    )

    @Option(help: "A BBC News Summary folder (with 'News Articles' and 'Summaries').")
    var corpus: String?

    @Option(help: "A JSON Lines file of records with id, text, reference and k.")
    var gold: String?

    @Option(
        help:
            "A JSON Lines file of events, each with id, documents (objects with id and text), reference and k: each event's documents are summarized together."
    )
    var events: String?

    @Option(help: "The summarization method: \(summarizationMethods.map(\.name).joined(separator: ", ")).")
    var method = "lead"

    @Option(help: "Evaluate only the first N articles.")
    var limit: Int?

    @Option(help: "Evaluate only this topic of the BBC corpus (such as business).")
    var topic: String?

    @Option(help: "How many articles run at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Do not stem tokens (rouge-score's use_stemmer=False).")
    var noStemmer = false

    @Option(help: "Write each article's summary and scores to this JSON Lines file.")
    var saveSummaries: String?

    @Option(help: "Write each article with its split reference to this JSON Lines file (the --gold format).")
    var saveReferences: String?

    @Flag(
        help: "List the articles whose summary did not split exactly into article sentences, with the parts left over."
    )
    var listInexact = false

    func validate() throws {
        guard [corpus, gold, events].compactMap({ $0 }).count == 1 else {
            throw ValidationError("Give one of --corpus, --gold and --events.")
        }
        if topic != nil && corpus == nil { throw ValidationError("--topic needs --corpus.") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        guard summarizationMethods.contains(where: { $0.name == method }) else {
            let names = summarizationMethods.map(\.name).joined(separator: ", ")
            throw ValidationError("Unknown method '\(method)'; choose one of: \(names).")
        }
    }

    func run() async throws {
        guard let method = summarizationMethods.first(where: { $0.name == self.method }) else { return }
        let clock = ContinuousClock()
        let start = clock.now

        if let events {
            let examples = try EventExample.readJSONLines(atPath: events, limit: limit)
            let loaded = clock.now
            let evaluator = SummaryEvaluator(scorer: RougeScorer(usesStemmer: !noStemmer))
            let evaluation = try await evaluator.evaluate(examples, method: method, maxConcurrency: jobs)
            let finished = clock.now
            var report = "source: \(events)\n"
            report += "events: \(examples.count), \(examples.reduce(0) { $0 + $1.reports.count }) documents\n"
            report +=
                "method: \(method.name), as many sentences as the reference has, the documents of an event together\n"
            report += table(evaluation)
            FileHandle.standardOutput.write(Data(report.utf8))
            if let saveSummaries { try writeSummaries(evaluation, to: saveSummaries) }
            printError(
                "time: \(seconds(finished - start)) s (read \(seconds(loaded - start)) s, "
                    + "analyse, summarize and score \(seconds(finished - loaded)) s)"
            )
            return
        }

        let examples: [SummaryExample]
        let source: String
        if let corpus {
            let reader = try BBCCorpusReader(root: corpus)
            examples = try await reader.examples(topic: topic, limit: limit, maxConcurrency: jobs)
            source = reader.root
        } else if let gold {
            examples = try SummaryExample.readJSONLines(atPath: gold, limit: limit)
            source = gold
        } else {
            return
        }
        let loaded = clock.now

        let evaluator = SummaryEvaluator(scorer: RougeScorer(usesStemmer: !noStemmer))
        let evaluation = try await evaluator.evaluate(examples, method: method, maxConcurrency: jobs)
        let finished = clock.now

        let inexact = examples.filter { !$0.isReferenceExact }
        let altered = inexact.filter { !$0.isReferenceInArticle }
        var report = "source: \(source)\n"
        report += "articles: \(examples.count)\n"
        if corpus != nil {
            report += "references not split exactly into article sentences: \(inexact.count)"
            report += " (with text not found verbatim in the article: \(altered.count))\n"
        }
        if listInexact {
            for example in inexact {
                let note = example.isReferenceInArticle ? "cut elsewhere" : "text differs"
                report +=
                    "  \(example.id) (\(note)): \(example.unmatchedReference.map { "\"\($0)\"" }.joined(separator: " "))\n"
            }
        }
        report += "method: \(method.name), as many sentences as the reference has\n"
        report += table(evaluation)
        FileHandle.standardOutput.write(Data(report.utf8))

        if let saveSummaries { try writeSummaries(evaluation, to: saveSummaries) }
        if let saveReferences { try writeReferences(examples, to: saveReferences) }

        printError(
            "time: \(seconds(finished - start)) s (read and split \(seconds(loaded - start)) s, "
                + "summarize and score \(seconds(finished - loaded)) s)"
        )
    }

    /// The stemming line and the table of mean scores, with the mean of the ROUGE-1, -2 and -L F1.
    private func table(_ evaluation: SummaryEvaluation) -> String {
        var report = "stemming: \(noStemmer ? "off" : "on")\n"
        report += "metric     precision  recall  F1\n"
        for (name, score) in evaluation.mean.named {
            let columns = [score.precision, score.recall, score.f1].map(RougeScore.format)
            report += name.padding(to: 11) + columns[0] + "     " + columns[1] + "  " + columns[2] + "\n"
        }
        let mean = evaluation.mean
        report +=
            "mean of ROUGE-1, -2, -L F1: \(RougeScore.format((mean.rouge1.f1 + mean.rouge2.f1 + mean.rougeL.f1) / 3))\n"
        return report
    }

    // MARK: Output files

    private struct SummaryLine: Encodable {
        var id: String
        var summary: [String]
        var rouge1: Double
        var rouge2: Double
        var rougeL: Double
        var rougeLsum: Double
    }

    private struct ReferenceLine: Encodable {
        var id: String
        var text: String
        var reference: [String]
        var k: Int
        var unmatched: [String]
    }

    private func writeSummaries(_ evaluation: SummaryEvaluation, to path: String) throws {
        try writeJSONLines(
            evaluation.results.map {
                SummaryLine(
                    id: $0.id,
                    summary: $0.summary,
                    rouge1: $0.scores.rouge1.f1,
                    rouge2: $0.scores.rouge2.f1,
                    rougeL: $0.scores.rougeL.f1,
                    rougeLsum: $0.scores.rougeLsum.f1
                )
            },
            to: path
        )
    }

    private func writeReferences(_ examples: [SummaryExample], to path: String) throws {
        try writeJSONLines(
            examples.map {
                ReferenceLine(
                    id: $0.id,
                    text: $0.text,
                    reference: $0.reference,
                    k: $0.sentenceCount,
                    unmatched: $0.unmatchedReference
                )
            },
            to: path
        )
    }

    private func writeJSONLines(_ lines: [some Encodable], to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var data = Data()
        for line in lines {
            data.append(try encoder.encode(line))
            data.append(UInt8(ascii: "\n"))
        }
        try data.write(to: URL(fileURLWithPath: path))
    }

    private func seconds(_ duration: Duration) -> String {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        return "\(milliseconds / 1000).\(String(milliseconds % 1000 + 1000).dropFirst())"
    }

    private func printError(_ line: String) {
        var standardError = StandardError()
        print(line, to: &standardError)
    }
}

/// Standard error as a `TextOutputStream`.
private struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
