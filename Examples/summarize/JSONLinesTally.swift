import LedeExampleSupport

/// What `--jsonl` has written: its lines, and the error records among them.
///
/// The supervisor hands it each line as it is written. It draws the progress line, counts
/// the error records for the closing line on standard error, and with `--fail-on-error` says
/// when to stop: after the first error record.
final class JSONLinesTally {
    /// Whether the first error record ends the run (`--fail-on-error`).
    let failsOnError: Bool
    private let progress: ProgressLine?
    private(set) var lines = 0
    private(set) var errors = 0

    /// The exact start of an error record after its id: every error record has its `line`
    /// right after `schema_version`, and no analysis or event record does.
    private static let errorMark = Array(#","schema_version":1,"line":"#.utf8)

    /// Thrown by the supervisor after writing the error record that ends a `--fail-on-error` run.
    struct Stop: Error {}

    init(failsOnError: Bool, progress: Bool?) {
        self.failsOnError = failsOnError
        self.progress = ProgressLine(choice: progress, total: nil, unit: "records")
    }

    /// Counts a written line.
    ///
    /// - Returns: `true` when the run should stop after this line.
    func count(_ line: [UInt8]) -> Bool {
        lines += 1
        progress?.update(done: lines)
        guard Self.isErrorRecord(line) else { return false }
        errors += 1
        return failsOnError
    }

    /// Clears the progress line and writes the closing line: how many records were errors.
    func finish() {
        progress?.clear()
        if failsOnError && errors > 0 {
            Output.error("error: line \(lines) is an error record; --fail-on-error ends the run there")
        } else if errors > 0 {
            Output.error("summarize: \(errors) of \(lines) records are error records (their lines hold \"error\")")
        }
    }

    /// Whether a line written by `--jsonl` is an error record: `{"id":…,"schema_version":1,"line":…`.
    static func isErrorRecord(_ line: [UInt8]) -> Bool {
        let start = Array(#"{"id":"#.utf8)
        guard line.starts(with: start) else { return false }
        guard let end = endOfValue(in: line, from: start.count) else { return false }
        return line[end...].starts(with: errorMark)
    }

    /// The index after the compact JSON value that starts at `index`.
    private static func endOfValue(in line: [UInt8], from index: Int) -> Int? {
        var depth = 0
        var inString = false
        var escaped = false
        var position = index
        while position < line.count {
            let byte = line[position]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 { return position + 1 }
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return position + 1 }
                case UInt8(ascii: ","): if depth == 0 { return position }
                default: break
                }
            }
            position += 1
        }
        return nil
    }
}
