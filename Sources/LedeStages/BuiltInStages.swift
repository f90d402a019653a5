public import Lede

extension StageRegistry {
    /// A registry holding every built-in stage under its `lede.` name, with its options.
    ///
    /// Start from it and register your own stages to build pipelines from configuration files:
    ///
    /// ```swift
    /// var registry = StageRegistry.builtIn
    /// try registry.register("acme.hashtags") { _ in HashtagTagger() }
    /// let pipeline = try registry.makePipeline(json: configurationText)
    /// ```
    public static var builtIn: StageRegistry {
        var registry = StageRegistry()
        for (name, summary, factory) in BuiltInStages.entries {
            registry.replace(name, summary: summary, factory: factory)
        }
        return registry
    }
}

extension AnalysisPipeline {
    /// The standard news pipeline: the normalizers, paragraphs, layout, sentences, tokens,
    /// quotations, the four attribution stages (names, cues, attributions, speakers), and
    /// numbers.
    ///
    /// Add a summarizer (``NewsSummarizer`` or another built-in one) or your own stages with
    /// `AnalysisPipeline.inserting(_:at:)`.
    ///
    /// - Returns: The checked pipeline.
    /// - Throws: Never in practice; the built-in stages always fit together.
    public static func news() throws -> AnalysisPipeline {
        try AnalysisPipeline(name: "lede.news") {
            Normalizers.standard
            ParagraphSegmenter()
            LayoutTagger()
            SentenceSegmenter()
            WordTokenizer()
            QuoteFinder()
            NameFinder()
            CueFinder()
            AttributionFinder()
            SpeakerTagger()
            NumberFinder()
        }
    }
}

