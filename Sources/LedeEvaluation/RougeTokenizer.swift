/// Splits text into the tokens ROUGE compares, exactly as Google's `rouge-score` does.
///
/// `rouge-score` lower-cases the text with Python's `str.lower`, replaces every run of
/// characters other than `a`–`z` and `0`–`9` with a space, splits at spaces, stems each
/// token longer than three characters with NLTK's Porter stemmer (when stemming is on) and
/// drops empty tokens. So:
///
/// - Punctuation, symbols and whitespace separate tokens: `£1.4bn` gives `1` and `4bn`,
///   `don't` gives `don` and `t`, `high-speed` gives `high` and `speed`.
/// - Every letter outside ASCII is a separator too (`café` gives `caf`), except the two
///   whose Python lower-case form contains an ASCII letter: `İ` (U+0130, lowered to `i` and
///   a combining dot) gives `i`, and the Kelvin sign `K` (U+212A) gives `k`.
///
/// ```swift
/// RougeTokenizer().tokenize("Profits jumped 76% to $1.13bn.")
/// // ["profit", "jump", "76", "to", "1", "13bn"]
/// ```
///
/// `RougeTokenizer` is `Sendable`.
public struct RougeTokenizer: Sendable {
    /// Whether tokens longer than three characters are stemmed with ``PorterStemmer``.
    public var usesStemmer: Bool

    private let stemmer = PorterStemmer()

    /// Creates a tokenizer.
    ///
    /// - Parameter usesStemmer: Whether to stem tokens, as `rouge-score`'s `use_stemmer`;
    ///   defaults to `true`.
    public init(usesStemmer: Bool = true) {
        self.usesStemmer = usesStemmer
    }

    /// The tokens of a text.
    ///
    /// - Parameter text: Any text.
    /// - Returns: Lower-case ASCII tokens, stemmed if ``usesStemmer`` is on.
    /// - Complexity: O(*n*) in the length of the text.
    public func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        forEachToken(in: text) { tokens.append(String(decoding: $0, as: UTF8.self)) }
        return tokens
    }

    /// Calls `body` with the bytes of each token, in order.
    func forEachToken(in text: some StringProtocol, _ body: ([UInt8]) -> Void) {
        var token: [UInt8] = []
        func finish() {
            guard !token.isEmpty else { return }
            body(usesStemmer && token.count > 3 ? stemmer.stem(ascii: token) : token)
            token.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39:  // a-z, 0-9
                token.append(UInt8(scalar.value))
            case 0x41...0x5A:  // A-Z
                token.append(UInt8(scalar.value + 0x20))
            case 0x130:  // İ lowers to "i" + U+0307; the combining dot separates.
                token.append(UInt8(ascii: "i"))
                finish()
            case 0x212A:  // KELVIN SIGN lowers to "k".
                token.append(UInt8(ascii: "k"))
            default:
                finish()
            }
        }
        finish()
    }
}
