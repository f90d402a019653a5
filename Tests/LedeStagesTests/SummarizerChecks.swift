import Lede
import LedeStages
import LedeTesting
import Testing

/// Makes a summarizer of one kind with a given length and order.
typealias SummarizerFactory = @Sendable (SummaryLength, SummaryOrder) -> any Summarizer

/// A document analysed by the standard news pipeline, ready to summarize.
func analysed(_ text: String, id: String = "") throws -> Document {
    try AnalysisPipeline.news().run(text, id: id)
}

/// The seed articles, analysed, with their file names as IDs.
func analysedSeeds() throws -> [Document] {
    try Seeds.all.map { try analysed($0.text, id: $0.name) }
}

/// The texts of a summary's sentences, in its order.
func texts(_ summary: Summary) -> [String] { summary.sentences.map(\.text) }

/// The sentence index holding a byte offset.
private func sentenceIndex(at offset: Int, in document: Document) -> Int? {
    document.sentences.lastIndex { $0.span.start <= offset }
}

/// For each attributed quotation (all forms but `context`), the sentences it runs over and
/// those of its speaker and reporting verb, and whether the attribution points at the
/// quotation (`introducing`, `following-sentence`).
func quotations(of document: Document) -> [(quotation: Set<Int>, attribution: Set<Int>, pointsAtQuotation: Bool)] {
    var result: [(quotation: Set<Int>, attribution: Set<Int>, pointsAtQuotation: Bool)] = []
    for (index, quote) in document.quotes.enumerated() {
        let quotation = Set(
            document.sentences.indices.filter { document.sentences[$0].span.overlaps(quote.span) }
        )
        var attribution = Set<Int>()
        var points = false
        if let found = document.attribution(ofQuote: index), found.form != .context {
            for span in [found.speaker?.mention, found.cue?.span].compactMap({ $0 }) {
                if let sentence = sentenceIndex(at: span.start, in: document) { attribution.insert(sentence) }
            }
            points = found.form == .introducing || found.form == .followingSentence
        }
        result.append((quotation, attribution.subtracting(quotation), points))
    }
    return result
}

/// Whether a choice of sentences keeps every quotation whole and with its attribution: a
/// quotation is chosen all or none, with the sentences that attribute it, and an attribution
/// that points at its quotation comes with it.
func keepsQuotations(_ chosen: Set<Int>, of document: Document) -> [String] {
    var broken: [String] = []
    for (quotation, attribution, points) in quotations(of: document) {
        let usesQuotation = !quotation.isDisjoint(with: chosen)
        if usesQuotation && !quotation.union(attribution).isSubset(of: chosen) {
            broken.append("quotation \(quotation.sorted()) without all of \(quotation.union(attribution).sorted())")
        }
        if points && !attribution.isDisjoint(with: chosen) && !quotation.isSubset(of: chosen) {
            broken.append("attribution \(attribution.sorted()) without its quotation \(quotation.sorted())")
        }
    }
    return broken
}

