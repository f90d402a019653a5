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

    @Test(
        "--sentences and --ratio say what they take",
        arguments: [
            (["--sentences", "-2"], "use a whole number of sentences from 1 to 1000000"),
            (["--sentences", "0"], "use a whole number of sentences from 1 to 1000000"),
            (["--sentences", "9223372036854775807"], "use a whole number of sentences from 1 to 1000000"),
            (["-s", "1000001"], "use a whole number of sentences from 1 to 1000000"),
            (["--ratio", "0"], "use a fraction of the body sentences more than 0 and at most 1"),
            (["--ratio", "-0.5"], "use a fraction of the body sentences more than 0 and at most 1"),
            (["--ratio", "1.5"], "use a fraction of the body sentences more than 0 and at most 1"),
        ]
    )
    func lengths(arguments: [String], message: String) throws {
        for mode in [["--jsonl"], []] {
            let run = try Child(mode + arguments, input: .bytes([])).finish()
            #expect(run.status.exitCode == 64)
            #expect(run.errors.contains(message), "\(run.errors)")
            #expect(!run.errors.contains("Missing value"))
        }
    }

    @Test("--ratio 1 gives every body sentence", arguments: [[], ["--jsonl"]])
    func wholeRatio(mode: [String]) throws {
        let text = "Budget passes\n\nThe vote was close. Taxes rise in May. Schools gain most. Critics object."
        let input = mode.isEmpty ? text : Records.line(id: "1", text: text)
        let run = try Child(mode + ["--ratio", "1"], input: .bytes(Array(input.utf8))).finish()
        #expect(run.status.exitCode == 0, "\(run.errors)")
        let output = run.lines.joined(separator: "\n")
        for sentence in ["The vote was close.", "Taxes rise in May.", "Schools gain most.", "Critics object."] {
            #expect(output.contains(sentence))
        }
        if mode.isEmpty { #expect(run.lines.count == 5) }
    }

    @Test func theWorkerFlagIsNotInTheHelp() throws {
        let run = try Child(["--help"], input: .bytes([])).finish()
        let help = run.lines.joined(separator: "\n")
        #expect(help.contains("--record-timeout"))
        #expect(help.contains("--max-record-bytes"))
        #expect(!help.contains("--worker"))
    }
}
