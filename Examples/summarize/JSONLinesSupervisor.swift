import Foundation
import LedeExampleSupport
import LedeJSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `--jsonl` mode: reads records from standard input, has worker processes analyse them,
/// and writes one line per input line, in input order, as soon as a line and every line
/// before it are ready.
///
/// Each worker is this executable run with `--worker` (``JSONLinesWorker``); there are at most
/// `jobs` of them, so at most `jobs` records are analysed at once, each worker on one core
/// with its own memory. Running the analysis in other processes is what lets the stream
/// survive a record that makes a stage trap or run away: when a worker dies, or stays in one
/// record past its time limit, the supervisor writes an error record (`"code":"crashed"` or
/// `"timeout"`) in that record's place, stops the worker, starts a fresh one when it needs
/// it, and sends again the records that were waiting behind the culprit.
///
/// Everything happens on one thread, around `poll`: reading the input, feeding the workers,
/// collecting their answers and writing the output. Memory is bounded whatever the input's
/// size: the input is read only while fewer than `window` records (and fewer than 64 MB of
/// them) wait to be written, and a line longer than the size limit is skipped as it is read.
final class JSONLinesSupervisor {
    struct Settings {
        /// How many worker processes, and so records analysed at once.
        var jobs: Int
        /// `--record-timeout`: seconds per started megabyte of a record.
        var recordTimeout: Double
        /// `--max-record-bytes`.
        var maximumRecordBytes: Int
        /// This executable.
        var executable: String
        /// The arguments of a worker, `--worker` and the summary options.
        var workerArguments: [String]
        /// The text of `--config`, or empty.
        var configuration: [UInt8]
    }

    /// An input line on its way through: its bytes until it is answered, then its answer.
    private struct Slot {
        var line: [UInt8]
        var length: Int
        var answer: [UInt8]?
    }

    /// A worker process and what the supervisor knows of it.
    private final class Worker {
        let process: WorkerProcess
        /// Bytes to send to its standard input.
        var outgoing: [UInt8] = []
        var outgoingStart = 0
        /// What it answered and has not been used yet.
        var incoming = ByteQueue()
        /// The lines sent and not yet answered, in order.
        var inFlight: [Int] = []
        var inFlightStart = 0
        var inFlightBytes = 0
        /// Whether it said `ready`.
        var isReady = false
        /// The end of what it wrote on standard error, for the message of a crash.
        var errorTail: [UInt8] = []
        /// The record it was last seen in, and since when.
        var watchedLine = 0
        var watchedSince = 0.0

        init(process: WorkerProcess) {
            self.process = process
        }

        var pending: ArraySlice<Int> { inFlight[inFlightStart...] }
        var isBusy: Bool { inFlightStart < inFlight.count }
    }

    /// Records a worker may have waiting at once, so that it never waits for the supervisor.
    private static let recordsPerWorker = 32
    /// Bytes of records a worker may have waiting at once (one record may be larger).
    private static let bytesPerWorker = 1 << 20
    /// Bytes of records and answers held before the input is read further.
    private static let windowBytes = 64 << 20

    /// What workers get in their environment besides this process's: no crash backtrace
    /// (which takes seconds to print) unless asked for.
    private static var workerEnvironment: [String: String] {
        ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"] == nil ? ["SWIFT_BACKTRACE": "enable=no"] : [:]
    }

    private let settings: Settings
    private let window: Int
    private var splitter: LineSplitter
    private var inputIsOpen = true
    private var readError: Int32?
    /// Every line from `nextToWrite` on, by line number minus `firstSlotLine`.
    private var slots: [Slot] = []
    private var firstSlotLine = 1
    private var nextToWrite = 1
    private var heldBytes = 0
    /// Lines read and not yet sent to a worker, in order.
    private var queue: [Int] = []
    private var queueStart = 0
    private var workers: [Worker] = []
    /// Workers that ended between records, without a record to blame, since the last answer.
    private var unexplainedEnds = 0

    init(settings: Settings) {
        self.settings = settings
        self.window = max(256, settings.jobs * Self.recordsPerWorker * 2)
        self.splitter = LineSplitter(maximumLineLength: settings.maximumRecordBytes)
    }

