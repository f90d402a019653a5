public import Lede

/// A normalizer that replaces typographic quotation marks, dashes and ellipses with the
/// plain ASCII forms that later patterns look for.
///
/// After it runs, a quotation is always between `"` marks, an apostrophe is always `'`
/// (`NATO’s` becomes `NATO's`), a dash between clauses is `--` and an ellipsis is `...`,
/// whatever the writer's keyboard or language. The full table:
///
/// | Marks | Output | Option |
/// |---|---|---|
/// | `"` U+0022, `“` U+201C, `”` U+201D, `„` U+201E, `‟` U+201F, `«` U+00AB, `»` U+00BB, `〝` U+301D, `〞` U+301E, `〟` U+301F, `＂` U+FF02 | `"` | `quotes` |
/// | `'` U+0027, `‘` U+2018, `’` U+2019, `‚` U+201A, `‛` U+201B, `‹` U+2039, `›` U+203A, `＇` U+FF07 | `'` | `quotes` |
/// | `′` U+2032 PRIME | `'` | `quotes` |
/// | `″` U+2033 DOUBLE PRIME | `"` | `quotes` |
/// | `‐` U+2010 HYPHEN, `‑` U+2011 NON-BREAKING HYPHEN, `‒` U+2012 FIGURE DASH, `–` U+2013 EN DASH, `−` U+2212 MINUS SIGN | `-` | `dashes` |
/// | `—` U+2014 EM DASH, `―` U+2015 HORIZONTAL BAR, `⸺` U+2E3A TWO-EM DASH, `⸻` U+2E3B THREE-EM DASH | `--` | `dashes` |
/// | `…` U+2026 HORIZONTAL ELLIPSIS | `...` | `ellipsis` |
/// | `⁄` U+2044 FRACTION SLASH | `/` | always |
///
/// The straight marks are already canonical and are left alone. Every mark is replaced on
/// its own, so each canonical character maps back to exactly the mark it came from. When
/// the direction of a quote matters, look at the original:
///
/// ```swift
/// let mark = document.originalText(of: Span(quoteStart..<quoteStart + 1))   // "“" or "”"
/// ```
///
/// Modifier letters that look like apostrophes (U+02BC `ʼ`, U+02BB `ʻ`) are letters of
/// their languages, not punctuation, and are left alone.
///
/// **Requires:** nothing. **Provides:** nothing; it rewrites `Document.text`, keeping
/// the map back to the original (offsets are UTF-8 bytes).
///
/// **Options** (configuration name `lede.typography`):
/// - `quotes` (default `true`): replace quotation marks, apostrophes and primes.
/// - `dashes` (default `true`): replace hyphens, dashes and the minus sign.
/// - `ellipsis` (default `true`): replace the ellipsis character.
///
/// `TypographyNormalizer` is `Sendable`: it holds only its configuration.
///
/// - Complexity: O(*n*) in the UTF-8 length of the text.
public struct TypographyNormalizer: Normalizer, Sendable, Hashable {
    /// `lede.typography`.
    public let name = "lede.typography"

    /// Whether quotation marks, apostrophes and primes are replaced.
    public var quotes: Bool

    /// Whether hyphens, dashes and the minus sign are replaced.
    public var dashes: Bool

    /// Whether the ellipsis character is replaced.
    public var ellipsis: Bool

    /// Creates a typography normalizer.
    ///
    /// - Parameters:
    ///   - quotes: Whether quotation marks, apostrophes and primes are replaced; defaults to
    ///     `true`.
    ///   - dashes: Whether hyphens, dashes and the minus sign are replaced; defaults to `true`.
    ///   - ellipsis: Whether the ellipsis character is replaced; defaults to `true`.
    public init(quotes: Bool = true, dashes: Bool = true, ellipsis: Bool = true) {
        self.quotes = quotes
        self.dashes = dashes
        self.ellipsis = ellipsis
    }

    /// Replaces typographic marks in the working text with their ASCII forms.
    ///
    /// - Parameter document: The document whose text to normalize.
    /// - Throws: `PipelineError` if the document already has annotations.
    /// - Complexity: O(*n*) in the UTF-8 length of the text.
    public func process(_ document: inout Document) throws {
        try document.rewriteBytes { bytes, rewriter in rewrite(bytes, into: &rewriter) }
    }

    private func rewrite(_ bytes: UnsafeBufferPointer<UInt8>, into rewriter: inout TextRewriter) {
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index = ByteScan.skipASCII(bytes, from: index)
                continue
            }
            // Every mark replaced starts with one of these bytes.
            guard lead == 0xE2 || lead == 0xC2 || lead == 0xE3 || lead == 0xEF else {
                index += ByteScan.sequenceLength(lead: lead)
                continue
            }
            let (value, length) = ByteScan.decode(bytes, at: index)
            if let replacement = replacement(for: value) {
                rewriter.replace(index..<index + length, with: replacement)
            }
            index += length
        }
    }

    /// The ASCII form of a mark, or `nil` to leave it.
    private func replacement(for value: UInt32) -> String? {
        switch value {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x301D, 0x301E, 0x301F, 0xFF02, 0x2033:
            return quotes ? "\"" : nil
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A, 0xFF07, 0x2032:
            return quotes ? "'" : nil
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212:
            return dashes ? "-" : nil
        case 0x2014, 0x2015, 0x2E3A, 0x2E3B:
            return dashes ? "--" : nil
        case 0x2026:
            return ellipsis ? "..." : nil
        case 0x2044:
            return "/"
        default:
            return nil
        }
    }
}
