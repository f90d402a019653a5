/// A typed key under which a stage stores an annotation in a ``Document``.
///
/// Keys are types, so two packages can never clash: each package's key is its own type,
/// even if the names are alike. Keep a key `internal` and expose a computed property, as the
/// built-in stages do:
///
/// ```swift
/// enum HashtagsKey: AnnotationKey { typealias Value = [Span] }
/// extension Document {
///     public var hashtags: [Span] { self[HashtagsKey.self] ?? [] }
/// }
/// ```
///
/// Values must be `Equatable` so that `StageVerifier` (in LedeTesting) and tests can check
/// that a stage is deterministic.
///
/// ## Implementation requirements
/// - Use a caseless `enum` as the key type.
/// - Store `Span`s for positions, so offsets stay checkable and traceable to the original input.
/// - Override ``name`` with a dotted, package-prefixed identifier (`acme.hashtags`) if the key
///   appears in error messages users read; the default is the module-qualified type name.
public protocol AnnotationKey: Sendable {
    /// The type of the stored value.
    associatedtype Value: Sendable & Equatable
    /// A readable name for messages and configuration; defaults to the module-qualified type name.
    static var name: String { get }
}

extension AnnotationKey {
    /// The module-qualified type name, such as `AcmeStages.HashtagsKey`.
    public static var name: String { String(reflecting: Self.self) }
}

/// The identity of an ``AnnotationKey`` type, used to declare what stages require and provide.
///
/// Two IDs are equal when they come from the same key type; the ``name`` is for messages only.
/// `AnnotationKeyID` is `Sendable`.
public struct AnnotationKeyID: Hashable, Sendable, CustomStringConvertible {
    let identifier: ObjectIdentifier
    /// The key's readable name.
    public let name: String

    /// The ID of a key type.
    ///
    /// - Parameter key: The key type.
    public init<Key: AnnotationKey>(_ key: Key.Type) {
        self.identifier = ObjectIdentifier(key)
        self.name = Key.name
    }

    /// Compares identities; names are ignored.
    public static func == (lhs: AnnotationKeyID, rhs: AnnotationKeyID) -> Bool { lhs.identifier == rhs.identifier }

    /// Hashes the identity.
    public func hash(into hasher: inout Hasher) { hasher.combine(identifier) }

    /// The key's name.
    public var description: String { name }
}
