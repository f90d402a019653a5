public import PCRE2

/// One `[name]` section of a pattern file: a named regular expression with its options, limits,
/// documentation and examples.
///
/// ```text
/// [titleAbbreviation]
/// doc: A title that takes a period and never ends a sentence.
/// options: caseless, unicodeProperties
/// regex: \b(?:Mr|Mrs|Ms|Dr|Gen)\.
/// match: Dr. Who => Dr.
/// reject: Mrs Smith
/// ```
///
/// Entries come from ``PatternFile/init(parsing:path:)``; only entries without errors are kept.
/// `PatternEntry` is `Sendable`.
public struct PatternEntry: Sendable, Hashable {
    /// The entry's name, a lowerCamelCase Swift identifier; the generated accessor's name.
    public let name: String
    /// The 1-based line of the `[name]` header.
    public let line: Int
    /// The documentation from the `doc:` keys, empty when there is none.
    ///
    /// The lines of one `doc:` are joined with `"\n"`, and each further `doc:` starts a new
    /// paragraph (`"\n\n"`), so the first `doc:` becomes the summary of the generated accessor.
    public let doc: String
    /// The compile options from `options:`.
    public let options: PCRE2Options
    /// The match limits: PCRE2's defaults (`PCRE2Limits.default`), changed by
    /// `matchLimit:`, `depthLimit:` and `heapLimitKiB:`.
    public let limits: PCRE2Limits
    /// The examples from the `match:` and `reject:` keys, in file order.
    public let examples: [PatternExample]
    /// The 1-based line of the first occurrence of each key the entry has.
    public let keyLines: [PatternKey: Int]
    let regexValue: PatternValue

    init(
        name: String,
        line: Int,
        doc: String,
        options: PCRE2Options,
        limits: PCRE2Limits,
        regexValue: PatternValue,
        examples: [PatternExample],
        keyLines: [PatternKey: Int]
    ) {
        self.name = name
        self.line = line
        self.doc = doc
        self.options = options
        self.limits = limits
        self.regexValue = regexValue
        self.examples = examples
        self.keyLines = keyLines
    }

    /// The regular expression, exactly as written: no escapes are processed, and the lines of a
    /// multi-line regex are joined with `"\n"` after their common indentation is removed.
    public var regex: String { regexValue.text }

    /// The place in the file of a UTF-8 byte offset into ``regex``, such as the offset of a PCRE2
    /// compile error.
    ///
    /// - Parameter offset: A byte offset into ``regex``.
    /// - Returns: The line and column of that byte in the pattern file.
    public func location(ofRegexByte offset: Int) -> PatternLocation {
        regexValue.location(atByte: offset)
    }
}
