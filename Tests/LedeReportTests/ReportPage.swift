import Foundation
import Lede
import LedeStages
import LedeTesting

@testable import LedeReport

/// Reads back what a report page holds, for the tests.
///
/// Quotations with their speakers' names, numbers and layout marks. Not a test file of its
/// own: it serves the others.
struct ReportPage {
    let html: String

    /// The seeds, analysed and summarized, in one report with their combined summary.
    static func seeds() throws -> ReportPage {
        let pipeline = try AnalysisPipeline.news()
        let summarizer = NewsSummarizer()
        var report = HTMLReport()
        var documents: [Document] = []
        for seed in Seeds.all {
            let document = try pipeline.run(seed.text, id: seed.name)
            documents.append(document)
            report.add(document, summary: try summarizer.summarize([document]))
        }
        report.setCombinedSummary(try summarizer.summarize(documents))
        return ReportPage(html: report.render())
    }

    /// Text without tags and with the five escapes undone.
    static func text(_ html: some StringProtocol) -> String {
        String(html).replacing(/<[^>]*>/, with: "").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The part of the page before the legend, which has sample marks of its own.
    var documents: Substring { html[..<(html.range(of: "<aside class=\"legend\"")?.lowerBound ?? html.endIndex)] }

    /// Each speaker of the list: its id and name.
    var speakers: [String: String] {
        var names: [String: String] = [:]
        for match in documents.matches(
            of: /<li class="speaker[^"]*" id="([^"]+)"[^>]*><span class="name">([^<]*)<\/span>/
        ) {
            names[String(match.1)] = Self.text(match.2)
        }
        return names
    }

    /// Each quotation (first pieces only) in page order: its words and its speaker's name.
    var quotations: [(words: String, speaker: String?)] {
        let names = speakers
        return documents.matches(of: /<q class="quote[^"]*" id="[^"]+"((?: [a-z-]+="[^"]*")*)>(.*?)<\/q>/).map {
            match in
            let speaker = String(match.1).firstMatch(of: /data-speaker="([^"]+)"/).flatMap { names[String($0.1)] }
            return (Self.text(match.2), speaker)
        }
    }

    /// Each number: its text and its `data-info`.
    var numbers: [(text: String, info: String)] {
        documents.matches(of: /<data class="number[^"]*"[^>]* data-info="([^"]*)"[^>]*>([^<]*)<\/data>/).map {
            (Self.text($0.2), Self.text($0.1))
        }
    }
}
