#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard output and standard error, and terminal detection.
///
/// Writes go straight to the file descriptors, each call in as few system calls as it
/// takes, so that lines from one record are never split by another writer. `Output` has no
/// instances.
public enum Output: Sendable {
    /// Writes bytes to standard output.
    ///
    /// - Parameter bytes: The bytes.
    public static func write(_ bytes: [UInt8]) {
        write(bytes, to: 1)
    }

    /// Writes text to standard output.
    ///
    /// - Parameter text: The text.
    public static func write(_ text: String) {
        write(Array(text.utf8), to: 1)
    }

    /// Writes a line to standard error.
    ///
    /// - Parameter text: The line, without its line break.
    public static func error(_ text: String) {
        write(Array((text + "\n").utf8), to: 2)
    }

    /// Writes a progress line to standard error, replacing the previous one.
    ///
    /// - Parameter text: The progress, such as `analysed 12 of 340`.
    public static func progress(_ text: String) {
        write(Array(("\r\u{1B}[2K" + text).utf8), to: 2)
    }

    /// Whether standard error is a terminal (progress is shown only then).
    public static var errorIsTerminal: Bool { isatty(2) == 1 }

    /// Whether standard input is a terminal (then no input is waiting on it).
    public static var inputIsTerminal: Bool { isatty(0) == 1 }

    private static func write(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { return }
                let written = systemWrite(descriptor, base + offset, buffer.count - offset)
                if written <= 0 {
                    if written < 0 && errno == EINTR { continue }
                    return  // a closed pipe: stop quietly
                }
                offset += written
            }
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
