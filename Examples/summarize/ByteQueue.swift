#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes read from a descriptor and not yet used, in one growable buffer: read at the end,
/// taken from the front, without copying the rest on every take.
struct ByteQueue {
    private var storage: [UInt8]
    private var start = 0
    private var end = 0
    /// Where the search for the next line feed resumes, so that a long line is scanned once.
    private var scanned = 0

    init(capacity: Int = 1 << 16) {
        storage = [UInt8](repeating: 0, count: capacity)
    }

    /// How many bytes are waiting.
    var count: Int { end - start }

    /// Reads what is available from `descriptor`, at most `limit` bytes.
    ///
    /// - Returns: The byte count read, 0 at the end of the input, or -1 with `errno` set.
    mutating func read(from descriptor: Int32, limit: Int = 1 << 20) -> Int {
        if end == storage.count {
            if start > 0 {
                storage.withUnsafeMutableBytes { raw in
                    guard let base = raw.baseAddress else { return }
                    memmove(base, base + start, end - start)
                }
                end -= start
                scanned -= start
                start = 0
            }
            if end == storage.count {
                storage.append(contentsOf: repeatElement(0, count: storage.count))
            }
        }
        let room = min(limit, storage.count - end)
        let count = storage.withUnsafeMutableBytes { raw -> Int in
            guard let base = raw.baseAddress else { return -1 }
            return systemRead(descriptor, base + end, room)
        }
        if count > 0 { end += count }
        return count
    }

    /// Takes the next line, without its line feed, and hands it to `body`; `nil` when no
    /// complete line is waiting.
    mutating func takeLine<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        let from = max(start, scanned)
        let newline = storage.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, from < end,
                let found = memchr(base + from, 0x0A, end - from)
            else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        guard let newline else {
            scanned = end
            return nil
        }
        let lineStart = start
        start = newline + 1
        scanned = start
        defer {
            if start == end {
                start = 0
                end = 0
                scanned = 0
            }
        }
        return try storage.withUnsafeBufferPointer { buffer in
            try body(UnsafeBufferPointer(rebasing: buffer[lineStart..<newline]))
        }
    }

    /// Takes exactly `count` bytes if they are waiting.
    mutating func take(_ count: Int) -> [UInt8]? {
        guard self.count >= count else { return nil }
        defer {
            start += count
            scanned = max(scanned, start)
        }
        return Array(storage[start..<start + count])
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
