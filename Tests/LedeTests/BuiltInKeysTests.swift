import Lede
import Testing

@Suite struct BuiltInKeysTests {
    // “One,” she said. “Two,” he said. “Three.” Officials said it would rain.
    static let text = "\"One,\" she said. \"Two,\" he said. \"Three.\" Officials said it would rain."

    static func quote(_ start: Int, _ end: Int) -> Quote {
        Quote(
            span: Span(start..<end),
            parts: [Span(start + 1..<end - 1)],
            kind: .full,
            isClosed: true,
            depth: 0,
            sentence: 0,
            paragraph: 0,
            provenance: Provenance(stage: "test.quotes", rule: "straight")
        )
    }

    static func attribution(_ quote: Int?, speaker: String, at mention: Range<Int>) -> Attribution {
        Attribution(
            quote: quote,
            content: Span(0..<1),
            speaker: Speaker(mention: Span(mention), name: speaker, kind: .person),
            cue: nil,
            form: .speakerCue,
            quoteKind: nil,
            provenance: Provenance(stage: "test.attributions", rule: "speaker-cue")
        )
    }

    static func document() -> Document {
        var document = Document(text: text)
        document.quotes = [quote(0, 6), quote(17, 23), quote(33, 41)]
        // Reported speech first and the quotations out of order: nothing may depend on the order.
        document.attributions = [
            attribution(nil, speaker: "Officials", at: 42..<51),
            attribution(1, speaker: "he", at: 24..<26),
            attribution(0, speaker: "she", at: 7..<10),
            attribution(0, speaker: "someone else", at: 7..<10),
        ]
        return document
    }

    @Test("a quotation's attribution is found by its index, the first of several, nil when there is none")
    func attributionOfQuote() {
        let document = Self.document()
        #expect(document.attribution(ofQuote: 0)?.speaker?.name == "she")
        #expect(document.attribution(ofQuote: 1)?.speaker?.name == "he")
        #expect(document.attribution(ofQuote: 2) == nil)
        #expect(document.attribution(ofQuote: 7) == nil)
        #expect(document.attribution(ofQuote: -1) == nil)
        #expect(Document(text: "").attribution(ofQuote: 0) == nil)
    }

    @Test("setting the attributions again replaces the index")
    func reindexes() {
        var document = Self.document()
        document.attributions = [Self.attribution(2, speaker: "nobody in particular", at: 42..<51)]
        #expect(document.attribution(ofQuote: 0) == nil)
        #expect(document.attribution(ofQuote: 2)?.speaker?.name == "nobody in particular")
        #expect(document.attributions.count == 1)
    }

    @Test("attributed quotations pair every quotation, in order, with its attribution")
    func attributedQuotes() {
        let document = Self.document()
        let pairs = document.attributedQuotes
        #expect(pairs.map(\.index) == [0, 1, 2])
        #expect(pairs.map(\.quote) == document.quotes)
        #expect(pairs.map { $0.attribution?.speaker?.name } == ["she", "he", nil])
        var unattributed = Document(text: Self.text)
        unattributed.quotes = document.quotes
        #expect(unattributed.attributedQuotes.allSatisfy { $0.attribution == nil })
        #expect(Document(text: "").attributedQuotes.isEmpty)
    }

    @Test("quotations, their issues and attributions are settable and provide their keys")
    func settable() {
        var document = Document(text: Self.text)
        #expect(!document.hasAnnotation(.quotes) && !document.hasAnnotation(.attributions))
        document.quoteIssues = [QuoteIssue(mark: Span(33..<34), reason: "unclosed")]
        document.quotes = [Self.quote(0, 6)]
        #expect(document.quoteIssues.map(\.reason) == ["unclosed"])
        #expect(document.hasAnnotation(.quotes))
        document.attributions = []
        #expect(document.hasAnnotation(.attributions))
    }

    @Test("mentions, cues and speakers are settable and provide their keys")
    func attributionAnnotations() {
        var document = Document(text: Self.text)
        #expect(document.mentions.isEmpty && document.cues.isEmpty && document.speakers.isEmpty)
        let mention = Mention(
            span: Span(42..<51),
            kind: .organization,
            name: "Officials",
            provenance: Provenance(stage: "test.names", rule: "listed")
        )
        document.mentions = [mention]
        document.cues = [Cue(span: Span(11..<15), lemma: "say")]
        document.speakers = [
            SpeakerEntity(name: "she", kind: .pronoun, attributions: [0], mentions: [Span(7..<10)], isResolved: false)
        ]
        #expect(document.mentions == [mention])
        #expect(document.cues.map(\.lemma) == ["say"])
        #expect(document.speakers.map(\.isResolved) == [false])
        #expect([AnnotationKeyID.mentions, .cues, .speakers].allSatisfy { document.hasAnnotation($0) })
        #expect([AnnotationKeyID.mentions, .cues, .speakers].map(\.name) == ["mentions", "cues", "speakers"])
    }

    @Test("a speaker is unresolved only when it is a pronoun that nothing resolves")
    func isResolved() {
        let mention = Span(7..<10)
        #expect(!Speaker(mention: mention, name: "she", kind: .pronoun).isResolved)
        #expect(Speaker(mention: mention, name: "Ann Lee", kind: .pronoun, resolvedFrom: Span(0..<7)).isResolved)
        #expect(Speaker(mention: mention, name: "the source", kind: .anonymous).isResolved)
        #expect(Speaker(mention: mention, name: "Lee", kind: .person).isResolved)
    }
}

@Suite struct NumberAccessorTests {
    // Headline, body, then a list of other stories.
    static let text = "Profits up 5%\n\nProfits rose 5% to $2m, Article 5 says, at 5 p.m. on 8 May.\n\nMore: 3 stories"

    static func mention(_ range: Range<Int>, _ kind: NumberKind, _ value: Double?) -> NumberMention {
        NumberMention(
            span: Span(range),
            provenance: Provenance(stage: "test.numbers", rule: "any"),
            kind: kind,
            value: value
        )
    }

    static func document(layout: Bool) -> Document {
        var document = Document(text: text)
        document.numbers = [
            mention(11..<13, .percent, 5),  // headline: part of the article
            mention(28..<30, .percent, 5),
            mention(34..<37, .money, 2_000_000),
            mention(39..<48, .identifier, nil),
            mention(58..<64, .time, nil),
            mention(68..<73, .date, nil),
            mention(82..<83, .cardinal, 3),  // boilerplate
        ]
        if layout {
            document.layout = [
                LayoutMark(
                    span: Span(0..<13),
                    role: .headline,
                    provenance: Provenance(stage: "test.layout", rule: "h")
                ),
                LayoutMark(
                    span: Span(76..<91),
                    role: .boilerplate,
                    provenance: Provenance(stage: "test.layout", rule: "b")
                ),
            ]
        }
        return document
    }

    @Test("quantities and identifiers divide the numbers of the article, headline included, as the example commands do")
    func bodyText() {
        let document = Self.document(layout: true)
        #expect(document.quantities.map { String(document.text(of: $0.span)) } == ["5%", "5%", "$2m"])
        #expect(document.identifiers.map { String(document.text(of: $0.span)) } == ["Article 5", "5 p.m.", "8 May"])
        #expect(document.numbers.count == 7)
    }

    @Test("without layout every number is body text")
    func withoutLayout() {
        let document = Self.document(layout: false)
        #expect(document.quantities.count == 4)
        #expect(document.identifiers.count == 3)
        #expect(Document(text: "").quantities.isEmpty && Document(text: "").identifiers.isEmpty)
    }
}
