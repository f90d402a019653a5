/// The kind of a ``Mention``; an open set.
///
/// `MentionKind` is `Sendable`.
public struct MentionKind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The kind's identifier.
    public let rawValue: String

    /// Creates a kind from its identifier.
    ///
    /// - Parameter rawValue: The identifier, such as `person`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A person: `Karoline Leavitt`, `Blair` after `Mr`.
    public static let person = MentionKind(rawValue: "person")
    /// An organization: a company, a ministry, a party, a newspaper.
    public static let organization = MentionKind(rawValue: "organization")

    /// The identifier.
    public var description: String { rawValue }
}
