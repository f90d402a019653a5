public import Lede

/// Who said a quotation, or a piece of reported speech, and how the text says so.
///
/// ``AttributionFinder`` makes one attribution per quotation in running text (with
/// ``speaker`` `nil` when nobody said it) and one per piece of reported speech without
/// quotation marks (``quote`` `nil`). Offsets are UTF-8 bytes of the working text.
/// `Attribution` is `Sendable`.
public struct Attribution: Hashable, Sendable {
    /// The index of the quotation in ``Lede/Document/quotes``, or `nil` for reported speech.
    public var quote: Int?
    /// What was said: the quotation's content, or the reported clause.
    public var content: Span
    /// Who said it, or `nil` when the text does not say (a term or scare quote).
    public var speaker: Speaker?
    /// The reporting verb or phrase (`said`, `told`, `according to`), if any.
    public var cue: Cue?
    /// How the text attributes it.
    public var form: AttributionForm
    /// The kind of the quotation after attribution: an unattributed fragment is a term.
    public var quoteKind: QuoteKind?
    /// The stage and rule that made it; the rule is the form.
    public var provenance: Provenance

    /// Creates an attribution.
    ///
    /// - Parameters:
    ///   - quote: The quotation's index, or `nil` for reported speech.
    ///   - content: What was said.
    ///   - speaker: Who said it.
    ///   - cue: The reporting verb or phrase.
    ///   - form: How the text attributes it.
    ///   - quoteKind: The kind of the quotation after attribution.
    ///   - provenance: The stage and rule that made it.
    public init(
        quote: Int?,
        content: Span,
        speaker: Speaker?,
        cue: Cue?,
        form: AttributionForm,
        quoteKind: QuoteKind?,
        provenance: Provenance
    ) {
        self.quote = quote
        self.content = content
        self.speaker = speaker
        self.cue = cue
        self.form = form
        self.quoteKind = quoteKind
        self.provenance = provenance
    }
}

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

/// The reporting verb or phrase of an attribution.
///
/// `Cue` is `Sendable`.
public struct Cue: Hashable, Sendable {
    /// The verb or phrase as written (`said`, `told`, `according to`).
    public var span: Span
    /// Its base form (`say`, `tell`, `according to`).
    public var lemma: String
    /// Whom it was said to, for `told`: `Reuters`, `the BBC`, `reporters`.
    public var listener: Span?

    /// Creates a cue.
    ///
    /// - Parameters:
    ///   - span: The verb or phrase.
    ///   - lemma: Its base form.
    ///   - listener: Whom it was said to.
    public init(span: Span, lemma: String, listener: Span? = nil) {
        self.span = span
        self.lemma = lemma
        self.listener = listener
    }
}

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

enum AttributionsKey: AnnotationKey {
    typealias Value = [Attribution]
    static var name: String { "attributions" }
}

extension AnnotationKeyID {
    /// The attributions of ``AttributionFinder``: ``Document/attributions``.
    public static let attributions = AnnotationKeyID(AttributionsKey.self)
}

extension Document {
    /// Attributions of quotations and of reported speech, in text order; empty until
    /// ``AttributionFinder`` has run.
    public var attributions: [Attribution] { self[AttributionsKey.self] ?? [] }

    /// The attribution of the quotation at an index of ``quotes``.
    ///
    /// - Parameter quote: An index into ``quotes``.
    /// - Returns: Its attribution, or `nil` if the attribution finder has not run or skipped it.
    public func attribution(ofQuote quote: Int) -> Attribution? {
        attributions.first { $0.quote == quote }
    }
}
