import PCRE2

extension PatternFile {
    /// All the diagnostics for the file: those from parsing, then those from compiling each
    /// entry's regex and running its examples, in file order.
    ///
    /// Each regex is compiled by PCRE2 with the entry's options and limits, exactly as the
    /// generated accessor compiles it. A compile error is reported at the line and column of the
    /// byte where PCRE2 stopped, inside a multi-line regex too. Each example is then searched:
    ///
    /// - `match: TEXT` needs some match in `TEXT`;
    /// - `match: TEXT => EXPECTED` needs the first match in `TEXT` to be exactly `EXPECTED`;
    /// - `reject: TEXT` needs no match in `TEXT`.
    ///
    /// A failing example is reported at its line, with what matched instead.
    ///
    /// - Returns: The diagnostics; the file can be used when none of them is an error
    ///   (`containsErrors` is `false`).
    /// - Complexity: One compile per entry and one search per example.
    public func check() -> [PatternDiagnostic] {
        var found = diagnostics
        for entry in entries {
            found += Self.check(entry, path: path)
        }
        // Parsing and checking each report in file order; merge the two, keeping that order
        // for diagnostics at the same place.
        return found.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }

    private static func check(_ entry: PatternEntry, path: String) -> [PatternDiagnostic] {
        func failure(_ location: PatternLocation, _ message: String) -> PatternDiagnostic {
            PatternDiagnostic(path: path, location: location, severity: .error, message: message)
        }
        let pattern: PCRE2Pattern
        do {
            pattern = try PCRE2Pattern(entry.regex, options: entry.options, limits: entry.limits)
        } catch {
            let location = entry.location(ofRegexByte: error.offset ?? 0)
            return [PatternDiagnostic(path: path, location: location, severity: .error, message: compileMessage(error))]
        }
        var found: [PatternDiagnostic] = []
        for example in entry.examples {
            do {
                let match = try pattern.firstMatch(in: example.text)
                switch (example.kind, match, example.expectedMatch) {
                case (.match, nil, nil):
                    found.append(failure(example.location, "expected a match but found none"))
                case (.match, nil, let expected?):
                    found.append(
                        failure(
                            example.expectedLocation ?? example.location,
                            "expected the first match to be \(quoted(expected)) but found no match"
                        )
                    )
                case (.match, let match?, let expected?) where match.substring(0).map(String.init) != expected:
                    let actual = String(match.substring(0) ?? "")
                    found.append(
                        failure(
                            example.expectedLocation ?? example.location,
                            "expected the first match to be \(quoted(expected)) but it was \(quoted(actual))"
                        )
                    )
                case (.reject, let match?, _):
                    let actual = String(match.substring(0) ?? "")
                    found.append(
                        failure(
                            example.location,
                            "expected no match but found \(quoted(actual)) at byte \(match.range.lowerBound)"
                        )
                    )
                default:
                    break
                }
            } catch {
                found.append(failure(example.location, matchMessage(error, entry: entry)))
            }
        }
        return found
    }

    /// PCRE2's compile message without the wrapper's "(at byte N)." ending: the diagnostic
    /// already points at the byte.
    static func compileMessage(_ error: PCRE2Error) -> String {
        var message = error.message
        if let offset = error.offset, message.hasSuffix(" (at byte \(offset)).") {
            message.removeLast(" (at byte \(offset)).".count)
        } else if message.hasSuffix(".") {
            message.removeLast()
        }
        return message
    }

    private static func matchMessage(_ error: PCRE2Error, entry: PatternEntry) -> String {
        let limit: String
        if error.code == .matchLimit {
            limit = "the match limit of \(entry.limits.matchLimit); simplify the pattern or raise `matchLimit:`"
        } else if error.code == .depthLimit {
            limit = "the depth limit of \(entry.limits.depthLimit); simplify the pattern or raise `depthLimit:`"
        } else if error.code == .heapLimit {
            limit = "the heap limit of \(entry.limits.heapLimitKiB) KiB; simplify the pattern or raise `heapLimitKiB:`"
        } else {
            return "searching this example failed: \(error.message)"
        }
        return "searching this example stopped at \(limit)"
    }

    /// A string in double quotes, with quotes, backslashes and invisible characters escaped the
    /// way examples write them.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if SwiftLiteral.needsEscape(scalar) {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
