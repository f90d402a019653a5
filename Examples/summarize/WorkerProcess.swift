import Foundation
import LedeExampleSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One `summarize --worker` child process, started by the `--jsonl` supervisor, and the
/// descriptors the supervisor talks to it through.
///
/// The child's standard input receives requests, its standard output answers them, its
/// standard error is kept for the message of a crash, and descriptor 3 is a shared page where
/// it says which record it is analysing (``WorkerProgress``). Every descriptor on the
/// supervisor's side is non-blocking and closed on exec, so that no other child inherits it.
final class WorkerProcess {
    let pid: pid_t
    /// The child's standard input (write end), or -1 once closed.
    private(set) var input: Int32
    /// The child's standard output (read end), or -1 once closed.
    private(set) var output: Int32
    /// The child's standard error (read end), or -1 once closed.
    private(set) var errors: Int32
    let progress: WorkerProgress

    /// Starts `executable` with `arguments`, in the environment of this process plus `environment`.
    ///
    /// - Throws: ``InputError`` saying what could not be set up.
    init(executable: String, arguments: [String], environment: [String: String]) throws(InputError) {
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        var errorsFromChild: [Int32] = [-1, -1]
        var opened: [Int32] = []
        func fail(_ what: String) -> InputError {
            let reason = String(cString: strerror(errno))
            for descriptor in opened { close(descriptor) }
            return InputError("cannot start a worker process: \(what) failed (\(reason))")
        }
        for index in 0..<3 {
            var pair: [Int32] = [-1, -1]
            guard pipe(&pair) == 0 else { throw fail("pipe") }
            // Keep every descriptor above 2 and away from 3, the child's progress page, so that
            // the child's dup2 calls below always change a descriptor and clear close-on-exec.
            let high = pair.map { fcntl($0, F_DUPFD_CLOEXEC, 10) }
            close(pair[0])
            close(pair[1])
            guard high[0] >= 0, high[1] >= 0 else { throw fail("fcntl") }
            opened += high
            switch index {
            case 0: toChild = high
            case 1: fromChild = high
            default: errorsFromChild = high
            }
        }
        guard let progress = WorkerProgress.create() else { throw fail("the shared progress page") }
        opened.append(progress.descriptor)

        var actions = SpawnFileActions()
        actions.duplicate(toChild[0], to: 0)
        actions.duplicate(fromChild[1], to: 1)
        actions.duplicate(errorsFromChild[1], to: 2)
        actions.duplicate(progress.descriptor, to: WorkerProgress.childDescriptor)
        var environment = environment
        for (key, value) in ProcessInfo.processInfo.environment where environment[key] == nil {
            environment[key] = value
        }
        let argv = [executable] + arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var spawned: pid_t = 0
        let status = withCStrings(argv) { argv in
            withCStrings(envp) { envp in
                actions.withPointer { posix_spawn(&spawned, executable, $0, nil, argv, envp) }
            }
        }
        guard status == 0 else {
            errno = status
            throw fail("posix_spawn of \(executable)")
        }
        pid = spawned
        close(toChild[0])
        close(fromChild[1])
        close(errorsFromChild[1])
        progress.closeDescriptor()
        input = toChild[1]
        output = fromChild[0]
        errors = errorsFromChild[0]
        for descriptor in [input, output, errors] {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
        self.progress = progress
    }

    /// Closes the child's standard input: it finishes what it has and exits.
    func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }

    /// Closes the child's standard output, as its reader.
    func closeOutput() {
        if output >= 0 { close(output) }
        output = -1
    }

    /// Closes the child's standard error, as its reader.
    func closeErrors() {
        if errors >= 0 { close(errors) }
        errors = -1
    }

    /// Ends the child at once, waits for it, and closes every descriptor.
    ///
    /// - Returns: How it ended, as `waitpid` reports it.
    @discardableResult
    func kill() -> Int32 {
        _ = systemKill(pid, SIGKILL)
        return wait()
    }

    /// Waits for the child to end and closes every descriptor.
    ///
    /// - Returns: How it ended, as `waitpid` reports it.
    func wait() -> Int32 {
        closeInput()
        closeOutput()
        closeErrors()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }

