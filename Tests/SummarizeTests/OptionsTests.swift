import Testing

/// `summarize`'s checks of its options, run as a child process.
@Suite struct OptionsTests {
    @Test(
        "--jobs takes 1 to 256 or 0, and says so for anything else",
        arguments: ["-1", "9223372036854775807", "257", "two"]
    )
    func jobs(value: String) throws {
        let run = try Child(["--jsonl", "--jobs", value], input: .bytes([])).finish()
        #expect(run.status.exitCode == 64)
        #expect(run.errors.contains("use a whole number from 1 to 256, or 0 for all cores"), "\(run.errors)")
        #expect(!run.errors.contains("Missing value"))
    }

    @Test("--jobs 0 means all cores", arguments: [["--jsonl"], ["--jsonl", "--jobs", "0"], ["--jsonl", "-j", "1"]])
    func goodJobs(arguments: [String]) throws {
        let run = try Child(arguments, input: .bytes(Array(Records.line(id: "1", text: "Fine.").utf8))).finish()
        #expect(run.status.exitCode == 0, "\(run.errors)")
        #expect(run.lines.count == 1)
    }

    @Test(
        "the record limits say what they take",
        arguments: [
            (["--record-timeout", "0"], "use a number of seconds more than 0"),
            (["--record-timeout", "-3"], "use a number of seconds more than 0"),
            (["--max-record-bytes", "2T"], "use a whole number of bytes from 1 to 1 TiB"),
            (["--max-record-bytes", "-1"], "use a whole number of bytes from 1 to 1 TiB"),
        ]
    )
    func limits(arguments: [String], message: String) throws {
        let run = try Child(["--jsonl"] + arguments, input: .bytes([])).finish()
        #expect(run.status.exitCode == 64)
        #expect(run.errors.contains(message), "\(run.errors)")
    }

    @Test func theWorkerFlagIsNotInTheHelp() throws {
        let run = try Child(["--help"], input: .bytes([])).finish()
        let help = run.lines.joined(separator: "\n")
        #expect(help.contains("--record-timeout"))
        #expect(help.contains("--max-record-bytes"))
        #expect(!help.contains("--worker"))
    }
}
