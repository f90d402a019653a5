/// One speaker of a document, with every attribution to it: the result of coreference.
///
/// The built-in speaker stage (`SpeakerTagger`, `lede.speakers`) groups the attributions of a
/// document by canonical speaker, in order of first appearance: `Leavitt`, `Karoline
/// Leavitt` and a `she` that resolves to her are one entity. A pronoun that nothing resolves
/// is an entity of its own, per mention, never merged with another. Entities never span
/// documents.
///
/// `SpeakerEntity` is `Sendable`.
public struct SpeakerEntity: Hashable, Sendable {
    /// The canonical name, as ``Speaker/name`` gives it.
    public var name: String
    /// The kind: that of the first attribution that does not name the speaker by a pronoun,
    /// or ``SpeakerKind/pronoun`` when all of them do.
    public var kind: SpeakerKind
    /// The first role the speakers of its attributions give, if any.
    public var role: String?
    /// The indices in ``Document/attributions`` of the attributions to this speaker, in order.
    public var attributions: [Int]
    /// The distinct mentions (``Speaker/mention``) of those attributions, in text order.
    public var mentions: [Span]
    /// Whether the speaker is known: `false` for a pronoun that nothing resolves.
    public var isResolved: Bool

    /// Creates an entity.
    ///
    /// - Parameters:
    ///   - name: The canonical name.
    ///   - kind: The kind.
    ///   - role: The role, if any.
    ///   - attributions: The indices of its attributions.
    ///   - mentions: The distinct mentions of its attributions.
    ///   - isResolved: Whether the speaker is known; defaults to `true`.
    public init(
        name: String,
        kind: SpeakerKind,
        role: String? = nil,
        attributions: [Int],
        mentions: [Span],
        isResolved: Bool = true
    ) {
        self.name = name
        self.kind = kind
        self.role = role
        self.attributions = attributions
        self.mentions = mentions
        self.isResolved = isResolved
    }
}
