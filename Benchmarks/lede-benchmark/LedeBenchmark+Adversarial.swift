import ArgumentParser
import Foundation
import Lede
import LedeJSON
import LedeStages

/// The adversarial scenario: every class of hostile text at two sizes, each stage timed.
extension LedeBenchmark {
    /// One timed step of the analysis of one document, as `summarize --jsonl` does it.
    struct Step {
        var name: String
        var seconds: Double
    }

    /// Times each hostile class at every size in `sizes` (MB) and prints, per stage and for
    /// the whole analysis, the throughput at each size and how the time grows with the size.
    ///
    /// The whole analysis is what the command-line tools do with one document: decoding the
    /// bytes (with UTF-8 repair), the news pipeline stage by stage, a three-sentence
    /// `NewsSummarizer` summary and the JSON record. A growth of 1.0 is linear time; 4.0 for
    /// four times the text is quadratic.
    func adversarial(_ pipeline: AnalysisPipeline, _ texts: [String], sizes: [Double], classes: [HostileText]) throws {
        let runs = max(1, min(`repeat`, 3))
        let sizesInBytes = sizes.map { Int($0 * 1_000_000) }
        print(
            "adversarial scaling: each class at \(sizes.map { format($0) + " MB" }.joined(separator: " and ")), "
                + "median of \(runs) run(s), one core; growth = (time ratio) / (size ratio), 1.0 is linear"
        )
        var summary: [(HostileText, [Double], String)] = []
        var newsSpeed: Double?
        for hostile in classes {
            var timings: [[Step]] = []
            var skipped = false
            for size in sizesInBytes {
                if skipped { break }
                let bytes = hostile.bytes(size: size, news: texts)
                let steps = try timeSteps(of: bytes, pipeline, runs: runs)
                timings.append(steps)
                let total = steps.reduce(0) { $0 + $1.seconds }
                if total > adversarialBudget { skipped = true }
            }
            let speeds = zip(sizesInBytes, timings).map { size, steps in
                Double(size) / 1e6 / steps.reduce(0) { $0 + $1.seconds }
            }
            if hostile == .news { newsSpeed = speeds.last }
            print(
                "\n\(hostile.rawValue)\(skipped && timings.count < sizes.count ? " (larger sizes skipped: over \(format(adversarialBudget)) s)" : "")"
            )
            print(
                "  " + "stage".padding(toLength: 26, withPad: " ", startingAt: 0)
                    + sizes.prefix(timings.count).map { "MB/s @\(format($0)) MB".leftPadded(16) }.joined()
                    + (timings.count > 1 ? "growth".leftPadded(9) : "")
            )
            var worst = ("", 0.0)
            for (index, step) in (timings.first ?? []).enumerated() {
                let row = timings.map { $0[index].seconds }
                let growth = Self.growth(row, sizes: sizesInBytes)
                // Only a step that takes a visible share of the time is judged on its growth.
                let visible = (row.last ?? 0) > 0.02 * (timings.last.map { $0.reduce(0) { $0 + $1.seconds } } ?? 1)
                if visible, let growth, growth > worst.1 { worst = (step.name, growth) }
                print(Self.row(step.name, sizes: sizesInBytes, seconds: row, growth: growth))
            }
            let totals = timings.map { $0.reduce(0) { $0 + $1.seconds } }
            let growth = Self.growth(totals, sizes: sizesInBytes)
            print(Self.row("whole", sizes: sizesInBytes, seconds: totals, growth: growth))
            summary.append((hostile, speeds, worst.0.isEmpty ? "" : "\(worst.0) \(format(worst.1))"))
        }
        print("\nsummary (whole analysis; news = \(newsSpeed.map { format($0) + " MB/s" } ?? "not measured")):")
        print(
            "  " + "class".padding(toLength: 22, withPad: " ", startingAt: 0)
                + sizes.map { "MB/s @\(format($0)) MB".leftPadded(16) }.joined() + "  share of news  worst growth"
        )
        for (hostile, speeds, worst) in summary {
            var line = "  " + hostile.rawValue.padding(toLength: 22, withPad: " ", startingAt: 0)
            for index in sizes.indices {
                line += (index < speeds.count ? format(speeds[index]) : "skipped").leftPadded(16)
            }
            let share = newsSpeed.flatMap { news in speeds.last.map { $0 / news } }
            line += (share.map { format($0 * 100) + " %" } ?? "").leftPadded(15)
            print(line + "  " + worst)
        }
    }

    /// The time of each step on one document made from `bytes`: the median of `runs` runs.
    func timeSteps(of bytes: [UInt8], _ pipeline: AnalysisPipeline, runs: Int) throws -> [Step] {
        var samples: [[Step]] = []
        let clock = ContinuousClock()
        let summarizer = NewsSummarizer(length: .sentences(3))
        for _ in 0..<runs {
            var steps: [Step] = []
            var start = clock.now
            var document = Document(decoding: bytes, id: "hostile")
            steps.append(Step(name: "decode", seconds: (clock.now - start).seconds))
            for stage in pipeline.stages {
                start = clock.now
                try stage.process(&document)
                steps.append(Step(name: stage.name, seconds: (clock.now - start).seconds))
            }
            start = clock.now
            document.summary = try summarizer.summarize([document])
            steps.append(Step(name: "summary (news, 3)", seconds: (clock.now - start).seconds))
            start = clock.now
            var writer = JSONWriter()
            AnalysisRecord.write(document, into: &writer)
            steps.append(Step(name: "JSON record", seconds: (clock.now - start).seconds))
            samples.append(steps)
        }
        return samples[0].indices.map { index in
            let sorted = samples.map { $0[index].seconds }.sorted()
            return Step(name: samples[0][index].name, seconds: sorted[sorted.count / 2])
        }
    }

    /// How much faster than the size the time grew from the first size to the last: 1.0 is
    /// linear, 4.0 is quadratic for four times the text; `nil` with one size.
    static func growth(_ seconds: [Double], sizes: [Int]) -> Double? {
        guard seconds.count > 1, let first = seconds.first, let last = seconds.last, first > 0 else { return nil }
        return (last / first) / (Double(sizes[seconds.count - 1]) / Double(sizes[0]))
    }

    static func row(_ name: String, sizes: [Int], seconds: [Double], growth: Double?) -> String {
        var line = "  " + name.padding(toLength: 26, withPad: " ", startingAt: 0)
        for (size, time) in zip(sizes, seconds) {
            let speed = Double(size) / 1e6 / max(time, 1e-9)
            line += (speed >= 10_000 ? ">10000" : String(format: speed >= 100 ? "%.0f" : "%.2f", speed)).leftPadded(16)
        }
        if let growth { line += String(format: "%.2f", growth).leftPadded(9) }
        return line
    }
}

extension HostileText: ExpressibleByArgument {}
