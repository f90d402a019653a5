import PCRE2
import Testing

@Suite struct PCRE2PatternTests {
    @Test("compiles with UTF mode and reports JIT")
    func compiles() throws {
        let pattern = try PCRE2Pattern(#"\w+"#)
        #expect(pattern.isJITCompiled == PCRE2Pattern.isJITAvailable)
        #expect(pattern.captureCount == 0)
        #expect(PCRE2Pattern.libraryVersion.hasPrefix("10."))
    }

    @Test(
        "options change what matches",
        arguments: [
            (#"said"#, PCRE2Options.caseless, "Leavitt SAID so", "SAID"),
            (#"^b"#, .multiline, "a\nb", "b"),
            (#"a.b"#, .dotAll, "a\nb", "a\nb"),
            (#"a \s b  # comment"#, .extended, "a b", "a b"),
            (#"a+"#, .ungreedy, "aaa", "a"),
            (#"\w+"#, .unicodeProperties, "Zelenskyy’s", "Zelenskyy"),
            (#"\w+"#, .unicodeProperties, "Ærø", "Ærø"),
            (#"\p{Lu}\p{Ll}+"#, PCRE2Options(), "by Ångström", "Ångström"),
        ]
    )
    func options(pattern: String, options: PCRE2Options, subject: String, expected: String) throws {
        let compiled = try PCRE2Pattern(pattern, options: options)
        let match = try #require(try compiled.firstMatch(in: subject))
        #expect(match.substring(0) == Substring(expected))
    }

    @Test("without options, letters are case-sensitive and . stops at a newline")
    func defaults() throws {
        #expect(try PCRE2Pattern("said").firstMatch(in: "SAID") == nil)
        #expect(try PCRE2Pattern("a.b").firstMatch(in: "a\nb") == nil)
        #expect(try PCRE2Pattern(#"\w+"#).firstMatch(in: "Ærø")?.substring(0) == "r")
    }

    @Test("anchored matches only at the start offset")
    func anchored() throws {
        let pattern = try PCRE2Pattern("said", options: .anchored)
        #expect(try pattern.firstMatch(in: "he said") == nil)
        #expect(try pattern.firstMatch(in: "he said", range: 3..<7)?.range == 3..<7)
    }

    @Test("numbered and named captures as byte ranges, indices and substrings")
    func captures() throws {
        let pattern = try PCRE2Pattern(#"(?<speaker>\p{Lu}\w+) (said|told)(?: (?<outlet>\p{Lu}\w+))?"#)
        #expect(pattern.captureCount == 3)
        #expect(pattern.groupNumbers == ["speaker": 1, "outlet": 3])
        let text = "“Hi,” Leavitt said."
        let match = try #require(try pattern.firstMatch(in: text))
        #expect(match["speaker"] == 10..<17)  // “ and ” are three bytes each
        #expect(match.substring("speaker") == "Leavitt")
        #expect(match.substring(2) == "said")
        #expect(match["outlet"] == nil)
        #expect(match["no such group"] == nil)
        #expect(match[7] == nil)
        let indices = try #require(match.indices("speaker"))
        #expect(text[indices] == "Leavitt")
        #expect(match.range == 10..<22)
    }

    @Test("patterns and subjects with non-ASCII characters use UTF-8 byte lengths")
    func nonASCII() throws {
        let pattern = try PCRE2Pattern(#"“([^”]*)”"#)
        let text = "Zelenskyy said “déjà vu 🇺🇦” twice and “again”."
        let matches = try pattern.allMatches(in: text)
        #expect(matches.map { $0.substring(1) } == ["déjà vu 🇺🇦", "again"])
        for match in matches {
            let range = match.range
            #expect(String(decoding: Array(text.utf8)[range], as: UTF8.self) == String(match.substring(0)!))
        }
    }

    @Test("all matches, in order, including empty ones without looping forever")
    func allMatches() throws {
        #expect(try PCRE2Pattern(#"\d+"#).allMatches(in: "1 22 333").map(\.range) == [0..<1, 2..<4, 5..<8])
        #expect(try PCRE2Pattern("x*").allMatches(in: "axxb").map(\.range) == [0..<0, 1..<3, 3..<3, 4..<4])
        #expect(try PCRE2Pattern("x*|b").allMatches(in: "b").map(\.range) == [0..<0, 0..<1, 1..<1])
        #expect(try PCRE2Pattern(#"\d"#).allMatches(in: "").isEmpty)
        #expect(try PCRE2Pattern("").allMatches(in: "").map(\.range) == [0..<0])
    }

    @Test("the iterator is lazy and the fast path sees the same matches")
    func iteratorAndFastPath() throws {
        let pattern = try PCRE2Pattern(#"(\w)(\w*)"#)
        let text = "one two three"
        let iterator = try pattern.matchIterator(in: text)
        #expect(try iterator.next()?.substring(0) == "one")
        #expect(try iterator.next()?.substring(0) == "two")
        #expect(try iterator.next()?.substring(0) == "three")
        #expect(try iterator.next() == nil)
        #expect(try iterator.next() == nil)
        var seen: [Range<Int>] = []
        var firstLetters: [Range<Int>?] = []
        try pattern.forEachMatch(in: text) { groups in
            seen.append(groups.range)
            firstLetters.append(groups[1])
            return seen.count < 2
        }
        #expect(seen == [0..<3, 4..<7])
        #expect(firstLetters == [0..<1, 4..<5])
    }

    @Test("a search range bounds the match, and lookbehind still sees before it")
    func ranges() throws {
        let pattern = try PCRE2Pattern(#"(?<=said )\w+"#)
        let text = "he said hello world"
        #expect(try pattern.firstMatch(in: text, range: 8..<19)?.substring(0) == "hello")
        #expect(try pattern.firstMatch(in: text, range: 8..<10)?.substring(0) == "he")
        #expect(try PCRE2Pattern(#"world$"#).firstMatch(in: text, range: 0..<13) == nil)
    }

    @Test(
        "bad ranges are errors, not crashes",
        arguments: [-1..<3, 0..<99, 1..<3]
    )
    func badRanges(range: Range<Int>) throws {
        let text = "“x”"  // bytes 1 and 2 are inside the first mark
        #expect(throws: PCRE2Error.self) { try PCRE2Pattern("x").firstMatch(in: text, range: range) }
        let error = try #require(throws: PCRE2Error.self) { try PCRE2Pattern("x").allMatches(in: text, range: range) }
        #expect(error.code == .invalidOffset)
    }

    @Test(
        "compile errors carry the message, the offset and a caret",
        arguments: [
            ("(ab", 3, "  (ab\n     ^"),
            ("a{2,1}", 5, "  a{2,1}\n       ^"),
            ("“x(?<", 7, "  “x(?<\n       ^"),
        ]
    )
    func compileErrors(pattern: String, offset: Int, caret: String) throws {
        let error = try #require(throws: PCRE2Error.self) { try PCRE2Pattern(pattern) }
        #expect(error.code == .compile)
        #expect(error.offset == offset)
        #expect(error.pattern == pattern)
        #expect(error.status > 0)
        #expect(error.message.hasPrefix("PCRE2 could not compile the pattern: "))
        #expect(error.description.hasSuffix(caret))
    }

    @Test("the caret is drawn under the right line of a multi-line pattern")
    func caretOnLaterLine() throws {
        let error = try #require(throws: PCRE2Error.self) { try PCRE2Pattern("a\n  (b", options: .extended) }
        #expect(error.description.hasSuffix("\n    (b\n      ^"))
    }

    @Test("catastrophic backtracking stops at a limit within milliseconds")
    func catastrophicBacktracking() throws {
        let subject = String(repeating: "a", count: 100_000) + "b"
        let clock = ContinuousClock()
        for source in ["(a+)+$", "(a|aa)+$", "(a+a+)+$", "^(a|a?)+$"] {
            let pattern = try PCRE2Pattern(source)
            let start = clock.now
            let error = try #require(throws: PCRE2Error.self) { try pattern.firstMatch(in: subject) }
            #expect([.matchLimit, .depthLimit, .heapLimit].contains(error.code))
            // Not a timing assertion: a generous bound that only a hang would break.
            #expect(clock.now - start < .seconds(30))
        }
    }

    @Test("limits are configurable per pattern")
    func configurableLimits() throws {
        let subject = String(repeating: "a", count: 30) + "b"
        let tight = try PCRE2Pattern("(a+)+$", limits: PCRE2Limits(matchLimit: 100))
        #expect(throws: PCRE2Error.self) { try tight.firstMatch(in: subject) }
        let roomy = try PCRE2Pattern("(a+)+$", limits: PCRE2Limits(matchLimit: 100_000_000))
        #expect(roomy.limits.matchLimit == 100_000_000)
        #expect(try roomy.firstMatch(in: "aaab") == nil)
    }

    @Test("a limit error from the iterator is thrown, and the iterator is finished")
    func iteratorLimit() throws {
        let pattern = try PCRE2Pattern("(a+)+$", limits: PCRE2Limits(matchLimit: 1_000))
        let iterator = try pattern.matchIterator(in: String(repeating: "a", count: 40) + "b")
        #expect(throws: PCRE2Error.self) { try iterator.next() }
        #expect(try iterator.next() == nil)
    }

    @Test(
        "invalid UTF-8 bytes are rejected with the offset of the first bad byte",
        arguments: [
            ([0x61, 0xFF, 0x62] as [UInt8], 1),
            ([0x61, 0x62, 0xE2, 0x80] as [UInt8], 2),
            ([0xC0, 0x80] as [UInt8], 0),
        ]
    )
    func invalidUTF8(bytes: [UInt8], offset: Int) throws {
        let error = try #require(throws: PCRE2Error.self) { try PCRE2Pattern.decodeUTF8(bytes) }
        #expect(error.code == .invalidUTF8)
        #expect(error.offset == offset)
        #expect(error.message.contains("byte \(offset)"))
    }

    @Test("valid UTF-8 bytes decode unchanged")
    func validUTF8() throws {
        #expect(try PCRE2Pattern.decodeUTF8(Array("NATO’s “Article 5”".utf8)) == "NATO’s “Article 5”")
        #expect(try PCRE2Pattern.decodeUTF8([]) == "")
    }

    @Test("one pattern hammered from many tasks at once gives the same answers")
    func concurrentUse() async throws {
        let pattern = try PCRE2Pattern(#"(?<word>\p{L}+)’s"#)
        let text = String(repeating: "NATO’s plan and the lion’s share; ", count: 200)
        let expected = try pattern.allMatches(in: text).count
        #expect(expected == 400)
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<64 {
                group.addTask {
                    var count = 0
                    for _ in 0..<10 {
                        count = (try? pattern.allMatches(in: text).count) ?? -1
                        if count != expected { break }
                    }
                    return count
                }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(counts == Array(repeating: expected, count: 64))
    }
}
