/// An error from reading an evaluation corpus or running an evaluation.
///
/// Messages are full sentences that say what to do. `EvaluationError` is `Sendable`.
public struct EvaluationError: Error, Sendable, CustomStringConvertible {
    /// The kind of error; new kinds may be added without a major version.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate enum Base: String, Hashable, Sendable {
            case corpusNotFound
            case unreadableFile
            case missingSummary
            case invalidRecord
            case summarizationFailed
        }

        fileprivate let base: Base

        /// The corpus folder or file does not exist or does not have the expected layout.
        public static let corpusNotFound = Code(base: .corpusNotFound)
        /// A file could not be read.
        public static let unreadableFile = Code(base: .unreadableFile)
        /// An article has no reference summary.
        public static let missingSummary = Code(base: .missingSummary)
        /// A line of a JSON Lines file is not a valid record.
        public static let invalidRecord = Code(base: .invalidRecord)
        /// Analysing or summarizing a document failed; ``EvaluationError/underlying`` has the cause.
        public static let summarizationFailed = Code(base: .summarizationFailed)

        /// The code's name, such as `corpusNotFound`.
        public var description: String { base.rawValue }
    }

    /// The kind of error.
    public var code: Code
    /// A full sentence saying what went wrong and what to do.
    public var message: String
    /// The error that caused this one, if any.
    public var underlying: (any Error)?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: The kind of error.
    ///   - message: What went wrong and what to do.
    ///   - underlying: The error that caused it.
    public init(code: Code, message: String, underlying: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.underlying = underlying
    }

    /// The message.
    public var description: String { message }
}
