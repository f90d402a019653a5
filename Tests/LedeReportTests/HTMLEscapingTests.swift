import Testing

@testable import LedeReport

@Suite struct HTMLEscapingTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ("already &amp; escaped", "already &amp;amp; escaped"),
        ("say \"hi\" and 'bye'", "say &quot;hi&quot; and &#39;bye&#39;"),
        ("“curly” — Zoë, 東京, 🇺🇦", "“curly” — Zoë, 東京, 🇺🇦"),
        ("a\u{0}b", "a\u{FFFD}b"),
        ("line one\nline two\r\n", "line one\nline two\r\n"),
        ("", ""),
    ])
    func escapesText(input: String, expected: String) {
        #expect(HTMLEscaping.escape(input) == expected)
    }

    @Test func appendsToWhatIsThere() {
        var html = "<p>"
        HTMLEscaping.append("1 < 2", to: &html)
        #expect(html == "<p>1 &lt; 2")
    }

    @Test(arguments: [
        ("headline", "headline"),
        ("speaker-cue", "speaker-cue"),
        ("a b\"><script>", "a-b---script-"),
        ("Zoë", "Zo-"),
    ])
    func makesTokens(input: String, expected: String) {
        #expect(HTMLEscaping.token(input) == expected)
    }
}
