/// A mention of a person or an organization by name, with what the text says about them
/// there: a role, a title, a gender.
///
/// The built-in `NameFinder` (`lede.names`) lists the names that a role or a title introduces
/// (`Foreign Secretary Jack Straw`, `Mr Blair`); a named-entity model or a gazetteer of your
/// own can provide ``Document/mentions`` instead. The attribution stages read them: a
/// mention's kind decides the kind of a speaker written the same way at the same place, and
/// its name completes short forms (`Straw` → `Jack Straw`) and pronouns. Offsets are UTF-8
/// bytes of the working text.
///
/// `Mention` is `Sendable`.
public struct Mention: Hashable, Sendable {
    /// The name as written: `Jack Straw` in `Foreign Secretary Jack Straw`, `Blair` in `Mr Blair`.
    ///
    /// It holds the name only, not the role or title before it.
    public var span: Span
    /// A person or an organization.
    public var kind: MentionKind
    /// The name, its words separated by single spaces, spelled as in the working text:
    /// usually the text of ``span``; a gazetteer may give a fuller, canonical name
    /// (`Tony Blair` for `Blair`).
    public var name: String
    /// The role that introduces a person (`Foreign Secretary`, `festival director`), if the
    /// text gives one here.
    public var role: String?
    /// The title before the name (`Mr`, `Dr`, `Lady`), if the text gives one here.
    public var title: String?
    /// The person's gender, if the text tells it here (through a title).
    public var gender: Gender?
    /// The stage and rule that found the mention.
    public var provenance: Provenance

    /// Creates a mention.
    ///
    /// - Parameters:
    ///   - span: The name as written.
    ///   - kind: A person or an organization.
    ///   - name: The name, words separated by single spaces.
    ///   - role: The role that introduces the person, if any.
    ///   - title: The title before the name, if any.
    ///   - gender: The person's gender, if the text tells it.
    ///   - provenance: The stage and rule that found it.
    public init(
        span: Span,
        kind: MentionKind,
        name: String,
        role: String? = nil,
        title: String? = nil,
        gender: Gender? = nil,
        provenance: Provenance
    ) {
        self.span = span
        self.kind = kind
        self.name = name
        self.role = role
        self.title = title
        self.gender = gender
        self.provenance = provenance
    }
}
