import Foundation
import LedePatternsCore
import PCRE2
import Testing

/// Tests of the Swift that the LedePatterns plugin generated for this target from
/// `HardCases.patterns`: that it compiled is the first test, and these check that each literal
/// holds exactly the regex of the pattern file.
@Suite struct GeneratedPatternsTests {
    static let file: PatternFile = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "HardCases.patterns")
        let data = (try? Data(contentsOf: url)) ?? Data()
        return PatternFile(parsingUTF8: data, path: url.path)
    }()

    static let accessors: [String: @Sendable () throws(PCRE2Error) -> PCRE2Pattern] = [
        "curlyQuotes": { () throws(PCRE2Error) in try HardCasesPatterns.curlyQuotes },
        "quoteHash": { () throws(PCRE2Error) in try HardCasesPatterns.quoteHash },
        "quoteHashHash": { () throws(PCRE2Error) in try HardCasesPatterns.quoteHashHash },
        "backslashHash": { () throws(PCRE2Error) in try HardCasesPatterns.backslashHash },
        "leadingQuotes": { () throws(PCRE2Error) in try HardCasesPatterns.leadingQuotes },
        "quoteOnly": { () throws(PCRE2Error) in try HardCasesPatterns.quoteOnly },
        "trailingBackslash": { () throws(PCRE2Error) in try HardCasesPatterns.trailingBackslash },
        "invisibleCharacters": { () throws(PCRE2Error) in try HardCasesPatterns.invisibleCharacters },
        "nonASCII": { () throws(PCRE2Error) in try HardCasesPatterns.nonASCII },
        "combiningMarks": { () throws(PCRE2Error) in try HardCasesPatterns.combiningMarks },
        "extendedLines": { () throws(PCRE2Error) in try HardCasesPatterns.extendedLines },
        "limits": { () throws(PCRE2Error) in try HardCasesPatterns.limits },
        "allOptions": { () throws(PCRE2Error) in try HardCasesPatterns.allOptions },
    ]

    @Test("the pattern file is read without diagnostics, and every entry has an accessor")
    func everyEntry() {
        #expect(Self.file.check().isEmpty)
        #expect(HardCasesPatterns.allNames == Self.file.entries.map(\.name))
        #expect(Set(Self.accessors.keys) == Set(HardCasesPatterns.allNames))
    }

    @Test(
        "each generated pattern has the regex, options and limits of its entry",
        arguments: HardCasesPatterns.allNames
    )
    func sameAsFile(name: String) throws {
        let entry = try #require(Self.file.entry(named: name))
        let accessor = try #require(Self.accessors[name])
        let pattern = try accessor()
        #expect(pattern.source == entry.regex)
        #expect(pattern.options == entry.options)
        #expect(pattern.limits == entry.limits)
    }

    @Test(
        "hard regexes, spelled out in Swift",
        arguments: [
            ("curlyQuotes", "\u{201C}[^\u{201D}]*\u{201D}"),
            ("quoteHash", ##""#\w+"##),
            ("quoteHashHash", ###""##|\\##"###),
            ("backslashHash", ##"\#\d"##),
            ("leadingQuotes", "\"\"[^\"]*\"\""),
            ("quoteOnly", "\""),
            ("trailingBackslash", #"a\\"#),
            ("invisibleCharacters", "a\u{200B}b\u{200F}c"),
            ("combiningMarks", #"e\x{301}"#),
            (
                "extendedLines",
                "(?<word> \\w+ )   # a word, then \"#\n\\s* [.!?] \\#\n    (?: \"\\# )?   # a deeper-indented line"
            ),
        ]
    )
    func spelledOut(name: String, source: String) throws {
        let accessor = try #require(Self.accessors[name])
        #expect(try accessor().source == source)
    }

    @Test("the examples of the file hold for the generated patterns too")
    func examples() throws {
        let curly = try HardCasesPatterns.curlyQuotes
        #expect(try curly.firstMatch(in: "He said “yes” and left.")?.substring(0) == "“yes”")
        let island = try HardCasesPatterns.nonASCII
        #expect(try island.firstMatch(in: "🏝️ Ærø!")?.substring(0) == "Ærø")
        #expect(try island.firstMatch(in: "ærøskøbing") == nil)
        let limits = try HardCasesPatterns.limits
        #expect(limits.limits == PCRE2Limits(matchLimit: 5_000, depthLimit: 100, heapLimitKiB: 1_024))
    }

    @Test("an accessor compiles its pattern once and returns it every time")
    func compiledOnce() throws {
        let first = try HardCasesPatterns.curlyQuotes
        let second = try HardCasesPatterns.curlyQuotes
        #expect(first === second)
    }

    @Test("many tasks asking at once all get the one compiled pattern")
    func concurrentAccess() async throws {
        let identifiers = try await withThrowingTaskGroup(of: ObjectIdentifier.self) { group in
            for _ in 0..<64 {
                group.addTask { ObjectIdentifier(try HardCasesPatterns.extendedLines) }
            }
            var identifiers: Set<ObjectIdentifier> = []
            for try await identifier in group { identifiers.insert(identifier) }
            return identifiers
        }
        #expect(identifiers.count == 1)
    }
}
