import Foundation
import LedeEvaluation
import Testing

@Suite struct BBCCorpusReaderTests {
    /// Three articles in two topics: one whose summary splits exactly, one with a sentence
    /// edited in the summary, and one in Latin-1 (as one file of the real dataset is).
    static func corpus() throws -> TemporaryCorpus {
        try TemporaryCorpus([
            (
                "business/001",
                Array(
                    """
                    Firm profits jump

                    Profits at the firm rose 5% to $1.4bn. Sales were strong.

                    The chief executive said: "We are pleased." Shares rose 2p.

                    """.utf8
                ),
                Array("Shares rose 2p.Profits at the firm rose 5% to $1.4bn.\n".utf8)
            ),
            (
                "business/002",
                Array("Bank cuts rates\n\nThe bank cut rates to 4.5%. Borrowers cheered. Savers did not.\n".utf8),
                Array("Borrowers cheered loudly.The bank cut rates to 4.5%.".utf8)
            ),
            (
                "sport/001",
                Array(
                    "Caf\u{e9} side wins\n\nThe caf\u{e9} side won 2-0. Fans cheered.".unicodeScalars.map {
                        UInt8($0.value)
                    }
                ),
                Array("Fans cheered.".utf8)
            ),
        ])
    }

    @Test("reads the articles in order and splits each summary into article sentences")
    func examples() async throws {
        let corpus = try Self.corpus()
        let reader = try BBCCorpusReader(root: corpus.root.path)
        let examples = try await reader.examples()
        #expect(examples.map(\.id) == ["business/001", "business/002", "sport/001"])
        #expect(examples[0].reference == ["Shares rose 2p.", "Profits at the firm rose 5% to $1.4bn."])
        #expect(examples[0].sentenceCount == 2)
        #expect(examples[0].isReferenceExact)
        #expect(examples[0].text.hasPrefix("Firm profits jump\n\n"))
        #expect(examples[1].reference == ["Borrowers cheered loudly.", "The bank cut rates to 4.5%."])
        #expect(examples[1].unmatchedReference == ["Borrowers cheered loudly."])
        #expect(!examples[1].isReferenceExact && !examples[1].isReferenceInArticle)
        #expect(examples[2].text.hasPrefix("Café side wins"))
        #expect(examples[2].reference == ["Fans cheered."])
    }

    @Test("a topic and a limit choose the articles")
    func topicAndLimit() throws {
        let corpus = try Self.corpus()
        let reader = try BBCCorpusReader(root: corpus.root.path)
        #expect(try reader.topics() == ["business", "sport"])
        #expect(try reader.articles(topic: "sport").map(\.id) == ["sport/001"])
        #expect(try reader.articles(limit: 2).map(\.id) == ["business/001", "business/002"])
        #expect(throws: EvaluationError.self) { try reader.articles(topic: "weather") }
    }

    @Test("the dataset's own folder is found one level down")
    func datasetFolder() throws {
        let corpus = try Self.corpus()
        let parent = corpus.root.deletingLastPathComponent().appendingPathComponent("parent-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createSymbolicLink(
            at: parent.appendingPathComponent("BBC News Summary"),
            withDestinationURL: corpus.root
        )
        let reader = try BBCCorpusReader(root: parent.path)
        #expect(reader.root.hasSuffix("/BBC News Summary"))
        #expect(try reader.articles().count == 3)
    }

    @Test("a folder without the layout, or an article without a summary, is an error that says what to do")
    func errors() throws {
        let error = #expect(throws: EvaluationError.self) {
            try BBCCorpusReader(root: FileManager.default.temporaryDirectory.path + "/no-such-corpus")
        }
        #expect(error?.code == .corpusNotFound)
        #expect(error?.message.contains("pass the folder that holds both") == true)

        let corpus = try TemporaryCorpus([("tech/001", Array("Title\n\nBody.".utf8), nil)])
        let missing = #expect(throws: EvaluationError.self) {
            try BBCCorpusReader(root: corpus.root.path).articles()
        }
        #expect(missing?.code == .missingSummary)
    }
}
