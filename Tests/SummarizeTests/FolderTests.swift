import Foundation
import Testing

/// `summarize` on a folder, run as a child process.
@Suite struct FolderTests {
    @Test(
        "writes the same output whatever the number of jobs",
        arguments: [["--format", "text"], ["--format", "json"]]
    )
    func sameOutputWhateverTheJobs(format: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for number in 1...24 {
            let text =
                Records.text(number) + "\n\n“It will take time,” said Ana Ruiz, an analyst. Shares fell \(number)%."
            try text.write(to: folder.appendingPathComponent("\(number).txt"), atomically: true, encoding: .utf8)
        }
        let outputs = try [1, 2, 3].map { jobs in
            let run = try Child(format + ["--quotes", "--jobs", "\(jobs)", folder.path], input: .bytes([])).finish()
            #expect(run.status.exitCode == 0, "\(run.errors)")
            return run.lines
        }
        #expect(!outputs[0].isEmpty)
        #expect(outputs[1] == outputs[0])
        #expect(outputs[2] == outputs[0])
    }
}
