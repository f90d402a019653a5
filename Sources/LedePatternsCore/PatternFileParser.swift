import PCRE2

/// The line-by-line parser behind ``PatternFile/init(parsing:path:)``.
///
/// It reads one line at a time and keeps two pieces of state: the entry being built (from its
/// `[name]` header to the next header) and the value being built (from its `key:` line through
/// its indented continuation lines). A value is finished, and applied to its entry, when a line
/// that is not a continuation arrives.
struct PatternFileParser {
    let path: String
    private(set) var entries: [PatternEntry] = []
    private(set) var diagnostics: [PatternDiagnostic] = []

    /// The entry being built, from its `[name]` line; finished by the next header or the end.
    var entry: EntryBuilder?
    /// The value being built, from its `key:` line; applied to ``entry`` by ``finishValue()``
    /// (in `PatternFileParser+Values.swift`).
    var value: ValueBuilder?
    private var entryLines: [String: Int] = [:]
    /// Whether "text outside an entry" was already reported; it is reported once per file.
    private var reportedOutside = false

    init(path: String) {
        self.path = path
    }

    mutating func parse(_ text: String) {
        var number = 0
        for scalars in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = scalars
            while let last = line.last, last == " " || last == "\t" || last == "\r" { line.removeLast() }
            parseLine(Substring(line), number: number)
        }
        finishEntry()
    }

    // MARK: Lines

    private mutating func parseLine(_ line: Substring, number: Int) {
        guard let first = line.unicodeScalars.first else {
            value?.addBlank(line: number)
            return
        }
        switch first {
        case "#":
            return
        case " ", "\t":
            parseContinuation(line, number: number)
        case "[":
            finishEntry()
            parseHeader(line, number: number)
        default:
            finishValue()
            parseKey(line, number: number)
        }
    }

    private mutating func parseContinuation(_ line: Substring, number: Int) {
        let scalars = line.unicodeScalars
        let indented = scalars.first == "\t" || scalars.starts(with: "  ".unicodeScalars)
        guard indented else {
            error(
                at: PatternLocation(line: number, column: 1),
                "indent a continuation line by at least two spaces or a tab"
            )
            return
        }
        guard value != nil else {
            if entry == nil {
                reportOutside(at: number)
            } else {
                error(
                    at: PatternLocation(line: number, column: 1),
                    "an indented line continues a value, but no `key:` line comes before it in this entry"
                )
            }
            return
        }
        value?.addContinuation(line, line: number)
    }

    private mutating func parseHeader(_ line: Substring, number: Int) {
        let location = PatternLocation(line: number, column: 1)
        guard line.unicodeScalars.last == "]" else {
            error(at: location, "expected `]` at the end of the entry's `[name]` line")
            entry = EntryBuilder(name: "", line: number, isValid: false)
            return
        }
        let name = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst().dropLast())).trimmingSpaces()
        var isValid = true
        if name.isEmpty {
            error(at: location, "an entry needs a name between the brackets, such as `[sentenceTerminal]`")
            isValid = false
        } else if !PatternFileParser.isLowerCamelCaseIdentifier(name) {
            error(
                at: location,
                "`\(name)` is not a lowerCamelCase Swift identifier; use ASCII letters and digits, starting with a lower-case letter"
            )
            isValid = false
        } else if PatternFileParser.reservedNames.contains(name) {
            let reason = name == "allNames" ? "is the generated list of names" : "is a Swift keyword"
            error(at: location, "`\(name)` \(reason); choose another name")
            isValid = false
        } else if let previous = entryLines[name] {
            error(at: location, "an entry named `\(name)` is already defined on line \(previous)")
            isValid = false
        }
        if isValid { entryLines[name] = number }
        entry = EntryBuilder(name: name, line: number, isValid: isValid)
    }

    private mutating func parseKey(_ line: Substring, number: Int) {
        let scalars = line.unicodeScalars
        guard let colon = scalars.firstIndex(of: ":"),
            colon > scalars.startIndex,
            scalars[..<colon].allSatisfy({ $0.isASCII && $0.properties.isAlphabetic })
        else {
            if entry == nil {
                reportOutside(at: number)
            } else {
                error(
                    at: PatternLocation(line: number, column: 1),
                    "expected `key: value`, an indented continuation line, a `[name]` line or a `#` comment"
                )
                entry?.isValid = false
                // Read and drop the lines that continue this one.
                value = ValueBuilder(key: nil, keyLine: number, start: PatternLocation(line: number, column: 1))
            }
            return
        }
        guard entry != nil else {
            reportOutside(at: number)
            return
        }
        let name = String(String.UnicodeScalarView(scalars[..<colon]))
        let key = PatternKey(rawValue: name)
        if key == nil {
            error(
                at: PatternLocation(line: number, column: 1),
                "unknown key `\(name):`; an entry takes \(PatternKey.list)"
            )
            entry?.isValid = false
        }
        // The value starts after the colon and the spaces or tabs that follow it.
        var start = scalars.index(after: colon)
        while start < scalars.endIndex, scalars[start] == " " || scalars[start] == "\t" {
            start = scalars.index(after: start)
        }
        let column = line.utf8.distance(from: line.utf8.startIndex, to: start) + 1
        value = ValueBuilder(
            key: key,
            keyLine: number,
            start: PatternLocation(line: number, column: column),
            firstLine: Substring(scalars[start...])
        )
    }

    private mutating func reportOutside(at number: Int) {
        guard !reportedOutside else { return }
        reportedOutside = true
        error(
            at: PatternLocation(line: number, column: 1),
            "text outside an entry; start each entry with a `[name]` line, and each comment with `#`"
        )
    }

    // MARK: Entries

    mutating func finishEntry() {
        finishValue()
        guard let builder = entry else { return }
        entry = nil
        // These two are reported for entries with other errors too, so one run shows them all.
        let header = PatternLocation(line: builder.line, column: 1)
        guard let regex = builder.regex else {
            let subject = builder.name.isEmpty ? "this entry" : "the entry `\(builder.name)`"
            error(at: header, "\(subject) has no `regex:`; every entry needs exactly one")
            return
        }
        if regex.spansLines && !builder.options.contains(.extended) && builder.optionsAreValid {
            let line = builder.keyLines[.regex] ?? builder.line
            error(
                at: PatternLocation(line: line, column: 1),
                "a regex that spans lines needs `options: extended`"
            )
            return
        }
        guard builder.isValid else { return }
        var limits = PCRE2Limits.default
        if let matchLimit = builder.matchLimit { limits.matchLimit = matchLimit }
        if let depthLimit = builder.depthLimit { limits.depthLimit = depthLimit }
        if let heapLimitKiB = builder.heapLimitKiB { limits.heapLimitKiB = heapLimitKiB }
        entries.append(
            PatternEntry(
                name: builder.name,
                line: builder.line,
                doc: builder.docLines.joined(separator: "\n\n"),
                options: builder.options,
                limits: limits,
                regexValue: regex,
                examples: builder.examples,
                keyLines: builder.keyLines
            )
        )
    }

    // MARK: Diagnostics

    mutating func error(at location: PatternLocation, _ message: String) {
        diagnose(.error, at: location, message)
    }

    mutating func diagnose(
        _ severity: PatternDiagnostic.Severity,
        at location: PatternLocation,
        _ message: String
    ) {
        diagnostics.append(PatternDiagnostic(path: path, location: location, severity: severity, message: message))
    }

    // MARK: Names

    /// The `options:` names, in the order of `PCRE2Options`.
    static let optionNames: [(name: String, option: PCRE2Options)] = [
        ("caseless", .caseless),
        ("multiline", .multiline),
        ("dotAll", .dotAll),
        ("extended", .extended),
        ("anchored", .anchored),
        ("ungreedy", .ungreedy),
        ("unicodeProperties", .unicodeProperties),
        ("dollarEndOnly", .dollarEndOnly),
    ]

    /// Names an entry cannot take: Swift keywords that cannot follow `static var`, and the
    /// generated `allNames`.
    static let reservedNames: Set<String> = [
        "allNames", "any", "as", "associatedtype", "await", "borrowing", "break", "case", "catch", "class",
        "consuming", "continue", "default", "defer", "deinit", "do", "else", "enum", "extension", "fallthrough",
        "false", "fileprivate", "for", "func", "guard", "if", "import", "in", "init", "inout", "internal", "is",
        "let", "nil", "operator", "precedencegroup", "private", "protocol", "public", "repeat", "rethrows",
        "return", "self", "some", "static", "struct", "subscript", "super", "switch", "throw", "throws", "true",
        "try", "typealias", "var", "where", "while",
    ]

    static func isLowerCamelCaseIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        }
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
