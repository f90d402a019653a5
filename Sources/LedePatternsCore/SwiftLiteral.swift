/// Spelling text as Swift source: raw string literals and comment lines.
enum SwiftLiteral {
    /// Whether a scalar should be written as an escape rather than as itself: control and
    /// format characters (bidirectional marks among them), line and paragraph separators, and
    /// unassigned or private-use code points, which are invisible or ambiguous in source.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned:
            true
        default:
            false
        }
    }

    /// A single-line raw string literal whose value is exactly `text`.
    ///
    /// It takes one more `#` than the longest run of `#` after any `"` or `\` in the text, so
    /// nothing in the text can end the literal or start an escape. Newlines, tabs and the
    /// scalars of ``needsEscape(_:)`` are written as raw escapes (`\#n`, `\#u{200B}`), and so is
    /// a first `"` that would otherwise make the opening delimiter read as a multi-line `#"""`.
    static func rawString(_ text: String) -> String {
        let hashes = delimiter(for: text)
        // `#"` followed by `""`, or by `"` and the closing `"#`, would read as the opening `#"""`
        // of a multi-line literal; escaping the first quote prevents that.
        let leadingQuotes = text.unicodeScalars.prefix(2).filter { $0 == "\"" }.count
        let escapeFirst = leadingQuotes == 2 || text == "\""
        return hashes + "\"" + escaped(Substring(text), hashes: hashes, escapingLeadingQuote: escapeFirst) + "\""
            + hashes
    }

    /// The lines of a multi-line raw string literal whose value is exactly `text`, each line of
    /// the text on its own line.
    ///
    /// The first line is the opening delimiter, without indentation; the other lines, the
    /// closing delimiter among them, start with `indentation`, which Swift removes from the
    /// value. Empty lines stay empty. The delimiter takes `#`s as ``rawString(_:)`` does, which
    /// also keeps a line that ends in `\` from joining the next one.
    static func rawMultilineString(_ text: String, indentation: String) -> [String] {
        let hashes = delimiter(for: text)
        var lines = [hashes + "\"\"\""]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(line.isEmpty ? "" : indentation + escaped(line, hashes: hashes, escapingLeadingQuote: false))
        }
        lines.append(indentation + "\"\"\"" + hashes)
        return lines
    }

    /// One more `#` than the longest run of `#` after a `"` or a `\` in the text.
    private static func delimiter(for text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var longestRun = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\"" || scalar == "\\" {
            let run = scalars[(index + 1)...].prefix { $0 == "#" }.count
            longestRun = max(longestRun, run)
        }
        return String(repeating: "#", count: longestRun + 1)
    }

    /// The text with newlines, tabs and the scalars of ``needsEscape(_:)`` written as raw escapes.
    private static func escaped(_ text: Substring, hashes: String, escapingLeadingQuote: Bool) -> String {
        var body = ""
        for (index, scalar) in text.unicodeScalars.enumerated() {
            switch scalar {
            case "\n": body += "\\" + hashes + "n"
            case "\r": body += "\\" + hashes + "r"
            case "\t": body += "\\" + hashes + "t"
            default:
                if needsEscape(scalar) || (escapingLeadingQuote && index == 0 && scalar == "\"") {
                    body += "\\" + hashes + "u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    body.unicodeScalars.append(scalar)
                }
            }
        }
        return body
    }

    /// Text made safe for one comment line: the scalars of ``needsEscape(_:)`` except tab,
    /// carriage return among them, become spaces, so the text cannot end the comment early.
    static func commentText(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar != "\t" && needsEscape(scalar) {
                result += " "
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
