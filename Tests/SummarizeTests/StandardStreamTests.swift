import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `summarize` does when its output cannot be written or its input is closed.
@Suite(.serialized) struct StandardStreamTests {
    static let seeds = Child.root.appendingPathComponent("seeds").path
    static let modes: [[String]] = [[seeds], ["--format", "json", seeds], ["--jsonl"]]

    /// The seed records, as standard input of `--jsonl`.
    static func input() throws -> Child.Source { .bytes(Array(try Records.seeds().joined().utf8)) }

    #if os(Linux)
    @Test("a full disk ends the run with one line on standard error", arguments: modes)
    func fullDisk(arguments: [String]) throws {
        let run = try Child(arguments, input: Self.input(), output: .file("/dev/full")).finish()
        #expect(run.status.exitCode == 1)
        #expect(run.errors == "Error: cannot write the output: No space left on device\n")
    }
    #endif

    @Test("a closed standard output ends the run with one line on standard error", arguments: modes)
    func closedOutput(arguments: [String]) throws {
        let run = try Child(arguments, input: Self.input(), output: .closed).finish()
        #expect(run.status.exitCode == 1)
        #expect(run.errors == "Error: cannot write the output: Bad file descriptor\n")
    }

    @Test func aClosedStandardInputIsAReadError() throws {
        let run = try Child(["--jsonl"], input: .closed).finish()
        #expect(run.status.exitCode == 1)
        #expect(run.lines.isEmpty)
        #expect(run.errors.contains("reading standard input failed (Bad file descriptor)"), "\(run.errors)")
    }

    @Test("a reader that goes away ends the stream at once and quietly")
    func closedPipe() throws {
        let child = try Child(["--jsonl", "--jobs", "2"])
        // Keep feeding records from another thread until the child stops reading them.
        let fed = Fed()
        let input = child.input
        let feeder = Thread {
            var number = 0
            while fed.bytes.withLock({ $0 }) < 200 << 20 {
                number += 1
                let line = Array(Records.line(id: "\(number)", text: Records.text(number)).utf8)
                guard Child.write(line, to: input) else { break }
                fed.bytes.withLock { $0 += line.count }
            }
        }
        feeder.start()
        #expect(child.readLine(timeout: 60) != nil)
        child.closeOutput()
        let run = child.finish(timeout: 30)
        child.closeInput()
        #expect(run.status.exitCode == 0)
        #expect(run.errors.isEmpty)
        // It read what its window holds, not the endless input.
        #expect(fed.bytes.withLock { $0 } < 20 << 20)
    }

    /// Bytes written by a feeding thread.
    final class Fed: Sendable {
        let bytes = Mutex(0)
    }
}
