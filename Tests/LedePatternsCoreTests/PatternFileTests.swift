import LedePatternsCore
import PCRE2
import Testing

@Suite struct PatternFileTests {
    @Test("reads every key of an entry, with the line of each")
    func allKeys() throws {
        let file = PatternFile(
            parsing: """
                # A comment before the first entry.

                [titleAbbreviation]
                doc: A title that takes a period
                  and never ends a sentence.
                doc: Used by the sentence segmenter.
                options: caseless, unicodeProperties
                matchLimit: 10_000
                depthLimit: 500
                heapLimitKiB: 2048
                regex: \\b(?:Mr|Mrs|Ms|Dr|Gen)\\.
                match: Mr. Smith said
                match: Dr. Who => Dr.
                reject: Mrs Smith
                """,
            path: "Sentences.patterns"
        )
        #expect(file.diagnostics.isEmpty)
        #expect(file.path == "Sentences.patterns")
        let entry = try #require(file.entries.first)
        #expect(file.entries.count == 1)
        #expect(entry.name == "titleAbbreviation")
        #expect(entry.line == 3)
        #expect(
            entry.doc == "A title that takes a period\nand never ends a sentence.\n\nUsed by the sentence segmenter."
        )
        #expect(entry.options == [.caseless, .unicodeProperties])
        #expect(entry.limits == PCRE2Limits(matchLimit: 10_000, depthLimit: 500, heapLimitKiB: 2_048))
        #expect(entry.regex == #"\b(?:Mr|Mrs|Ms|Dr|Gen)\."#)
        #expect(
            entry.examples == [
                PatternExample(kind: .match, text: "Mr. Smith said", location: PatternLocation(line: 12, column: 8)),
                PatternExample(
                    kind: .match,
                    text: "Dr. Who",
                    expectedMatch: "Dr.",
                    location: PatternLocation(line: 13, column: 8),
                    expectedLocation: PatternLocation(line: 13, column: 19)
                ),
                PatternExample(kind: .reject, text: "Mrs Smith", location: PatternLocation(line: 14, column: 9)),
            ]
        )
        #expect(
            entry.keyLines == [
                .doc: 4, .options: 7, .matchLimit: 8, .depthLimit: 9, .heapLimitKiB: 10, .regex: 11, .match: 12,
                .reject: 14,
            ]
        )
        #expect(file.entry(named: "titleAbbreviation") == entry)
        #expect(file.entry(named: "other") == nil)
    }

    @Test("an entry without options, limits or examples gets the defaults")
    func defaults() throws {
        let file = PatternFile(parsing: "[digits]\nregex: \\d+\n", path: "T.patterns")
        let entry = try #require(file.entries.first)
        #expect(entry.doc.isEmpty)
        #expect(entry.options == [])
        #expect(entry.limits == .default)
        #expect(entry.examples.isEmpty)
        #expect(entry.keyLines == [.regex: 2])
    }

    @Test("keeps the entries in file order and skips comments and blank lines")
    func severalEntries() {
        let file = PatternFile(
            parsing: "# one\n[first]\nregex: a\n\n# two\n\n[second]\n\nregex: b\n# three\n",
            path: "T.patterns"
        )
        #expect(file.diagnostics.isEmpty)
        #expect(file.entries.map(\.name) == ["first", "second"])
        #expect(file.entries.map(\.regex) == ["a", "b"])
        #expect(file.entries.map(\.line) == [2, 7])
    }

    @Test("an empty file has no entries and no diagnostics", arguments: ["", "\n\n", "# only a comment\n"])
    func empty(text: String) {
        let file = PatternFile(parsing: text, path: "T.patterns")
        #expect(file.entries.isEmpty)
        #expect(file.diagnostics.isEmpty)
        #expect(file.check().isEmpty)
    }

    // MARK: Continuation lines

    @Test(
        "continuation lines lose the indentation they share and are joined with newlines",
        arguments: [
            ("regex: a\n  b\n  c", "a\nb\nc"),
            ("regex: a\n\tb\n\tc", "a\nb\nc"),
            ("regex: a\n    b\n      c\n    d", "a\nb\n  c\nd"),
            ("regex:\n  a\n  b", "a\nb"),
            ("regex:\n    a\n      b", "a\n  b"),
            ("regex: a\n  b\n\n  c", "a\nb\n\nc"),
            ("regex: a\n  b\n\n\n", "a\nb"),
            ("regex: a  \n  b\t\n", "a\nb"),
            ("regex: a\n  b\n# a comment between\n  c", "a\nb\nc"),
            (
                "regex: a\n  # an indented line is part of the value\n  b",
                "a\n# an indented line is part of the value\nb"
            ),
        ]
    )
    func continuation(lines: String, regex: String) throws {
        let file = PatternFile(parsing: "[entry]\noptions: extended\n" + lines, path: "T.patterns")
        #expect(file.diagnostics.isEmpty)
        #expect(try #require(file.entries.first).regex == regex)
    }

    @Test("a doc value continues too, and a blank line inside it makes a paragraph")
    func docContinuation() throws {
        let file = PatternFile(
            parsing: "[entry]\ndoc: Summary that\n  goes on.\n\n  Discussion.\nregex: a\n",
            path: "T.patterns"
        )
        #expect(try #require(file.entries.first).doc == "Summary that\ngoes on.\n\nDiscussion.")
    }

    @Test("CRLF line endings read like LF", arguments: ["\r\n", "\n"])
    func lineEndings(newline: String) throws {
        let lines = ["[entry]", "options: extended", "regex: a", "  b", "match: ab => ab"]
        let file = PatternFile(parsing: lines.joined(separator: newline) + newline, path: "T.patterns")
        #expect(file.diagnostics.isEmpty)
        let entry = try #require(file.entries.first)
        #expect(entry.regex == "a\nb")
        #expect(entry.examples.first?.expectedMatch == "ab")
    }

    @Test("bytes: a byte-order mark is skipped")
    func byteOrderMark() throws {
        let file = PatternFile(parsingUTF8: [0xEF, 0xBB, 0xBF] + Array("[entry]\nregex: a\n".utf8), path: "T.patterns")
        #expect(file.diagnostics.isEmpty)
        #expect(try #require(file.entries.first).name == "entry")
    }

    // MARK: Regex values

    @Test(
        "a regex is raw: backslashes, quotes and hashes stay as written",
        arguments: [
            #"\n\t\\"#,
            #"\u{201C}"#,
            ##""#\w+"##,
            "“[^”]*”",
            #"a => b"#,
            #"[#]"#,
            "\\p{Lu}\\p{Ll}+",
        ]
    )
    func rawRegex(regex: String) throws {
        let file = PatternFile(parsing: "[entry]\nregex: \(regex)\n", path: "T.patterns")
        #expect(file.diagnostics.isEmpty)
        #expect(try #require(file.entries.first).regex == regex)
    }

    @Test(
        "maps a byte of a regex back to the file, across lines and multi-byte characters",
        arguments: [
            (0, PatternLocation(line: 3, column: 8)),
            (3, PatternLocation(line: 3, column: 11)),
            (4, PatternLocation(line: 4, column: 3)),
            (7, PatternLocation(line: 4, column: 6)),
            (12, PatternLocation(line: 4, column: 11)),
            (13, PatternLocation(line: 5, column: 3)),
            (15, PatternLocation(line: 5, column: 5)),
            (17, PatternLocation(line: 5, column: 7)),
            (99, PatternLocation(line: 5, column: 7)),
        ]
    )
    func regexLocations(offset: Int, location: PatternLocation) throws {
        // Line 4 holds `“ab”` after two spaces (“ and ” take three bytes each), and line 5 holds
        // `xy` after four, of which the two that all continuation lines share are removed.
        let file = PatternFile(
            parsing: "[entry]\noptions: extended\nregex: one\n  “ab”\n    xy\n",
            path: "T.patterns"
        )
        let entry = try #require(file.entries.first)
        #expect(entry.regex == "one\n“ab”\n  xy")
        #expect(entry.location(ofRegexByte: offset) == location)
    }

    // MARK: Examples

    @Test(
        "examples process escapes and split at ` => `",
        arguments: [
            ("Mr. Smith said", "Mr. Smith said", nil),
            ("Dr. Who => Dr.", "Dr. Who", "Dr."),
            (#"line\nbreak => \n"#, "line\nbreak", "\n"),
            (#"tab\there"#, "tab\there", nil),
            (#"cr\r\nlf"#, "cr\r\nlf", nil),
            (#"back\\slash => \\"#, #"back\slash"#, #"\"#),
            (#"\u{201C}Hi\u{201D} => \u{201C}"#, "“Hi”", "“"),
            ("“Hi,” she said => “", "“Hi,” she said", "“"),
            (#"\u{1F3DD}\u{FE0F} and \u{65}\u{301}"#, "\u{1F3DD}\u{FE0F} and e\u{301}", nil),
            (#"a \=> b"#, "a => b", nil),
            (#"a \=> b => \=>"#, "a => b", "=>"),
            ("a=>b", "a=>b", nil),
            ("a==>b", "a==>b", nil),
            ("empty match =>", "empty match", ""),
            ("x =>  two spaces", "x", " two spaces"),
            (#"\u{20}leading space"#, " leading space", nil),
        ] as [(String, String, String?)]
    )
    func escapes(value: String, text: String, expected: String?) throws {
        let file = PatternFile(parsing: "[entry]\nregex: x\nmatch: \(value)\n", path: "T.patterns")
        #expect(file.diagnostics.isEmpty)
        let example = try #require(file.entries.first?.examples.first)
        #expect(example.kind == .match)
        #expect(example.text == text)
        #expect(example.expectedMatch == expected)
    }

    @Test("a reject example processes escapes too")
    func rejectEscapes() throws {
        let file = PatternFile(parsing: "[entry]\nregex: x\nreject: \\u{201C}a\\=>b\n", path: "T.patterns")
        let example = try #require(file.entries.first?.examples.first)
        #expect(example.kind == .reject)
        #expect(example.text == "“a=>b")
        #expect(example.expectedMatch == nil)
    }

    @Test("an example value may continue on indented lines")
    func multiLineExample() throws {
        let file = PatternFile(
            parsing: "[entry]\nregex: x\nmatch: first line\n  second line => second\n",
            path: "T.patterns"
        )
        let example = try #require(file.entries.first?.examples.first)
        #expect(example.text == "first line\nsecond line")
        #expect(example.expectedMatch == "second")
        #expect(example.location == PatternLocation(line: 3, column: 8))
        #expect(example.expectedLocation == PatternLocation(line: 4, column: 18))
    }
}
