import Foundation
import Lede
import LedeStages
import Testing

@testable import LedeReport

@Suite struct HTMLReportTests {
    @Test func isOnePageThatNeedsNothingOutsideItself() throws {
        let html = try ReportPage.seeds().html
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
        for outside in ["http:", "https:", "src=", "<link", "@import", "url("] {
            #expect(!html.contains(outside), "\(outside)")
        }
        // The style sheet and script are the resource files, inlined once each.
        #expect(html.components(separatedBy: "<style>").count == 2)
        #expect(html.components(separatedBy: "<script>").count == 2)
        #expect(html.contains("@media print"))
        #expect(html.contains("document.addEventListener(\"click\""))
    }

    @Test func linksTheCombinedSummaryIntoEachDocument() throws {
        let html = try ReportPage.seeds().html
        let start = try #require(html.range(of: "<section class=\"combined\""))
        let end = try #require(html.range(of: "<article"))
        let links = html[start.lowerBound..<end.lowerBound].matches(of: /<li><a href="#(d\d-sentence-\d+)">/).map {
            String($0.1)
        }
        #expect(links == ["d0-sentence-1", "d0-sentence-8", "d1-sentence-0"])
        for link in links { #expect(html.contains("id=\"\(link)\""), "\(link)") }
        #expect(html.contains("<li><a href=\"#d1-sentence-0\">Military leaders from the United States"))
        #expect(
            html.contains("<nav aria-label=\"Documents\"><ol>\n<li><a href=\"#d0\">000_19271642d0346297.txt</a></li>")
        )
    }

    @Test func hasALegendAndKeyboardReachableMarks() throws {
        let page = try ReportPage.seeds()
        #expect(page.html.contains("<aside class=\"legend\" id=\"legend\" aria-labelledby=\"legend-title\">"))
        let quotes = page.documents.matches(of: /<q class="quote[^"]*" id=[^>]*>/)
        #expect(quotes.count == 10)
        for quote in quotes { #expect(quote.0.contains("tabindex=\"0\"")) }
        // Every attributed quotation has its speaker's number, not only a colour.
        #expect(quotes.filter { $0.0.contains("data-label=\"") }.count == 9)
    }

    @Test func escapesEveryInputTextIncludingIDsAndTitle() throws {
        let hostile = "<script>alert(\"x\")</script> & 'quotes' </textarea><!--"
        let document = try AnalysisPipeline.news().run("“\(hostile),” Ann Lee said. \(hostile)", id: hostile)
        var report = HTMLReport(title: hostile)
        report.add(document, summary: try NewsSummarizer().summarize([document]))
        let html = report.render()
        #expect(html.components(separatedBy: "<script").count == 2)  // Only the page's own script.
        #expect(!html.contains("<!--"))
        #expect(!html.contains("</textarea>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"))
        #expect(html.contains("<title>&lt;script&gt;"))
    }

    @Test func showsRepairedInvalidUTF8AsText() throws {
        let bytes = Array("Prices rose ".utf8) + [0xFF, 0xC3] + Array(" 5% <b>, officials said.".utf8)
        var document = Document(decoding: bytes, id: "bad")
        try AnalysisPipeline.news().process(&document)
        var report = HTMLReport()
        report.add(document)
        let html = report.render()
        #expect(html.contains("Prices rose \u{FFFD}\u{FFFD} <data class=\"number percent\""))
        #expect(html.contains("&lt;b&gt;"))
        #expect(html.contains("<p class=\"issues\">1 invalid UTF-8 sequence was replaced"))
    }

    @Test func rendersNoDocumentsAndEmptyDocuments() throws {
        #expect(HTMLReport().render().contains("<p class=\"empty\">No documents.</p>"))
        var report = HTMLReport()
        report.add(Document(text: "", id: ""))
        #expect(report.documentCount == 1)
        let html = report.render()
        #expect(html.contains("<h2 id=\"d0-title\">Document 1</h2>"))
        #expect(html.contains("This document is empty."))
        #expect(!html.contains("<h3 id=\"d0-summary\">"))
    }
}
