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

    private var entry: EntryBuilder?
    private var value: ValueBuilder?
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

    // MARK: Values

    private mutating func finishValue() {
        guard let builder = value else { return }
        value = nil
        guard let key = builder.key else { return }
        apply(key, builder.value, keyLine: builder.keyLine)
    }

    private mutating func apply(_ key: PatternKey, _ value: PatternValue, keyLine: Int) {
        guard var builder = entry else { return }
        defer { entry = builder }
        let firstLine = builder.keyLines[key]
        if firstLine == nil { builder.keyLines[key] = keyLine }
        let keyLocation = PatternLocation(line: keyLine, column: 1)
        if let firstLine, key != .doc, key != .match, key != .reject {
            error(
                at: keyLocation,
                "an entry has at most one `\(key.rawValue):`; the first is on line \(firstLine)"
            )
            builder.isValid = false
            return
        }
        switch key {
        case .doc:
            builder.docLines.append(value.text)
        case .options:
            parseOptions(value, into: &builder)
        case .matchLimit:
            builder.matchLimit = parseLimit(value, key: key, into: &builder)
        case .depthLimit:
            builder.depthLimit = parseLimit(value, key: key, into: &builder)
        case .heapLimitKiB:
            builder.heapLimitKiB = parseLimit(value, key: key, into: &builder)
        case .regex:
            builder.regex = value
            if value.text.isEmpty {
                error(at: value.start, "`regex:` is empty; write the regular expression after it")
                builder.isValid = false
            }
        case .match, .reject:
            if let example = parseExample(value, kind: key == .match ? .match : .reject) {
                builder.examples.append(example)
            }
        }
    }

    private mutating func parseOptions(_ value: PatternValue, into builder: inout EntryBuilder) {
        let bytes = Array(value.text.utf8)
        var itemStart = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: ",") {
            defer { itemStart = end + 1 }
            var low = itemStart
            var high = end
            while low < high, PatternFileParser.isSpace(bytes[low]) { low += 1 }
            while high > low, PatternFileParser.isSpace(bytes[high - 1]) { high -= 1 }
            guard low < high else { continue }
            let name = String(decoding: bytes[low..<high], as: UTF8.self)
            let location = value.location(atByte: low)
            guard let option = PatternFileParser.optionNames.first(where: { $0.name == name })?.option else {
                let names = PatternFileParser.optionNames.map { "`\($0.name)`" }
                error(
                    at: location,
                    "unknown option `\(name)`; the options are \(names.dropLast().joined(separator: ", ")) and \(names.last ?? "")"
                )
                builder.isValid = false
                builder.optionsAreValid = false
                continue
            }
            if builder.options.contains(option) {
                diagnose(.warning, at: location, "the option `\(name)` is listed twice")
            }
            builder.options.insert(option)
        }
    }

    private mutating func parseLimit(
        _ value: PatternValue,
        key: PatternKey,
        into builder: inout EntryBuilder
    ) -> UInt32? {
        let digits = value.text.filter { $0 != "_" }
        guard !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }), let number = UInt32(digits), number > 0
        else {
            error(at: value.start, "`\(key.rawValue):` takes a whole number from 1 to \(UInt32.max)")
            builder.isValid = false
            return nil
        }
        return number
    }

    /// Splits an example at ` => ` and processes its escapes, or reports why it cannot.
    private mutating func parseExample(_ value: PatternValue, kind: PatternExample.Kind) -> PatternExample? {
        let bytes = Array(value.text.utf8)
        var parts: [[UInt8]] = [[]]
        var partStarts = [0]
        var index = 0
        func append(_ byte: UInt8) { parts[parts.count - 1].append(byte) }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                switch PatternFileParser.unescape(bytes, at: index) {
                case .success(let (scalar, length)):
                    parts[parts.count - 1] += Array(String(scalar).utf8)
                    index += length
                case .failure(let escape):
                    error(at: value.location(atByte: index), escape.message)
                    return nil
                }
            } else if byte == UInt8(ascii: " "), bytes[index...].starts(with: " =>".utf8),
                index + 3 == bytes.count || bytes[index + 3] == UInt8(ascii: " ")
            {
                let location = value.location(atByte: index + 1)
                guard kind == .match else {
                    error(
                        at: location,
                        "a `reject:` example has no expected match; write `\\=>` for a literal `=>`"
                    )
                    return nil
                }
                guard parts.count == 1 else {
                    error(at: location, "an example has at most one ` => `; write `\\=>` for a literal `=>`")
                    return nil
                }
                index = min(index + 4, bytes.count)
                parts.append([])
                partStarts.append(index)
            } else {
                append(byte)
                index += 1
            }
        }
        return PatternExample(
            kind: kind,
            text: String(decoding: parts[0], as: UTF8.self),
            expectedMatch: parts.count > 1 ? String(decoding: parts[1], as: UTF8.self) : nil,
            location: value.location(atByte: 0),
            expectedLocation: parts.count > 1 ? value.location(atByte: partStarts[1]) : nil
        )
    }

    /// Reads the escape that starts with the backslash at `index`: the scalar it stands for and
    /// how many bytes it takes, or a message saying what is wrong.
    private static func unescape(_ bytes: [UInt8], at index: Int) -> Result<(Unicode.Scalar, Int), EscapeError> {
        let usage = "examples understand `\\n`, `\\r`, `\\t`, `\\\\`, `\\u{201C}` and `\\=>`"
        guard index + 1 < bytes.count else {
            return .failure(EscapeError("a lone `\\` ends the example; write `\\\\` for a backslash"))
        }
        switch bytes[index + 1] {
        case UInt8(ascii: "n"): return .success(("\n", 2))
        case UInt8(ascii: "r"): return .success(("\r", 2))
        case UInt8(ascii: "t"): return .success(("\t", 2))
        case UInt8(ascii: "\\"): return .success(("\\", 2))
        case UInt8(ascii: "="):
            // `\=>` is a literal `=>`: return the `=` and let the `>` follow as an ordinary byte.
            guard index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: ">") else { break }
            return .success(("=", 2))
        case UInt8(ascii: "u"):
            let message = "`\\u` takes a Unicode scalar value in braces, such as `\\u{201C}`"
            guard index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: "{"),
                let close = bytes[(index + 3)...].firstIndex(of: UInt8(ascii: "}")),
                (1...8).contains(close - index - 3),
                bytes[(index + 3)..<close].allSatisfy(isHexDigit),
                let value = UInt32(String(decoding: bytes[(index + 3)..<close], as: UTF8.self), radix: 16),
                let scalar = Unicode.Scalar(value)
            else { return .failure(EscapeError(message)) }
            return .success((scalar, close + 1 - index))
        default:
            break
        }
        // Name the character after the backslash, which may take several bytes.
        var end = index + 2
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let escape = String(decoding: bytes[index..<end], as: UTF8.self)
        return .failure(EscapeError("unknown escape `\(escape)`; \(usage)"))
    }

    private struct EscapeError: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    // MARK: Entries

    private mutating func finishEntry() {
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

    private mutating func error(at location: PatternLocation, _ message: String) {
        diagnose(.error, at: location, message)
    }

    private mutating func diagnose(
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

// MARK: - Builders

/// An entry between its `[name]` line and the next one.
private struct EntryBuilder {
    var name: String
    var line: Int
    /// Whether the entry is free of errors so far; entries with errors are reported, not kept.
    var isValid: Bool
    var docLines: [String] = []
    var options: PCRE2Options = []
    /// Whether every name in `options:` was known, so that `options` says what the author meant.
    var optionsAreValid = true
    var matchLimit: UInt32?
    var depthLimit: UInt32?
    var heapLimitKiB: UInt32?
    var regex: PatternValue?
    var examples: [PatternExample] = []
    var keyLines: [PatternKey: Int] = [:]
}

/// A value between its `key:` line and the next line that is not a continuation.
private struct ValueBuilder {
    /// The key, or `nil` for an unknown key whose value is read and dropped.
    var key: PatternKey?
    var keyLine: Int
    var start: PatternLocation
    var firstLine: Substring
    /// The continuation lines with their indentation; `nil` for a blank line between them.
    var continuations: [(line: Int, text: Substring?)] = []
    /// Blank lines seen since the last continuation; they belong to the value only if another
    /// continuation follows.
    var pendingBlanks: [Int] = []

    init(key: PatternKey?, keyLine: Int, start: PatternLocation, firstLine: Substring = "") {
        self.key = key
        self.keyLine = keyLine
        self.start = start
        self.firstLine = firstLine
    }

    mutating func addBlank(line: Int) {
        pendingBlanks.append(line)
    }

    mutating func addContinuation(_ text: Substring, line: Int) {
        continuations += pendingBlanks.map { (line: $0, text: nil) }
        pendingBlanks = []
        continuations.append((line: line, text: text))
    }

    /// The finished value: the first line (when not empty) and the continuation lines, less the
    /// indentation they all share.
    var value: PatternValue {
        var segments: [PatternValue.Segment] = []
        if !firstLine.isEmpty { segments.append(PatternValue.Segment(location: start, text: String(firstLine))) }
        // The indentation all continuation lines share: spaces and tabs, one byte each.
        var common: [Unicode.Scalar]?
        for case let text? in continuations.map(\.text) {
            let indent = Array(text.unicodeScalars.prefix { $0 == " " || $0 == "\t" })
            common = common.map { shared in Array(zip(shared, indent).prefix { $0 == $1 }.map(\.0)) } ?? indent
        }
        let width = common?.count ?? 0
        for (line, text) in continuations {
            guard let text else {
                segments.append(PatternValue.Segment(location: PatternLocation(line: line, column: 1), text: ""))
                continue
            }
            let content = text.utf8.dropFirst(width)
            segments.append(
                PatternValue.Segment(
                    location: PatternLocation(line: line, column: width + 1),
                    text: String(decoding: content, as: UTF8.self)
                )
            )
        }
        return PatternValue(start: start, segments: segments)
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
