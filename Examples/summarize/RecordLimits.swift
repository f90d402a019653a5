import LedeExampleSupport

/// The limits of `--jsonl` on one record: its time and its size.
enum RecordLimits {
    /// The default `--record-timeout`: 60 seconds for a record of up to 1 MB, and per MB of a
    /// larger one.
    ///
    /// Ordinary news runs at about 3 MB/s on one core, so this is some 200 times what a record
    /// needs; it is there to stop a runaway analysis, not a slow machine.
    static let defaultTimeout = 60.0

    /// The default `--max-record-bytes`: 16 MiB.
    ///
    /// Far above any article or book chapter (a long news article is 50 KB), and small enough
    /// that one worker analysing a record of that size stays within a few hundred megabytes.
    static let defaultMaximumBytes = 16 << 20

    /// The time limit of a record of `bytes` bytes: `timeout` per started megabyte, at least `timeout`.
    ///
    /// A worker analyses the records it holds in batches, one stage at a time over each, so
    /// the limit bounds each stretch of work on a record (reading it, one stage on one of its
    /// documents, its summary and answer): a runaway analysis stays in one of them.
    static func timeLimit(bytes: Int, timeout: Double) -> Double {
        timeout * max(1, Double(bytes) / Double(1 << 20))
    }

    /// Reads `--record-timeout`: a number of seconds, more than 0.
    static func parseSeconds(_ text: String) throws(InputError) -> Double {
        guard let seconds = Double(text), seconds > 0, seconds <= 1e7 else {
            throw InputError("use a number of seconds more than 0, such as 60 or 2.5")
        }
        return seconds
    }

    /// Reads `--max-record-bytes`: a whole number of bytes, optionally followed by K, M or G
    /// (powers of 1024), from 1 byte to 1 TiB.
    static func parseBytes(_ text: String) throws(InputError) -> Int {
        let message = "use a whole number of bytes from 1 to 1 TiB, or of K, M or G, such as 16M"
        var digits = Substring(text)
        var unit = 1
        if let last = digits.last, let shift = ["K": 10, "M": 20, "G": 30][last.uppercased()] {
            unit = 1 << shift
            digits = digits.dropLast()
        }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            digits.count <= 13, let count = Int(digits), count >= 1, count <= (1 << 40) / unit
        else {
            throw InputError(message)
        }
        return count * unit
    }
}
