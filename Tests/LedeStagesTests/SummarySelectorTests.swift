import Lede
import LedeStages
import Testing

/// How every summarizer keeps quotations with their attributions (made-up texts).
@Suite struct SummarySelectorTests {
    /// The indices of a summary's sentences, in its order.
    static func indices(_ summary: Summary) -> [Int] { summary.sentences.map(\.sentenceIndex) }

    @Test func anAttributionIsChosenWithoutTheQuotationsThatContinueIt() throws {
        let document = try analysed(
            """
            “We will fight on,” Jane Smith said on Monday. “We will win in the end.” The council met on Tuesday.
            """
        )
        let attribution = try #require(document.attribution(ofQuote: 1))
        #expect(attribution.form == .continuation)
        // Lead-1 takes the first sentence alone: the continued quotation does not need it.
        #expect(Self.indices(try LeadSummarizer(length: .sentences(1)).summarize([document])) == [0])
        // The continued quotation never comes without the sentence that attributes it.
        for count in 1...3 {
            for summarizer in [LeadSummarizer(length: .sentences(count), order: .score)] as [any Summarizer] {
                let chosen = Set(Self.indices(try summarizer.summarize([document])))
                #expect(!chosen.contains(1) || chosen.contains(0))
            }
        }
        let news = try NewsSummarizer(length: .sentences(2)).summarize([document])
        #expect(keepsQuotations(Set(Self.indices(news)), of: document) == [])
    }

    @Test func aQuotationIsChosenWhole() throws {
        let document = try analysed(
            """
            The council met on Tuesday. “We will fight on. We will win in the end,” Jane Smith said. Rain fell all day.
            """
        )
        for count in 1...4 {
            let summary = try LeadSummarizer(length: .sentences(count)).summarize([document])
            let chosen = Set(Self.indices(summary))
            #expect(chosen.contains(1) == chosen.contains(2), "count \(count): \(chosen.sorted())")
            #expect(keepsQuotations(chosen, of: document) == [])
        }
        // Lead-2 cannot fit the quotation after the first sentence; the third place goes to it.
        #expect(Self.indices(try LeadSummarizer(length: .sentences(2)).summarize([document])) == [0, 3])
        #expect(Self.indices(try LeadSummarizer(length: .sentences(3)).summarize([document])) == [0, 1, 2])
    }

    @Test func aSentenceThatNamesTheSpeakerBeforeTheQuotationStandsAlone() throws {
        let document = try analysed(
            """
            Council leader Jane Smith said the plan had no future. “It will not work and it never could.” \
            The council met on Tuesday.
            """
        )
        let attribution = try #require(document.attribution(ofQuote: 0))
        #expect(attribution.form == .precedingSentence)
        #expect(Self.indices(try LeadSummarizer(length: .sentences(1)).summarize([document])) == [0])
        for count in 1...3 {
            let summary = try NewsSummarizer(length: .sentences(count)).summarize([document])
            #expect(keepsQuotations(Set(Self.indices(summary)), of: document) == [], "count \(count)")
        }
    }

    @Test func anAttributionThatIntroducesItsQuotationWithAColonComesWithIt() throws {
        // The attribution finder leaves a quotation after a paragraph break unattributed; give
        // it the attribution a downstream stage might find.
        var document = try analysed(
            """
            Jane Smith told reporters on Monday:

            “We will win in the end.”

            The council met on Tuesday.
            """
        )
        let text = document.text
        func span(of words: String) throws -> Span {
            let range = try #require(text.utf8.firstRange(of: words.utf8))
            let start = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
            return Span(start: start, end: start + words.utf8.count)
        }
        let quote = try #require(document.quotes.first)
        document.attributions = [
            Attribution(
                quote: 0,
                content: quote.span,
                speaker: Speaker(mention: try span(of: "Jane Smith"), name: "Jane Smith", kind: .person),
                cue: Cue(span: try span(of: "told"), lemma: "tell"),
                form: .introducing,
                quoteKind: .full,
                provenance: Provenance(stage: "test", rule: "introducing")
            )
        ]
        #expect(Self.indices(try LeadSummarizer(length: .sentences(1)).summarize([document])) == [2])
        #expect(Self.indices(try LeadSummarizer(length: .sentences(2)).summarize([document])) == [0, 1])
    }

    @Test func theRuleOfASentenceTakenForAnotherIsQuoteUnit() throws {
        let document = try analysed(
            """
            The council met on Tuesday. “We will fight on. We will win in the end,” Jane Smith said. Rain fell all day.
            """
        )
        let summary = try LeadSummarizer(length: .sentences(3)).summarize([document])
        #expect(summary.sentences.map(\.provenance.rule) == ["lead", "lead", "quote-unit"])
    }
}
