/// A strict scanner of JSON text (RFC 8259) over bytes that are already valid UTF-8.
///
/// It finds where values are, and checks their syntax, without building them: a record's
/// reader asks only for the members it uses (`id`, `text`, `summary_sentences`) and skips the
/// rest. Nothing is recursive, so deep nesting cannot exhaust the stack; values nested more
/// than ``maximumDepth`` deep are refused, as Foundation's decoder refuses them.
struct JSONScanner {
    /// What a scanned value is.
    enum Kind: Equatable {
        case object, array, string, number, `true`, `false`, null
    }

    /// A scanned value: its kind and its bytes, quotes included for a string.
    struct Value {
        var kind: Kind
        var range: Range<Int>
        /// Whether a string contains a backslash escape (so it must be decoded, not copied).
        var hasEscapes = false
    }

    /// Why scanning stopped.
    struct Failure: Error {
        enum Reason {
            /// The text is not JSON.
            case syntax
            /// Arrays and objects are nested more than ``JSONScanner/maximumDepth`` deep.
            case tooDeep
        }

        var reason: Reason
        /// Where the problem is, as a byte offset.
        var offset: Int
    }

    /// How deeply arrays and objects may nest.
    static let maximumDepth = 512

    let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    var index: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) {
        self.bytes = bytes
        self.index = start
    }

    var isAtEnd: Bool { index >= bytes.count }

    /// The next byte, or `nil` at the end.
    var next: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func failure(_ reason: Failure.Reason = .syntax) -> Failure {
        Failure(reason: reason, offset: min(index, bytes.count))
    }

    /// Skips JSON white space: space, tab, line feed, carriage return.
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Reads one byte that must be `byte`.
    mutating func expect(_ byte: UInt8) throws(Failure) {
        guard next == byte else { throw failure() }
        index += 1
    }

    /// Scans one value, with no white space before it.
    mutating func value() throws(Failure) -> Value {
        guard let byte = next else { throw failure() }
        switch byte {
        case UInt8(ascii: "\""):
            return try string()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let start = index
            try skipContainer()
            return Value(kind: byte == UInt8(ascii: "{") ? .object : .array, range: start..<index)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try number()
        case UInt8(ascii: "t"): return try literal("true", .true)
        case UInt8(ascii: "f"): return try literal("false", .false)
        case UInt8(ascii: "n"): return try literal("null", .null)
        default: throw failure()
        }
    }

    /// Scans the members of the object that starts here, one level deep, in order.
    ///
    /// - Returns: Each member's key (a string value) and value.
    mutating func members() throws(Failure) -> [(key: Value, value: Value)] {
        try expect(UInt8(ascii: "{"))
        var members: [(key: Value, value: Value)] = []
        skipWhitespace()
        if next == UInt8(ascii: "}") {
            index += 1
            return members
        }
        while true {
            guard next == UInt8(ascii: "\"") else { throw failure() }
            let key = try string()
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            let value = try value()
            members.append((key, value))
            skipWhitespace()
            guard let byte = next else { throw failure() }
            index += 1
            if byte == UInt8(ascii: "}") { return members }
            guard byte == UInt8(ascii: ",") else {
                index -= 1
                throw failure()
            }
            skipWhitespace()
        }
    }

    /// Scans the elements of the array that starts here, one level deep, in order.
    mutating func elements() throws(Failure) -> [Value] {
        try expect(UInt8(ascii: "["))
        var elements: [Value] = []
        skipWhitespace()
        if next == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        while true {
            elements.append(try value())
            skipWhitespace()
            guard let byte = next else { throw failure() }
            index += 1
            if byte == UInt8(ascii: "]") { return elements }
            guard byte == UInt8(ascii: ",") else {
                index -= 1
                throw failure()
            }
            skipWhitespace()
        }
    }

    // MARK: Scalars

    /// Scans a string, checking its escapes and that it holds no raw control character.
    mutating func string() throws(Failure) -> Value {
        let start = index
        index += 1  // the opening quote
        var hasEscapes = false
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return Value(kind: .string, range: start..<index, hasEscapes: hasEscapes)
            }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                index += 1
                guard index < count else { break }
                switch bytes[index] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 1
                case UInt8(ascii: "u"):
                    guard index + 4 < count, Self.hexValue(bytes, at: index + 1) != nil else { throw failure() }
                    index += 5
                default:
                    throw failure()
                }
                continue
            }
            guard byte >= 0x20 else { throw failure() }
            index += 1
        }
        index = count
        throw failure()
    }

    /// Scans a number, `-`? (`0` | [1-9][0-9]*) (`.` [0-9]+)? ([eE] [+-]? [0-9]+)?, as JSON
    /// writes it.
    private mutating func number() throws(Failure) -> Value {
        let start = index
        if next == UInt8(ascii: "-") { index += 1 }
        guard let first = next, Self.isDigit(first) else { throw failure() }
        index += 1
        if first != UInt8(ascii: "0") { skipDigits() }
        if next == UInt8(ascii: ".") {
            index += 1
            guard let digit = next, Self.isDigit(digit) else { throw failure() }
            skipDigits()
        }
        if next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
            index += 1
            if next == UInt8(ascii: "+") || next == UInt8(ascii: "-") { index += 1 }
            guard let digit = next, Self.isDigit(digit) else { throw failure() }
            skipDigits()
        }
        return Value(kind: .number, range: start..<index)
    }

    private mutating func skipDigits() {
        while let byte = next, Self.isDigit(byte) { index += 1 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func literal(_ word: StaticString, _ kind: Kind) throws(Failure) -> Value {
        let start = index
        let length = word.utf8CodeUnitCount
        guard index + length <= bytes.count else { throw failure() }
        for offset in 0..<length where bytes[index + offset] != word.utf8Start[offset] {
            throw failure()
        }
        index += length
        return Value(kind: kind, range: start..<index)
    }

    // MARK: Containers

    /// Skips the array or object that starts here, without recursion.
    private mutating func skipContainer() throws(Failure) {
        // The closing bracket each open container expects, innermost last.
        var closers: [UInt8] = []
        var atOpening = true
        while true {
            if atOpening {
                guard closers.count < Self.maximumDepth else { throw failure(.tooDeep) }
                let closer = bytes[index] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                closers.append(closer)
                index += 1
                skipWhitespace()
                if next == closer {
                    index += 1
                    closers.removeLast()
                } else if try element(closedBy: closer) {
                    continue
                }
            }
            atOpening = false
            while let closer = closers.last {
                skipWhitespace()
                guard let byte = next else { throw failure() }
                if byte == closer {
                    index += 1
                    closers.removeLast()
                } else if byte == UInt8(ascii: ",") {
                    index += 1
                    skipWhitespace()
                    if try element(closedBy: closer) {
                        atOpening = true
                        break
                    }
                } else {
                    throw failure()
                }
            }
            if !atOpening { return }
        }
    }

    /// Scans one element of a container (a key and colon first, in an object) up to its value:
    /// a scalar value is scanned; an array or object is left for the caller to open.
    ///
    /// - Returns: `true` if the value is an array or object, now at `index`.
    private mutating func element(closedBy closer: UInt8) throws(Failure) -> Bool {
        if closer == UInt8(ascii: "}") {
            guard next == UInt8(ascii: "\"") else { throw failure() }
            _ = try string()
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
        }
        guard let byte = next else { throw failure() }
        if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { return true }
        _ = try value()
        return false
    }

    // MARK: Reading values

    /// The value of four hexadecimal digits at an offset, or `nil`.
    static func hexValue(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt16? {
        var value: UInt16 = 0
        for index in offset..<offset + 4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// The text of a scanned value, as it is written.
    func text(of value: Value) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[value.range]), as: UTF8.self)
    }

    /// The JSON text of a scanned value with the white space between its tokens removed:
    /// every string, number and key is kept exactly as written, and members stay in order.
    func compactText(of value: Value) -> String {
        guard value.kind == .object || value.kind == .array else { return text(of: value) }
        var output: [UInt8] = []
        output.reserveCapacity(value.range.count)
        var inString = false
        var index = value.range.lowerBound
        while index < value.range.upperBound {
            let byte = bytes[index]
            if inString {
                output.append(byte)
                if byte == UInt8(ascii: "\\") {
                    index += 1
                    output.append(bytes[index])
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else {
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0D: break
                case UInt8(ascii: "\""):
                    inString = true
                    output.append(byte)
                default: output.append(byte)
                }
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The decoded text of a scanned string.
    ///
    /// A `\u` escape of a lone surrogate (one not paired as UTF-16 requires) cannot be held
    /// in a `String`; it becomes U+FFFD, and where it went is added to `repairs` (UTF-8
    /// ranges of the result; neighbouring repairs merge).
    ///
    /// - Complexity: O(*n*); a string without escapes is copied as it is.
    func decodedString(_ value: Value, repairs: inout [Range<Int>]) -> String {
        let contents = value.range.lowerBound + 1..<value.range.upperBound - 1
        guard value.hasEscapes else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[contents]), as: UTF8.self)
        }
        var output: [UInt8] = []
        output.reserveCapacity(contents.count)
        var index = contents.lowerBound
        var runStart = index
        while index < contents.upperBound {
            guard bytes[index] == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                let unit = Self.hexValue(bytes, at: index) ?? 0xFFFD
                index += 4
                var scalar = Unicode.Scalar(unit)
                if UTF16.isLeadSurrogate(unit), index + 6 <= contents.upperBound,
                    bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                    let trail = Self.hexValue(bytes, at: index + 2), UTF16.isTrailSurrogate(trail)
                {
                    scalar = Unicode.Scalar(0x1_0000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(trail) - 0xDC00))
                    index += 6
                }
                if let scalar, let encoded = UTF8.encode(scalar) {
                    output.append(contentsOf: encoded)
                } else {
                    let start = output.count
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    if let last = repairs.last, last.upperBound == start {
                        repairs[repairs.count - 1] = last.lowerBound..<output.count
                    } else {
                        repairs.append(start..<output.count)
                    }
                }
            default: output.append(escape)  // `"`, `\` and `/` stand for themselves
            }
            runStart = index
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<contents.upperBound]))
        return String(decoding: output, as: UTF8.self)
    }
}
