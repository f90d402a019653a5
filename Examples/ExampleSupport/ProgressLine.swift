import Foundation

/// A progress line on standard error: how many inputs are done, of how many, and how fast.
///
/// It is redrawn at most five times a second, in place, and cleared at the end, so that it
/// never mixes with the lines of errors and warnings. Shown by default only when standard
/// error is a terminal; `--progress` and `--no-progress` decide otherwise. `ProgressLine` is
/// not `Sendable`: one thread draws it.
public final class ProgressLine {
    private let total: Int?
    private let unit: String
    private let start = Date()
    private var lastDrawn = Date.distantPast
    private var isDrawn = false

    /// A progress line, or `nil` when none is to be shown.
    ///
    /// - Parameters:
    ///   - choice: `--progress` (`true`), `--no-progress` (`false`) or neither (`nil`: shown
    ///     when standard error is a terminal and the run is long enough).
    ///   - total: How many inputs there are, if known.
    ///   - unit: What the inputs are, in the plural, such as `files` or `records`.
    ///   - isLong: Whether the run is long enough for progress by default.
    public init?(choice: Bool?, total: Int?, unit: String, isLong: Bool = true) {
        guard choice ?? (Output.errorIsTerminal && isLong) else { return nil }
        self.total = total
        self.unit = unit
    }

    /// Shows that `done` inputs are done, unless the line was drawn less than 0.2 s ago.
    ///
    /// - Parameter done: How many are done.
    public func update(done: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.2 else { return }
        lastDrawn = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let count = total.map { "\(done) of \($0) \(unit)" } ?? "\(done) \(unit)"
        Output.progress("analysed \(count), \(rate < 10 ? String(format: "%.1f", rate) : String(Int(rate)))/s")
        isDrawn = true
    }

    /// Clears the line, so that a message can be written in its place.
    public func clear() {
        guard isDrawn else { return }
        Output.progress("")
        isDrawn = false
        lastDrawn = .distantPast
    }
}

@available(*, unavailable)
extension ProgressLine: Sendable {}
