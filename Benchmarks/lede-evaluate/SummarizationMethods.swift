internal import LedeEvaluation

/// The methods `--method` can name.
///
/// To measure a summarizer stage, add one line here:
/// `SummarizationMethod(name: "textrank") { TextRankSummarizer(sentenceCount: $0) }`.
let summarizationMethods: [SummarizationMethod] = [
    .lead
]
