/// A quotation together with its attribution, as ``Document/attributedQuotes`` lists them.
///
/// `AttributedQuote` is `Sendable`.
public struct AttributedQuote: Hashable, Sendable {
    /// The index of the quotation in ``Document/quotes``.
    public var index: Int
    /// The quotation.
    public var quote: Quote
    /// Its attribution, or `nil` if no stage has attributed it.
    public var attribution: Attribution?

    /// Creates a pair.
    ///
    /// - Parameters:
    ///   - index: The index of the quotation in ``Document/quotes``.
    ///   - quote: The quotation.
    ///   - attribution: Its attribution, or `nil`.
    public init(index: Int, quote: Quote, attribution: Attribution?) {
        self.index = index
        self.quote = quote
        self.attribution = attribution
    }
}
