import Lede
import LedeStages
import LedeTesting
import Testing

@Suite struct WordTokenizerTests {
    static func tokens(_ text: String) throws -> [String] {
        let document = try AnalysisPipeline { WordTokenizer() }.run(text)
        return document.tokens.map { String(document.originalText(of: $0.span)) }
    }

    static func kinds(_ text: String) throws -> [String] {
        let document = try AnalysisPipeline { WordTokenizer() }.run(text)
        return document.tokens.map { "\(document.originalText(of: $0.span))/\($0.kind)" }
    }

    @Test(
        "words, clitics and compounds",
        arguments: [
            ("NATO’s lion’s don't O'Hare", ["NATO’s", "lion’s", "don't", "O'Hare"]),
            ("Ellis’ team and the soldiers' union.", ["Ellis’", "team", "and", "the", "soldiers'", "union", "."]),
            ("a three-and-a-half-year-old war", ["a", "three-and-a-half-year-old", "war"]),
            ("the K‑12 plan and U.S.-led talks", ["the", "K‑12", "plan", "and", "U.S.-led", "talks"]),
            (
                "Mr. Smith met Gen. Caine in the U.S. at 5 p.m.",
                ["Mr.", "Smith", "met", "Gen.", "Caine", "in", "the", "U.S.", "at", "5", "p.m."]
            ),
            ("He ended it.", ["He", "ended", "it", "."]),
            ("“Hi,” she said.", ["“", "Hi", ",", "”", "she", "said", "."]),
            ("Wait... what?! -- no", ["Wait", "...", "what", "?!", "--", "no"]),
            ("Zürich, Ærø and 東京", ["Zürich", ",", "Ærø", "and", "東京"]),
            ("Cafe\u{301} au lait", ["Cafe\u{301}", "au", "lait"]),
            ("", []),
        ] as [(String, [String])]
    )
    func words(text: String, expected: [String]) throws {
        #expect(try Self.tokens(text) == expected)
    }

    @Test(
        "numbers, money and percentages",
        arguments: [
            (
                "£1,400 and $1.5 billion",
                ["£/currency", "1,400/number", "and/word", "$/currency", "1.5/number", "billion/word"]
            ),
            (
                "$10.9bn 45p €2m 12% 3.1 per cent",
                [
                    "$/currency", "10.9bn/number", "45p/number", "€/currency", "2m/number", "12/number", "%/symbol",
                    "3.1/number", "per/word", "cent/word",
                ]
            ),
            (
                "the ’90s and '90s, 1990s, 3rd, 14:39.29",
                [
                    "the/word", "’90s/number", "and/word", "'90s/number", ",/punctuation", "1990s/number",
                    ",/punctuation", "3rd/number", ",/punctuation", "14:39.29/number",
                ]
            ),
            ("24-year-old and 2012-13", ["24-year-old/word", "and/word", "2012-13/number"]),
        ] as [(String, [String])]
    )
    func numbers(text: String, expected: [String]) throws {
        #expect(try Self.kinds(text) == expected)
    }

    @Test(
        "URLs, e-mail, hashtags, mentions and emoji",
        arguments: [
            (
                "See https://example.com/a?b=1. Then",
                ["See/word", "https://example.com/a?b=1/url", "./punctuation", "Then/word"]
            ),
            ("(www.bbc.co.uk/news)", ["(/punctuation", "www.bbc.co.uk/news/url", ")/punctuation"]),
            (
                "Write to news.desk@example.co.uk today",
                ["Write/word", "to/word", "news.desk@example.co.uk/email", "today/word"]
            ),
            (
                "#Ukraine talks with @Reuters_World",
                ["#Ukraine/hashtag", "talks/word", "with/word", "@Reuters_World/mention"]
            ),
            ("Fans 🎉🇺🇦 👍🏽 👩‍👩‍👧", ["Fans/word", "🎉/symbol", "🇺🇦/symbol", "👍🏽/symbol", "👩‍👩‍👧/symbol"]),
            ("A&B = 5 + 5", ["A/word", "&/symbol", "B/word", "=/symbol", "5/number", "+/symbol", "5/number"]),
        ] as [(String, [String])]
    )
    func specialTokens(text: String, expected: [String]) throws {
        #expect(try Self.kinds(text) == expected)
    }

    @Test(
        "tokens cover every visible character, on the seeds and hard cases",
        arguments: Seeds.all.map(\.text) + StageVerifier.standardCases
    )
    func coverage(text: String) throws {
        let document = try AnalysisPipeline { WordTokenizer() }.run(text)
        let joined = document.tokens.map { document.text(of: $0.span) }.joined()
        func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isWhitespace || [.control, .format].contains(scalar.properties.generalCategory)
        }
        // Invisible scalars inside a token (a joiner in an emoji) stay; separators between tokens go.
        #expect(
            String(String.UnicodeScalarView(joined.unicodeScalars.filter { !isInvisible($0) }))
                == String(String.UnicodeScalarView(document.text.unicodeScalars.filter { !isInvisible($0) }))
        )
    }

    @Test("keeps the stage contract")
    func contract() throws {
        try StageVerifier.verify(WordTokenizer())
    }
}
