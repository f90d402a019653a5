internal import Lede

#if canImport(FoundationEssentials)
internal import FoundationEssentials
#else
internal import Foundation
#endif

/// Reads a corpus laid out as the BBC News Summary dataset and splits its reference
/// summaries into sentences.
///
/// The layout is `News Articles/<topic>/<name>.txt` for each article (headline on the first
/// line, then a blank line and the paragraphs) and `Summaries/<topic>/<name>.txt` for its
/// extractive reference: article sentences run together with no space between them, in no
/// particular order. Files are read as UTF-8 or, when that fails, as Latin-1 (one article of
/// the dataset is Latin-1).
///
/// ``examples(topic:limit:maxConcurrency:)`` segments each article with
/// ``SummaryEvaluator/articlePipeline()`` and splits its summary with a
/// ``ReferenceSplitter`` against the body sentences (the headline never appears in a
/// reference). On the full dataset 2,181 of the 2,225 summaries split exactly into Lede's
/// sentences. Nearly all of the other 44 are made of article text that the dataset cut into
/// sentences elsewhere than `SentenceSegmenter` does (`"...?" he said.` gives a reference
/// sentence `he said.`); they keep a best-effort split, flagged by
/// ``SummaryExample/isReferenceExact``.
///
/// `BBCCorpusReader` is `Sendable`.
public struct BBCCorpusReader: Sendable {
    /// The folder that holds `News Articles` and `Summaries`.
    public let root: String

    /// The folder of the articles.
    static let articlesFolder = "News Articles"
    /// The folder of the summaries.
    static let summariesFolder = "Summaries"

    /// Creates a reader for a corpus folder.
    ///
    /// The folder is the one holding `News Articles` and `Summaries`, or a folder with a
    /// `BBC News Summary` subfolder that does (the dataset's download layout).
    ///
    /// - Parameter root: The corpus folder.
    /// - Throws: ``EvaluationError`` with code ``EvaluationError/Code/corpusNotFound`` if
    ///   neither folder has the layout.
    public init(root: String) throws {
        let candidates = [root, root + "/BBC News Summary"]
        guard
            let found = candidates.first(where: {
                BBCCorpusReader.isDirectory($0 + "/" + BBCCorpusReader.articlesFolder)
                    && BBCCorpusReader.isDirectory($0 + "/" + BBCCorpusReader.summariesFolder)
            })
        else {
            throw EvaluationError(
                code: .corpusNotFound,
                message:
                    "'\(root)' has no '\(BBCCorpusReader.articlesFolder)' and '\(BBCCorpusReader.summariesFolder)' folders; pass the folder that holds both (the 'BBC News Summary' folder of the dataset)."
            )
        }
        self.root = found
    }

    /// The topics: the subfolders of `News Articles`, sorted.
    ///
    /// - Returns: The topic names, such as `business`.
    /// - Throws: ``EvaluationError`` if the folder cannot be listed.
    public func topics() throws -> [String] {
        try contents(of: root + "/" + BBCCorpusReader.articlesFolder).filter {
            BBCCorpusReader.isDirectory(root + "/" + BBCCorpusReader.articlesFolder + "/" + $0)
        }
    }

    /// Reads the articles and their raw summaries, sorted by topic and then file name.
    ///
    /// - Parameters:
    ///   - topic: Only this topic; defaults to all.
    ///   - limit: At most this many articles, the first in that order; defaults to all.
    /// - Returns: The articles.
    /// - Throws: ``EvaluationError`` if the topic does not exist, a file cannot be read or an
    ///   article has no summary.
    public func articles(topic: String? = nil, limit: Int? = nil) throws -> [BBCArticle] {
        let allTopics = try topics()
        let chosen: [String]
        if let topic {
            guard allTopics.contains(topic) else {
                throw EvaluationError(
                    code: .corpusNotFound,
                    message:
                        "The corpus has no topic '\(topic)'; choose one of \(allTopics.joined(separator: ", "))."
                )
            }
            chosen = [topic]
        } else {
            chosen = allTopics
        }
        var articles: [BBCArticle] = []
        for topic in chosen {
            let folder = root + "/" + BBCCorpusReader.articlesFolder + "/" + topic
            for file in try contents(of: folder) where file.hasSuffix(".txt") {
                if let limit, articles.count >= limit { return articles }
                let summaryPath = root + "/" + BBCCorpusReader.summariesFolder + "/" + topic + "/" + file
                guard FileManager.default.fileExists(atPath: summaryPath) else {
                    throw EvaluationError(
                        code: .missingSummary,
                        message:
                            "The article '\(folder)/\(file)' has no summary at '\(summaryPath)'; every article needs one."
                    )
                }
                articles.append(
                    BBCArticle(
                        id: topic + "/" + String(file.dropLast(4)),
                        topic: topic,
                        text: try BBCCorpusReader.readText(atPath: folder + "/" + file),
                        summary: try BBCCorpusReader.readText(atPath: summaryPath)
                    )
                )
            }
        }
        return articles
    }

