import Foundation
import PackagePlugin

/// Checks each `*.patterns` file of a target and generates a Swift type from it.
///
/// For every pattern file among the target's sources it adds one build command, which runs
/// `lede-patterns generate` with the file as its only input and
/// `<plugin work directory>/<TypeName>.swift` as its only output. The build system therefore
/// runs the command again only when that file changes, and a file with errors stops the build
/// with `file:line:column: error:` messages. Because each pattern file is a declared input of a
/// command, SwiftPM does not report it as an unhandled file.
@main
struct LedePatternsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        guard let module = target.sourceModule else { return [] }
        let tool = try context.tool(named: "lede-patterns")
        var sources: [String: URL] = [:]
        var commands: [Command] = []
        for file in module.sourceFiles(withSuffix: PatternTypeName.fileExtension) {
            let input = file.url
            guard let typeName = PatternTypeName.derived(fromFileNamed: input.lastPathComponent) else {
                throw LedePatternsPluginError.unnamable(input)
            }
            if let other = sources[typeName] { throw LedePatternsPluginError.sameTypeName(typeName, other, input) }
            sources[typeName] = input
            let output = context.pluginWorkDirectoryURL.appending(path: typeName + ".swift")
            commands.append(
                .buildCommand(
                    displayName: "Checking \(input.lastPathComponent) and generating \(typeName)",
                    executable: tool.url,
                    arguments: [
                        "generate",
                        "--input", input.path(percentEncoded: false),
                        "--output", output.path(percentEncoded: false),
                        "--type-name", typeName,
                    ],
                    inputFiles: [input],
                    outputFiles: [output]
                )
            )
        }
        return commands
    }
}

/// Why the plugin cannot set up the commands for a target.
enum LedePatternsPluginError: Error, CustomStringConvertible, LocalizedError {
    /// A pattern file's name gives no Swift type name.
    case unnamable(URL)
    /// Two pattern files of one target would generate types of the same name.
    case sameTypeName(String, URL, URL)

    var description: String {
        switch self {
        case .unnamable(let file):
            "\(file.path(percentEncoded: false)): cannot name a Swift type after this file; rename it so that its name starts with a letter"
        case .sameTypeName(let typeName, let first, let second):
            "\(first.path(percentEncoded: false)) and \(second.path(percentEncoded: false)) would both generate \(typeName); rename one of them"
        }
    }

    var errorDescription: String? { description }
}
