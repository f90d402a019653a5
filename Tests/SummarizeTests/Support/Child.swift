import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built `summarize`, run as a child process with its standard streams under the test's
/// control.
final class Child {
    /// Where the child's standard output goes.
    enum Destination {
        /// A pipe the test reads.
        case pipe
        /// A file opened for writing, such as `/dev/full`.
        case file(String)
        /// Closed, as `>&-` leaves it.
        case closed
    }

    /// Where the child's standard input comes from.
    enum Source {
        /// A pipe the test writes.
        case pipe
        /// These bytes, from a file.
        case bytes([UInt8])
        /// Closed, as `<&-` leaves it.
        case closed
    }

    let pid: pid_t
    private(set) var input: Int32 = -1
    private(set) var output: Int32 = -1
    private(set) var errors: Int32 = -1
    private var outputBuffer: [UInt8] = []
    private(set) var errorBytes: [UInt8] = []
    private var inputFile: URL?

    /// The `summarize` built next to the test bundle.
    static let executable: String = {
        var folders: [URL] = []
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: path).deletingLastPathComponent())
        }
        #endif
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        folders.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        for folder in folders {
            let candidate = folder.appendingPathComponent("summarize").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return "summarize-not-found-next-to-the-tests"
    }()

    /// The repository's root folder.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // SummarizeTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// Ignores `SIGPIPE` in the tests, so that writing to a child that stopped reading fails
    /// instead of ending the test process.
    private static let ignoresBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    /// Starts `summarize` with `arguments`.
    init(
        _ arguments: [String],
        environment: [String: String] = [:],
        input source: Source = .pipe,
        output destination: Destination = .pipe
    ) throws {
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        Self.ignoresBrokenPipes
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var closeAfter: [Int32] = []
        switch source {
        case .pipe:
            let pair = try Self.pipe()
            input = pair.write
            posix_spawn_file_actions_adddup2(&actions, pair.read, 0)
            closeAfter.append(pair.read)
        case .bytes(let bytes):
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-child-\(UUID().uuidString)")
            try Data(bytes).write(to: url)
            inputFile = url
            posix_spawn_file_actions_addopen(&actions, 0, url.path, O_RDONLY, 0)
        case .closed:
            posix_spawn_file_actions_addclose(&actions, 0)
        }
        switch destination {
        case .pipe:
            let pair = try Self.pipe()
            output = pair.read
            posix_spawn_file_actions_adddup2(&actions, pair.write, 1)
            closeAfter.append(pair.write)
        case .file(let path):
            posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY, 0)
        case .closed:
            posix_spawn_file_actions_addclose(&actions, 1)
        }
        let errorPair = try Self.pipe()
        errors = errorPair.read
        posix_spawn_file_actions_adddup2(&actions, errorPair.write, 2)
        closeAfter.append(errorPair.write)

        var environment = environment
        for (key, value) in ProcessInfo.processInfo.environment where environment[key] == nil {
            environment[key] = value
        }
        let argv = ([Self.executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, Self.executable, &actions, nil, argv, envp)
        for descriptor in closeAfter { close(descriptor) }
        try #require(status == 0, "cannot start \(Self.executable)")
        self.pid = pid
    }

    deinit {
        for descriptor in [input, output, errors] where descriptor >= 0 { close(descriptor) }
        if let inputFile { try? FileManager.default.removeItem(at: inputFile) }
    }

    private static func pipe() throws -> (read: Int32, write: Int32) {
        var pair: [Int32] = [-1, -1]
        try #require(systemPipe(&pair) == 0)
        for descriptor in pair { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        return (pair[0], pair[1])
    }

    /// Writes bytes to the child's standard input.
    ///
    /// - Returns: `false` if the child no longer reads it.
    @discardableResult
    func write(_ bytes: [UInt8]) -> Bool {
        Self.write(bytes, to: input)
    }

    /// Writes bytes to a descriptor; `false` if that fails (its reader is gone).
    static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return false }
            offset += written
        }
        return true
    }

    func write(_ text: String) { write(Array(text.utf8)) }

    func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }

    func closeOutput() {
        if output >= 0 { close(output) }
        output = -1
    }

    /// The next line of standard output, without its line feed; `nil` at its end or after
    /// `timeout` seconds.
    func readLine(timeout: Double = 60) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let newline = outputBuffer.firstIndex(of: 0x0A) {
                let line = String(decoding: outputBuffer[..<newline], as: UTF8.self)
                outputBuffer.removeSubrange(...newline)
                return line
            }
            guard output >= 0, Date() < deadline, pump(until: deadline) else { return nil }
        }
    }

    /// Reads standard output and standard error until both end, then waits for the child.
    ///
    /// - Returns: Standard output's lines, standard error as text, and the exit status.
    func finish(timeout: Double = 120) -> (lines: [String], errors: String, status: Status) {
        let deadline = Date().addingTimeInterval(timeout)
        while (output >= 0 || errors >= 0) && Date() < deadline && pump(until: deadline) {}
        var lines: [String] = []
        while output >= 0 || !outputBuffer.isEmpty, let line = readLine(timeout: 0) { lines.append(line) }
        if !outputBuffer.isEmpty { lines.append(String(decoding: outputBuffer, as: UTF8.self)) }
        outputBuffer = []
        let status = wait(timeout: max(1, deadline.timeIntervalSinceNow))
        return (lines, String(decoding: errorBytes, as: UTF8.self), status)
    }

    /// Waits for the child to end, killing it after `timeout` seconds.
    func wait(timeout: Double = 60) -> Status {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return Status(raw: status) }
            if result < 0 && errno != EINTR { return Status(raw: -1) }
            if Date() > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                return Status(raw: -2)
            }
            usleep(10_000)
        }
    }

    /// Reads what is ready on standard output and standard error; `false` when nothing is open.
    private func pump(until deadline: Date) -> Bool {
        var descriptors = [output, errors].map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        guard descriptors.contains(where: { $0.fd >= 0 }) else { return false }
        let milliseconds = Int32(max(0, min(1000, deadline.timeIntervalSinceNow * 1000)))
        guard poll(&descriptors, 2, milliseconds) > 0 else { return true }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        for (index, descriptor) in descriptors.enumerated() where descriptor.fd >= 0 && descriptor.revents != 0 {
            let count = chunk.withUnsafeMutableBytes { read(descriptor.fd, $0.baseAddress, $0.count) }
            if count > 0 {
                if index == 0 { outputBuffer += chunk[..<count] } else { errorBytes += chunk[..<count] }
            } else if count == 0 || errno != EINTR {
                close(descriptor.fd)
                if index == 0 { output = -1 } else { errors = -1 }
            }
        }
        return true
    }

    /// How a child ended.
    struct Status: Equatable, CustomStringConvertible {
        var raw: Int32
        /// The exit status, or `nil` if a signal ended it.
        var exitCode: Int32? { raw >= 0 && raw & 0x7F == 0 ? (raw >> 8) & 0xFF : nil }
        var description: String {
            if raw == -2 { return "killed after the timeout" }
            if let exitCode { return "exit status \(exitCode)" }
            return "signal \(raw & 0x7F)"
        }
    }
}

#if canImport(Glibc)
private let systemPipe = Glibc.pipe
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemPipe = Darwin.pipe
private let systemWrite = Darwin.write
#endif
