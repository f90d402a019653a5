import PCRE2

/// An entry between its `[name]` line and the next one.
struct EntryBuilder {
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
struct ValueBuilder {
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
