internal import CPCRE2

/// Matching: the first match, a test, every match lazily or at once, and a scan that
/// allocates nothing per match.
extension PCRE2Pattern {
    /// Finds the first match at or after a byte offset.
    ///
    /// - Parameters:
    ///   - text: The subject.
    ///   - range: The byte range to search; the match must lie inside it. Lookbehind may still
    ///     see text before it. Defaults to the whole subject.
    /// - Returns: The match, or `nil` if there is none.
    /// - Throws: ``PCRE2Error`` for an offset that is out of bounds or inside a character, or when
    ///   a limit is reached.
    /// - Complexity: Depends on the pattern; O(*n*) in the searched length for patterns without
    ///   nested backtracking.
    public func firstMatch(in text: String, range: Range<Int>? = nil) throws(PCRE2Error) -> PCRE2Match? {
        let scratch = try takeScratch()
        defer { returnScratch(scratch) }
        var subject = text
        let bounds = try validated(range, in: &subject)
        guard try execute(on: &subject, from: bounds.lowerBound, end: bounds.upperBound, flags: 0, scratch: scratch)
        else { return nil }
        return PCRE2Match(subject: text, pattern: self, ovector: scratch.copyOvector(count: captureCount + 1))
    }

    /// Whether the pattern matches anywhere in the subject (or in `range`).
    ///
    /// - Parameters:
    ///   - text: The subject.
    ///   - range: The byte range to search. Defaults to the whole subject.
    /// - Returns: `true` if there is a match.
    /// - Throws: ``PCRE2Error`` as ``firstMatch(in:range:)`` does.
    public func matches(_ text: String, range: Range<Int>? = nil) throws(PCRE2Error) -> Bool {
        let scratch = try takeScratch()
        defer { returnScratch(scratch) }
        var subject = text
        let bounds = try validated(range, in: &subject)
        return try execute(on: &subject, from: bounds.lowerBound, end: bounds.upperBound, flags: 0, scratch: scratch)
    }

    /// A lazy iterator over the non-overlapping matches in the subject, left to right.
    ///
    /// `PCRE2MatchIterator` is not a `Sequence`: its `next()` throws, so a limit error in the
    /// middle of a long text is reported instead of silently ending the iteration.
    ///
    /// ```swift
    /// let matches = try pattern.matchIterator(in: text)
    /// while let match = try matches.next() { ... }
    /// ```
    ///
    /// - Parameters:
    ///   - text: The subject.
    ///   - range: The byte range to search. Defaults to the whole subject.
    /// - Returns: An iterator that finds each match when asked.
    /// - Throws: ``PCRE2Error`` for a bad range or when PCRE2 cannot allocate match data.
    public func matchIterator(in text: String, range: Range<Int>? = nil) throws(PCRE2Error) -> PCRE2MatchIterator {
        var subject = text
        let bounds = try validated(range, in: &subject)
        return PCRE2MatchIterator(
            pattern: self,
            subject: subject,
            bounds: bounds,
            scratch: try MatchScratch(pattern: self)
        )
    }

    /// All non-overlapping matches in the subject, left to right.
    ///
    /// - Parameters:
    ///   - text: The subject.
    ///   - range: The byte range to search. Defaults to the whole subject.
    /// - Returns: The matches.
    /// - Throws: ``PCRE2Error`` as ``firstMatch(in:range:)`` does.
    public func allMatches(in text: String, range: Range<Int>? = nil) throws(PCRE2Error) -> [PCRE2Match] {
        let iterator = try matchIterator(in: text, range: range)
        var result: [PCRE2Match] = []
        while let match = try iterator.next() { result.append(match) }
        return result
    }

    /// Calls `body` with the byte ranges of the whole match and its capture groups, for every
    /// non-overlapping match, without allocating per match.
    ///
    /// This is the fast path for stages that scan long texts. `body` borrows a ``PCRE2Groups``
    /// view that cannot outlive the call; return `false` to stop early.
    ///
    /// - Parameters:
    ///   - text: The subject.
    ///   - range: The byte range to search. Defaults to the whole subject.
    ///   - body: Called for each match, left to right.
    /// - Throws: ``PCRE2Error`` as ``firstMatch(in:range:)`` does.
    /// - Complexity: One `pcre2_match` call per match, plus one for the final failed search.
    public func forEachMatch(
        in text: String,
        range: Range<Int>? = nil,
        _ body: (borrowing PCRE2Groups) -> Bool
    ) throws(PCRE2Error) {
        let scratch = try takeScratch()
        defer { returnScratch(scratch) }
        var subject = text
        let bounds = try validated(range, in: &subject)
        var start = bounds.lowerBound
        var flags: UInt32 = 0
        while start <= bounds.upperBound {
            guard try execute(on: &subject, from: start, end: bounds.upperBound, flags: flags, scratch: scratch)
            else { return }
            let groups = PCRE2Groups(ovector: scratch.ovector, count: captureCount + 1, pattern: self)
            let whole = groups.range
            guard body(groups) else { return }
            // After an empty match, look again at the same place for a non-empty one.
            start = whole.upperBound
            flags = whole.isEmpty ? UInt32(PCRE2_NOTEMPTY_ATSTART) : 0
        }
    }
}