    /// The path of the running executable, to start workers from.
    static var currentExecutable: String {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if length > 0 { return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        #endif
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }

    /// How a child ended, in words: `SIGILL` or `exit status 3`.
    static func describe(status: Int32) -> String {
        let signal = status & 0x7F
        guard signal != 0 else { return "exit status \((status >> 8) & 0xFF)" }
        let names: [Int32: String] = [
            SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
            SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGTERM: "SIGTERM", SIGINT: "SIGINT",
        ]
        return names[signal] ?? "signal \(signal)"
    }
}

/// The shared page through which a worker says which record it is analysing.
///
/// The worker stores the record's line number before analysing it and its negation after, so
/// that the supervisor can tell, even after the worker has died, which record it was in. An
/// aligned 64-bit store is not torn on the platforms Swift runs on, and a store before an
/// opaque call (the analysis) is not moved after it; the supervisor reads the page after the
/// worker has died or been stopped, except to time a record, where a stale value only delays
/// the timing by one look.
final class WorkerProgress {
    /// The descriptor the page has in the worker.
    static let childDescriptor: Int32 = 3
    private static let size = 4096
    private(set) var descriptor: Int32
    private let page: UnsafeMutableRawPointer

    private init(descriptor: Int32, page: UnsafeMutableRawPointer) {
        self.descriptor = descriptor
        self.page = page
    }

    deinit {
        munmap(page, Self.size)
        closeDescriptor()
    }

    /// The record the worker is in: its line number while it analyses it, the negation after.
    var line: Int {
        get { Int(page.load(as: Int64.self)) }
        set { page.storeBytes(of: Int64(newValue), as: Int64.self) }
    }

    /// Closes the descriptor, keeping the mapping.
    func closeDescriptor() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }

    /// A new zeroed page, for the supervisor to hand to a worker.
    static func create() -> WorkerProgress? {
        var name = "/lede-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        if name.utf8.count > 30 { name = String(name.prefix(30)) }
        let shared = shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0o600)
        guard shared >= 0 else { return nil }
        shm_unlink(name)
        let descriptor = fcntl(shared, F_DUPFD_CLOEXEC, 10)
        close(shared)
        guard descriptor >= 0 else { return nil }
        guard ftruncate(descriptor, off_t(size)) == 0, let page = map(descriptor) else {
            close(descriptor)
            return nil
        }
        return WorkerProgress(descriptor: descriptor, page: page)
    }

    /// The page the supervisor handed to this worker, or `nil` when there is none.
    static func inherited() -> WorkerProgress? {
        guard let page = map(childDescriptor) else { return nil }
        return WorkerProgress(descriptor: childDescriptor, page: page)
    }

    private static func map(_ descriptor: Int32) -> UnsafeMutableRawPointer? {
        let page = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_SHARED, descriptor, 0)
        guard let page, page != MAP_FAILED else { return nil }
        return page
    }
}

/// `posix_spawn_file_actions_t`, which is a struct on Linux and a pointer on Darwin.
private struct SpawnFileActions {
    #if canImport(Glibc)
    private var actions = posix_spawn_file_actions_t()
    #else
    private var actions: posix_spawn_file_actions_t?
    #endif
    private var duplications: [(Int32, Int32)] = []

    mutating func duplicate(_ descriptor: Int32, to target: Int32) {
        duplications.append((descriptor, target))
    }

    mutating func withPointer<Result>(_ body: (UnsafePointer<posix_spawn_file_actions_t>) -> Result) -> Result {
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (descriptor, target) in duplications {
            posix_spawn_file_actions_adddup2(&actions, descriptor, target)
        }
        return withUnsafePointer(to: &actions) { body($0) }
    }
}

/// Calls `body` with a NULL-terminated C array of the strings.
private func withCStrings<Result>(
    _ strings: [String],
    _ body: ([UnsafeMutablePointer<CChar>?]) -> Result
) -> Result {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { for pointer in pointers { free(pointer) } }
    return body(pointers)
}

#if canImport(Glibc)
private let systemKill = Glibc.kill
#elseif canImport(Darwin)
private let systemKill = Darwin.kill
#endif
