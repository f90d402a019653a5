internal import Lede

/// The Lead-*k* baseline: the first *k* body sentences of each document, in order.
///
/// Internal: it exists to be measured against, through ``SummarizationMethod/lead``.
struct LeadSummarizer: Summarizer {
    let name = "lede.evaluation.lead"
    /// How many sentences to pick.
    var count: Int

    /// Sentences, and the layout marks that tell the headline from the body.
    var requires: Set<AnnotationKeyID> { [.sentences, .layout] }

    func summarize(_ documents: [Document]) throws -> Summary {
        var chosen: [SummarySentence] = []
        for (documentIndex, document) in documents.enumerated() {
            for (sentenceIndex, sentence) in document.sentences.enumerated() where chosen.count < count {
                guard document.isBodyText(sentence.span) else { continue }
                chosen.append(
                    SummarySentence(
                        documentID: document.id,
                        documentIndex: documentIndex,
                        sentenceIndex: sentenceIndex,
                        span: sentence.span,
                        originalRange: document.originalRange(of: sentence.span),
                        text: String(document.originalText(of: sentence.span)),
                        score: 1 / Double(chosen.count + 1),
                        rank: chosen.count + 1,
                        provenance: Provenance(stage: name, rule: "lead")
                    )
                )
            }
        }
        return Summary(sentences: chosen, method: name)
    }
}
