/// A problem found in a pattern file, printed the way compilers print theirs.
///
/// ```text
/// Sources/LedeStages/Sentences.patterns:12:7: error: PCRE2 could not compile the pattern: missing closing parenthesis
/// ```
///
/// Build systems and editors recognise this form, so a build that runs the `lede-patterns`
/// tool shows the problem at its place in the pattern file. `PatternDiagnostic` is `Sendable`.
public struct PatternDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    ///
    /// `Severity` is `Sendable`.
    public enum Severity: String, Sendable, Hashable {
        /// The file cannot be used; no Swift is generated and the build fails.
        case error
        /// The file can be used, but something in it is probably a mistake.
        case warning
        /// More information about the diagnostic before it.
        case note
    }

    /// The path of the pattern file, as it was given to the parser.
    public var path: String
    /// Where in the file the problem is.
    public var location: PatternLocation
    /// How serious the problem is.
    public var severity: Severity
    /// What is wrong, and when it helps, what to do about it.
    public var message: String

    /// Creates a diagnostic.
    ///
    /// - Parameters:
    ///   - path: The path of the pattern file.
    ///   - location: Where in the file the problem is.
    ///   - severity: How serious the problem is.
    ///   - message: What is wrong; lower-case, without a final period, as compilers write it.
    public init(path: String, location: PatternLocation, severity: Severity, message: String) {
        self.path = path
        self.location = location
        self.severity = severity
        self.message = message
    }

    /// The 1-based line of the problem.
    public var line: Int { location.line }

    /// The 1-based column of the problem, in UTF-8 bytes.
    public var column: Int { location.column }

    /// `path:line:column: severity: message`.
    public var description: String {
        "\(path):\(location.line):\(location.column): \(severity.rawValue): \(message)"
    }
}

extension Sequence<PatternDiagnostic> {
    /// Whether any of the diagnostics is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
