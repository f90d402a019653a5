/// A speaker: the mention as written, and who it resolves to.
///
/// `Speaker` is `Sendable`.
public struct Speaker: Hashable, Sendable {
    /// The mention that attributes the speech, as written (`Leavitt`, `she`, `the source`).
    ///
    /// For a continuation, the mention that attributed the speech it continues.
    public var mention: Span
    /// The canonical speaker: the full name (`Karoline Leavitt`), or the first full mention of
    /// an unnamed source (`A source familiar with the matter`).
    public var name: String
    /// What kind of speaker the mention is.
    public var kind: SpeakerKind
    /// The role or title that introduced the person (`White House Press Secretary`), if any.
    public var role: String?
    /// The mention that gave ``name`` when it differs from ``mention`` (the full name a
    /// surname or pronoun resolves to).
    public var resolvedFrom: Span?

    /// Creates a speaker.
    ///
    /// - Parameters:
    ///   - mention: The mention as written.
    ///   - name: The canonical speaker.
    ///   - kind: The kind of speaker.
    ///   - role: The role that introduced the person.
    ///   - resolvedFrom: The mention that gave the canonical name.
    public init(mention: Span, name: String, kind: SpeakerKind, role: String? = nil, resolvedFrom: Span? = nil) {
        self.mention = mention
        self.name = name
        self.kind = kind
        self.role = role
        self.resolvedFrom = resolvedFrom
    }
}
