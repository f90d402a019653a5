/// A person's gender as a text tells it, through a title (`Mr`, `Ms`, `Lady`) or a gazetteer;
/// an open set.
///
/// The built-in stages use it to resolve `he` and `she` to a person of a compatible gender.
///
/// `Gender` is `Sendable`.
public struct Gender: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The gender's identifier.
    public let rawValue: String

    /// Creates a gender from its identifier.
    ///
    /// - Parameter rawValue: The identifier, such as `female`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Male: `Mr`, `Sir`, `Lord`; referred to as `he`.
    public static let male = Gender(rawValue: "male")
    /// Female: `Mrs`, `Ms`, `Lady`, `Dame`; referred to as `she`.
    public static let female = Gender(rawValue: "female")

    /// The identifier.
    public var description: String { rawValue }
}
