public import Lede
internal import PCRE2

/// Finds who said each quotation, and tags reported speech, in news.
///
/// For every quotation in running text it looks, in order, for:
///
/// | Form | Example |
/// | --- | --- |
/// | `AttributionForm.speakerCue` | `“...,” Leavitt said.` — `“...,” the source said, adding that ...` |
/// | `AttributionForm.cueSpeaker` | `“...,” said Tony Blair.` |
/// | `AttributionForm.introducing` | `Ms Hewitt said: “...”` — `He told the BBC: “...”` — `NATO’s Article 5 says that “...”` |
/// | `AttributionForm.accordingTo` | `according to the Treasury` |
/// | `AttributionForm.dash` | `“...” -- Leavitt` |
/// | `AttributionForm.speakerCue` (clause) | `Cavo Dragone said the leaders had a “candid discussion”` |
/// | `AttributionForm.precedingSentence` | `She said mothers were entitled to leave. “We have made a firm commitment.”` |
/// | `AttributionForm.followingSentence` | `“We won.” Leavitt said so on Tuesday.` |
/// | `AttributionForm.continuation` | a second quotation after an attributed one in the same paragraph, or a paragraph that is only a quotation, with no other speaker between |
/// | `AttributionForm.speakerCue` (rule `clause-subject`) | `Okafor praised Brandt as “a leader who ...”` — `A woman hollered “Sit down!”` |
/// | `AttributionForm.speakerCue` (rule `speaker-verb`) | `“Tuesday,” she guessed.` |
///
/// The speaker of a verb is its subject: a participle after a comma (`..., calling him “...”`)
/// takes the subject of the clause before it, and a phrase after a preposition or an object
/// is not the speaker. A fragment nobody said becomes a `QuoteKind.term` (`They joined a
/// “coalition of the willing”`), and so does a title (`on Metro One’s “Sunday Ledger,”`) or a quotation
/// in a headline.
/// A body sentence whose reporting verb no direct quotation took is tagged as reported
/// speech, with the reported clause as `Attribution.content` (`Attribution.quote` is
/// `nil`): `Trump said Tuesday that the U.S. may provide air support`, `..., sources told
/// Reuters.`, also when the sentence holds a quoted fragment (`Cavo Dragone said the leaders
/// had a “candid discussion”`). Words about the saying are not content: `Leavitt said so on
/// Tuesday` reports nothing.
///
/// The finder writes each speaker as it finds it: `Speaker.mention` as written, with
/// `Speaker.name` its text and `Speaker.kind` `person` for now. When the subject as written is
/// a relative pronoun (`Kerr, who said ...`), the mention is the pronoun, its antecedent is
/// `Speaker.foundMention`, and the name is the antecedent's text. ``SpeakerTagger``
/// (`lede.speakers`), which runs next in the news pipeline, classes the speakers (a named
/// person, an organization, a document or statement, an anonymous source, a pronoun), gives
/// each its canonical name and role, and resolves pronouns and short forms.
///
/// The finder reads the work of the two stages before it: the reporting verbs and phrases of
/// `Document.cues` (``CueFinder``, `lede.cues`) and the names of `Document.mentions`
/// (``NameFinder``, `lede.names`), which tell it whether a phrase before a verb can be a
/// speaker. Replace either stage to change what it attributes.
///
/// Each attribution's `Provenance.rule` is its form (`speaker-cue`, `according-to`,
/// ..., `none` for a quotation with no speaker), `reported-` and the form for reported
/// speech (`reported-speaker-cue`, `reported-told`, `reported-according-to`), or `heading`
/// for a quotation in a headline or other layout block, which is never attributed.
///
/// Role words and titles are closed English word lists, shared with the other stages (the
/// sentence segmenter reads the same titles); the shapes of speakers are patterns in
/// `Attribution.patterns`, checked when the package builds.
///
/// - **Requires:** `AnnotationKeyID.paragraphs`, `AnnotationKeyID.sentences`,
///   `AnnotationKeyID.tokens`, `AnnotationKeyID.layout`, `AnnotationKeyID.quotes`,
///   `AnnotationKeyID.mentions`, `AnnotationKeyID.cues`.
/// - **Provides:** `AnnotationKeyID.attributions`.
/// - **Offsets:** UTF-8 bytes of the working text.
/// - **Options:** `reportedSpeech` (default `true`): also tag reported speech.
///
/// `AttributionFinder` is `Sendable`.
public struct AttributionFinder: Tagger {
    /// `lede.attributions`.
    public let name = "lede.attributions"
    /// Whether reported speech without quotation marks is tagged.
    public var tagsReportedSpeech: Bool

