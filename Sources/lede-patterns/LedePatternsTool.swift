import Foundation
import LedePatternsCore

/// The `lede-patterns` tool: checks pattern files and generates Swift from them.
///
/// It is the executable behind the LedePatterns build-tool plugin, and people editing pattern
/// files can run it too (`swift run lede-patterns check Sources/LedeStages/Sentences.patterns`).
/// All its logic lives in LedePatternsCore; this file only reads and writes files.
@main
enum LedePatternsTool {
    static func main() {
        let command: PatternToolCommand
        do {
            command = try PatternToolCommand(arguments: Array(CommandLine.arguments.dropFirst()))
        } catch {
            printToStandardError("\(error)\n\n\(PatternToolCommand.usage)")
            exit(64)
        }
        switch command {
        case .help:
            print(PatternToolCommand.usage)
        case .check(let paths):
            var failed = false
            for path in paths {
                guard let file = load(path) else {
                    failed = true
                    continue
                }
                failed = report(file.check()) || failed
            }
            exit(failed ? 1 : 0)
        case .generate(let input, let output, let typeName):
            exit(generate(input: input, output: output, typeName: typeName) ? 0 : 1)
        }
    }

    /// Checks `input` and writes the generated Swift to `output`; returns whether it succeeded.
    private static func generate(input: String, output: String, typeName: String?) -> Bool {
        guard let file = load(input) else { return false }
        var diagnostics = file.check()
        let sourceName = URL(fileURLWithPath: input).lastPathComponent
        let name = typeName ?? PatternTypeName.derived(fromFileNamed: sourceName)
        if name == nil {
            diagnostics.append(
                PatternDiagnostic(
                    path: input,
                    location: PatternLocation(line: 1, column: 1),
                    severity: .error,
                    message:
                        "cannot name a Swift type after the file name `\(sourceName)`; rename the file, starting with a letter, or pass `--type-name`"
                )
            )
        }
        guard !report(diagnostics), let name else { return false }
        let swift = PatternCodeGenerator(typeName: name, sourceName: sourceName).generate(file)
        do {
            try Data(swift.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            return true
        } catch {
            printToStandardError("error: cannot write \(output): \(error.localizedDescription)")
            return false
        }
    }

    /// Reads and parses a pattern file, or prints why it cannot be read.
    private static func load(_ path: String) -> PatternFile? {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return PatternFile(parsingUTF8: data, path: path)
        } catch {
            printToStandardError("error: cannot read \(path): \(error.localizedDescription)")
            return nil
        }
    }

    /// Prints diagnostics to standard error; returns whether any of them is an error.
    private static func report(_ diagnostics: [PatternDiagnostic]) -> Bool {
        for diagnostic in diagnostics { printToStandardError(diagnostic.description) }
        return diagnostics.containsErrors
    }

    private static func printToStandardError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
