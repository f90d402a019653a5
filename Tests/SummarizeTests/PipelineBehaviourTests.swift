import Testing

/// How `summarize` and `quotes` behave in shell pipelines: error records, progress and the
/// help's exit statuses, run as child processes.
@Suite struct PipelineBehaviourTests {
    /// Four records: the second and the fourth are errors; the first has an id that looks
    /// like the start of an error record, and is not one.
    static let records =
        Records.line(id: #""a\",\"schema_version\":1,\"line\":""#, text: "Fine.")
        + Records.line(id: "2", text: "x", extra: #", "summary_sentences": -1"#)
        + Records.line(id: "3", text: "Also fine.")
        + "not JSON\n"

    @Test func errorRecordsAreCountedOnStandardErrorAndLeaveTheStatusAtZero() throws {
        let run = try Child(["--jsonl"], input: .bytes(Array(Self.records.utf8))).finish()
        #expect(run.status.exitCode == 0)
        #expect(run.lines.count == 4)
        #expect(run.errors == "summarize: 2 of 4 records are error records (their lines hold \"error\")\n")
    }

    @Test func failOnErrorEndsTheRunAfterTheFirstErrorRecord() throws {
        let run = try Child(["--jsonl", "--fail-on-error"], input: .bytes(Array(Self.records.utf8))).finish()
        #expect(run.status.exitCode == 1)
        #expect(run.lines.count == 2)
        #expect(run.lines.last?.contains(#""error":"#) == true)
        #expect(run.errors == "error: line 2 is an error record; --fail-on-error ends the run there\n")
    }

    @Test func goodRecordsWriteNothingOnStandardError() throws {
        let input = Records.line(id: "1", text: "Fine.") + Records.line(id: "2", text: "Also fine.")
        let run = try Child(["--jsonl", "--fail-on-error"], input: .bytes(Array(input.utf8))).finish()
        #expect(run.status.exitCode == 0)
        #expect(run.lines.count == 2)
        #expect(run.errors.isEmpty)
    }

    @Test(
        "progress goes to standard error when asked for, and not by default when it is not a terminal",
        arguments: [
            (Child.executable, ["--progress"], true), (Child.executable, [], false),
            (Child.executable, ["--no-progress"], false), (Child.quotes, ["--progress"], true),
            (Child.quotes, [], false),
        ]
    )
    func progress(program: String, arguments: [String], shows: Bool) throws {
        let folder = try TemporaryFolder(["a.txt": InputStreamTests.article, "b.txt": InputStreamTests.article])
        let run = try Child(arguments + [folder.path], program: program, input: .bytes([])).finish()
        #expect(run.status.exitCode == 0)
        #expect(run.errors.contains("analysed 1 of 2 files") == shows, "\(run.errors)")
        if !shows { #expect(run.errors.isEmpty) }
    }

    @Test func progressCountsRecordsWhenAskedFor() throws {
        let input = Records.line(id: "1", text: "Fine.") + Records.line(id: "2", text: "Also fine.")
        let run = try Child(["--jsonl", "--progress"], input: .bytes(Array(input.utf8))).finish()
        #expect(run.errors.contains("analysed 1 records"), "\(run.errors)")
        #expect(run.lines.count == 2)
    }

    @Test("the help lists the exit statuses", arguments: [Child.executable, Child.quotes])
    func exitStatuses(program: String) throws {
        let run = try Child(["--help"], program: program, input: .bytes([])).finish()
        let help = run.lines.joined(separator: " ")
        #expect(help.contains("Exit status: 0 when"), "\(help)")
        #expect(help.contains("64 for a bad option"))
    }
}
