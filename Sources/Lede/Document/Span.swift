/// A range of a document's working text, in UTF-8 bytes.
///
/// Every annotation in Lede points into ``Document/text`` with a `Span`. Because the
/// working text may differ from the input (normalizers rewrite it),
/// ``Document/originalRange(of:)`` turns a span into the range of the **original** input
/// it came from, so `document.originalText(of: span)` is the text the user gave.
///
/// Offsets are UTF-8 byte offsets: the unit PCRE2 works in, O(1) to turn into
/// `String.Index` values. ``Document/scalarOffsets`` converts them to Unicode code-point
/// offsets for JSON consumers.
///
/// `Span` is `Sendable`.
public struct Span: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The first byte.
    public var start: Int
    /// The byte after the last one.
    public var end: Int

    /// Creates a span.
    ///
    /// - Parameters:
    ///   - start: The first byte.
    ///   - end: The byte after the last one; not less than `start`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "A span cannot end (\(end)) before it starts (\(start)).")
        self.start = start
        self.end = end
    }

    /// Creates a span covering a byte range.
    ///
    /// - Parameter range: The byte range.
    public init(_ range: Range<Int>) {
        self.start = range.lowerBound
        self.end = range.upperBound
    }

    /// The byte range.
    public var range: Range<Int> { start..<end }
    /// The number of bytes.
    public var length: Int { end - start }
    /// Whether the span covers no bytes.
    public var isEmpty: Bool { start == end }

    /// Whether the span lies entirely inside another.
    ///
    /// - Parameter other: The enclosing candidate.
    /// - Returns: `true` if no byte of `self` lies outside `other`.
    public func isInside(_ other: Span) -> Bool { start >= other.start && end <= other.end }

    /// Whether two spans share at least one byte.
    ///
    /// - Parameter other: The other span.
    /// - Returns: `true` if the spans share a byte.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    /// Orders spans by start, then by end.
    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    /// `start..<end`.
    public var description: String { "\(start)..<\(end)" }
}

/// Which stage made an annotation, and by which of its rules.
///
/// `stage` is the stage's ``AnalysisStage/name`` (such as `lede.sentences`), `rule` a stable
/// identifier the stage documents (such as `terminal-punctuation`). `Provenance` is `Sendable`.
public struct Provenance: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The name of the stage that made the annotation.
    public var stage: String
    /// The rule of that stage that made it.
    public var rule: String

    /// Creates a provenance record.
    ///
    /// - Parameters:
    ///   - stage: The stage's name.
    ///   - rule: The rule's identifier.
    public init(stage: String, rule: String) {
        self.stage = stage
        self.rule = rule
    }

    /// `stage/rule`.
    public var description: String { "\(stage)/\(rule)" }
}
