/// A key of an entry in a pattern file, such as `regex` in `regex: \d+`.
///
/// `PatternKey` is `Sendable`.
public enum PatternKey: String, Sendable, Hashable, CaseIterable {
    /// `doc:` — documentation for the generated accessor; may repeat and continue.
    case doc
    /// `options:` — comma-separated `PCRE2Options` names, such as `caseless, extended`.
    case options
    /// `matchLimit:` — `PCRE2Limits.matchLimit` for the pattern.
    case matchLimit
    /// `depthLimit:` — `PCRE2Limits.depthLimit` for the pattern.
    case depthLimit
    /// `heapLimitKiB:` — `PCRE2Limits.heapLimitKiB` for the pattern.
    case heapLimitKiB
    /// `regex:` — the regular expression, raw; required, exactly once.
    case regex
    /// `match:` — an example text the pattern must match, with an optional ` => ` expected match.
    case match
    /// `reject:` — an example text the pattern must not match.
    case reject

    /// The keys as a sentence fragment, for messages: "doc, options, …, match and reject".
    static var list: String {
        let names = allCases.map { "`\($0.rawValue):`" }
        return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
    }
}
