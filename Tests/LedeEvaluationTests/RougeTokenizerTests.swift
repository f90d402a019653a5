import LedeEvaluation
import Testing

@Suite struct RougeTokenizerTests {
    // Text, tokens with stemming, tokens without: produced once with rouge-score 0.1.2's
    // tokenizers.DefaultTokenizer(use_stemmer=True / False) by Fixtures/make_rouge_expectations.py.
    @Test(
        "tokens equal rouge-score's",
        arguments: [
            (
                "Profits jumped 76% to $1.13bn.", ["profit", "jump", "76", "to", "1", "13bn"],
                ["profits", "jumped", "76", "to", "1", "13bn"]
            ),
            ("£1.4bn, €2bn and ¥3bn", ["1", "4bn", "2bn", "and", "3bn"], ["1", "4bn", "2bn", "and", "3bn"]),
            (
                "Don't stop—NATO’s high-speed 3.5G plans!",
                ["don", "t", "stop", "nato", "s", "high", "speed", "3", "5g", "plan"],
                ["don", "t", "stop", "nato", "s", "high", "speed", "3", "5g", "plans"]
            ),
            (
                "Café naïve Zürich \u{130}stanbul 5\u{212A} Ελλάδα 東京",
                ["caf", "na", "ve", "z", "rich", "i", "stanbul", "5k"],
                ["caf", "na", "ve", "z", "rich", "i", "stanbul", "5k"]
            ),
            ("CRLF\r\nline\tTAB", ["crlf", "line", "tab"], ["crlf", "line", "tab"]),
            ("🎉 emoji 👍🏽ok", ["emoji", "ok"], ["emoji", "ok"]),
            ("", [], []),
            ("  ...  ", [], []),
            (
                "generously running skies dying news", ["gener", "run", "sky", "die", "news"],
                ["generously", "running", "skies", "dying", "news"]
            ),
            ("a an the is it was", ["a", "an", "the", "is", "it", "was"], ["a", "an", "the", "is", "it", "was"]),
        ] as [(String, [String], [String])]
    )
    func matchesRougeScore(text: String, stemmed: [String], plain: [String]) {
        #expect(RougeTokenizer().tokenize(text) == stemmed)
        #expect(RougeTokenizer(usesStemmer: false).tokenize(text) == plain)
    }

    @Test("only tokens longer than three characters are stemmed")
    func shortTokens() {
        // NLTK would stem "was" to "wa" and "ties" to "tie"; rouge-score leaves tokens of up to three characters alone.
        #expect(PorterStemmer().stem("was") == "wa")
        #expect(RougeTokenizer().tokenize("was ties") == ["was", "tie"])
    }
}
