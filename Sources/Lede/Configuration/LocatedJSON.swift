/// A JSON value with the place in the text where it starts, so that configuration errors can
/// say where they are.
struct LocatedJSON: Sendable {
    /// A member of an object, with the place of its key.
    struct Member: Sendable {
        var key: String
        var keyOffset: Int
        var value: LocatedJSON
    }

    /// The shape of a value; arrays and objects hold located values.
    indirect enum Node: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([LocatedJSON])
        case object([Member])
    }

    /// The UTF-8 offset of the value's first byte in the text.
    var offset: Int
    /// The value.
    var node: Node

    /// The value without places, as stage options hold it.
    var value: JSONValue {
        switch node {
        case .null: .null
        case .bool(let value): .bool(value)
        case .number(let value): .number(value)
        case .string(let value): .string(value)
        case .array(let elements): .array(elements.map(\.value))
        case .object(let members):
            .object(Dictionary(members.map { ($0.key, $0.value.value) }, uniquingKeysWith: { _, last in last }))
        }
    }

    /// What kind of value this is, for messages: `an array`, `a string`, ...
    var kindDescription: String { value.kindDescription }
}

/// A place in a text: a line and a column, both counted from 1.
///
/// The column counts Unicode scalars from the start of the line, as most editors count
/// characters.
struct TextLocation: Hashable, Sendable, CustomStringConvertible {
    var line: Int
    var column: Int

    /// The line and column of a UTF-8 offset in a text.
    ///
    /// - Complexity: O(*n*) in the offset; only errors need it.
    init(offset: Int, in text: String) {
        var line = 1
        var column = 1
        var position = 0
        for scalar in text.unicodeScalars {
            guard position < offset else { break }
            position += UTF8.width(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.line = line
        self.column = column
    }

    /// `line 3, column 14`.
    var description: String { "line \(line), column \(column)" }
}

/// A syntax error in JSON text: what was wrong and where.
struct JSONSyntaxError: Error, Sendable {
    var offset: Int
    var problem: String
}

/// A strict JSON parser (RFC 8259) that records where each value starts.
///
/// Nesting deeper than ``maximumDepth`` is an error rather than a deep recursion, and a key
/// that appears twice in one object is an error, since a configuration that says two things
/// about one key is surely a mistake.
struct LocatedJSONParser {
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private var index = 0

    /// Parses a whole text as one JSON value.
    ///
    /// - Parameter text: The JSON text.
    /// - Returns: The value, with places.
    /// - Throws: ``JSONSyntaxError`` at the first place the text is not JSON.
    static func parse(_ text: String) throws(JSONSyntaxError) -> LocatedJSON {
        var parser = LocatedJSONParser(bytes: Array(text.utf8))
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.index == parser.bytes.count else {
            throw parser.error("unexpected \(parser.describeCurrent()) after the end of the JSON value")
        }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func error(_ problem: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset ?? index, problem: problem)
    }

    /// The byte at the current place, described for a message: `'}'` or `the end of the text`.
    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of the text" }
        let byte = bytes[index]
        guard byte >= 0x20 && byte < 0x7F else {
            if byte < 0x80 { return "control character U+\(String(byte, radix: 16, uppercase: true))" }
            return "character"
        }
        return "'\(Character(UnicodeScalar(byte)))'"
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> LocatedJSON {
        guard depth < Self.maximumDepth else {
            throw error("the JSON is nested more than \(Self.maximumDepth) levels deep")
        }
        let start = index
        guard index < bytes.count else { throw error("expected a JSON value, but the text ends") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return LocatedJSON(offset: start, node: try parseObject(depth: depth))
        case UInt8(ascii: "["): return LocatedJSON(offset: start, node: try parseArray(depth: depth))
        case UInt8(ascii: "\""): return LocatedJSON(offset: start, node: .string(try parseString()))
        case UInt8(ascii: "t"): return LocatedJSON(offset: start, node: try parseLiteral("true", .bool(true)))
        case UInt8(ascii: "f"): return LocatedJSON(offset: start, node: try parseLiteral("false", .bool(false)))
        case UInt8(ascii: "n"): return LocatedJSON(offset: start, node: try parseLiteral("null", .null))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return LocatedJSON(offset: start, node: .number(try parseNumber()))
        default:
            throw error(
                "expected a JSON value (an object, array, string, number, true, false or null), found \(describeCurrent())"
            )
        }
    }

    private mutating func parseLiteral(
        _ word: String,
        _ node: LocatedJSON.Node
    ) throws(JSONSyntaxError) -> LocatedJSON.Node {
        let start = index
        for byte in word.utf8 {
            guard index < bytes.count, bytes[index] == byte else {
                throw error("expected a JSON value, found an unquoted word; put text in double quotes", at: start)
            }
            index += 1
        }
        if index < bytes.count, isWordByte(bytes[index]) {
            throw error("expected a JSON value, found an unquoted word; put text in double quotes", at: start)
        }
        return node
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = index
        func digits() -> Int {
            let first = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - first
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else {
            throw error("a number must have digits after '-'", at: start)
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                throw error("a number must not start with 0 followed by digits", at: start)
            }
        } else {
            _ = digits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw error("a number must have digits after '.'", at: start) }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits() > 0 else { throw error("a number must have digits in its exponent", at: start) }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw error("the number \(text) is too large", at: start)
        }
        return value
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = index
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flush() {
            scalars.append(contentsOf: String(decoding: bytes[runStart..<index], as: UTF8.self).unicodeScalars)
        }
        while true {
            guard index < bytes.count else { throw error("a string is not closed; end it with '\"'", at: start) }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                flush()
                index += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush()
                scalars.append(try parseEscape())
                runStart = index
            case 0..<0x20:
                throw error("a string holds a \(describeCurrent()); write it as an escape such as \\n")
            default:
                index += 1
            }
        }
    }

