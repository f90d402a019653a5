import Synchronization
import Testing

@testable import Lede

@Suite struct AnalysisPipelineBatchTests {
    static func pipeline() throws -> AnalysisPipeline {
        try AnalysisPipeline {
            LowercaseNormalizer()
            BlankLineParagraphs()
            WordCounter()
        }
    }

    static let texts = [
        "ONE two\n\nThree FOUR five",
        "",
        "Line one\r\nLine TWO\r\n\r\nAfter a CRLF blank line",
        "Ünïcödé WÖRDS and “Curly” ’marks’ 東京",
        "   \n\n   ",
        String(repeating: "Word ", count: 500),
    ]

    @Test("a batch leaves each document as processing it alone does", arguments: 0...texts.count)
    func sameAsOneByOne(count: Int) throws {
        let pipeline = try Self.pipeline()
        var batch = Self.texts.prefix(count).enumerated().map { Document(text: $1, id: "doc-\($0)") }
        let errors = pipeline.process(&batch)
        #expect(errors.count == count)
        #expect(errors.allSatisfy { $0 == nil })
        for (index, text) in Self.texts.prefix(count).enumerated() {
            var alone = Document(text: text, id: "doc-\(index)")
            try pipeline.process(&alone)
            #expect(batch[index].text == alone.text)
            #expect(
                batch[index].paragraphs.map { batch[index].originalText(of: $0.span) }
                    == alone.paragraphs.map { alone.originalText(of: $0.span) }
            )
            #expect(batch[index].paragraphs == alone.paragraphs)
            #expect(batch[index].wordCounts == alone.wordCounts)
            #expect(batch[index].producer(of: .paragraphs) == "test.paragraphs")
        }
    }

    @Test("a failing document keeps its error and misses the later stages; the others go on")
    func failures() throws {
        let pipeline = try AnalysisPipeline {
            BlankLineParagraphs()
            Failing()
            WordCounter()
        }
        var batch = ["a b", "this will fail", "c d e"].enumerated().map { Document(text: $1, id: "doc-\($0)") }
        let errors = pipeline.process(&batch)
        #expect(errors[0] == nil && errors[2] == nil)
        #expect(errors[1]?.code == .stageFailed)
        #expect(errors[1]?.stage == "test.failing")
        #expect(errors[1]?.message == "Stage 'test.failing' failed on document 'doc-1': boom")
        #expect(batch[0].wordCounts == [2])
        #expect(batch[2].wordCounts == [3])
        #expect(batch[1].paragraphs.count == 1)
        #expect(!batch[1].hasAnnotation(AnnotationKeyID(WordCountKey.self)))
    }

    @Test("a stage that breaks its contract fails its documents only")
    func contractViolations() throws {
        let pipeline = try AnalysisPipeline { Liar() }
        var batch = [Document(text: "x"), Document(text: "y")]
        let errors = pipeline.process(&batch)
        #expect(errors.map { $0?.code } == [.contractViolation, .contractViolation])
    }

    @Test("each stage runs over every document of the batch before the next stage starts")
    func stageByStage() throws {
        let log = CallLog()
        let pipeline = try AnalysisPipeline {
            Recorder(name: "test.first", log: log)
            Recorder(name: "test.second", log: log)
        }
        var batch = (0..<3).map { Document(text: "text \($0)", id: "\($0)") }
        _ = pipeline.process(&batch)
        #expect(
            log.calls == [
                "test.first 0", "test.first 1", "test.first 2", "test.second 0", "test.second 1", "test.second 2",
            ]
        )
    }

    @Test("documents are batched by count, and by bytes so that long documents come few at a time")
    func batching() {
        let short = (0..<70).map { Document(text: "short \($0)") }
        #expect(
            DocumentBatches(documents: short).map(\.count)
                == [AnalysisPipeline.batchSize, AnalysisPipeline.batchSize, 6]
        )
        let long = String(repeating: "x", count: AnalysisPipeline.batchBytes / 2 + 1)
        let longs = (0..<5).map { _ in Document(text: long) }
        #expect(DocumentBatches(documents: longs).map(\.count) == [2, 2, 1])
        #expect(DocumentBatches(documents: [Document]()).map(\.count).isEmpty)
    }

    @Test(
        "a batch is full at batchSize documents or batchBytes bytes of text",
        arguments: [
            (0, 0, false), (AnalysisPipeline.batchSize - 1, AnalysisPipeline.batchBytes - 1, false),
            (AnalysisPipeline.batchSize, 0, true), (1, AnalysisPipeline.batchBytes, true),
        ]
    )
    func fullBatch(documents: Int, bytes: Int, isFull: Bool) {
        #expect(AnalysisPipeline.isFullBatch(documents: documents, bytes: bytes) == isFull)
    }

    @Test("running many documents gives each the document that processing it alone gives, in order")
    func runMatchesProcess() async throws {
        let pipeline = try Self.pipeline()
        let texts = (0..<100).map { Self.texts[$0 % Self.texts.count] + " \($0)" }
        let results = await pipeline.run(texts.map { Document(text: $0) }, maxConcurrency: 2)
        for (text, result) in zip(texts, results) {
            var alone = Document(text: text)
            try pipeline.process(&alone)
            #expect(try result.get().wordCounts == alone.wordCounts)
            #expect(try result.get().text == alone.text)
        }
    }
}

/// The calls of ``Recorder`` stages, in order.
private final class CallLog: Sendable {
    private let storage = Mutex<[String]>([])
    var calls: [String] { storage.withLock { $0 } }
    func append(_ call: String) { storage.withLock { $0.append(call) } }
}

/// A stage that records its name and each document's id.
private struct Recorder: Tagger {
    let name: String
    let log: CallLog
    var provides: Set<AnnotationKeyID> { [] }
    func process(_ document: inout Document) throws { log.append("\(name) \(document.id)") }
}