    /// Runs until the input ends and every line is written.
    ///
    /// - Throws: ``OutputError`` when the output cannot be written, ``InputError`` when the
    ///   input cannot be read or no worker can be started.
    func run() throws {
        // A worker that dies must not take the supervisor with it through its pipe.
        signal(SIGPIPE, SIG_IGN)
        defer {
            for worker in workers { worker.process.kill() }
            workers = []
        }
        if Output.inputWasClosed {
            inputIsOpen = false
            readError = EBADF
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 18)
        var descriptors: [pollfd] = []
        while inputIsOpen || nextToWrite <= splitter.lineCount {
            descriptors.removeAll(keepingCapacity: true)
            let readsInput = inputIsOpen && hasRoom
            if readsInput { descriptors.append(pollfd(fd: 0, events: Int16(POLLIN), revents: 0)) }
            for worker in workers {
                descriptors.append(pollfd(fd: worker.process.output, events: Int16(POLLIN), revents: 0))
                descriptors.append(pollfd(fd: worker.process.errors, events: Int16(POLLIN), revents: 0))
                let sends = worker.outgoingStart < worker.outgoing.count && worker.process.input >= 0
                descriptors.append(pollfd(fd: sends ? worker.process.input : -1, events: Int16(POLLOUT), revents: 0))
            }
            let timeout: Int32 = workers.contains { $0.isBusy } ? 100 : -1
            if poll(&descriptors, nfds_t(descriptors.count), timeout) < 0 && errno != EINTR {
                throw InputError("waiting for input failed (\(String(cString: strerror(errno))))")
            }
            if readsInput && descriptors[0].revents != 0 { readInput(into: &chunk) }
            var ended: [Worker] = []
            for worker in workers where !receive(from: worker, into: &chunk) {
                ended.append(worker)
            }
            // Killing a worker that has already ended keeps its own status.
            for worker in ended { try end(worker, status: worker.process.kill(), timedOut: false) }
            try stopRunaways()
            try dispatch()
            for worker in workers { send(to: worker) }
            try writeAnswers()
        }
        for worker in workers { worker.process.closeInput() }
        for worker in workers { _ = worker.process.wait() }
        workers = []
        if let readError {
            throw InputError(
                "reading standard input failed (\(String(cString: strerror(readError)))); the output stops at the last line read"
            )
        }
    }

    // MARK: Input

    /// Whether the window has room for more input.
    private var hasRoom: Bool {
        splitter.lineCount - (nextToWrite - 1) < window && heldBytes < Self.windowBytes
    }

    private func readInput(into chunk: inout [UInt8]) {
        let count = chunk.withUnsafeMutableBytes { raw in
            read(0, raw.baseAddress, raw.count)
        }
        if count > 0 {
            chunk.withUnsafeBytes { raw in
                splitter.feed(UnsafeRawBufferPointer(rebasing: raw[..<count])) { add($0) }
            }
        } else if count == 0 {
            splitter.finish { add($0) }
            inputIsOpen = false
        } else if errno != EINTR && errno != EAGAIN {
            readError = errno
            inputIsOpen = false
        }
    }

    private func add(_ line: LineSplitter.Line) {
        switch line {
        case .line(let number, let bytes):
            slots.append(Slot(line: bytes, length: bytes.count, answer: nil))
            heldBytes += bytes.count
            queue.append(number)
        case .tooLong(let number, let length):
            let limit = settings.maximumRecordBytes
            let record = ErrorRecord(
                id: .null,
                line: number,
                error:
                    "the line has \(length) bytes, more than the record size limit of \(limit) bytes (--max-record-bytes)",
                code: .tooLarge
            )
            slots.append(Slot(line: [], length: length, answer: nil))
            answer(number, with: record)
        }
    }

    // MARK: Workers

