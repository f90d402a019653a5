import Foundation

/// A BBC-layout corpus written to a fresh temporary folder, removed when the test ends.
struct TemporaryCorpus: ~Copyable {
    /// The folder holding `News Articles` and `Summaries`.
    let root: URL

    /// Writes the files: `[(topic/name, article bytes, summary bytes or nil)]`.
    init(_ files: [(id: String, article: [UInt8], summary: [UInt8]?)]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("lede-evaluation-\(UUID().uuidString)", isDirectory: true)
        for file in files {
            let article = root.appendingPathComponent("News Articles/\(file.id).txt")
            try FileManager.default.createDirectory(
                at: article.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(file.article).write(to: article)
            if let summary = file.summary {
                let path = root.appendingPathComponent("Summaries/\(file.id).txt")
                try FileManager.default.createDirectory(
                    at: path.deletingLastPathComponent(),
                    withIntermediateDirectories: true
                )
                try Data(summary).write(to: path)
            }
        }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("Summaries"),
            withIntermediateDirectories: true
        )
    }

    deinit { try? FileManager.default.removeItem(at: root) }
}
