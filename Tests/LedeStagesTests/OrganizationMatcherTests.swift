import PCRE2
import Testing

@testable import LedeStages

@Suite struct OrganizationMatcherTests {
    /// Texts with the byte range searched, `start..<end`, and whether the range starts the subject.
    static let cases: [(text: String, start: Int, end: Int, isSubjectStart: Bool)] = [
        ("the Pentagon", 0, 12, false),
        ("NATO", 0, 4, false),
        ("the company said", 0, 11, false),
        ("Tony Blair", 0, 10, false),
        ("BBC2 reported", 0, 4, false),
        ("ABc", 0, 3, false),
        ("US_A", 0, 4, false),
        ("A", 0, 1, false),
        ("", 0, 0, false),
        ("Labour Party", 0, 12, false),
        ("Ministry of Defence", 0, 19, false),
        ("ministryx", 0, 9, false),
        ("xcompany", 1, 8, false),
        ("xcompany", 1, 8, true),
        ("x company", 1, 9, false),
        ("the UNITED side", 4, 10, false),
        ("COMPANY", 0, 7, false),
        ("Giuseppe Cavo Dragone", 0, 21, true),
        ("Daily Telegraph", 0, 15, true),
        ("a States official", 2, 8, false),
        ("statesman", 0, 9, false),
        ("9AB", 0, 3, false),
        ("AB9C", 0, 4, false),
        ("Café Group", 0, 11, false),
        ("Ministère", 0, 10, false),
        ("é Labour", 3, 9, false),
    ]

    @Test("reads the words of the organization pattern")
    func readsThePattern() {
        #expect(OrganizationMatcher.shared != nil)
    }

    @Test("answers as the pattern does, or leaves non-ASCII text to it", arguments: cases)
    func matchesPattern(text: String, start: Int, end: Int, isSubjectStart: Bool) throws {
        let matcher = try #require(OrganizationMatcher.shared)
        let pattern = try AttributionPatterns.organization
        var subject = text
        let answer = subject.withUTF8 { bytes in
            matcher.matches(bytes, in: start..<end, isSubjectStart: isSubjectStart)
        }
        // The bytes read: the range, and the byte before it unless it starts the subject.
        let readStart = isSubjectStart ? start : max(0, start - 1)
        guard Array(text.utf8)[readStart..<end].allSatisfy({ $0 < 0x80 }) else {
            #expect(answer == nil)
            return
        }
        let expected =
            isSubjectStart
            ? try pattern.matches(String(decoding: Array(text.utf8)[start..<end], as: UTF8.self))
            : try pattern.matches(text, range: start..<end)
        #expect(answer == expected)
    }

    @Test(
        "a phrase of its own is answered as the pattern answers it",
        arguments: ["the Treasury", "Bank of England", "an NHS trust", "Unionist", "the BBC2 team", "Zoë Ball", ""]
    )
    func matchesPhrase(phrase: String) throws {
        let pattern = try AttributionPatterns.organization
        let answer = OrganizationMatcher.shared?.matches(phrase)
        if phrase.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(answer == (try pattern.matches(phrase)))
        } else {
            #expect(answer == nil)
        }
        #expect(OrganizationMatcher.isOrganization(phrase) == (try pattern.matches(phrase)))
    }

    @Test(
        "gives no matcher for a pattern of another shape",
        arguments: [
            (#"\b (?: (?i: bank | trust ) | \p{Lu}{2,}\d* ) \b"#, PCRE2Options.caseless.union(.extended)),
            (#"\b (?: (?i: bank | Trust ) | \p{Lu}{2,}\d* ) \b"#, PCRE2Options.extended),
            (#"\b (?: (?i: bank | trust2 ) | \p{Lu}{2,}\d* ) \b"#, PCRE2Options.extended),
            (#"\b (?: (?i: bank | trusts? ) | \p{Lu}{2,}\d* ) \b"#, PCRE2Options.extended),
            (#"\b (?: (?i: bank || trust ) | \p{Lu}{2,}\d* ) \b"#, PCRE2Options.extended),
            (#"\b (?: (?i: bank | trust ) | \p{Lu}{3,}\d* ) \b"#, PCRE2Options.extended),
            (#"\b (?: (?i: bank # a comment"#, PCRE2Options.extended),
        ]
    )
    func rejectsOtherShapes(source: String, options: PCRE2Options) {
        #expect(OrganizationMatcher(source: source, options: options) == nil)
    }

    @Test("reads a pattern of the same shape with other words")
    func readsOtherWords() throws {
        let source = #"\b (?: (?i: bank | trust ) | \p{Lu}{2,}\d* ) \b"#
        let matcher = try #require(OrganizationMatcher(source: source, options: .extended))
        var text = "the Trust and the firm"
        text.withUTF8 { bytes in
            #expect(matcher.matches(bytes, in: 0..<9, isSubjectStart: true) == true)
            #expect(matcher.matches(bytes, in: 14..<22, isSubjectStart: true) == false)
        }
    }
}
