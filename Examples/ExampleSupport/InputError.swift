/// A problem with the inputs named on the command line, worded for the user.
///
/// `InputError` is `Sendable`.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var description: String

    /// Creates an error.
    ///
    /// - Parameter description: What went wrong.
    public init(_ description: String) {
        self.description = description
    }
}
