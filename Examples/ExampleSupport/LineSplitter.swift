/// Splits a stream of bytes into numbered lines, fed in chunks as they are read, with a limit
/// on a line's length.
///
/// Lines end at a line feed; the line feed is not part of the line, and a last line without
/// one is returned by ``finish(_:)``. The bytes are not decoded, so a line that is not valid
/// UTF-8 reaches its reader intact and can be reported rather than silently repaired.
///
/// A line longer than the limit is not kept: its bytes are dropped as they arrive, until its
/// line feed, and it is reported as ``Line/tooLong(number:length:)``. So memory stays within
/// the limit plus one chunk, whatever the input.
///
/// `LineSplitter` is `Sendable`.
public struct LineSplitter: Sendable {
    /// One line of the input.
    ///
    /// `Line` is `Sendable`.
    public enum Line: Sendable, Equatable {
        /// A line and its number, from 1, without its line feed.
        case line(number: Int, bytes: [UInt8])
        /// A line longer than the limit, with its number and length in bytes.
        case tooLong(number: Int, length: Int)
    }

    /// The longest line kept, in bytes, not counting the line feed.
    public let maximumLineLength: Int
    /// How many lines have been returned.
    public private(set) var lineCount = 0
    /// The start of the current line, when it is not longer than the limit.
    private var partial: [UInt8] = []
    /// The length of the current line so far, when it is longer than the limit.
    private var skipped: Int?

    /// Creates a splitter.
    ///
    /// - Parameter maximumLineLength: The longest line kept, in bytes, not counting the line feed.
    public init(maximumLineLength: Int) {
        self.maximumLineLength = max(0, maximumLineLength)
    }

    /// Whether a line has started and not yet ended.
    public var hasPartialLine: Bool { !partial.isEmpty || skipped != nil }

    /// Adds bytes read from the input and hands each line they complete to `body`.
    ///
    /// - Parameters:
    ///   - chunk: The bytes, as read.
    ///   - body: Receives each complete line, in order.
    /// - Complexity: O(*n*) in the chunk's length.
    public mutating func feed(_ chunk: UnsafeRawBufferPointer, _ body: (Line) throws -> Void) rethrows {
        let bytes = chunk.bindMemory(to: UInt8.self)
        var start = 0
        while start < bytes.count {
            let rest = UnsafeBufferPointer(rebasing: bytes[start...])
            guard let newline = rest.firstIndex(of: 0x0A) else {
                append(rest)
                return
            }
            append(UnsafeBufferPointer(rebasing: rest[..<newline]))
            try body(endLine())
            start += newline + 1
        }
    }

    /// Hands the last line to `body` if the input did not end with a line feed.
    ///
    /// - Parameter body: Receives the last line, if there is one.
    public mutating func finish(_ body: (Line) throws -> Void) rethrows {
        if hasPartialLine { try body(endLine()) }
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let length = skipped {
            skipped = length + bytes.count
        } else if partial.count + bytes.count > maximumLineLength {
            skipped = partial.count + bytes.count
            partial = []
        } else {
            partial.append(contentsOf: bytes)
        }
    }

    private mutating func endLine() -> Line {
        lineCount += 1
        if let length = skipped {
            skipped = nil
            return .tooLong(number: lineCount, length: length)
        }
        defer { partial = [] }
        return .line(number: lineCount, bytes: partial)
    }
}
