/// A place in a pattern file: a 1-based line and a 1-based column.
///
/// Columns count UTF-8 bytes from the start of the line, as swiftc and clang count them, so a
/// curly quote before the place moves it three columns. `PatternLocation` is `Sendable`.
public struct PatternLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in UTF-8 bytes.
    public var column: Int

    /// Creates a location.
    ///
    /// - Parameters:
    ///   - line: The 1-based line.
    ///   - column: The 1-based column, in UTF-8 bytes.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, as compilers print it.
    public var description: String { "\(line):\(column)" }

    /// Orders locations by line, then by column.
    ///
    /// - Parameters:
    ///   - lhs: A location.
    ///   - rhs: Another location.
    /// - Returns: `true` if `lhs` comes first in the file.
    public static func < (lhs: PatternLocation, rhs: PatternLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
