import LedePatternsCore
import Testing

@Suite struct PatternToolCommandTests {
    @Test(
        "parses the commands",
        arguments: [
            (
                ["generate", "--input", "A.patterns", "--output", "A.swift"],
                PatternToolCommand.generate(input: "A.patterns", output: "A.swift", typeName: nil)
            ),
            (
                ["generate", "--output", "out/A.swift", "--type-name", "Rules", "--input", "A.patterns"],
                .generate(input: "A.patterns", output: "out/A.swift", typeName: "Rules")
            ),
            (["check", "A.patterns", "B.patterns"], .check(files: ["A.patterns", "B.patterns"])),
            (["help"], .help),
            (["--help"], .help),
            (["-h"], .help),
        ]
    )
    func commands(arguments: [String], command: PatternToolCommand) throws {
        #expect(try PatternToolCommand(arguments: arguments) == command)
    }

    @Test(
        "reports usage errors",
        arguments: [
            ([], "a command is missing"),
            (["build"], "unknown command `build`"),
            (["check"], "`check` needs at least one pattern file"),
            (["check", "--verbose", "A.patterns"], "`check` takes only file names, not `--verbose`"),
            (["generate", "--output", "A.swift"], "`generate` needs `--input FILE.patterns`"),
            (["generate", "--input", "A.patterns"], "`generate` needs `--output FILE.swift`"),
            (["generate", "--input"], "`--input` needs a value"),
            (["generate", "--input", "A", "--input", "B"], "`--input` is given twice"),
            (["generate", "A.patterns"], "`generate` does not take `A.patterns`"),
            (
                ["generate", "--input", "A", "--output", "B", "--type-name", "lower"],
                "`lower` cannot name a Swift type; use ASCII letters, digits and `_`, starting with an upper-case letter"
            ),
        ]
    )
    func usageErrors(arguments: [String], message: String) {
        #expect(throws: PatternToolError(code: .usage, message: message)) {
            try PatternToolCommand(arguments: arguments)
        }
    }

    @Test("a usage error prints as `error: ` and its message")
    func errorDescription() {
        let error = PatternToolError(code: .usage, message: "a command is missing")
        #expect(error.description == "error: a command is missing")
        #expect(error.code.description == "usage")
        #expect(PatternToolCommand.usage.hasPrefix("usage: lede-patterns generate"))
    }
}