    /// Creates the finder.
    ///
    /// - Parameter tagsReportedSpeech: Whether to tag reported speech; defaults to `true`.
    public init(tagsReportedSpeech: Bool = true) {
        self.tagsReportedSpeech = tagsReportedSpeech
    }

    /// Paragraphs, sentences, tokens, layout, quotations, mentions and cues.
    public var requires: Set<AnnotationKeyID> {
        [.paragraphs, .sentences, .tokens, .layout, .quotes, .mentions, .cues]
    }
    /// `AnnotationKeyID.attributions`.
    public var provides: Set<AnnotationKeyID> { [.attributions] }

    /// Attributes every quotation and tags reported speech.
    ///
    /// - Parameter document: A document with quotations, mentions and cues.
    /// - Throws: `PCRE2Error` if a pattern hits its match or depth limit on this text; a
    ///   pipeline wraps it in a `PipelineError` with code `stageFailed` that names this stage.
    /// - Complexity: O(*n* · *s*) for a text of length *n* whose longest sentence has length
    ///   *s*: each quotation and each reporting verb (at most eight in a sentence) is read
    ///   within its sentence, and ``SentenceSegmenter`` splits sentences at 10 000 bytes by
    ///   default. On news, whose sentences are short, the time grows with the text alone.
    public func process(_ document: inout Document) throws {
        // Worked out from a copy that is gone before the result is stored, so that storing it
        // does not copy the document's annotations.
        document.attributions = try attributions(of: document)
    }

    /// The attributions of a document, with their speakers as found.
    private func attributions(of document: Document) throws -> [Attribution] {
        try AttributionDocument.reading(document) { try attributions(in: $0) }
    }

    /// The attributions of a document, from a view of it.
    private func attributions(in view: AttributionDocument) throws -> [Attribution] {
        let document = view.document
        let cues = ReportingCues(document.cues)
        let names = NameCollector(document: view, mentions: document.mentions)
        var phrases = SpeakerPhraseFinder(
            document: view,
            cues: cues,
            classifier: SpeakerClassifier(document: view, names: names)
        )
        // Reported speech first: a quotation with no attribution of its own may take the
        // speaker of the reported speech before it.
        let reported =
            tagsReportedSpeech
            ? try ReportedSpeechFinder(document: view, cues: cues, stage: name).find(phrases: &phrases) : []
        var (attributions, usedCues) = try DirectQuotationAttributor(document: view, cues: cues, stage: name)
            .attributeQuotations(after: reported, phrases: &phrases)
        // Reported speech whose verb a quotation took, or whose content is a quotation's text,
        // repeats that quotation; but not when the quotation only ends a clause that opens
        // with the writer's words (`said the plan was “a gamble”`).
        for attribution in reported where !view.isInsideQuote(attribution.content) {
            if let cue = attribution.cue, let quote = usedCues[cue.span.start],
                !(cue.span.end <= attribution.content.start && attribution.content.start < quote.start
                    && quote.start < attribution.content.end)
            {
                continue
            }
            attributions.append(attribution)
        }
        attributions.sort { ($0.content.start, $0.quote ?? -1) < ($1.content.start, $1.quote ?? -1) }
        return attributions
    }
}