    /// Reads an escape sequence at a backslash.
    private mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let start = index
        index += 1
        guard index < bytes.count else { throw error("a string is not closed; end it with '\"'", at: start) }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex(escapeStart: start)
            if (0xD800..<0xDC00).contains(high) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else {
                    throw error(
                        "the escape \\u\(hex(high)) is half of a surrogate pair without its other half",
                        at: start
                    )
                }
                index += 2
                let low = try parseHex(escapeStart: start)
                guard (0xDC00..<0xE000).contains(low) else {
                    throw error(
                        "the escape \\u\(hex(high)) is half of a surrogate pair without its other half",
                        at: start
                    )
                }
                let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                if let scalar = Unicode.Scalar(value) { return scalar }
            } else if let scalar = Unicode.Scalar(high) {
                return scalar
            }
            throw error("the escape \\u\(hex(high)) is not a Unicode scalar", at: start)
        default:
            throw error("'\\\(Character(UnicodeScalar(byte)))' is not a JSON escape", at: start)
        }
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private mutating func parseHex(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = hexDigit(bytes[index]) else {
                throw error("a \\u escape needs four hexadecimal digits", at: escapeStart)
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> LocatedJSON.Node {
        index += 1
        var elements: [LocatedJSON] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            guard index < bytes.count else { throw error("an array is not closed; end it with ']'") }
            switch bytes[index] {
            case UInt8(ascii: ","):
                let comma = index
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                    throw error("a ',' must be followed by another element; remove the ',' before ']'", at: comma)
                }
            case UInt8(ascii: "]"):
                index += 1
                return .array(elements)
            default:
                throw error("expected ',' or ']' after an array element, found \(describeCurrent())")
            }
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> LocatedJSON.Node {
        index += 1
        var members: [LocatedJSON.Member] = []
        var seen: Set<String> = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            let keyOffset = index
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("expected a key in double quotes, found \(describeCurrent())")
            }
            let key = try parseString()
            guard seen.insert(key).inserted else {
                throw error("the key '\(key)' appears twice in one object; keep one", at: keyOffset)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("expected ':' after the key '\(key)', found \(describeCurrent())")
            }
            index += 1
            skipWhitespace()
            members.append(LocatedJSON.Member(key: key, keyOffset: keyOffset, value: try parseValue(depth: depth + 1)))
            skipWhitespace()
            guard index < bytes.count else { throw error("an object is not closed; end it with '}'") }
            switch bytes[index] {
            case UInt8(ascii: ","):
                let comma = index
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    throw error("a ',' must be followed by another member; remove the ',' before '}'", at: comma)
                }
            case UInt8(ascii: "}"):
                index += 1
                return .object(members)
            default:
                throw error("expected ',' or '}' after a member, found \(describeCurrent())")
            }
        }
    }
}