    /// Reads the articles and splits each summary into reference sentences.
    ///
    /// - Parameters:
    ///   - topic: Only this topic; defaults to all.
    ///   - limit: At most this many articles; defaults to all.
    ///   - maxConcurrency: How many articles are segmented at once; defaults to the number of
    ///     active cores.
    /// - Returns: One example per article, in the order of ``articles(topic:limit:)``, with
    ///   ``SummaryExample/sentenceCount`` set to the number of reference sentences.
    /// - Throws: ``EvaluationError`` as ``articles(topic:limit:)`` does, or if an article
    ///   cannot be segmented.
    public func examples(
        topic: String? = nil,
        limit: Int? = nil,
        maxConcurrency: Int? = nil
    ) async throws -> [SummaryExample] {
        let pipeline = try SummaryEvaluator.articlePipeline()
        let splitter = ReferenceSplitter()
        return try await articles(topic: topic, limit: limit).concurrentMap(maxConcurrency: maxConcurrency) {
            article in
            var document = Document(text: article.text, id: article.id)
            do {
                try pipeline.process(&document)
            } catch {
                throw EvaluationError(
                    code: .summarizationFailed,
                    message: "The article '\(article.id)' could not be segmented: \(error)",
                    underlying: error
                )
            }
            let body = document.sentences.filter { document.isBodyText($0.span) }.map {
                String(document.text(of: $0.span))
            }
            let split = splitter.split(article.summary.trimmingSpaces, into: body)
            return SummaryExample(
                id: article.id,
                text: article.text,
                reference: split.sentences,
                unmatchedReference: split.unmatched
            )
        }
    }

    // MARK: Files

    /// Reads a text file as UTF-8, or as Latin-1 if it is not valid UTF-8.
    ///
    /// - Parameter path: The file's path.
    /// - Returns: The text.
    /// - Throws: ``EvaluationError`` with code ``EvaluationError/Code/unreadableFile``.
    static func readText(atPath path: String) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw EvaluationError(
                code: .unreadableFile,
                message: "The file '\(path)' cannot be read: \(error)",
                underlying: error
            )
        }
        return decodeText(Array(data))
    }

    /// Decodes bytes as UTF-8, or as Latin-1 if they are not valid UTF-8.
    static func decodeText(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
        return String(scalars)
    }

    private func contents(of folder: String) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        } catch {
            throw EvaluationError(
                code: .unreadableFile,
                message: "The folder '\(folder)' cannot be listed: \(error)",
                underlying: error
            )
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return attributes?[.type] as? FileAttributeType == .typeDirectory
    }
}

/// An article of a BBC-layout corpus with its raw reference summary.
///
/// `BBCArticle` is `Sendable`.
public struct BBCArticle: Hashable, Sendable {
    /// `<topic>/<file name without .txt>`, such as `business/001`.
    public var id: String
    /// The topic folder.
    public var topic: String
    /// The article, headline first.
    public var text: String
    /// The summary as stored: reference sentences run together.
    public var summary: String

    /// Creates an article.
    ///
    /// - Parameters:
    ///   - id: The identifier.
    ///   - topic: The topic.
    ///   - text: The article.
    ///   - summary: The raw summary.
    public init(id: String, topic: String, text: String, summary: String) {
        self.id = id
        self.topic = topic
        self.text = text
        self.summary = summary
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
