/// How a text attributes speech; an open set.
///
/// `AttributionForm` is `Sendable`.
public struct AttributionForm: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The form's identifier.
    public let rawValue: String

    /// Creates a form from its identifier.
    ///
    /// - Parameter rawValue: The identifier, such as `speaker-cue`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The speaker before the verb.
    ///
    /// For example: `“We won,” Leavitt said.`, or `Cavo Dragone said the leaders had a “candid discussion”`.
    public static let speakerCue = AttributionForm(rawValue: "speaker-cue")
    /// The verb before the speaker.
    ///
    /// For example: `“We won,” said Leavitt.`
    public static let cueSpeaker = AttributionForm(rawValue: "cue-speaker")
    /// The attribution introduces the quotation.
    ///
    /// For example: `Ms Hewitt said: “We won.”`
    public static let introducing = AttributionForm(rawValue: "introducing")
    /// An “according to” phrase: `according to the Treasury`.
    public static let accordingTo = AttributionForm(rawValue: "according-to")
    /// A “told” phrase with its listener: `sources told Reuters`.
    public static let told = AttributionForm(rawValue: "told")
    /// A dash before the speaker: `“We won” — Leavitt`.
    public static let dash = AttributionForm(rawValue: "dash")
    /// The speaker is named in the sentence before.
    public static let precedingSentence = AttributionForm(rawValue: "preceding-sentence")
    /// The speaker is named in the sentence after.
    public static let followingSentence = AttributionForm(rawValue: "following-sentence")
    /// A quotation that goes on from the previous one, with nothing between.
    public static let continuation = AttributionForm(rawValue: "continuation")
    /// A quotation with no attribution of its own, given to the speaker of the passage
    /// around it (the nearest earlier speaker within two paragraphs).
    public static let context = AttributionForm(rawValue: "context")
    /// No speaker: a term, title or scare quote.
    public static let none = AttributionForm(rawValue: "none")

    /// The identifier.
    public var description: String { rawValue }
}
