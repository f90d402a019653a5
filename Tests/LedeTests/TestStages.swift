import Lede

// Stages written as a downstream author would: public API of Lede only.

/// Lower-cases ASCII capitals, recording each change.
struct LowercaseNormalizer: Normalizer {
    let name = "test.lowercase"
    func process(_ document: inout Document) throws {
        var rewriter = TextRewriter(document.text)
        var offset = 0
        for byte in document.text.utf8 {
            if byte >= 65 && byte <= 90 {
                rewriter.replace(offset..<offset + 1, with: String(UnicodeScalar(byte + 32)))
            }
            offset += 1
        }
        try document.replaceText(with: rewriter)
    }
}

/// Splits at blank lines.
struct BlankLineParagraphs: Segmenter {
    let name = "test.paragraphs"
    var provides: Set<AnnotationKeyID> { [.paragraphs] }
    func process(_ document: inout Document) throws {
        var paragraphs: [Paragraph] = []
        let bytes = Array(document.text.utf8)
        var start = 0
        var index = 0
        func close(_ end: Int) {
            var s = start
            var e = end
            while s < e && (bytes[s] == 32 || bytes[s] == 10) { s += 1 }
            while e > s && (bytes[e - 1] == 32 || bytes[e - 1] == 10) { e -= 1 }
            if s < e {
                paragraphs.append(Paragraph(span: Span(s..<e), provenance: Provenance(stage: name, rule: "blank-line")))
            }
        }
        while index < bytes.count {
            if index + 1 < bytes.count && bytes[index] == 10 && bytes[index + 1] == 10 {
                close(index)
                start = index + 2
                index += 2
            } else {
                index += 1
            }
        }
        close(bytes.count)
        document.paragraphs = paragraphs
    }
}

enum WordCountKey: AnnotationKey {
    typealias Value = [Int]
    static var name: String { "test.word-counts" }
}

/// Counts words per paragraph: a downstream tagger with its own key.
struct WordCounter: Tagger {
    let name = "test.word-counter"
    var requires: Set<AnnotationKeyID> { [.paragraphs] }
    var provides: Set<AnnotationKeyID> { [AnnotationKeyID(WordCountKey.self)] }
    func process(_ document: inout Document) throws {
        document[WordCountKey.self] = document.paragraphs.map { paragraph in
            document.text(of: paragraph.span).split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        }
    }
}

extension Document {
    var wordCounts: [Int] { self[WordCountKey.self] ?? [] }
}

enum WordTotalKey: AnnotationKey {
    typealias Value = Int
    static var name: String { "test.word-total" }
}

/// Adds up the word counts when a document has them, and gives 0 otherwise.
struct WordTotal: Tagger {
    let name = "test.word-total"
    var readsIfPresent: Set<AnnotationKeyID> { [AnnotationKeyID(WordCountKey.self)] }
    var provides: Set<AnnotationKeyID> { [AnnotationKeyID(WordTotalKey.self)] }
    func process(_ document: inout Document) throws {
        document[WordTotalKey.self] = document.wordCounts.reduce(0, +)
    }
}

struct Failing: Tagger {
    struct Boom: Error, CustomStringConvertible { var description: String { "boom" } }
    let name = "test.failing"
    var provides: Set<AnnotationKeyID> { [] }
    func process(_ document: inout Document) throws {
        if document.text.contains("fail") { throw Boom() }
    }
}

struct Liar: Tagger {
    let name = "test.liar"
    var provides: Set<AnnotationKeyID> { [AnnotationKeyID(WordCountKey.self)] }
    func process(_ document: inout Document) throws {}
}

struct SneakyRewriter: Tagger {
    let name = "test.sneaky"
    var provides: Set<AnnotationKeyID> { [] }
    func process(_ document: inout Document) throws {
        var rewriter = TextRewriter(document.text)
        rewriter.replace(0..<0, with: "!")
        try document.replaceText(with: rewriter)
    }
}

/// Chooses the shortest body sentences: a downstream summarizer, as the Writing a Custom Stage
/// article shows it.
struct ShortestSentences: Summarizer {
    let name = "acme.summary.shortest"
    var count = 2

    func makeSummary(of documents: [Document]) -> Summary {
        var chosen: [SummarySentence] = []
        for (documentIndex, document) in documents.enumerated() {
            for (index, sentence) in document.sentences.enumerated() where document.isBodyText(sentence.span) {
                chosen.append(
                    SummarySentence(
                        documentID: document.id,
                        documentIndex: documentIndex,
                        sentenceIndex: index,
                        span: sentence.span,
                        originalRange: document.originalRange(of: sentence.span),
                        text: String(document.originalText(of: sentence.span)),
                        score: 1 / Double(1 + sentence.span.length),
                        rank: 0,
                        provenance: Provenance(stage: name, rule: "shortest")
                    )
                )
            }
        }
        chosen.sort { $0.score > $1.score }
        chosen = Array(chosen.prefix(count))
        for index in chosen.indices { chosen[index].rank = index + 1 }
        return Summary(sentences: chosen, method: name)
    }
}

/// Sentences that end at each full stop, for tests that need sentences without LedeStages.
struct PeriodSentences: Segmenter {
    let name = "test.sentences"
    var provides: Set<AnnotationKeyID> { [.sentences] }
    func process(_ document: inout Document) throws {
        var sentences: [Sentence] = []
        var start = 0
        let bytes = Array(document.text.utf8)
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: ".") {
            sentences.append(
                Sentence(
                    span: Span(start..<offset + 1),
                    paragraph: 0,
                    provenance: Provenance(stage: name, rule: "period")
                )
            )
            start = offset + 1
            while start < bytes.count && bytes[start] == UInt8(ascii: " ") { start += 1 }
        }
        document.sentences = sentences
    }
}

/// Marks nothing as heading or boilerplate: every sentence is body text.
struct NoLayout: Segmenter {
    let name = "test.layout"
    var provides: Set<AnnotationKeyID> { [.layout] }
    func process(_ document: inout Document) throws { document.layout = [] }
}