    /// Reads what a worker wrote; returns `false` when it has closed its output (it ended).
    private func receive(from worker: Worker, into chunk: inout [UInt8]) -> Bool {
        while worker.process.errors >= 0 {
            let count = chunk.withUnsafeMutableBytes { read(worker.process.errors, $0.baseAddress, $0.count) }
            if count > 0 {
                worker.errorTail += chunk[..<count]
                if worker.errorTail.count > 4096 { worker.errorTail.removeFirst(worker.errorTail.count - 4096) }
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                worker.process.closeErrors()
            } else if errno == EAGAIN {
                break
            }
        }
        while true {
            let count = worker.incoming.read(from: worker.process.output)
            if count == 0 { return false }
            if count < 0 {
                if errno == EINTR { continue }
                return errno == EAGAIN || errno == EWOULDBLOCK
            }
            while let line = worker.incoming.takeLine({ Array($0) }) {
                guard worker.isReady else {
                    worker.isReady = line + [0x0A] == JSONLinesWorker.ready
                    if !worker.isReady { return false }
                    continue
                }
                guard worker.isBusy else { return false }  // an answer to nothing: end it
                let number = worker.inFlight[worker.inFlightStart]
                worker.inFlightStart += 1
                worker.inFlightBytes -= slot(number).length
                if worker.inFlightStart > 1024 && worker.inFlightStart * 2 > worker.inFlight.count {
                    worker.inFlight.removeFirst(worker.inFlightStart)
                    worker.inFlightStart = 0
                }
                unexplainedEnds = 0
                answer(number, with: line + [0x0A])
            }
        }
    }

    /// Deals with a worker that ended: blames the record it was in, if any, and sends the
    /// others it had again.
    private func end(_ worker: Worker, status: Int32, timedOut: Bool) throws {
        workers.removeAll { $0 === worker }
        let reason = WorkerProcess.describe(status: status)
        let detail = Self.message(worker.errorTail, before: ": ")
        guard worker.isReady else {
            throw InputError("a worker process could not start (\(reason))\(detail)")
        }
        let last = worker.process.progress.line
        let pending = Array(worker.pending)
        let culprit = timedOut ? (last == worker.watchedLine ? last : nil) : (last > 0 ? last : nil)
        var again: [Int] = []
        for number in pending {
            if number == culprit {
                let message: String
                if timedOut {
                    let limit = RecordLimits.timeLimit(bytes: slot(number).length, timeout: settings.recordTimeout)
                    message =
                        "the analysis ran past its time limit of \(Self.seconds(limit)) (--record-timeout) and was stopped"
                } else {
                    message =
                        "the process analysing the record crashed (\(reason))\(detail)"
                }
                let record = JSONLinesProcessor.errorRecord(
                    for: slot(number).line,
                    number: number,
                    message: message,
                    code: timedOut ? .timeout : .crashed
                )
                answer(number, with: record)
            } else {
                again.append(number)
            }
        }
        if culprit == nil || !pending.contains(culprit ?? 0) {
            // It ended between records, or while answering: nothing to blame, all to send again.
            unexplainedEnds += 1
            if unexplainedEnds > 3 {
                throw InputError(
                    "worker processes keep ending without a record to blame (\(reason))\(detail)"
                )
            }
        }
        if !again.isEmpty {
            queue = again + queue[queueStart...]
            queueStart = 0
        }
    }

    /// Stops every worker that has been in one record for longer than its time limit.
    private func stopRunaways() throws {
        let time = now()
        for worker in workers where worker.isBusy {
            let line = worker.process.progress.line
            guard line > 0, worker.pending.contains(line) else {
                worker.watchedLine = 0
                continue
            }
            if line != worker.watchedLine {
                worker.watchedLine = line
                worker.watchedSince = time
                continue
            }
            let limit = RecordLimits.timeLimit(bytes: slot(line).length, timeout: settings.recordTimeout)
            if time - worker.watchedSince > limit {
                try end(worker, status: worker.process.kill(), timedOut: true)
            }
        }
    }

    /// Sends waiting lines to workers with room, starting workers up to `jobs`.
    private func dispatch() throws {
        while queueStart < queue.count {
            let number = queue[queueStart]
            guard let worker = try chooseWorker() else { break }
            let line = slot(number).line
            Self.appendDecimal(number, to: &worker.outgoing)
            worker.outgoing.append(0x20)
            worker.outgoing.append(contentsOf: line)
            worker.outgoing.append(0x0A)
            worker.inFlight.append(number)
            worker.inFlightBytes += line.count
            queueStart += 1
        }
        if queueStart == queue.count {
            queue.removeAll(keepingCapacity: true)
            queueStart = 0
        }
    }

