import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard input that is a folder or closed, and inputs that are pipes or devices, in the
/// file modes of `summarize` and `quotes`, run as child processes.
@Suite struct InputStreamTests {
    static let article =
        "Talks resume\n\nThe mayor spoke on Monday. Shares rose 5% in the quarter. The city was calm.\n"
    static let commands = [Child.executable, Child.quotes]

    @Test("standard input that is a folder is an error, not a trap", arguments: commands)
    func folderAsStandardInput(program: String) throws {
        let folder = try TemporaryFolder()
        let run = try Child([], program: program, input: .path(folder.path)).finish()
        #expect(run.status.exitCode == 1, "\(run.status)")
        #expect(
            run.errors == "error: cannot read standard input: it is a folder; name a folder as an argument instead\n"
        )
        #expect(run.lines.isEmpty)
    }

    @Test("a closed standard input is an error, not a trap", arguments: commands)
    func closedStandardInput(program: String) throws {
        let run = try Child(["-"], program: program, input: .closed).finish()
        #expect(run.status.exitCode == 1, "\(run.status)")
        #expect(run.errors.hasPrefix("error: cannot read standard input: it is closed"), "\(run.errors)")
        #expect(run.lines.isEmpty)
    }

    @Test("a named pipe is read as a stream", arguments: commands)
    func namedPipe(program: String) throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path("article.txt")
        try #require(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            let descriptor = open(fifo, O_WRONLY)
            guard descriptor >= 0 else { return }
            _ = Child.write(Array(Self.article.utf8), to: descriptor)
            close(descriptor)
        }
        writer.start()
        let run = try Child([fifo], program: program, input: .bytes([])).finish()
        #expect(run.status.exitCode == 0, "\(run.errors)")
        #expect(run.errors.isEmpty)
        if program == Child.executable { #expect(run.lines.contains("  2. Shares rose 5% in the quarter.")) }
    }

    @Test func aDeviceAndAConfigurationFromAPipeAreReadAsStreams() throws {
        // /dev/stdin is what `<(…)` gives too: a path to a pipe under /dev/fd.
        let folder = try TemporaryFolder(["a.txt": Self.article])
        let child = try Child(["--config", "/dev/stdin", "--format", "json", folder.path("a.txt")])
        child.write(#"{"stages": [{"name": "lede.sentences"}]}"#)
        child.closeInput()
        let run = child.finish()
        // The configuration was read: the error is about what it lacks for a summary.
        #expect(run.errors.contains("requires"), "\(run.errors)")
        #expect(!run.errors.contains("permission"))

        let piped = try Child(["/dev/stdin"])
        piped.write(Self.article)
        piped.closeInput()
        let result = piped.finish()
        #expect(result.status.exitCode == 0, "\(result.errors)")
        #expect(result.lines.first == "/dev/stdin — Talks resume")
    }
}
