public import Lede
internal import LedeStages

/// A named way to summarize an article with a given number of sentences, as an evaluation
/// runs it.
///
/// A method makes a ``Lede/Summarizer`` for each article from the number of sentences the
/// reference has (*k*), so any summarizer stage plugs in with one line:
///
/// ```swift
/// let methods: [SummarizationMethod] = [
///     .lead,
///     SummarizationMethod(name: "textrank") { TextRankSummarizer(sentenceCount: $0) },
/// ]
/// ```
///
/// `SummarizationMethod` is `Sendable`.
public struct SummarizationMethod: Sendable {
    /// The name the method is chosen by, such as `lead`.
    public var name: String
    /// Makes the summarizer for an article whose summary should have the given number of sentences.
    public var makeSummarizer: @Sendable (_ sentenceCount: Int) -> any Summarizer

    /// Creates a method.
    ///
    /// - Parameters:
    ///   - name: The name the method is chosen by.
    ///   - makeSummarizer: Makes a summarizer that picks the given number of sentences.
    public init(name: String, makeSummarizer: @escaping @Sendable (_ sentenceCount: Int) -> any Summarizer) {
        self.name = name
        self.makeSummarizer = makeSummarizer
    }

    /// Lead-*k*: the first *k* body sentences (after the headline, which
    /// ``LeadingHeadlineTagger`` marks), the standard baseline for news; `LeadSummarizer`.
    public static let lead = SummarizationMethod(name: "lead") { LeadSummarizer(length: .sentences($0)) }
}
