internal import Lede
internal import LedeStages

extension SummaryEvaluator {
    /// Summarizes the reports of every event together and scores each summary.
    ///
    /// Each report is analysed with the evaluator's ``pipeline``, or by default with the
    /// standard news pipeline (`AnalysisPipeline.news()`, as `summarize --jsonl` analyses
    /// the documents of an event record), and the reports of an event are passed together to
    /// the method's summarizer.
    ///
    /// - Parameters:
    ///   - events: The events with their references.
    ///   - method: How to summarize.
    ///   - maxConcurrency: How many events run at once; defaults to the number of active cores.
    /// - Returns: Each event's summary and scores, in input order, and their means.
    /// - Throws: ``EvaluationError`` with code ``EvaluationError/Code/summarizationFailed``
    ///   naming the first event that could not be analysed or summarized.
    public func evaluate(
        _ events: [EventExample],
        method: SummarizationMethod,
        maxConcurrency: Int? = nil
    ) async throws -> SummaryEvaluation {
        let pipeline = try self.pipeline ?? AnalysisPipeline.news()
        let scorer = self.scorer
        let results = try await events.concurrentMap(maxConcurrency: maxConcurrency) { event in
            let summary: Summary
            do {
                let documents = try event.reports.map { try pipeline.run($0.text, id: $0.id) }
                summary = try method.makeSummarizer(event.sentenceCount).summarize(documents)
            } catch {
                throw EvaluationError(
                    code: .summarizationFailed,
                    message: "Method '\(method.name)' failed on event '\(event.id)': \(error)",
                    underlying: error
                )
            }
            let candidate = summary.sentences.map(\.text)
            return SummaryResult(
                id: event.id,
                summary: candidate,
                scores: scorer.score(reference: event.reference, candidate: candidate)
            )
        }
        return SummaryEvaluation(method: method.name, results: results)
    }
}
