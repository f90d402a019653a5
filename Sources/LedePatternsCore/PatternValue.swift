/// The value of one key in a pattern file, with where each of its lines came from.
///
/// A value may continue on indented lines; ``text`` joins its lines with `"\n"`, and
/// ``location(atByte:)`` maps a UTF-8 offset into ``text`` back to the file, which is how a
/// PCRE2 compile error inside a multi-line regex finds its line and column.
struct PatternValue: Sendable, Hashable {
    /// One line of a value: its text, without indentation, and where that text starts.
    struct Segment: Sendable, Hashable {
        var location: PatternLocation
        var text: String
    }

    /// Where the value starts: just after `key:` and the spaces after it.
    var start: PatternLocation
    /// The lines of the value, in order; empty for an empty value.
    var segments: [Segment]

    /// The value's lines joined with `"\n"`.
    var text: String { segments.map(\.text).joined(separator: "\n") }

    /// Whether the value has more than one line.
    var spansLines: Bool { segments.count > 1 }

    /// The file location of a UTF-8 byte offset into ``text``.
    ///
    /// An offset at the end of a line maps to just after that line's last byte; offsets past the
    /// end map to the end of the value.
    func location(atByte offset: Int) -> PatternLocation {
        guard let last = segments.last else { return start }
        var remaining = max(0, offset)
        for segment in segments {
            let count = segment.text.utf8.count
            if remaining <= count {
                return PatternLocation(line: segment.location.line, column: segment.location.column + remaining)
            }
            remaining -= count + 1
        }
        return PatternLocation(line: last.location.line, column: last.location.column + last.text.utf8.count)
    }
}
