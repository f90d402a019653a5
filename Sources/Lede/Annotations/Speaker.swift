/// A speaker: the mention as written, and who it resolves to.
///
/// `AttributionFinder` (`lede.attributions`) writes each speaker as it finds it: the
/// ``mention``, with ``name`` its text and ``kind`` `person` for now. A speaker stage
/// (`SpeakerTagger`, `lede.speakers`) then decides the kind, the canonical name and the role,
/// and resolves pronouns and short forms (coreference).
///
/// `Speaker` is `Sendable`.
public struct Speaker: Hashable, Sendable {
    /// The mention that attributes the speech, as written (`Leavitt`, `she`, `the source`,
    /// `who` in `Leavitt, who said ...`).
    ///
    /// For a continuation, the mention that attributed the speech it continues.
    public var mention: Span
    /// The canonical speaker: the full name (`Karoline Leavitt`), or the first full mention of
    /// an unnamed source (`A source familiar with the matter`).
    ///
    /// For a pronoun that nothing earlier resolves, the pronoun as written (see ``isResolved``).
    public var name: String
    /// What kind of speaker the mention is.
    public var kind: SpeakerKind
    /// The role or title that introduced the person (`White House Press Secretary`), if any.
    public var role: String?
    /// The mention that gave ``name`` when it differs from ``mention`` (the full name a
    /// surname or pronoun resolves to).
    public var resolvedFrom: Span?
    /// The mention the attribution was found through, when ``mention`` shows another one.
    ///
    /// A quotation given to the speaker of the passage around it (`AttributionForm.context`)
    /// is found through that speaker's latest mention, which may be a pronoun in another
    /// paragraph; the speaker stage then shows the mention where the speaker was named
    /// instead, and keeps the pronoun here, so that running it again gives the same result.
    /// Reported speech whose subject is a relative pronoun (`Leavitt, who said ...`) is found
    /// through the pronoun's antecedent, kept here, while ``mention`` shows the pronoun.
    /// `nil` when it is ``mention``.
    public var foundMention: Span?

    /// Creates a speaker.
    ///
    /// - Parameters:
    ///   - mention: The mention as written.
    ///   - name: The canonical speaker.
    ///   - kind: The kind of speaker.
    ///   - role: The role that introduced the person.
    ///   - resolvedFrom: The mention that gave the canonical name.
    ///   - foundMention: The mention the attribution was found through, when it is not
    ///     `mention`; defaults to `nil`.
    public init(
        mention: Span,
        name: String,
        kind: SpeakerKind,
        role: String? = nil,
        resolvedFrom: Span? = nil,
        foundMention: Span? = nil
    ) {
        self.mention = mention
        self.name = name
        self.kind = kind
        self.role = role
        self.resolvedFrom = resolvedFrom
        self.foundMention = foundMention
    }

    /// Whether the speaker is known: `false` only for a pronoun that no earlier mention
    /// resolves (its ``name`` is then the pronoun as written and ``resolvedFrom`` is `nil`).
    public var isResolved: Bool { kind != .pronoun || resolvedFrom != nil }
}