/// The factories of the built-in stages, in pipeline order.
enum BuiltInStages {
    static let entries: [(String, String, StageRegistry.Factory)] = [
        (
            "lede.line-endings", "CR LF, CR and Unicode line separators to LF; drops a leading byte-order mark.",
            { _ in LineEndingNormalizer() }
        ),
        (
            "lede.unicode", "Unicode normalization, NFC or NFKC.",
            { options in
                let form = try options.string("form", default: "nfc", choices: ["nfc", "nfkc"])
                return UnicodeNormalizer(form: form == "nfkc" ? .nfkc : .nfc)
            }
        ),
        (
            "lede.control-characters", "Removes control and noncharacter code points.",
            { options in
                ControlCharacterNormalizer(replaceWithSpace: try options.bool("replaceWithSpace", default: false))
            }
        ),
        (
            "lede.whitespace", "Unicode spaces to plain spaces, runs collapsed, zero-width spaces removed.",
            { options in
                WhitespaceNormalizer(
                    collapseSpaces: try options.bool("collapseSpaces", default: true),
                    keepTabs: try options.bool("keepTabs", default: false)
                )
            }
        ),
        (
            "lede.typography", "Curly quotes, primes, dashes and ellipses to the canonical ASCII forms.",
            { options in
                TypographyNormalizer(
                    quotes: try options.bool("quotes", default: true),
                    dashes: try options.bool("dashes", default: true),
                    ellipsis: try options.bool("ellipsis", default: true)
                )
            }
        ),
        (
            "lede.paragraphs", "Paragraphs: blank lines, lines of their own, hard-wrapped text joined.",
            { options in
                ParagraphSegmenter(joinWrappedLines: try options.bool("joinWrappedLines", default: true))
            }
        ),
        (
            "lede.layout", "Marks headlines, subheadings and boilerplate.",
            { options in
                LayoutTagger(
                    marksHeadings: try options.bool("headlines", default: true),
                    marksBoilerplate: try options.bool("boilerplate", default: true)
                )
            }
        ),
        (
            "lede.sentences", "Rule-based English sentence segmentation for news.",
            { options in
                SentenceSegmenter(
                    extraTitles: try options.strings("extraTitles", default: []),
                    extraAbbreviations: try options.strings("extraAbbreviations", default: []),
                    extraStarters: try options.strings("extraStarters", default: []),
                    maximumLength: try options.int("maximumLength", default: 10_000, in: 200...1_000_000)
                )
            }
        ),
        (
            "lede.tokens", "Words, numbers, punctuation, URLs, e-mail addresses, hashtags and mentions.",
            { _ in WordTokenizer() }
        ),
        (
            "lede.quotes", "Direct quotations, with multi-paragraph quotations and unbalanced marks.",
            { options in
                QuoteFinder(findsSingleQuotes: try options.bool("singleQuotes", default: true))
            }
        ),
        (
            "lede.names", "Names of people that a role or title introduces, with the role, title and gender.",
            { _ in NameFinder() }
        ),
        (
            "lede.cues", "Reporting verbs and phrases outside quotations, with their lemma and listener.",
            { _ in CueFinder() }
        ),
        (
            "lede.attributions", "Who said each quotation, and reported speech; the speaker as a mention.",
            { options in
                AttributionFinder(tagsReportedSpeech: try options.bool("reportedSpeech", default: true))
            }
        ),
        (
            "lede.speakers", "Speaker kinds, canonical names and roles, pronouns and short forms resolved.",
            { _ in SpeakerTagger() }
        ),
        (
            "lede.numbers",
            "Numbers, money, percentages, ranges and approximate quantities; identifiers, times and dates apart.",
            { options in
                NumberFinder(
                    reportsOrdinals: try options.bool("ordinals", default: true),
                    reportsIdentifiers: try options.bool("identifiers", default: true)
                )
            }
        ),
        (
            "lede.summary.news",
            "Summarizes news: central sentences weighed by position, headline, quotations and numbers, without repeats.",
            { options in
                let standard = NewsSummarizer.Weights.standard
                let sources = NewsSummarizer.Sources.standard
                return NewsSummarizer(
                    length: try options.summaryLength(),
                    order: try options.summaryOrder(),
                    weights: NewsSummarizer.Weights(
                        position: try options.double("position", default: standard.position, in: 0...100),
                        headline: try options.double("headline", default: standard.headline, in: 0...100),
                        quotes: try options.double("quotes", default: standard.quotes, in: 0...100),
                        numbers: try options.double("numbers", default: standard.numbers, in: 0...100)
                    ),
                    redundancy: try options.double("redundancy", default: NewsSummarizer.defaultRedundancy, in: 0...1),
                    damping: try options.double("damping", default: 0.85, in: 0...1),
                    sources: NewsSummarizer.Sources(
                        sameDocumentWeight: try options.double(
                            "sameDocumentWeight",
                            default: sources.sameDocumentWeight,
                            in: 0...1
                        ),
                        headlinesVote: try options.bool("headlinesVote", default: sources.headlinesVote),
                        leadBias: try options.double("leadBias", default: sources.leadBias, in: 0...100),
                        balance: try options.double("balance", default: sources.balance, in: 0...1)
                    )
                )
            }
        ),
        (
            "lede.summary.lead", "Summarizes with the first body sentences (Lead-k).",
            { options in
                LeadSummarizer(length: try options.summaryLength(), order: try options.summaryOrder())
            }
        ),
        (
            "lede.summary.luhn", "Summarizes with Luhn's clusters of significant words.",
            { options in
                LuhnSummarizer(
                    length: try options.summaryLength(),
                    order: try options.summaryOrder(),
                    minimumCount: try options.int("minimumCount", default: 2, in: 1...1_000_000),
                    gap: try options.int("gap", default: 4, in: 0...1_000)
                )
            }
        ),
        (
            "lede.summary.lexrank", "Summarizes with LexRank: PageRank on TF-IDF cosine similarity.",
            { options in
                let length = try options.summaryLength()
                let order = try options.summaryOrder()
                let variant = try options.string(
                    "variant",
                    default: "continuous",
                    choices: ["continuous", "threshold"]
                )
                let threshold = try options.double("threshold", default: 0.1, in: 0...1)
                if variant == "continuous" && options.values["threshold"] != nil {
                    throw options.invalid(
                        "threshold",
                        "applies only to the variant \"threshold\"; add \"variant\": \"threshold\""
                    )
                }
                return LexRankSummarizer(
                    length: length,
                    order: order,
                    variant: variant == "threshold" ? .threshold(threshold) : .continuous,
                    damping: try options.double("damping", default: 0.85, in: 0...1)
                )
            }
        ),
        (
            "lede.summary.textrank", "Summarizes with TextRank: PageRank on word overlap.",
            { options in
                TextRankSummarizer(
                    length: try options.summaryLength(),
                    order: try options.summaryOrder(),
                    damping: try options.double("damping", default: 0.85, in: 0...1)
                )
            }
        ),
    ]
}

extension StageOptions {
    /// The `sentences` (a whole number, default 3) or `ratio` (a number above 0 and at most 1)
    /// option of a summarizer; giving both is an error.
    mutating func summaryLength() throws(PipelineError) -> SummaryLength {
        let sentences = try int("sentences", default: 3, in: 0...1_000_000)
        let ratio = try double("ratio", default: 1, in: 0...1)
        guard values["ratio"] != nil else { return .sentences(sentences) }
        guard values["sentences"] == nil else {
            throw invalid("ratio", "cannot be given with 'sentences'; give one of the two")
        }
        guard ratio > 0 else { throw invalid("ratio", "must be above 0, not 0") }
        return .ratio(ratio)
    }

    /// The `order` option of a summarizer: `document` (the default) or `score`.
    mutating func summaryOrder() throws(PipelineError) -> SummaryOrder {
        try string("order", default: "document", choices: ["document", "score"]) == "score" ? .score : .document
    }
}
