import PCRE2

/// A parsed pattern file (`*.patterns`): named PCRE2 regular expressions with their examples.
///
/// Parsing never throws. It keeps every entry that has no error and reports each problem as a
/// ``PatternDiagnostic`` with its line and column; ``check()`` then compiles each regex and runs
/// each example. The format is described in <doc:PatternFiles>.
///
/// ```swift
/// let file = PatternFile(parsing: text, path: "Sources/LedeStages/Sentences.patterns")
/// let diagnostics = file.check()
/// for diagnostic in diagnostics { print(diagnostic) }
/// if !diagnostics.containsErrors {
///     let swift = PatternCodeGenerator(typeName: "SentencesPatterns", sourceName: "Sentences.patterns")
///         .generate(file)
/// }
/// ```
///
/// `PatternFile` is `Sendable`.
public struct PatternFile: Sendable, Hashable {
    /// The path of the file, as given; diagnostics carry it.
    public let path: String
    /// The entries that parsed without errors, in file order.
    public let entries: [PatternEntry]
    /// The problems found while parsing, in file order.
    public let diagnostics: [PatternDiagnostic]

    /// Parses the text of a pattern file.
    ///
    /// Lines may end in `"\n"` or `"\r\n"`.
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - path: The file's path, used in diagnostics.
    /// - Complexity: O(*n*) in the length of the text.
    public init(parsing text: String, path: String) {
        var parser = PatternFileParser(path: path)
        parser.parse(text)
        self.init(path: path, entries: parser.entries, diagnostics: parser.diagnostics)
    }

    private init(path: String, entries: [PatternEntry], diagnostics: [PatternDiagnostic]) {
        self.path = path
        self.entries = entries
        self.diagnostics = diagnostics
    }

    /// Parses the bytes of a pattern file, which must be UTF-8; a leading byte-order mark is
    /// skipped.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - path: The file's path, used in diagnostics.
    /// - Complexity: O(*n*) in the number of bytes.
    public init(parsingUTF8 bytes: some Collection<UInt8>, path: String) {
        var array = Array(bytes)
        if array.starts(with: [0xEF, 0xBB, 0xBF]) { array.removeFirst(3) }
        do {
            let text = try PCRE2Pattern.decodeUTF8(array)
            self.init(parsing: text, path: path)
        } catch {
            let offset = min(error.offset ?? 0, array.count)
            let before = array[..<offset]
            let line = before.count(where: { $0 == UInt8(ascii: "\n") }) + 1
            let column = offset - (before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) + 1
            let diagnostic = PatternDiagnostic(
                path: path,
                location: PatternLocation(line: line, column: column),
                severity: .error,
                message: "the file is not valid UTF-8; save it as UTF-8"
            )
            self.init(path: path, entries: [], diagnostics: [diagnostic])
        }
    }

    /// The entry with a name, if there is one.
    ///
    /// - Parameter name: An entry name.
    /// - Returns: The entry, or `nil`.
    public func entry(named name: String) -> PatternEntry? {
        entries.first { $0.name == name }
    }
}
