/// The kind of a ``Quote``; an open set.
///
/// `QuoteKind` is `Sendable`.
public struct QuoteKind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The kind's identifier.
    public let rawValue: String

    /// Creates a kind from its identifier.
    ///
    /// - Parameter rawValue: The identifier, such as `full`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// One or more sentences of speech.
    ///
    /// For example: `“We are united,” Cavo Dragone said.`
    public static let full = QuoteKind(rawValue: "full")
    /// A phrase quoted inside a sentence and attributed: `the leaders had a “candid discussion”`.
    public static let fragment = QuoteKind(rawValue: "fragment")
    /// A term, title or scare quote with no speaker: `a “coalition of the willing,”`.
    public static let term = QuoteKind(rawValue: "term")

    /// The identifier.
    public var description: String { rawValue }
}
