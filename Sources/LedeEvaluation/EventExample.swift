/// Several reports of one event and a reference summary of them all: one item of a
/// multi-document summarization benchmark.
///
/// `EventExample` is `Sendable`.
public struct EventExample: Hashable, Sendable {
    /// One report of the event.
    ///
    /// `Report` is `Sendable`.
    public struct Report: Hashable, Sendable {
        /// An identifier, such as the outlet's.
        public var id: String
        /// The report, headline first.
        public var text: String

        /// Creates a report.
        ///
        /// - Parameters:
        ///   - id: An identifier.
        ///   - text: The report.
        public init(id: String, text: String) {
            self.id = id
            self.text = text
        }
    }

    /// An identifier of the event.
    public var id: String
    /// The reports, in order.
    public var reports: [Report]
    /// The reference summary's sentences.
    public var reference: [String]
    /// How many sentences a summarizer picks for this event (*k*); usually the number of
    /// reference sentences.
    public var sentenceCount: Int

    /// Creates an example.
    ///
    /// - Parameters:
    ///   - id: An identifier of the event.
    ///   - reports: The reports.
    ///   - reference: The reference sentences.
    ///   - sentenceCount: How many sentences to pick; defaults to the number of reference sentences.
    public init(id: String, reports: [Report], reference: [String], sentenceCount: Int? = nil) {
        self.id = id
        self.reports = reports
        self.reference = reference
        self.sentenceCount = sentenceCount ?? reference.count
    }
}
