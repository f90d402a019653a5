/// A region of a document that is not body text: a headline or subheading, or boilerplate
/// such as a list of unrelated headlines, a byline, a dateline or a credit line.
///
/// Marks annotate; they never delete. Later stages and summaries skip marked text unless
/// asked not to. `LayoutMark` is `Sendable`.
public struct LayoutMark: Hashable, Sendable {
    /// The marked region of the working text.
    public var span: Span
    /// What the region is.
    public var role: LayoutRole
    /// The stage and rule that marked it.
    public var provenance: Provenance

    /// Creates a mark.
    ///
    /// - Parameters:
    ///   - span: The marked region.
    ///   - role: What the region is.
    ///   - provenance: The stage and rule that marked it.
    public init(span: Span, role: LayoutRole, provenance: Provenance) {
        self.span = span
        self.role = role
        self.provenance = provenance
    }
}

/// What a ``LayoutMark`` says a region is; an open set.
///
/// `LayoutRole` is `Sendable`.
public struct LayoutRole: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The role's identifier.
    public let rawValue: String

    /// Creates a role from its identifier.
    ///
    /// - Parameter rawValue: The identifier, such as `headline`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The title of the article.
    public static let headline = LayoutRole(rawValue: "headline")
    /// A subheading inside the article.
    public static let heading = LayoutRole(rawValue: "heading")
    /// A block that is not part of the article: lists of other stories, navigation, promotions.
    public static let boilerplate = LayoutRole(rawValue: "boilerplate")
    /// An author line (`By Jane Smith`).
    public static let byline = LayoutRole(rawValue: "byline")
    /// A place-and-agency prefix (`WASHINGTON (Reuters) -`).
    public static let dateline = LayoutRole(rawValue: "dateline")
    /// A production credit (`Reporting by ...; Editing by ...`).
    public static let credit = LayoutRole(rawValue: "credit")
    /// A subscribe, share or follow prompt.
    public static let prompt = LayoutRole(rawValue: "prompt")
    /// A line that only gives a date or a time: when the article was published or updated,
    /// or when a match kicks off (`Friday, 25 February`, `2000 GMT`, `Updated 3 March 2025`).
    public static let timestamp = LayoutRole(rawValue: "timestamp")

    /// Whether the role is a headline or subheading.
    ///
    /// Headings belong to the article as titles; every other role marks text outside it.
    public var isHeading: Bool { self == .headline || self == .heading }

    /// The identifier.
    public var description: String { rawValue }
}
