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
    /// quotations and their attributions, and numbers.
    ///
    /// Add a summarizer or your own stages with ``AnalysisPipeline/inserting(_:at:)``.
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
            AttributionFinder()
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
            "lede.attributions", "Who said each quotation, and reported speech.",
            { options in
                AttributionFinder(tagsReportedSpeech: try options.bool("reportedSpeech", default: true))
            }
        ),
    ]
}
