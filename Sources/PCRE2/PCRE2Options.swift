internal import CPCRE2

/// Compile options for a ``PCRE2Pattern``.
///
/// Every pattern is compiled in UTF mode; these options add to that. `PCRE2Options` is `Sendable`.
public struct PCRE2Options: OptionSet, Sendable, Hashable {
    /// The raw bits; use the named options instead.
    public let rawValue: UInt32

    /// Creates options from raw bits.
    ///
    /// - Parameter rawValue: Bits built from the named options.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Letters match regardless of case (`(?i)`), with Unicode case folding.
    public static let caseless = PCRE2Options(rawValue: 1 << 0)
    /// `^` and `$` match at the start and end of every line (`(?m)`).
    public static let multiline = PCRE2Options(rawValue: 1 << 1)
    /// `.` also matches a newline (`(?s)`).
    public static let dotAll = PCRE2Options(rawValue: 1 << 2)
    /// Whitespace in the pattern is ignored and `#` starts a comment (`(?x)`).
    public static let extended = PCRE2Options(rawValue: 1 << 3)
    /// The match must start at the start offset.
    public static let anchored = PCRE2Options(rawValue: 1 << 4)
    /// Quantifiers are lazy by default and `?` makes them greedy (`(?U)`).
    public static let ungreedy = PCRE2Options(rawValue: 1 << 5)
    /// `\w`, `\d`, `\s`, `\b` and POSIX classes use Unicode properties rather than ASCII.
    /// (`\p{Lu}` and the other property escapes work with or without this option.)
    public static let unicodeProperties = PCRE2Options(rawValue: 1 << 6)
    /// `$` matches only at the very end of the subject, not before a final newline.
    public static let dollarEndOnly = PCRE2Options(rawValue: 1 << 7)

    /// The PCRE2 compile flags these options stand for, UTF mode included.
    var compileFlags: UInt32 {
        var flags = UInt32(PCRE2_UTF)
        if contains(.caseless) { flags |= UInt32(PCRE2_CASELESS) }
        if contains(.multiline) { flags |= UInt32(PCRE2_MULTILINE) }
        if contains(.dotAll) { flags |= UInt32(PCRE2_DOTALL) }
        if contains(.extended) { flags |= UInt32(PCRE2_EXTENDED) }
        if contains(.anchored) { flags |= UInt32(PCRE2_ANCHORED) }
        if contains(.ungreedy) { flags |= UInt32(PCRE2_UNGREEDY) }
        if contains(.unicodeProperties) { flags |= UInt32(PCRE2_UCP) }
        if contains(.dollarEndOnly) { flags |= UInt32(PCRE2_DOLLAR_ENDONLY) }
        return flags
    }
}

/// Resource limits applied to every match of a ``PCRE2Pattern``.
///
/// They turn runaway backtracking into a ``PCRE2Error`` (``PCRE2Error/Code/matchLimit``
/// and friends) instead of a hang. The defaults are lower than PCRE2's own (ten million
/// steps), because text-analysis patterns that need more are broken patterns; a
/// catastrophic pattern fails within a few milliseconds. `PCRE2Limits` is `Sendable`.
public struct PCRE2Limits: Sendable, Hashable {
    /// The most internal match steps one match attempt may take (PCRE2 `match_limit`).
    ///
    /// The JIT counts its own steps, differently from the interpreter, against the same figure.
    public var matchLimit: UInt32
    /// The deepest backtracking nesting the interpreter may reach (PCRE2 `depth_limit`).
    ///
    /// The JIT does not use it.
    public var depthLimit: UInt32
    /// The most heap memory, in kibibytes, the interpreter may use for one match (PCRE2 `heap_limit`).
    public var heapLimitKiB: UInt32

    /// Creates limits.
    ///
    /// - Parameters:
    ///   - matchLimit: The most match steps per attempt.
    ///   - depthLimit: The deepest backtracking nesting (interpreter only).
    ///   - heapLimitKiB: The most heap memory per match, in KiB (interpreter only).
    public init(matchLimit: UInt32 = 1_000_000, depthLimit: UInt32 = 100_000, heapLimitKiB: UInt32 = 65_536) {
        self.matchLimit = matchLimit
        self.depthLimit = depthLimit
        self.heapLimitKiB = heapLimitKiB
    }

    /// One million steps, depth 100 000, 64 MiB of heap.
    public static let `default` = PCRE2Limits()
}
