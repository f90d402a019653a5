internal import CPCRE2

/// A compiled PCRE2 regular expression over UTF-8 text.
///
/// A pattern is compiled once, in UTF mode, and JIT-compiled when the platform's
/// libpcre2 supports it (``isJITCompiled`` tells; matching falls back to the interpreter
/// otherwise, with the same results). It is immutable after `init`, frees its PCRE2 code
/// in `deinit`, and can be shared freely across tasks and threads.
///
/// Subjects are Swift `String`s, which always hold valid UTF-8, so matching never asks
/// PCRE2 to re-validate the subject (PCRE2 would otherwise check the whole subject on every
/// call, which is quadratic when scanning a long text match by match). Bytes of unknown
/// validity go through ``PCRE2Pattern/decodeUTF8(_:)`` first, which reports the first
/// invalid byte. All offsets are UTF-8 byte offsets into the subject.
///
/// ```swift
/// let pattern = try PCRE2Pattern(#"(?<who>\p{Lu}\w+) said"#)
/// if let match = try pattern.firstMatch(in: "Leavitt said it.") {
///     print(match.substring("who")!)   // Leavitt
/// }
/// ```
///
/// ## Thread safety
/// `PCRE2Pattern` is `@unchecked Sendable`: pcre2api(3), section MULTITHREADING, states that
/// compiled code (including its JIT code) and a match context that is not changed after
/// setup may be used by several threads at once; match data blocks may not, so every
/// match call and every ``PCRE2MatchIterator`` makes its own.
public final class PCRE2Pattern: @unchecked Sendable {
    /// The pattern as written.
    public let source: String
    /// The options it was compiled with.
    public let options: PCRE2Options
    /// The limits applied to each match.
    public let limits: PCRE2Limits
    /// Whether PCRE2's JIT compiled the pattern; `false` means the interpreter is used.
    public let isJITCompiled: Bool
    /// The number of capture groups (not counting group 0, the whole match).
    public let captureCount: Int
    /// The named groups and their numbers.
    public let groupNumbers: [String: Int]
    /// The same, as a list: a pattern has a few named groups, and comparing a short name with
    /// each costs less than hashing it.
    private let groupList: [(name: String, number: Int)]

    private let code: OpaquePointer
    private let matchContext: OpaquePointer
    /// Match data blocks from finished calls, kept for the next ones.
    private let spareScratch = MatchScratchPool()

