/// An error of the `lede-patterns` tool itself, as opposed to a problem in a pattern file, which
/// is a ``PatternDiagnostic``.
///
/// `PatternToolError` is `Sendable`.
public struct PatternToolError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of error; new kinds may be added without a major version.
    ///
    /// `Code` is `Sendable`.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        fileprivate enum Base: Sendable, Hashable {
            case usage
        }

        fileprivate let base: Base

        /// The command line does not form a command; the tool prints its usage.
        public static let usage = Code(base: .usage)

        /// A short name for the code, such as `usage`.
        public var description: String {
            switch base {
            case .usage: "usage"
            }
        }
    }

    /// The kind of error.
    public var code: Code
    /// What went wrong and what to do, lower-case, as the tool prints it after `error: `.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: The kind of error.
    ///   - message: What went wrong and what to do.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// A usage error with a message.
    ///
    /// - Parameter message: What is wrong with the command line.
    /// - Returns: The error.
    static func usage(_ message: String) -> PatternToolError {
        PatternToolError(code: .usage, message: message)
    }

    /// `error: ` and the message.
    public var description: String { "error: \(message)" }
}
