import Foundation
import Lede
import LedeExampleSupport
import Testing

@Suite struct BatchAnalysisTests {
    /// Fails any document whose text holds `stage-error`.
    struct Refuser: Tagger {
        struct Refusal: Error {}
        let name = "test.refuser"
        var provides: Set<AnnotationKeyID> { [] }
        func process(_ document: inout Document) throws {
            if document.text.contains("stage-error") { throw Refusal() }
        }
    }

    struct TransformError: Error {}

    @Test(
        "inputs are analysed in batches and delivered in input order; an input that cannot be read or analysed is counted and the others go on",
        arguments: [1, 2]
    )
    func order(jobs: Int) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // More inputs than two batches hold, with failures in each batch.
        let count = AnalysisPipeline.batchSize * 2 + 11
        var expected: [String] = []
        var failures = 0
        var expectedMessages: [String] = []
        for number in 0..<count {
            var text = "Article \(number)."
            switch number % 10 {
            case 3: text += " stage-error"
            case 6: text += " transform-error"
            default: break
            }
            try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "%03d.txt", number)))
            let id = "\(folder.path)/" + String(format: "%03d.txt", number)
            if number % 17 == 9 {
                expectedMessages.append("error: cannot read \(id)")
            } else if number % 10 == 3 {
                expectedMessages.append("error: Stage 'test.refuser' failed on document '\(id)': Refusal()")
            } else if number % 10 == 6 {
                expectedMessages.append("error: TransformError()")
            } else {
                expected.append(text)
            }
            if number % 10 == 3 || number % 10 == 6 || number % 17 == 9 { failures += 1 }
        }
        let inputs = try Inputs.expand([folder.path])
        // Files that vanish after they were listed cannot be read.
        for number in stride(from: 9, to: count, by: 17) {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(String(format: "%03d.txt", number)))
        }
        let pipeline = try AnalysisPipeline { Refuser() }
        var texts: [String] = []
        var messages: [String] = []
        let failed = await BatchAnalysis.run(inputs, with: pipeline, jobs: jobs, progress: false) { document in
            if document.text.contains("transform-error") { throw TransformError() }
            return document.text
        } onDocument: {
            texts.append($0)
        } onMessage: {
            messages.append($0)
        }
        #expect(texts == expected)
        #expect(failed == failures)
        #expect(messages.count == expectedMessages.count)
        for (message, wanted) in zip(messages, expectedMessages) {
            #expect(message.hasPrefix(wanted))
        }
    }
}
