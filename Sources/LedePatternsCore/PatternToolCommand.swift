/// A command line of the `lede-patterns` tool, parsed.
///
/// ```text
/// lede-patterns generate --input Sentences.patterns --output SentencesPatterns.swift [--type-name Name]
/// lede-patterns check FILE...
/// lede-patterns help
/// ```
///
/// The tool is small enough to parse its arguments by hand, which keeps it free of package
/// dependencies: a package that uses the LedePatterns plugin fetches nothing more.
/// `PatternToolCommand` is `Sendable`.
public enum PatternToolCommand: Sendable, Hashable {
    /// Check a pattern file and, when it has no errors, write the Swift generated from it.
    ///
    /// - Parameters:
    ///   - input: The path of the pattern file.
    ///   - output: The path of the Swift file to write.
    ///   - typeName: The name of the generated type; `nil` derives it from the input's name.
    case generate(input: String, output: String, typeName: String?)
    /// Check pattern files and print their diagnostics.
    ///
    /// - Parameter files: The paths of the pattern files.
    case check(files: [String])
    /// Print the usage.
    case help

    /// What the tool prints for `help`, and after a usage error.
    public static let usage = """
        usage: lede-patterns generate --input FILE.patterns --output FILE.swift [--type-name NAME]
               lede-patterns check FILE.patterns...
               lede-patterns help

        generate  checks a pattern file, prints its diagnostics, and writes the Swift generated
                  from it when there are no errors; the type is named after the file
                  (Sentences.patterns gives SentencesPatterns) unless --type-name says otherwise
        check     checks pattern files and prints their diagnostics

        Exit status: 0 when there are no errors, 1 when a file has errors, 64 for a usage error.
        """

    /// Parses the arguments that follow the tool's name.
    ///
    /// - Parameter arguments: The arguments, without the tool's name.
    /// - Throws: ``PatternToolError`` with code ``PatternToolError/Code/usage`` when the arguments
    ///   do not form a command.
    public init(arguments: [String]) throws(PatternToolError) {
        guard let verb = arguments.first else { throw .usage("a command is missing") }
        let rest = Array(arguments.dropFirst())
        switch verb {
        case "help", "--help", "-h":
            self = .help
        case "check":
            if let option = rest.first(where: { $0.hasPrefix("-") }) {
                throw .usage("`check` takes only file names, not `\(option)`")
            }
            guard !rest.isEmpty else { throw .usage("`check` needs at least one pattern file") }
            self = .check(files: rest)
        case "generate":
            var values: [String: String] = [:]
            var index = 0
            while index < rest.count {
                let option = rest[index]
                guard ["--input", "--output", "--type-name"].contains(option) else {
                    throw .usage("`generate` does not take `\(option)`")
                }
                guard index + 1 < rest.count else { throw .usage("`\(option)` needs a value") }
                guard values[option] == nil else { throw .usage("`\(option)` is given twice") }
                values[option] = rest[index + 1]
                index += 2
            }
            guard let input = values["--input"] else { throw .usage("`generate` needs `--input FILE.patterns`") }
            guard let output = values["--output"] else { throw .usage("`generate` needs `--output FILE.swift`") }
            if let typeName = values["--type-name"], !PatternTypeName.isValid(typeName) {
                throw .usage(
                    "`\(typeName)` cannot name a Swift type; use ASCII letters, digits and `_`, starting with an upper-case letter"
                )
            }
            self = .generate(input: input, output: output, typeName: values["--type-name"])
        default:
            throw .usage("unknown command `\(verb)`")
        }
    }
}
