import Foundation
import Testing

/// `summarize --jsonl` run as a child process: streaming, isolation, limits.
@Suite(.serialized) struct JSONLinesTests {
    @Test("answers each record before the next is written", arguments: [1, 2])
    func streamsOneRecordAtATime(jobs: Int) throws {
        let child = try Child(["--jsonl", "--jobs", "\(jobs)"])
        for number in 1...5 {
            child.write(Records.line(id: "\(number)", text: Records.text(number)))
            let line = try #require(child.readLine(timeout: 60), "no answer to record \(number)")
            let record = try Records.parse(line)
            #expect(record["id"] as? Int == number)
            #expect((record["sentences"] as? [Any])?.isEmpty == false)
        }
        child.closeInput()
        let rest = child.finish()
        #expect(rest.lines.isEmpty)
        #expect(rest.status.exitCode == 0, "\(rest.errors)")
    }

    @Test("writes the same output whatever the number of jobs")
    func sameOutputWhateverTheJobs() throws {
        // Enough records that every worker gets a batch, some asking for other summary lengths.
        var input = try Records.seeds().joined()
        for number in 1...150 {
            let extra = number % 7 == 0 ? #", "summary_sentences": 1"# : ""
            input += Records.line(id: "\(number)", text: Records.text(number), extra: extra)
        }
        input += "not json\n"
        let outputs = try [1, 2, 3].map { jobs in
            let run = try Child(["--jsonl", "--jobs", "\(jobs)"], input: .bytes(Array(input.utf8))).finish()
            #expect(run.status.exitCode == 0, "\(run.errors)")
            return run.lines
        }
        #expect(outputs[0].count == input.split(separator: "\n").count)
        #expect(outputs[1] == outputs[0])
        #expect(outputs[2] == outputs[0])
    }

    @Test("a record that makes a stage trap gets an error line in its place, and the rest go on")
    func survivesATrap() throws {
        var input = ""
        for number in 1...12 {
            let text = [3, 8].contains(number) ? "The TRAP-HERE marker sinks this one." : Records.text(number)
            input += Records.line(id: #""r\#(number)""#, text: text)
        }
        input += Records.line(id: #""decade""#, text: "In the 99999999999999999999s the city grew.")
        input += Records.line(id: #""last""#, text: Records.text(99))
        let run = try Child(
            ["--jsonl", "--jobs", "2"],
            environment: ["LEDE_TEST_TRAP_ON": "TRAP-HERE"],
            input: .bytes(Array(input.utf8))
        ).finish()
        #expect(run.status.exitCode == 0, "\(run.errors)")
        let records = try run.lines.map(Records.parse)
        #expect(records.count == 14)
        #expect(records.map { $0["id"] as? String } == (1...12).map { "r\($0)" } + ["decade", "last"])
        for (index, record) in records.enumerated() {
            if index == 2 || index == 7 {
                #expect(record["code"] as? String == "crashed")
                #expect(record["line"] as? Int == index + 1)
                #expect((record["error"] as? String)?.contains("test fault") == true)
                #expect(record["schema_version"] as? Int == 1)
            } else if index == 12 {
                // Crashed today; analysed once the decade reading is fixed: either way one line.
                #expect(record["code"] as? String == "crashed" || record["sentences"] != nil)
            } else {
                #expect(record["sentences"] != nil, "record \(index + 1): \(record)")
            }
        }
    }

    @Test("a record that runs away is stopped at its time limit, and the rest go on")
    func stopsARunaway() throws {
        let input = [
            Records.line(id: "1", text: Records.text(1)),
            Records.line(id: "2", text: "This one HANGS-HERE for ever."),
            Records.line(id: "3", text: Records.text(3)),
        ].joined()
        let started = Date()
        let run = try Child(
            ["--jsonl", "--jobs", "1", "--record-timeout", "1"],
            environment: ["LEDE_TEST_HANG_ON": "HANGS-HERE"],
            input: .bytes(Array(input.utf8))
        ).finish()
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(run.status.exitCode == 0, "\(run.errors)")
        let records = try run.lines.map(Records.parse)
        #expect(records.map { $0["id"] as? Int } == [1, 2, 3])
        #expect(records[1]["code"] as? String == "timeout")
        #expect((records[1]["error"] as? String)?.contains("time limit of 1 s") == true)
        #expect(records[2]["sentences"] != nil)
    }

    @Test("a line longer than the size limit gets an error line, and is not kept")
    func tooLarge() throws {
        let long = Records.line(id: "2", text: String(repeating: "Very long words here. ", count: 500))
        let input = Records.line(id: "1", text: "Short.") + long + Records.line(id: "3", text: "Short too.")
        let run = try Child(["--jsonl", "--max-record-bytes", "1K"], input: .bytes(Array(input.utf8))).finish()
        #expect(run.status.exitCode == 0, "\(run.errors)")
        let records = try run.lines.map(Records.parse)
        #expect(records.count == 3)
        #expect(records[0]["id"] as? Int == 1)
        #expect(records[1]["code"] as? String == "too-large")
        #expect(records[1]["line"] as? Int == 2)
        #expect(
            records[1]["error"] as? String
                == "the line has \(long.utf8.count - 1) bytes, more than the record size limit of 1024 bytes (--max-record-bytes)"
        )
        #expect(records[2]["id"] as? Int == 3)
    }

    @Test("ids come back as their original JSON text")
    func idsComeBackExactly() throws {
        let ids = [
            "9007199254740993", "123456789012345678", #"{"z": 1, "a": [true, null]}"#, #""caf\u00e9""#, "-0.5e-7",
        ]
        let input = ids.map { Records.line(id: $0, text: "Fine.") }.joined()
        let run = try Child(["--jsonl"], input: .bytes(Array(input.utf8))).finish()
        #expect(run.status.exitCode == 0, "\(run.errors)")
        let compact = [
            "9007199254740993", "123456789012345678", #"{"z":1,"a":[true,null]}"#, #""caf\u00e9""#, "-0.5e-7",
        ]
        #expect(run.lines.count == ids.count)
        for (line, id) in zip(run.lines, compact) {
            #expect(line.hasPrefix(#"{"id":\#(id),"schema_version":1,"#), "\(line.prefix(80))")
        }
    }

    #if os(Linux)
    @Test("--jobs N runs at most N worker processes", arguments: [1, 2])
    func jobsIsALimit(jobs: Int) throws {
        let child = try Child(["--jsonl", "--jobs", "\(jobs)"])
        for number in 1...200 {
            child.write(Records.line(id: "\(number)", text: Records.text(number)))
        }
        child.closeInput()
        var most = 0
        var lines = 0
        while child.readLine(timeout: 60) != nil {
            lines += 1
            most = max(most, Self.children(of: child.pid))
        }
        #expect(child.finish().status.exitCode == 0)
        #expect(lines == 200)
        #expect(most >= 1 && most <= jobs)
    }

    /// How many child processes a process has now.
    static func children(of pid: pid_t) -> Int {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.reduce(0) { count, task in
            let list = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? ""
            return count + list.split(separator: " ").count
        }
    }
    #endif
}
