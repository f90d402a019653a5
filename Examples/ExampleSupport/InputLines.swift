#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of a file descriptor as bytes, numbered from 1, read lazily in large chunks.
///
/// Lines end at a line feed; the line feed is not part of the line, and a last line without
/// one is still returned. The bytes are not decoded, so a line that is not valid UTF-8 reaches
/// its reader intact and can be reported rather than silently repaired. A read error ends the
/// sequence early and is kept in ``readError``. `InputLines` is not `Sendable`: it reads as it
/// goes.
public final class InputLines: Sequence, IteratorProtocol {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var isAtEnd = false
    private var number = 0
    /// The `errno` of a failed read, if one ended the sequence.
    public private(set) var readError: Int32?

    /// Reads from a file descriptor (default: standard input), which it does not close.
    ///
    /// - Parameter descriptor: The file descriptor.
    public init(descriptor: Int32 = 0) {
        self.descriptor = descriptor
    }

    /// The next line with its number, or `nil` at the end of the input.
    ///
    /// - Returns: The line's number, from 1, and its bytes without the line feed.
    public func next() -> (number: Int, bytes: [UInt8])? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                number += 1
                return (number, line)
            }
            if isAtEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                number += 1
                return (number, line)
            }
            fill()
        }
    }

    private func fill() {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        let chunk = 1 << 20
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        var count = 0
        while true {
            count = buffer.withUnsafeMutableBytes { raw in
                guard let base = raw.baseAddress else { return 0 }
                return read(descriptor, base + old, chunk)
            }
            if count >= 0 || errno != EINTR { break }
        }
        if count < 0 { readError = errno }
        buffer.removeLast(chunk - Swift.max(count, 0))
        if count <= 0 { isAtEnd = true }
    }
}

/// `InputLines` reads as it goes and must stay on one task.
@available(*, unavailable)
extension InputLines: Sendable {}
