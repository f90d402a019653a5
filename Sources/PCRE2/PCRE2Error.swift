/// An error from compiling or matching a PCRE2 pattern.
///
/// Errors keep PCRE2's own status code and message. A compile error also keeps the
/// pattern and the byte offset where PCRE2 stopped, and its `description` draws a
/// caret under that place:
///
/// ```text
/// PCRE2 could not compile the pattern: missing closing parenthesis (at byte 3).
///   (ab
///      ^
/// ```
///
/// `PCRE2Error` is `Sendable`.
public struct PCRE2Error: Error, Sendable, Hashable, CustomStringConvertible {
    /// The broad kind of an error; new kinds may be added without a major version.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        fileprivate enum Base: Sendable, Hashable {
            case compile
            case matchLimit
            case depthLimit
            case heapLimit
            case invalidUTF8
            case invalidOffset
            case resourceExhausted
            case match
        }

        fileprivate let base: Base

        /// The pattern is not a valid PCRE2 regular expression.
        public static let compile = Code(base: .compile)
        /// Matching tried more paths than the pattern's match limit allows (runaway backtracking).
        public static let matchLimit = Code(base: .matchLimit)
        /// Matching nested deeper than the pattern's depth limit allows.
        public static let depthLimit = Code(base: .depthLimit)
        /// Matching needed more heap memory than the pattern's heap limit allows.
        public static let heapLimit = Code(base: .heapLimit)
        /// The bytes given as UTF-8 are not valid UTF-8.
        public static let invalidUTF8 = Code(base: .invalidUTF8)
        /// A start offset is outside the subject or inside a multi-byte character.
        public static let invalidOffset = Code(base: .invalidOffset)
        /// PCRE2 could not allocate memory it needed.
        public static let resourceExhausted = Code(base: .resourceExhausted)
        /// Any other failure reported by `pcre2_match`.
        public static let match = Code(base: .match)

        /// A short name for the code, such as `matchLimit`.
        public var description: String {
            switch base {
            case .compile: "compile"
            case .matchLimit: "matchLimit"
            case .depthLimit: "depthLimit"
            case .heapLimit: "heapLimit"
            case .invalidUTF8: "invalidUTF8"
            case .invalidOffset: "invalidOffset"
            case .resourceExhausted: "resourceExhausted"
            case .match: "match"
            }
        }
    }

    /// The kind of error.
    public var code: Code
    /// PCRE2's numeric status (negative for match errors, positive for compile errors), or 0
    /// when the error was raised by this wrapper.
    public var status: Int32
    /// A full sentence that says what went wrong, built around PCRE2's own message.
    public var message: String
    /// The pattern source, for compile errors.
    public var pattern: String?
    /// For compile errors, the UTF-8 byte offset in ``pattern`` where PCRE2 stopped;
    /// for UTF-8 errors, the offset of the first invalid byte.
    public var offset: Int?

    /// Creates an error; the bridge creates these, but tests and adapters may too.
    ///
    /// - Parameters:
    ///   - code: The kind of error.
    ///   - status: PCRE2's status code, or 0.
    ///   - message: A full sentence describing the error.
    ///   - pattern: The pattern source, for compile errors.
    ///   - offset: The byte offset the error refers to, if any.
    public init(code: Code, status: Int32 = 0, message: String, pattern: String? = nil, offset: Int? = nil) {
        self.code = code
        self.status = status
        self.message = message
        self.pattern = pattern
        self.offset = offset
    }

    /// The message, followed for compile errors by the pattern and a caret under the offset.
    public var description: String {
        guard let pattern, let offset else { return message }
        // Draw the caret under the character that holds the offset, on the line that holds it.
        let bytes = Array(pattern.utf8)
        let clamped = min(max(offset, 0), bytes.count)
        var lineStart = clamped
        while lineStart > 0 && bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        var lineEnd = clamped
        while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        let line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        let before = String(decoding: bytes[lineStart..<clamped], as: UTF8.self)
        let column = before.unicodeScalars.count
        return message + "\n  " + line + "\n  " + String(repeating: " ", count: column) + "^"
    }
}
