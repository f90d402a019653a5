internal import LedeEvaluation
internal import LedeStages

/// The methods `--method` can name.
///
/// To measure a summarizer stage, add one line here:
/// `SummarizationMethod(name: "textrank") { TextRankSummarizer(length: .sentences($0)) }`.
let summarizationMethods: [SummarizationMethod] = [
    .lead,
    SummarizationMethod(name: "luhn") { LuhnSummarizer(length: .sentences($0)) },
    SummarizationMethod(name: "lexrank") { LexRankSummarizer(length: .sentences($0)) },
    SummarizationMethod(name: "lexrank-threshold") {
        LexRankSummarizer(length: .sentences($0), variant: .threshold(0.1))
    },
    SummarizationMethod(name: "textrank") { TextRankSummarizer(length: .sentences($0)) },
    SummarizationMethod(name: "news") { NewsSummarizer(length: .sentences($0)) },
    SummarizationMethod(name: "news-pooled") { NewsSummarizer(length: .sentences($0), sources: .pooled) },
]
