public import Lede

/// The built-in normalizers, ready to put at the front of a pipeline in the order that
/// makes their work add up.
///
/// ```swift
/// let pipeline = try AnalysisPipeline {
///     Normalizers.standard
///     SentenceSegmenter()
///     QuoteFinder()
/// }
/// ```
///
/// `Normalizers` has no instances.
public enum Normalizers: Sendable {
    /// The five built-in normalizers with their default options, in the order they must run.
    ///
    /// 1. ``LineEndingNormalizer``: CR LF, lone CR, NEL and the Unicode line and paragraph
    ///    separators must be `\n` before any rule looks at lines, and a leading byte-order
    ///    mark must go before anything looks at the start of the text.
    /// 2. ``UnicodeNormalizer`` (NFC): composes `e` + U+0301 into `é` so that the stages after
    ///    it see one spelling of each character. Run with ``UnicodeNormalizer/Form/nfkc``
    ///    instead, it must still come here: NFKC turns a no-break space into a space, `…`
    ///    into `...` and fullwidth forms into ASCII, and the stages below must see the result.
    ///    (Under NFKC, `″` becomes two primes `′′` before ``TypographyNormalizer`` sees it,
    ///    so it ends as `''` rather than `"`.)
    /// 3. ``ControlCharacterNormalizer``: removing a control character can leave two spaces
    ///    side by side, which the next stage collapses.
    /// 4. ``WhitespaceNormalizer``: works on lines, so it needs the line breaks of step 1 and
    ///    the spaces produced by steps 2 and 3.
    /// 5. ``TypographyNormalizer``: last, because it only maps single marks to ASCII and
    ///    nothing after it may reintroduce a typographic mark.
    ///
    /// No stage undoes another's work: running the list twice changes nothing more, and a
    /// removed character in front of a combining mark becomes a space so that removals
    /// never create a new composition behind the Unicode normalizer's back.
    public static var standard: [any AnalysisStage] {
        [
            LineEndingNormalizer(),
            UnicodeNormalizer(),
            ControlCharacterNormalizer(),
            WhitespaceNormalizer(),
            TypographyNormalizer(),
        ]
    }
}