    /// Compiles a pattern.
    ///
    /// - Parameters:
    ///   - source: The regular expression, in PCRE2 syntax.
    ///   - options: Compile options; UTF mode is always on.
    ///   - limits: Resource limits applied to each match.
    /// - Throws: ``PCRE2Error`` with code ``PCRE2Error/Code/compile``, PCRE2's message and the
    ///   byte offset of the problem.
    public init(_ source: String, options: PCRE2Options = [], limits: PCRE2Limits = .default) throws(PCRE2Error) {
        var errorNumber: Int32 = 0
        var errorOffset = 0
        var pattern = source
        let compiled: OpaquePointer? = pattern.withUTF8 { bytes in
            PCRE2Pattern.withBase(bytes) { base in
                pcre2_compile_8(base, bytes.count, options.compileFlags, &errorNumber, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw PCRE2Error(
                code: .compile,
                status: errorNumber,
                message:
                    "PCRE2 could not compile the pattern: \(PCRE2Pattern.message(for: errorNumber)) (at byte \(errorOffset)).",
                pattern: source,
                offset: errorOffset
            )
        }
        guard let context = pcre2_match_context_create_8(nil) else {
            pcre2_code_free_8(compiled)
            throw PCRE2Error(code: .resourceExhausted, message: "PCRE2 could not allocate a match context.")
        }
        pcre2_set_match_limit_8(context, limits.matchLimit)
        pcre2_set_depth_limit_8(context, limits.depthLimit)
        pcre2_set_heap_limit_8(context, limits.heapLimitKiB)

        var captures: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &captures)
        self.source = source
        self.options = options
        self.limits = limits
        self.code = compiled
        self.matchContext = context
        self.captureCount = Int(captures)
        self.groupNumbers = PCRE2Pattern.readNameTable(compiled)
        self.groupList = groupNumbers.sorted { $0.value < $1.value }.map { (name: $0.key, number: $0.value) }
        self.isJITCompiled = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
    }

    /// The number of a named group, as ``groupNumbers`` gives it.
    ///
    /// - Parameter name: The group name.
    /// - Returns: The group's number, or `nil` if there is no such group.
    func groupNumber(named name: String) -> Int? {
        for group in groupList where group.name == name { return group.number }
        return nil
    }

    deinit {
        pcre2_match_context_free_8(matchContext)
        pcre2_code_free_8(code)
    }

    /// Whether the libpcre2 this process uses was built with JIT support.
    public static var isJITAvailable: Bool {
        var value: UInt32 = 0
        pcre2_config_8(UInt32(PCRE2_CONFIG_JIT), &value)
        return value == 1
    }

    /// The version of the libpcre2 this process uses, such as `10.42 2022-12-11`.
    public static var libraryVersion: String {
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = buffer.withUnsafeMutableBytes { pcre2_config_8(UInt32(PCRE2_CONFIG_VERSION), $0.baseAddress) }
        return String(decoding: buffer.prefix(max(0, Int(count) - 1)), as: UTF8.self)
    }

    // MARK: Internals

    /// Calls `body` with the buffer's base address, or with the address of a zero byte when the
    /// buffer is empty (PCRE2 rejects a null subject even when its length is zero).
    static func withBase<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafePointer<UInt8>) -> R) -> R {
        if let base = bytes.baseAddress { return body(base) }
        let zero: UInt8 = 0
        return withUnsafePointer(to: zero) { body($0) }
    }

    /// Checks a search range against the subject: in bounds and on character boundaries.
    func validated(_ range: Range<Int>?, in subject: inout String) throws(PCRE2Error) -> Range<Int> {
        let count = subject.utf8.count
        guard let range else { return 0..<count }
        guard range.lowerBound >= 0, range.upperBound <= count else {
            throw PCRE2Error(
                code: .invalidOffset,
                message: "The search range \(range) lies outside the subject of \(count) UTF-8 bytes."
            )
        }
        let onBoundary = subject.withUTF8 { bytes in
            func isBoundary(_ offset: Int) -> Bool { offset == bytes.count || bytes[offset] & 0xC0 != 0x80 }
            return isBoundary(range.lowerBound) && isBoundary(range.upperBound)
        }
        guard onBoundary else {
            throw PCRE2Error(
                code: .invalidOffset,
                message:
                    "The search range \(range) starts or ends inside a multi-byte character; use character boundaries."
            )
        }
        return range
    }

    /// Runs one `pcre2_match`; returns whether it matched, leaving the ovector in `scratch`.
    func execute(
        on subject: inout String,
        from start: Int,
        end: Int,
        flags: UInt32,
        scratch: MatchScratch
    ) throws(PCRE2Error) -> Bool {
        let status: Int32 = subject.withUTF8 { bytes in
            PCRE2Pattern.withBase(bytes) { base in
                let options = flags | UInt32(PCRE2_NO_UTF_CHECK)
                var rc = pcre2_match_8(code, base, end, start, options, scratch.matchData, matchContext)
                if rc == PCRE2_ERROR_JIT_STACKLIMIT {
                    // The JIT ran out of its machine stack; the interpreter uses the heap, bounded by
                    // the heap limit, and gives the same answer.
                    rc = pcre2_match_8(
                        code,
                        base,
                        end,
                        start,
                        options | UInt32(PCRE2_NO_JIT),
                        scratch.matchData,
                        matchContext
                    )
                }
                return rc
            }
        }
        if status >= 0 { return true }
        if status == PCRE2_ERROR_NOMATCH { return false }
        throw PCRE2Pattern.matchError(status, pattern: source, offset: start)
    }

    static func matchError(_ status: Int32, pattern: String, offset: Int) -> PCRE2Error {
        let text = message(for: status)
        switch status {
        case PCRE2_ERROR_MATCHLIMIT:
            return PCRE2Error(
                code: .matchLimit,
                status: status,
                message:
                    "Matching stopped at the match limit (\(text)); the pattern backtracks too much on this text. Simplify the pattern (possessive or atomic groups) or raise PCRE2Limits.matchLimit."
            )
        case PCRE2_ERROR_DEPTHLIMIT:
            return PCRE2Error(
                code: .depthLimit,
                status: status,
                message:
                    "Matching stopped at the depth limit (\(text)); simplify the pattern or raise PCRE2Limits.depthLimit."
            )
        case PCRE2_ERROR_HEAPLIMIT:
            return PCRE2Error(
                code: .heapLimit,
                status: status,
                message:
                    "Matching stopped at the heap limit (\(text)); simplify the pattern or raise PCRE2Limits.heapLimitKiB."
            )
        case PCRE2_ERROR_NOMEMORY:
            return PCRE2Error(code: .resourceExhausted, status: status, message: "PCRE2 ran out of memory: \(text).")
        default:
            return PCRE2Error(
                code: .match,
                status: status,
                message: "PCRE2 matching failed at byte \(offset): \(text)."
            )
        }
    }

    static func message(for status: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBufferPointer {
            pcre2_get_error_message_8(status, $0.baseAddress, $0.count)
        }
        guard count > 0 else { return "PCRE2 error \(status)" }
        return String(decoding: buffer.prefix(Int(count)), as: UTF8.self)
    }

    private static func readNameTable(_ code: OpaquePointer) -> [String: Int] {
        var count: UInt32 = 0
        var entrySize: UInt32 = 0
        var table: UnsafePointer<UInt8>? = nil
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &count)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard count > 0, let table else { return [:] }
        var names: [String: Int] = [:]
        for index in 0..<Int(count) {
            // Each entry: a big-endian 16-bit group number, then the NUL-terminated name.
            let entry = table + index * Int(entrySize)
            let number = Int(entry[0]) << 8 | Int(entry[1])
            var length = 0
            while length < Int(entrySize) - 2 && entry[2 + length] != 0 { length += 1 }
            let name = String(decoding: UnsafeBufferPointer(start: entry + 2, count: length), as: UTF8.self)
            names[name] = number
        }
        return names
    }

    private func matchDataFactory() -> OpaquePointer? { pcre2_match_data_create_from_pattern_8(code, nil) }

    /// Match data for one call: a spare one if there is one, or a new one.
    func takeScratch() throws(PCRE2Error) -> MatchScratch {
        if let spare = spareScratch.take() { return spare }
        return try MatchScratch(pattern: self)
    }

    /// Keeps match data for a later call, up to a few blocks per pattern.
    func returnScratch(_ scratch: MatchScratch) { spareScratch.give(scratch) }

    /// Match data for one call at a time.
    ///
    /// `@unchecked Sendable`: a block is used by one call only; between calls it rests in the
    /// pattern's pool, which hands it out to one caller at a time.
    final class MatchScratch: @unchecked Sendable {
        let matchData: OpaquePointer
        let ovector: UnsafeMutablePointer<Int>

        init(pattern: PCRE2Pattern) throws(PCRE2Error) {
            guard let data = pattern.matchDataFactory() else {
                throw PCRE2Error(code: .resourceExhausted, message: "PCRE2 could not allocate match data.")
            }
            matchData = data
            ovector = pcre2_get_ovector_pointer_8(data)
        }

        deinit { pcre2_match_data_free_8(matchData) }

        func copyOvector(count: Int) -> [Int] {
            Array(UnsafeBufferPointer(start: ovector, count: 2 * count))
        }
    }
}
