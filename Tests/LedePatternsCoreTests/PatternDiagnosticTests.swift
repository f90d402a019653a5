import LedePatternsCore
import Testing

@Suite struct PatternDiagnosticTests {
    /// The diagnostics of a pattern file, as the tool prints them.
    private func diagnostics(_ text: String) -> [String] {
        PatternFile(parsing: text, path: "T.patterns").check().map(\.description)
    }

    @Test("prints like a compiler: path:line:column: severity: message")
    func description() {
        let diagnostic = PatternDiagnostic(
            path: "Sources/LedeStages/Sentences.patterns",
            location: PatternLocation(line: 12, column: 7),
            severity: .error,
            message: "PCRE2 could not compile the pattern: missing closing parenthesis"
        )
        #expect(
            diagnostic.description
                == "Sources/LedeStages/Sentences.patterns:12:7: error: PCRE2 could not compile the pattern: missing closing parenthesis"
        )
        #expect(diagnostic.line == 12)
        #expect(diagnostic.column == 7)
        #expect([diagnostic].containsErrors)
        var warning = diagnostic
        warning.severity = .warning
        #expect(!([warning].containsErrors))
        #expect(warning.description.contains(":12:7: warning: "))
    }

    // MARK: Structure

    @Test(
        "reports problems with the structure of the file at their line and column",
        arguments: [
            (
                "stray text\n[entry]\nregex: a\n",
                "T.patterns:1:1: error: text outside an entry; start each entry with a `[name]` line, and each comment with `#`"
            ),
            (
                "regex: a\n",
                "T.patterns:1:1: error: text outside an entry; start each entry with a `[name]` line, and each comment with `#`"
            ),
            (
                "  indented\n",
                "T.patterns:1:1: error: text outside an entry; start each entry with a `[name]` line, and each comment with `#`"
            ),
            (
                "[entry]\nregex: a\n b\n",
                "T.patterns:3:1: error: indent a continuation line by at least two spaces or a tab"
            ),
            (
                "[entry]\n  stray\nregex: a\n",
                "T.patterns:2:1: error: an indented line continues a value, but no `key:` line comes before it in this entry"
            ),
            (
                "[entry]\nthis is not a key\nregex: a\n",
                "T.patterns:2:1: error: expected `key: value`, an indented continuation line, a `[name]` line or a `#` comment"
            ),
            (
                "[entry]\ndoc: a\n",
                "T.patterns:1:1: error: the entry `entry` has no `regex:`; every entry needs exactly one"
            ),
            (
                "[entry]\nregex: a\nregex: b\n",
                "T.patterns:3:1: error: an entry has at most one `regex:`; the first is on line 2"
            ),
            (
                "[entry]\noptions: caseless\noptions: multiline\nregex: a\n",
                "T.patterns:3:1: error: an entry has at most one `options:`; the first is on line 2"
            ),
            (
                "[entry]\nmatchLimit: 5\nmatchLimit: 6\nregex: a\n",
                "T.patterns:3:1: error: an entry has at most one `matchLimit:`; the first is on line 2"
            ),
            (
                "[entry]\nregex:\n",
                "T.patterns:2:7: error: `regex:` is empty; write the regular expression after it"
            ),
            (
                "[entry]\nregex: a\n  b\n",
                "T.patterns:2:1: error: a regex that spans lines needs `options: extended`"
            ),
        ]
    )
    func structure(text: String, expected: String) {
        #expect(diagnostics(text) == [expected])
    }

    @Test(
        "reports bad entry names at the `[name]` line",
        arguments: [
            ("[entry\nregex: a\n", "expected `]` at the end of the entry's `[name]` line"),
            ("[]\nregex: a\n", "an entry needs a name between the brackets, such as `[sentenceTerminal]`"),
            (
                "[Entry]\nregex: a\n",
                "`Entry` is not a lowerCamelCase Swift identifier; use ASCII letters and digits, starting with a lower-case letter"
            ),
            (
                "[snake_case]\nregex: a\n",
                "`snake_case` is not a lowerCamelCase Swift identifier; use ASCII letters and digits, starting with a lower-case letter"
            ),
            (
                "[café]\nregex: a\n",
                "`café` is not a lowerCamelCase Swift identifier; use ASCII letters and digits, starting with a lower-case letter"
            ),
            ("[default]\nregex: a\n", "`default` is a Swift keyword; choose another name"),
            ("[self]\nregex: a\n", "`self` is a Swift keyword; choose another name"),
            ("[allNames]\nregex: a\n", "`allNames` is the generated list of names; choose another name"),
        ]
    )
    func names(text: String, message: String) {
        #expect(diagnostics(text) == ["T.patterns:1:1: error: " + message])
    }

    @Test("an unknown key is reported, and so is the missing regex it may have been meant as")
    func unknownKey() {
        #expect(
            diagnostics("[entry]\nRegex: a\n") == [
                "T.patterns:1:1: error: the entry `entry` has no `regex:`; every entry needs exactly one",
                "T.patterns:2:1: error: unknown key `Regex:`; an entry takes `doc:`, `options:`, `matchLimit:`, `depthLimit:`, `heapLimitKiB:`, `regex:`, `match:` and `reject:`",
            ]
        )
    }

    @Test("a name used twice is reported at its second use")
    func duplicateName() {
        #expect(
            diagnostics("[entry]\nregex: a\n\n[entry]\nregex: b\n")
                == ["T.patterns:4:1: error: an entry named `entry` is already defined on line 1"]
        )
    }

    @Test("spaces inside the brackets are allowed")
    func spacedName() {
        let file = PatternFile(parsing: "[ entry ]\nregex: a\n", path: "T.patterns")
        #expect(file.diagnostics.isEmpty)
        #expect(file.entries.map(\.name) == ["entry"])
    }

    @Test("reports each unknown option at its column, and an option listed twice as a warning")
    func options() {
        #expect(
            diagnostics("[entry]\noptions: caseless, bogus,  caseless,dotall\nregex: a\n") == [
                "T.patterns:2:20: error: unknown option `bogus`; the options are `caseless`, `multiline`, `dotAll`, `extended`, `anchored`, `ungreedy`, `unicodeProperties` and `dollarEndOnly`",
                "T.patterns:2:28: warning: the option `caseless` is listed twice",
                "T.patterns:2:37: error: unknown option `dotall`; the options are `caseless`, `multiline`, `dotAll`, `extended`, `anchored`, `ungreedy`, `unicodeProperties` and `dollarEndOnly`",
            ]
        )
    }

    @Test("a warning alone still lets the file be used")
    func warningOnly() {
        let file = PatternFile(parsing: "[entry]\noptions: caseless, caseless\nregex: a\n", path: "T.patterns")
        #expect(file.entries.count == 1)
        #expect(!file.check().containsErrors)
    }

    @Test(
        "limits take whole numbers from 1 to UInt32.max",
        arguments: ["0", "-1", "+5", "1.5", "ten", "4294967296", "1 000", "_"]
    )
    func badLimit(value: String) {
        #expect(
            diagnostics("[entry]\ndepthLimit: \(value)\nregex: a\n")
                == ["T.patterns:2:13: error: `depthLimit:` takes a whole number from 1 to 4294967295"]
        )
    }

    @Test("limits accept underscores between digits", arguments: ["1_000_000", "4294967295", "1"])
    func goodLimit(value: String) {
        #expect(diagnostics("[entry]\nheapLimitKiB: \(value)\nregex: a\n").isEmpty)
    }

    // MARK: Examples

    @Test(
        "reports bad escapes and separators in examples at their column",
        arguments: [
            (
                #"match: a \q b"#,
                "T.patterns:3:10: error: unknown escape `\\q`; examples understand `\\n`, `\\r`, `\\t`, `\\\\`, `\\u{201C}` and `\\=>`"
            ),
            (
                #"match: “\é”"#,
                "T.patterns:3:11: error: unknown escape `\\é`; examples understand `\\n`, `\\r`, `\\t`, `\\\\`, `\\u{201C}` and `\\=>`"
            ),
            (
                #"match: a \"#,
                "T.patterns:3:10: error: a lone `\\` ends the example; write `\\\\` for a backslash"
            ),
            (
                #"match: \u201C"#,
                "T.patterns:3:8: error: `\\u` takes a Unicode scalar value in braces, such as `\\u{201C}`"
            ),
            (
                #"match: \u{}"#,
                "T.patterns:3:8: error: `\\u` takes a Unicode scalar value in braces, such as `\\u{201C}`"
            ),
            (
                #"match: \u{D800}"#,
                "T.patterns:3:8: error: `\\u` takes a Unicode scalar value in braces, such as `\\u{201C}`"
            ),
            (
                #"match: \u{+41}"#,
                "T.patterns:3:8: error: `\\u` takes a Unicode scalar value in braces, such as `\\u{201C}`"
            ),
            (
                #"match: \u{123456789}"#,
                "T.patterns:3:8: error: `\\u` takes a Unicode scalar value in braces, such as `\\u{201C}`"
            ),
            (
                #"match: a => a => a"#,
                "T.patterns:3:15: error: an example has at most one ` => `; write `\\=>` for a literal `=>`"
            ),
            (
                #"reject: a => a"#,
                "T.patterns:3:11: error: a `reject:` example has no expected match; write `\\=>` for a literal `=>`"
            ),
        ]
    )
    func badExamples(line: String, expected: String) {
        #expect(diagnostics("[entry]\nregex: a\n\(line)\n") == [expected])
    }

    @Test(
        "reports each failing example at its line, saying what matched instead",
        arguments: [
            (
                "match: Dr. Who => Dr. W",
                #"T.patterns:3:19: error: expected the first match to be "Dr. W" but it was "Dr.""#
            ),
            ("match: Mrs Smith", "T.patterns:3:8: error: expected a match but found none"),
            (
                "match: Mrs Smith => Mrs",
                #"T.patterns:3:21: error: expected the first match to be "Mrs" but found no match"#
            ),
            ("reject: Mrs. Smith", #"T.patterns:3:9: error: expected no match but found "Mrs." at byte 0"#),
            ("reject: “Hi,” said Dr. No", #"T.patterns:3:9: error: expected no match but found "Dr." at byte 15"#),
            (
                #"reject: a\nDr.\tb"#,
                #"T.patterns:3:9: error: expected no match but found "Dr." at byte 2"#
            ),
        ]
    )
    func failingExamples(line: String, expected: String) {
        #expect(diagnostics("[entry]\nregex: \\b(?:Mr|Mrs|Ms|Dr|Gen)\\.\n\(line)\n") == [expected])
    }

    @Test("quotes invisible characters in what it found")
    func quotedMatch() {
        #expect(
            diagnostics("[entry]\nregex: a\\s+.b\nmatch: a\\n\\t\\u{200B}b => ab\n")
                == [#"T.patterns:3:26: error: expected the first match to be "ab" but it was "a\n\t\u{200B}b""#]
        )
    }

    @Test("passing examples give no diagnostics")
    func passingExamples() {
        #expect(
            diagnostics(
                "[entry]\noptions: caseless\nregex: \\b(?:Mr|Mrs|Ms|Dr|Gen)\\.\nmatch: Mr. Smith said\nmatch: Dr. Who => Dr.\nmatch: mrs. x => mrs.\nreject: Mrs Smith\n"
            ).isEmpty
        )
    }

    @Test("an example that hits a match limit is reported with the limit to raise")
    func matchLimit() {
        #expect(
            diagnostics("[entry]\nmatchLimit: 100\nregex: (a+)+$\nreject: aaaaaaaaaaaaaaaaaaaaaaaab\n") == [
                "T.patterns:4:9: error: searching this example stopped at the match limit of 100; simplify the pattern or raise `matchLimit:`"
            ]
        )
    }

    // MARK: Compile errors

    @Test(
        "reports a compile error at the byte where PCRE2 stopped",
        arguments: [
            (
                "regex: \\b(?:Mr|Mrs",
                "T.patterns:2:19: error: PCRE2 could not compile the pattern: missing closing parenthesis"
            ),
            (
                "regex: a)b",
                "T.patterns:2:9: error: PCRE2 could not compile the pattern: unmatched closing parenthesis"
            ),
            (
                "regex: “a”)",
                "T.patterns:2:15: error: PCRE2 could not compile the pattern: unmatched closing parenthesis"
            ),
            (
                "regex: x{2,1}",
                "T.patterns:2:13: error: PCRE2 could not compile the pattern: numbers out of order in {} quantifier"
            ),
        ]
    )
    func compileErrors(line: String, expected: String) {
        #expect(diagnostics("[entry]\n\(line)\nmatch: never checked\n") == [expected])
    }

    @Test("maps a compile error inside a multi-line regex to its line and column")
    func multiLineCompileError() {
        let text = """
            [entry]
            options: extended
            regex:
              (?<word> \\w+ )   # a word
                \\d{2,1}        # numbers out of order
              \\s*
            match: never checked
            """
        #expect(
            diagnostics(text) == [
                "T.patterns:5:11: error: PCRE2 could not compile the pattern: numbers out of order in {} quantifier"
            ]
        )
    }

    // MARK: Whole files

    @Test("reports every problem of a file in line order")
    func wholeFile() {
        let text = """
            [good]
            regex: \\d+
            match: in 2025 => 2025

            [bad]
            options: caseless, bogus
            regex: a

            [broken]
            regex: (a
            match: a

            [failing]
            regex: b
            match: abc => c
            """
        #expect(
            diagnostics(text) == [
                "T.patterns:6:20: error: unknown option `bogus`; the options are `caseless`, `multiline`, `dotAll`, `extended`, `anchored`, `ungreedy`, `unicodeProperties` and `dollarEndOnly`",
                "T.patterns:10:10: error: PCRE2 could not compile the pattern: missing closing parenthesis",
                #"T.patterns:15:15: error: expected the first match to be "c" but it was "b""#,
            ]
        )
    }

    @Test("invalid UTF-8 is reported at the first bad byte")
    func invalidUTF8() {
        let bytes = Array("[entry]\nregex: ab".utf8) + [0xFF] + Array("c\n".utf8)
        let file = PatternFile(parsingUTF8: bytes, path: "T.patterns")
        #expect(file.entries.isEmpty)
        #expect(
            file.check().map(\.description) == ["T.patterns:2:10: error: the file is not valid UTF-8; save it as UTF-8"]
        )
    }
}
