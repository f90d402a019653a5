import AcmeStages
import ArgumentParser
import Foundation
import Lede
import LedeStages

/// `hedges`: lists the hedged sentences of news articles, and whose hedges they are.
///
/// It runs Lede's news pipeline with `HedgeTagger` added, built in code, or built from a
/// pipeline configuration file that mixes built-in and `acme.` stages.
@main
struct HedgesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hedges",
        abstract: "List the hedges (reportedly, could, is believed to) of news articles, and whose they are.",
        discussion: """
            Examples:
              hedges ../../seeds
              hedges --config pipeline.json ../../seeds/004_66e653aac7ebe387.txt
            """
    )

    @Argument(help: "Article files, or folders of .txt files.")
    var inputs: [String]

    @Option(help: "A pipeline configuration (JSON) that may use acme.hedges next to Lede's stages.")
    var config: String?

    mutating func run() throws {
        let pipeline = try makePipeline()
        var first = true
        for url in try articles() {
            var document = Document(decoding: try Data(contentsOf: url), id: url.relativePath)
            try pipeline.process(&document)
            if !first { print() }
            first = false
            print(Self.report(document))
        }
    }

    /// The pipeline from the configuration file, or Lede's news pipeline plus the tagger.
    func makePipeline() throws -> AnalysisPipeline {
        guard let config else {
            return try AnalysisPipeline.news().inserting(HedgeTagger(), at: .last)
        }
        var registry = StageRegistry.builtIn
        try registry.registerAcmeStages()
        return try registry.makePipeline(
            json: String(decoding: try Data(contentsOf: URL(fileURLWithPath: config)), as: UTF8.self)
        )
    }

    /// The files to read, folders expanded to their `.txt` files in name order.
    func articles() throws -> [URL] {
        var urls: [URL] = []
        for input in inputs {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
                throw ValidationError("No such file or folder: \(input)")
            }
            guard isFolder.boolValue else {
                urls.append(URL(fileURLWithPath: input))
                continue
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: input).filter { $0.hasSuffix(".txt") }
            urls += names.sorted().map { URL(fileURLWithPath: input).appendingPathComponent($0) }
        }
        return urls
    }

    /// One document's hedged sentences, each hedge with its kind and whose it is.
    static func report(_ document: Document) -> String {
        let hedges = document.hedges
        let quoted = hedges.filter { $0.quote != nil }.count
        var lines = ["\(document.id): \(hedges.count) hedges, \(hedges.count - quoted) by the writer, \(quoted) quoted"]
        var sentence: Int?
        for hedge in hedges {
            if hedge.sentence != sentence {
                sentence = hedge.sentence
                let text = document.originalText(of: document.sentences[hedge.sentence].span)
                lines.append("  \(text)")
            }
            let whose = hedge.quote == nil ? "writer" : "quoting \(hedge.speaker ?? "an unknown speaker")"
            lines.append("    - \(hedge.kind.rawValue): \(document.originalText(of: hedge.span)) (\(whose))")
        }
        return lines.joined(separator: "\n")
    }
}