/// Checks what every summarizer promises, on the seeds and on small texts.
///
/// - No headline, subheading or boilerplate is ever chosen, whatever the length.
/// - A quotation is never cut from its attribution.
/// - Document order by default; score order gives the same sentences by rank, with scores
///   that never rise.
/// - A ratio gives its share of the body sentences, rounded up.
/// - An empty document gives an empty summary; a short one gives all its body sentences.
/// - Non-ASCII text comes back exactly as written in the original input.
func expectSummarizerContract(
    _ make: SummarizerFactory,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let seeds = try analysedSeeds()
    let seed000 = try #require(seeds.first { $0.id.hasPrefix("000") }, sourceLocation: sourceLocation)
    let seed004 = try #require(seeds.first { $0.id.hasPrefix("004") }, sourceLocation: sourceLocation)

    // Body text only, and quotations whole and with their attributions, at every length.
    let boilerplate = ["Latest News Stories", "Governor defends", "Chicago posts fewest", "Troop Deployments"]
    for count in 1...20 {
        for document in seeds {
            let summary = try make(.sentences(count), .document).summarize([document])
            #expect(summary.sentences.count <= count, sourceLocation: sourceLocation)
            #expect(summary.sentences.count >= min(count, 1), sourceLocation: sourceLocation)
            for sentence in summary.sentences {
                #expect(document.isBodyText(sentence.span), "\(sentence.text)", sourceLocation: sourceLocation)
                #expect(
                    !boilerplate.contains { sentence.text.hasPrefix($0) },
                    "\(sentence.text)",
                    sourceLocation: sourceLocation
                )
                #expect(sentence.text != "U.S., NATO military officials discuss Ukraine security guarantees")
            }
            let chosen = Set(summary.sentences.map(\.sentenceIndex))
            #expect(keepsQuotations(chosen, of: document) == [], "count \(count)", sourceLocation: sourceLocation)
        }
    }

    // Orders.
    for document in [seed000, seed004] {
        let inOrder = try make(.sentences(4), .document).summarize([document])
        let byScore = try make(.sentences(4), .score).summarize([document])
        #expect(inOrder.sentences.map(\.sentenceIndex) == inOrder.sentences.map(\.sentenceIndex).sorted())
        #expect(byScore.sentences.map(\.rank) == Array(1...byScore.sentences.count), sourceLocation: sourceLocation)
        #expect(
            zip(byScore.sentences, byScore.sentences.dropFirst()).allSatisfy { $0.score >= $1.score },
            sourceLocation: sourceLocation
        )
        #expect(Set(inOrder.sentences) == Set(byScore.sentences), sourceLocation: sourceLocation)
    }

    // Ratios: seed 004 has 17 body sentences.
    for (ratio, count) in [(0.01, 1), (0.25, 5), (0.5, 9), (1.0, 17)] {
        let summary = try make(.ratio(ratio), .document).summarize([seed004])
        #expect(summary.sentences.count == count, "ratio \(ratio)", sourceLocation: sourceLocation)
    }

    // Empty and short documents.
    var empty = try analysed("")
    try make(.sentences(3), .document).process(&empty)
    #expect(empty.summary?.sentences == [], sourceLocation: sourceLocation)
    let short = try analysed("The council met on Monday. It approved the budget for schools.")
    #expect(
        texts(try make(.sentences(5), .document).summarize([short]))
            == ["The council met on Monday.", "It approved the budget for schools."],
        sourceLocation: sourceLocation
    )
    #expect(try make(.sentences(0), .document).summarize([short]).sentences.isEmpty, sourceLocation: sourceLocation)

    // Non-ASCII text, as written.
    let text = """
        Zürich’s café owners said prices rose 3,5 % in the year. « Nous sommes unis », a dit la maire \
        de Genève. Besucher aus München und Köln kamen 🎉 in großer Zahl. Die Preise in Zürich stiegen weiter.
        """
    let document = try analysed(text)
    let summary = try make(.sentences(2), .document).summarize([document])
    #expect(summary.sentences.count == 2, sourceLocation: sourceLocation)
    for sentence in summary.sentences {
        #expect(sentence.text == String(text[text.utf8Range(sentence.originalRange)]), sourceLocation: sourceLocation)
        #expect(document.sentences[sentence.sentenceIndex].span == sentence.span, sourceLocation: sourceLocation)
    }
}

/// Checks that a generic summarizer needs sentences, layout and tokens only, and reads the
/// quotations and their attributions when a document has them: a pipeline without the
/// quotation stages summarizes, and one that finds quotations only after the summarizer is
/// refused.
func expectQuotesReadIfPresent(
    _ summarizer: any Summarizer,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    #expect(summarizer.requires == [.sentences, .layout, .tokens], sourceLocation: sourceLocation)
    #expect(summarizer.readsIfPresent == [.quotes, .attributions], sourceLocation: sourceLocation)
    let withoutQuotes = try AnalysisPipeline.news().removing("lede.speakers").removing("lede.attributions")
        .removing("lede.cues").removing("lede.quotes")
        .inserting(summarizer, at: .last)
    for seed in Seeds.all {
        let document = try withoutQuotes.run(seed.text, id: seed.name)
        #expect(document.quotes.isEmpty, sourceLocation: sourceLocation)
        #expect(document.summary?.sentences.count == 3, "\(seed.name)", sourceLocation: sourceLocation)
    }
    let error = #expect(throws: PipelineError.self, sourceLocation: sourceLocation) {
        try AnalysisPipeline.news().inserting(summarizer, at: .before("lede.quotes"))
    }
    #expect(error?.code == .readBeforeProvided, sourceLocation: sourceLocation)
    #expect(error?.stage == summarizer.name, sourceLocation: sourceLocation)
}

/// Checks that `summarize(_:)` refuses a document without tokens, naming the key and the
/// built-in stage that provides it, rather than summarizing with less.
func expectRequirementsChecked(
    _ summarizer: any Summarizer,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    var document = try analysed("The council met on Monday. It approved the budget for schools.", id: "council")
    document.removeAnnotation(.tokens)
    let error = #expect(throws: PipelineError.self, sourceLocation: sourceLocation) {
        try summarizer.summarize([document])
    }
    #expect(error?.code == .missingRequirement, sourceLocation: sourceLocation)
    #expect(error?.stage == summarizer.name, sourceLocation: sourceLocation)
    #expect(
        error?.message
            == "Stage '\(summarizer.name)' requires 'tokens', which document 'council' lacks. Run a stage that provides 'tokens' on the documents before summarizing them. Of the built-in stages, 'lede.tokens' provides 'tokens'.",
        sourceLocation: sourceLocation
    )
}

extension String {
    /// The indices of a UTF-8 byte range.
    fileprivate func utf8Range(_ range: Range<Int>) -> Range<String.Index> {
        utf8.index(
            utf8.startIndex,
            offsetBy: range.lowerBound
        )..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)
    }
}
