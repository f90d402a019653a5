import PCRE2
import Testing

@testable import LedeStages

/// Tests of `SentencesPatterns`, which the LedePatterns plugin generates from
/// `Sources/LedeStages/Sentences.patterns` when LedeStages is built.
@Suite struct SentencesPatternsTests {
    @Test("lists its entries in file order")
    func names() {
        #expect(SentencesPatterns.allNames == ["sentenceTerminal", "titleAbbreviation"])
    }

    @Test("compiles each pattern with the options of its entry")
    func options() throws {
        #expect(try SentencesPatterns.sentenceTerminal.options == [.extended, .unicodeProperties])
        #expect(try SentencesPatterns.titleAbbreviation.options == [.caseless])
        #expect(try SentencesPatterns.titleAbbreviation.limits == .default)
    }

    @Test("returns the same compiled pattern every time")
    func compiledOnce() throws {
        #expect(try SentencesPatterns.sentenceTerminal === SentencesPatterns.sentenceTerminal)
    }

    @Test(
        "finds sentence-terminal candidates",
        arguments: [
            ("It rained. Then it stopped.", [".", "."]),
            ("“Stop!” she said. “Now?”", ["!”", ".", "?”"]),
            ("«Arrête.» Il part.", [".»", "."]),
            // French typography spaces the `!` off from its `»`, so the candidate is the `!` alone.
            ("Il dit « non ! » puis partit.", ["!", "."]),
            ("Café.\r\nThé?\r\n", [".", "?"]),
            ("We won 🎉! Then 👍🏽.", ["!", "."]),
            ("Cafe\u{301}. The\u{301}.", [".", "."]),
            ("Wait... (really?!) Yes.", ["...", "?!)", "."]),
            ("Version 2.1 is out", []),
            ("e.g.the comma", []),
            ("", []),
            ("no punctuation here", []),
        ]
    )
    func terminals(text: String, expected: [String]) throws {
        let matches = try SentencesPatterns.sentenceTerminal.allMatches(in: text)
        #expect(matches.compactMap { $0.substring(0).map(String.init) } == expected)
    }

    @Test(
        "finds title abbreviations, which do not end sentences",
        arguments: [
            ("Mr. and Mrs. Smith met Dr. Who.", ["Mr.", "Mrs.", "Dr."]),
            ("“Gen. Lee,” said ST. JOHN.", ["Gen.", "ST."]),
            ("Mrs Smith came first.", []),
        ]
    )
    func titles(text: String, expected: [String]) throws {
        let matches = try SentencesPatterns.titleAbbreviation.allMatches(in: text)
        #expect(matches.compactMap { $0.substring(0).map(String.init) } == expected)
    }
}
