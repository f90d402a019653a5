import Foundation
import Lede
import LedeExampleSupport
import LedeJSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `summarize --worker`: one worker process of `--jsonl`, started and fed by
/// ``JSONLinesSupervisor``.
///
/// The protocol, over the worker's standard input and output:
/// - The supervisor first sends `lede-worker 1 N`, a line feed, and the N bytes of the
///   pipeline configuration (`--config`'s text; none for the news pipeline). The worker builds
///   its processor and answers `ready`.
/// - Then each request is a line `NUMBER BYTES`: the input line's number, a space, and the
///   input line as read, without its line feed. The worker answers each with exactly one line,
///   ``JSONLinesProcessor``'s, in the order of the requests.
///
/// Before analysing a record the worker stores its number in the shared progress page, and
/// after it the negation, so the supervisor knows which record a worker was in when it died
/// or ran out of time. Answers are written in batches: when no further request is waiting, or
/// after 64 KB or 2 ms of answers, so that a stream of short records costs few system calls
/// and an answer is never held back long.
enum JSONLinesWorker {
    /// The version of the protocol, in the first line.
    static let protocolVersion = 1
    /// What a worker says once its processor is built.
    static let ready: [UInt8] = Array("ready\n".utf8)

    /// Runs the worker until its standard input ends.
    ///
    /// - Parameter makeProcessor: Builds the processor from the configuration's text.
    /// - Throws: ``InputError`` for a broken protocol, ``OutputError`` when the supervisor
    ///   is gone, or what `makeProcessor` throws.
    static func run(makeProcessor: (String?) throws -> JSONLinesProcessor) throws {
        watchForAnAbsentReader()
        var input = ByteQueue()
        let configuration = try readHeader(from: &input)
        let processor = try makeProcessor(configuration)
        let progress = WorkerProgress.inherited()
        var output: [UInt8] = []
        output.reserveCapacity(1 << 17)
        try Output.write(ready)
        var lastFlush = now()
        func flush() throws(OutputError) {
            guard !output.isEmpty else { return }
            try Output.write(output)
            output.removeAll(keepingCapacity: true)
            lastFlush = now()
        }
        while true {
            // The requests waiting, a batch at a time: one stage runs over a batch's documents
            // before the next, which is faster than one record at a time. The progress names
            // the line being worked on at each step, so a crash or a runaway stage is blamed
            // on that record, and the others of the batch are sent again.
            var batch: [(line: [UInt8], number: Int)] = []
            var bytes = 0
            func answer() throws(OutputError) {
                guard !batch.isEmpty else { return }
                let answers = processor.process(batch) { progress?.line = $0 }
                progress?.line = -(batch.last?.number ?? 0)
                for answer in answers { output.append(contentsOf: answer) }
                batch.removeAll(keepingCapacity: true)
                bytes = 0
                if output.count >= 1 << 16 || now() - lastFlush >= 0.002 { try flush() }
            }
            while let request = try input.takeLine({ try Request($0) }) {
                batch.append((request.line, request.number))
                bytes += request.line.count
                if AnalysisPipeline.isFullBatch(documents: batch.count, bytes: bytes) { try answer() }
            }
            try answer()
            try flush()
            let count = input.read(from: 0)
            if count == 0 { break }
            if count < 0 && errno != EINTR && errno != EAGAIN {
                throw InputError("worker: reading requests failed (\(String(cString: strerror(errno))))")
            }
        }
    }

    /// One request: an input line and its number.
    private struct Request {
        var number: Int
        var line: [UInt8]

        init(_ bytes: UnsafeBufferPointer<UInt8>) throws(InputError) {
            var number = 0
            var index = 0
            while index < bytes.count, index < 18, bytes[index] >= 0x30 && bytes[index] <= 0x39 {
                number = number * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            guard index > 0, index < bytes.count, bytes[index] == 0x20 else {
                throw InputError("worker: a request does not start with a line number and a space")
            }
            self.number = number
            self.line = Array(UnsafeBufferPointer(rebasing: bytes[(index + 1)...]))
        }
    }

    /// Reads `lede-worker 1 N` and the N bytes of configuration that follow.
    private static func readHeader(from input: inout ByteQueue) throws -> String? {
        var header: String?
        while header == nil {
            header = input.takeLine { String(decoding: $0, as: UTF8.self) }
            if header == nil && input.read(from: 0) <= 0 && errno != EINTR {
                throw InputError("worker: the input ended before its header")
            }
        }
        let fields = (header ?? "").split(separator: " ")
        guard fields.count == 3, fields[0] == "lede-worker", fields[1] == "\(protocolVersion)",
            let length = Int(fields[2]), length >= 0
        else {
            throw InputError("worker: the header is not 'lede-worker \(protocolVersion) LENGTH'")
        }
        var configuration = input.take(length)
        while configuration == nil {
            if input.read(from: 0) <= 0 && errno != EINTR {
                throw InputError("worker: the input ended inside the configuration")
            }
            configuration = input.take(length)
        }
        return length == 0 ? nil : configuration.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Ends this process as soon as nobody reads its output, even in the middle of a record
    /// that never finishes, so that a worker never outlives its supervisor.
    private static func watchForAnAbsentReader() {
        Thread.detachNewThread {
            // With no events asked for, poll still reports an error or a hang-up: on the write
            // end of a pipe, that its reader has closed it.
            var watch = pollfd(fd: 1, events: 0, revents: 0)
            while true {
                if poll(&watch, 1, -1) > 0 && watch.revents & Int16(POLLERR | POLLHUP | POLLNVAL) != 0 {
                    _exit(0)
                }
            }
        }
    }
}

/// Seconds on a monotonic clock.
func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
