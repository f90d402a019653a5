import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard output and standard error, and terminal detection.
///
/// Writes go straight to the file descriptors, each call in as few system calls as it
/// takes, so that lines from one record are never split by another writer. Every write to
/// standard output is checked: a failure throws an ``OutputError``, so that a command can end
/// at once, quietly when the reader closed the pipe and with one line on standard error
/// otherwise. `Output` has no instances.
public enum Output: Sendable {
    /// Writes bytes to standard output.
    ///
    /// - Parameter bytes: The bytes.
    /// - Throws: ``OutputError`` if a write fails; standard output is then unusable.
    public static func write(_ bytes: [UInt8]) throws(OutputError) {
        if outputWasClosed { throw OutputError(code: EBADF) }
        if let code = bytes.withUnsafeBytes({ write($0, to: 1) }) { throw OutputError(code: code) }
    }

    /// Writes text to standard output.
    ///
    /// - Parameter text: The text.
    /// - Throws: ``OutputError`` if a write fails.
    public static func write(_ text: String) throws(OutputError) {
        try write(Array(text.utf8))
    }

    /// Writes bytes to standard output, waiting while it is a full non-blocking pipe.
    ///
    /// - Parameter buffer: The bytes.
    /// - Throws: ``OutputError`` if a write fails.
    public static func write(_ buffer: UnsafeRawBufferPointer) throws(OutputError) {
        if outputWasClosed { throw OutputError(code: EBADF) }
        if let code = write(buffer, to: 1) { throw OutputError(code: code) }
    }

    /// Writes a line to standard error; a failure is ignored, since there is nowhere to report it.
    ///
    /// - Parameter text: The line, without its line break.
    public static func error(_ text: String) {
        guard closedAtStart.load(ordering: .relaxed) & 4 == 0 else { return }
        Array((text + "\n").utf8).withUnsafeBytes { _ = write($0, to: 2) }
    }

    /// Writes a progress line to standard error, replacing the previous one.
    ///
    /// - Parameter text: The progress, such as `analysed 12 of 340`.
    public static func progress(_ text: String) {
        guard closedAtStart.load(ordering: .relaxed) & 4 == 0 else { return }
        Array(("\r\u{1B}[2K" + text).utf8).withUnsafeBytes { _ = write($0, to: 2) }
    }

    /// Whether standard error is a terminal (progress is shown only then).
    public static var errorIsTerminal: Bool { isatty(2) == 1 }

    /// Whether standard input is a terminal (then no input is waiting on it).
    public static var inputIsTerminal: Bool { isatty(0) == 1 }

    /// Whether standard input was closed when the command started (`<&-`).
    ///
    /// Reading it must then fail, whatever descriptor 0 is now. Set by
    /// ``reserveStandardDescriptors()``.
    public static var inputWasClosed: Bool { closedAtStart.load(ordering: .relaxed) & 1 != 0 }

    /// Whether standard output was closed when the command started (`>&-`).
    ///
    /// Every write then fails with "Bad file descriptor". Set by
    /// ``reserveStandardDescriptors()``.
    public static var outputWasClosed: Bool { closedAtStart.load(ordering: .relaxed) & 2 != 0 }

    /// Notes which of standard input, output and error were closed when the command started,
    /// and puts `/dev/null` in the place of those still closed.
    ///
    /// Call it first. A command started with a closed standard output (`>&-`) could otherwise
    /// have its next opened file or pipe take descriptor 1 and receive the output; and the
    /// runtime may already have taken the number for one of its own descriptors (an event
    /// queue), which is recognised by its having no file type. Either way, writing the output
    /// then fails with "Bad file descriptor", as it should, and reading a closed standard input
    /// is refused by the commands that check ``inputWasClosed``.
    public static func reserveStandardDescriptors() {
        var closed: UInt8 = 0
        for descriptor: Int32 in 0...2 {
            var status = stat()
            if fstat(descriptor, &status) == 0 {
                // An anonymous inode (an event queue, a timer) is the runtime's, not ours.
                if status.st_mode & S_IFMT == 0 { closed |= 1 << UInt8(descriptor) }
                continue
            }
            guard errno == EBADF else { continue }
            closed |= 1 << UInt8(descriptor)
            // Standard input is opened write-only and the outputs read-only, so every use fails.
            let placeholder = open("/dev/null", descriptor == 0 ? O_WRONLY : O_RDONLY)
            if placeholder >= 0 && placeholder != descriptor {
                _ = dup2(placeholder, descriptor)
                _ = close(placeholder)
            }
        }
        closedAtStart.store(closed, ordering: .relaxed)
    }

    /// Bit 0: standard input, bit 1: standard output, bit 2: standard error.
    private static let closedAtStart = Atomic<UInt8>(0)

    /// Writes every byte, retrying after interruptions and waiting on a full non-blocking
    /// descriptor; returns the `errno` of a failure.
    private static func write(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard let base = buffer.baseAddress else { return nil }
        var offset = 0
        while offset < buffer.count {
            let written = systemWrite(descriptor, base + offset, buffer.count - offset)
            if written > 0 {
                offset += written
                continue
            }
            let code = written < 0 ? errno : EIO
            if code == EINTR { continue }
            if code == EAGAIN || code == EWOULDBLOCK {
                var wait = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&wait, 1, -1)
                continue
            }
            return code
        }
        return nil
    }
}

/// A failed write to standard output.
///
/// A closed pipe (``isClosedPipe``) means the reader has all it wants: a command stops at
/// once and quietly. Anything else (a full disk, a closed descriptor) is an error to report.
/// `OutputError` is `Sendable`.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// The `errno` of the failed write.
    public var code: Int32

    /// Creates an error.
    ///
    /// - Parameter code: The `errno` of the failed write.
    public init(code: Int32) {
        self.code = code
    }

    /// Whether the reader of a pipe went away (`EPIPE`).
    public var isClosedPipe: Bool { code == EPIPE }

    /// What went wrong, such as `cannot write the output: No space left on device`.
    public var description: String {
        "cannot write the output: \(String(cString: strerror(code)))"
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