    /// The worker with the fewest records waiting, or a new one when every worker has some.
    private func chooseWorker() throws -> Worker? {
        var best: Worker?
        var fewest = Int.max
        for worker in workers {
            let waiting = worker.inFlight.count - worker.inFlightStart
            let hasRoom =
                waiting == 0 || (waiting < Self.recordsPerWorker && worker.inFlightBytes < Self.bytesPerWorker)
            if hasRoom && waiting < fewest {
                best = worker
                fewest = waiting
            }
        }
        if let best, !best.isBusy { return best }
        guard workers.count < settings.jobs else { return best }
        let process = try WorkerProcess(
            executable: settings.executable,
            arguments: settings.workerArguments,
            environment: Self.workerEnvironment
        )
        let worker = Worker(process: process)
        worker.outgoing = Array("lede-worker \(JSONLinesWorker.protocolVersion) \(settings.configuration.count)\n".utf8)
        worker.outgoing += settings.configuration
        workers.append(worker)
        return worker
    }

    /// Writes what it can of a worker's outgoing bytes without waiting.
    private func send(to worker: Worker) {
        while worker.outgoingStart < worker.outgoing.count && worker.process.input >= 0 {
            let count = worker.outgoing.withUnsafeBytes { raw in
                let rest = UnsafeRawBufferPointer(rebasing: raw[worker.outgoingStart...])
                return write(worker.process.input, rest.baseAddress, rest.count)
            }
            if count > 0 {
                worker.outgoingStart += count
            } else if errno == EAGAIN || errno == EWOULDBLOCK {
                break
            } else if errno != EINTR {
                // It is gone; its closed output will say so.
                worker.process.closeInput()
            }
        }
        if worker.outgoingStart == worker.outgoing.count {
            worker.outgoing.removeAll(keepingCapacity: true)
            worker.outgoingStart = 0
        }
    }

    // MARK: Output

    private func slot(_ number: Int) -> Slot {
        slots[number - firstSlotLine]
    }

    private func answer(_ number: Int, with record: ErrorRecord) {
        var writer = JSONWriter(reservingCapacity: 256)
        record.write(into: &writer)
        answer(number, with: writer.bytes + [0x0A])
    }

    private func answer(_ number: Int, with bytes: [UInt8]) {
        let index = number - firstSlotLine
        heldBytes += bytes.count - slots[index].line.count
        slots[index].line = []
        slots[index].answer = bytes
    }

    /// Writes every answer that is ready and has no unanswered line before it.
    private func writeAnswers() throws {
        var output: [UInt8] = []
        var index = nextToWrite - firstSlotLine
        while index < slots.count, let answer = slots[index].answer {
            output += answer
            heldBytes -= answer.count
            slots[index].answer = []
            index += 1
        }
        guard !output.isEmpty else { return }
        nextToWrite = index + firstSlotLine
        let written = nextToWrite - firstSlotLine
        if written > 1024 && written * 2 > slots.count {
            slots.removeFirst(written)
            firstSlotLine = nextToWrite
        }
        try Output.write(output)
    }

    /// Appends a positive number's decimal digits.
    private static func appendDecimal(_ number: Int, to bytes: inout [UInt8]) {
        var digits: [UInt8] = []
        var rest = number
        repeat {
            digits.append(UInt8(truncatingIfNeeded: rest % 10) + 0x30)
            rest /= 10
        } while rest > 0
        bytes.append(contentsOf: digits.reversed())
    }

    // MARK: Messages

    /// The last line of what a worker wrote on standard error, after `prefix`; empty if none.
    private static func message(_ tail: [UInt8], before prefix: String) -> String {
        let lines = String(decoding: tail, as: UTF8.self).split(whereSeparator: \.isNewline)
        guard let last = lines.last(where: { $0.contains("Fatal error") }) ?? lines.last else { return "" }
        let trimmed = last.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? "" : prefix + String(trimmed.prefix(500))
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() && value < 1e15 ? "\(Int(value)) s" : "\(value) s"
    }
}
