/// A quotation mark the quote finder could not pair.
///
/// The rest of the document is still analysed; the odd mark is reported here.
/// `QuoteIssue` is `Sendable`.
public struct QuoteIssue: Hashable, Sendable {
    /// The mark.
    public var mark: Span
    /// What is wrong: `unclosed` (an opening mark with no closing mark, in a paragraph not
    /// followed by a continuation) or `unopened` (a closing mark with nothing to close).
    public var reason: String

    /// Creates an issue.
    ///
    /// - Parameters:
    ///   - mark: The mark.
    ///   - reason: `unclosed` or `unopened`.
    public init(mark: Span, reason: String) {
        self.mark = mark
        self.reason = reason
    }
}
