/// The kind of a ``Speaker``; an open set.
///
/// `SpeakerKind` is `Sendable`.
public struct SpeakerKind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The kind's identifier.
    public let rawValue: String

    /// Creates a kind from its identifier.
    ///
    /// - Parameter rawValue: The identifier, such as `person`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A named person: `Karoline Leavitt`, `Ms Hewitt`.
    public static let person = SpeakerKind(rawValue: "person")
    /// An organization: `the Pentagon`, `NATO`, `the company`.
    public static let organization = SpeakerKind(rawValue: "organization")
    /// A document or statement: `NATO’s Article 5`, `a Pentagon statement`.
    public static let document = SpeakerKind(rawValue: "document")
    /// An unnamed or anonymous source: `a source familiar with the matter`, `officials`.
    public static let anonymous = SpeakerKind(rawValue: "anonymous")
    /// A pronoun: `she`; ``Speaker/name`` holds whom it resolves to.
    public static let pronoun = SpeakerKind(rawValue: "pronoun")

    /// The identifier.
    public var description: String { rawValue }
}
