/// The quotations a quotation finder (the built-in `QuoteFinder`) found and the marks it could not pair.
///
/// `QuoteFindings` is `Sendable`.
public struct QuoteFindings: Hashable, Sendable {
    /// The quotations, in text order.
    public var quotes: [Quote]
    /// Marks that could not be paired.
    public var issues: [QuoteIssue]

    /// Creates the findings of a quotation finder.
    ///
    /// - Parameters:
    ///   - quotes: The quotations, in text order.
    ///   - issues: Marks that could not be paired.
    public init(quotes: [Quote], issues: [QuoteIssue]) {
        self.quotes = quotes
        self.issues = issues
    }
}
