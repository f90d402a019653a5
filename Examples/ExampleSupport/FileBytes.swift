#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files and streams (pipes, devices, `<(…)`) through their file descriptors.
///
/// A regular file, a named pipe, a process substitution and standard input are all read the
/// same way, until their end; a folder is refused with a message. `FileBytes` has no instances.
public enum FileBytes: Sendable {
    /// Reads every byte of the file or stream at `path`.
    ///
    /// - Parameters:
    ///   - path: The path, which may name a pipe or a device.
    ///   - name: How the input is named in messages.
    /// - Returns: The bytes.
    /// - Throws: ``InputError`` saying why the input cannot be read.
    public static func read(path: String, name: String) throws(InputError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw InputError("cannot read \(name): \(reason(errno))") }
        defer { _ = close(descriptor) }
        return try read(descriptor: descriptor, name: name)
    }

    /// Reads every byte of standard input.
    ///
    /// - Returns: The bytes.
    /// - Throws: ``InputError`` when standard input was closed, is a folder or fails.
    public static func readStandardInput() throws(InputError) -> [UInt8] {
        if Output.inputWasClosed {
            throw InputError(
                "cannot read standard input: it is closed; give a file, a folder or text on standard input"
            )
        }
        return try read(descriptor: 0, name: "standard input")
    }

    /// Reads a descriptor until its end.
    static func read(descriptor: Int32, name: String) throws(InputError) -> [UInt8] {
        var status = stat()
        if fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR {
            throw InputError("cannot read \(name): it is a folder; name a folder as an argument instead")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[..<count]
            } else if count == 0 {
                return bytes
            } else if errno != EINTR && errno != EAGAIN {
                throw InputError("cannot read \(name): \(reason(errno))")
            } else if errno == EAGAIN {
                var wait = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                _ = poll(&wait, 1, -1)
            }
        }
    }

    /// The system's description of an `errno`, such as `Permission denied`.
    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
