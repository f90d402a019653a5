internal import CPCRE2

/// One match of a ``PCRE2Pattern``: the whole match and its capture groups.
///
/// Ranges are UTF-8 byte offsets into ``subject``; ``indices(_:)-(Int)`` and
/// ``substring(_:)-(Int)`` give the same places as `String.Index` ranges and substrings.
/// A group that did not take part in the match has no range.
///
/// `PCRE2Match` is `Sendable`.
public struct PCRE2Match: Sendable {
    /// The text that was searched.
    public let subject: String
    /// The pattern that matched.
    public let pattern: PCRE2Pattern
    private let ovector: [Int]

    init(subject: String, pattern: PCRE2Pattern, ovector: [Int]) {
        self.subject = subject
        self.pattern = pattern
        self.ovector = ovector
    }

    /// The byte range of the whole match.
    public var range: Range<Int> { self[0] ?? 0..<0 }

    /// The number of capture groups of the pattern (not counting the whole match).
    public var captureCount: Int { ovector.count / 2 - 1 }

    /// The byte range of a capture group, or `nil` if it did not take part in the match.
    ///
    /// - Parameter group: The group number; 0 is the whole match.
    public subscript(_ group: Int) -> Range<Int>? {
        PCRE2Groups.range(in: ovector, group: group)
    }

    /// The byte range of a named capture group, or `nil` if there is no such group or it did
    /// not take part in the match.
    ///
    /// - Parameter name: The group name.
    public subscript(_ name: String) -> Range<Int>? {
        guard let number = pattern.groupNumber(named: name) else { return nil }
        return self[number]
    }

    /// The range of a capture group as `String.Index` values in ``subject``.
    ///
    /// - Parameter group: The group number; 0 is the whole match.
    /// - Returns: The range, or `nil` if the group did not take part in the match.
    public func indices(_ group: Int) -> Range<String.Index>? {
        self[group].map { subject.indexRange(utf8: $0) }
    }

    /// The range of a named capture group as `String.Index` values in ``subject``.
    ///
    /// - Parameter name: The group name.
    /// - Returns: The range, or `nil` if there is no such group or it did not take part.
    public func indices(_ name: String) -> Range<String.Index>? {
        self[name].map { subject.indexRange(utf8: $0) }
    }

    /// The text of a capture group.
    ///
    /// - Parameter group: The group number; 0 is the whole match.
    /// - Returns: The text, or `nil` if the group did not take part in the match.
    public func substring(_ group: Int) -> Substring? {
        indices(group).map { subject[$0] }
    }

    /// The text of a named capture group.
    ///
    /// - Parameter name: The group name.
    /// - Returns: The text, or `nil` if there is no such group or it did not take part.
    public func substring(_ name: String) -> Substring? {
        indices(name).map { subject[$0] }
    }
}

/// A borrowed, allocation-free view of one match's groups, passed to
/// ``PCRE2Pattern/forEachMatch(in:range:_:)``.
///
/// It is `~Copyable` so it cannot escape the call it is lent to, and it is not `Sendable`.
public struct PCRE2Groups: ~Copyable {
    private let ovector: UnsafeMutablePointer<Int>
    private let count: Int
    private let pattern: PCRE2Pattern

    init(ovector: UnsafeMutablePointer<Int>, count: Int, pattern: PCRE2Pattern) {
        self.ovector = ovector
        self.count = count
        self.pattern = pattern
    }

    /// The byte range of the whole match.
    public var range: Range<Int> { self[0] ?? 0..<0 }

    /// The byte range of a capture group, or `nil` if it did not take part in the match.
    ///
    /// - Parameter group: The group number; 0 is the whole match.
    public subscript(_ group: Int) -> Range<Int>? {
        guard group >= 0, group < count else { return nil }
        return PCRE2Groups.range(start: ovector[2 * group], end: ovector[2 * group + 1])
    }

    /// The byte range of a named capture group, or `nil` if there is no such group or it did
    /// not take part in the match.
    ///
    /// - Parameter name: The group name.
    public subscript(_ name: String) -> Range<Int>? {
        guard let number = pattern.groupNumber(named: name) else { return nil }
        return self[number]
    }

    static let unset = cpcre2_unset()

    static func range(in ovector: [Int], group: Int) -> Range<Int>? {
        guard group >= 0, 2 * group + 1 < ovector.count else { return nil }
        return range(start: ovector[2 * group], end: ovector[2 * group + 1])
    }

    static func range(start: Int, end: Int) -> Range<Int>? {
        guard start != unset, end != unset else { return nil }
        // `\K` inside a lookaround can leave the start after the end; report the span between.
        return min(start, end)..<max(start, end)
    }
}

@available(*, unavailable)
extension PCRE2Groups: Sendable {}

/// A lazy, left-to-right search for the non-overlapping matches of a pattern in one subject.
///
/// Made by ``PCRE2Pattern/matchIterator(in:range:)``. Each ``next()`` runs one search and
/// throws if a limit is reached, so no error is lost. An iterator owns its PCRE2 match data
/// and is not `Sendable`; make one per task.
public final class PCRE2MatchIterator {
    private let pattern: PCRE2Pattern
    private var subject: String
    private let original: String
    private let bounds: Range<Int>
    private let scratch: PCRE2Pattern.MatchScratch
    private var start: Int
    private var flags: UInt32 = 0
    private var finished = false

    init(pattern: PCRE2Pattern, subject: String, bounds: Range<Int>, scratch: PCRE2Pattern.MatchScratch) {
        self.pattern = pattern
        self.subject = subject
        self.original = subject
        self.bounds = bounds
        self.scratch = scratch
        self.start = bounds.lowerBound
    }

    /// Finds the next match.
    ///
    /// - Returns: The next match, or `nil` when there are no more.
    /// - Throws: ``PCRE2Error`` when a limit is reached; the iterator is finished after that.
    public func next() throws(PCRE2Error) -> PCRE2Match? {
        guard !finished, start <= bounds.upperBound else { return nil }
        do {
            guard try pattern.execute(on: &subject, from: start, end: bounds.upperBound, flags: flags, scratch: scratch)
            else {
                finished = true
                return nil
            }
        } catch {
            finished = true
            throw error
        }
        let match = PCRE2Match(
            subject: original,
            pattern: pattern,
            ovector: scratch.copyOvector(count: pattern.captureCount + 1)
        )
        let whole = match.range
        start = whole.upperBound
        flags = whole.isEmpty ? UInt32(PCRE2_NOTEMPTY_ATSTART) : 0
        return match
    }
}

@available(*, unavailable)
extension PCRE2MatchIterator: Sendable {}

extension String {
    /// The `String.Index` range for a UTF-8 byte range; O(1) for native strings.
    func indexRange(utf8 range: Range<Int>) -> Range<String.Index> {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return start..<end
    }
}
