import Testing

@testable import LedeStages

@Suite struct NumberContextTests {
    /// Runs `body` with a context over `text` that has no atoms.
    static func with<R>(_ text: String, _ body: (NumberContext) -> R) -> R {
        var copy = text
        return copy.withUTF8 { bytes in body(NumberContext(text: text, bytes: bytes, atoms: [])) }
    }

    /// The word before the byte offset of `marker` in `text`, as written.
    static func word(before marker: String, in text: String, allowingPeriod: Bool = false) -> String? {
        guard let offset = text.utf8.firstRange(of: marker.utf8)?.lowerBound else { return nil }
        let start = text.utf8.distance(from: text.utf8.startIndex, to: offset)
        return with(text) { context in
            context.wordRange(before: start, allowingPeriod: allowingPeriod).map { context.string($0) }
        }
    }

    @Test(
        "finds the word before an offset past plain, no-break and thin spaces",
        arguments: [
            ("Article 5", "Article"),
            ("Article\u{A0}5", "Article"),
            ("Article\u{202F}5", "Article"),
            ("Article \u{2009}\t5", "Article"),
            ("the Zürich 5", "Zürich"),
            ("O’Neill's 5", "O’Neill's"),
            ("U.S. 5", nil),  // the period ends the word before; see the next test
            ("(5", nil),
        ] as [(String, String?)]
    )
    func wordBefore(text: String, expected: String?) {
        #expect(Self.word(before: "5", in: text) == expected)
    }

    @Test("a final period belongs to the word only when asked", arguments: [false, true])
    func period(allowingPeriod: Bool) {
        let word = Self.word(before: "10", in: "No. 10", allowingPeriod: allowingPeriod)
        #expect(word == (allowingPeriod ? "No." : nil))
    }

    @Test("finds the word after an offset, with its spelling lower-cased and its roles")
    func wordAfter() {
        Self.with("5\u{A0}Euros and 6 Per cent") { context in
            let euros = context.word(after: 1)
            #expect(euros?.text == "euros")
            #expect(euros?.is(.currency) == true)
            #expect(context.word(after: 1, maxGap: 1) == nil)  // the no-break space is two bytes
            #expect(context.word(after: 14)?.is(.function) == true)  // `per`
        }
    }

    @Test(
        "tells where a sentence starts",
        arguments: [
            ("One came.", 0, true),
            ("He left. “One came.", 12, true),
            ("He left: one came.", 9, true),
            ("Then one came.", 5, false),
            ("He left\nOne came.", 8, true),
        ]
    )
    func sentenceStart(text: String, offset: Int, expected: Bool) {
        #expect(Self.with(text) { $0.isSentenceStart(offset) } == expected)
    }

    @Test(
        "reads hyphens and dashes of every kind",
        arguments: [
            ("10-15", 1, true, true),
            ("10\u{2010}15", 3, true, true),
            ("10\u{2011}15", 3, true, true),
            ("10\u{2013}15", 3, false, true),
            ("10\u{2014}15", 3, false, false),
        ]
    )
    func dashes(text: String, gap: Int, isHyphen: Bool, isDash: Bool) {
        Self.with(text) { context in
            #expect(context.isHyphen(at: 2) == isHyphen)
            #expect(context.isDash(at: 2) == isDash)
            #expect(context.isDashGap(2..<(2 + gap)) == isDash)
            #expect((context.hyphenStart(before: 2 + gap) != nil) == isHyphen)
        }
    }
}
