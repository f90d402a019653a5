import PCRE2

/// Reading a finished value: applying it to its entry, and the `options:`, limit and example
/// values with their escapes.
extension PatternFileParser {
    mutating func finishValue() {
        guard let builder = value else { return }
        value = nil
        guard let key = builder.key else { return }
        apply(key, builder.value, keyLine: builder.keyLine)
    }

    mutating func apply(_ key: PatternKey, _ value: PatternValue, keyLine: Int) {
        guard var builder = entry else { return }
        defer { entry = builder }
        let firstLine = builder.keyLines[key]
        if firstLine == nil { builder.keyLines[key] = keyLine }
        let keyLocation = PatternLocation(line: keyLine, column: 1)
        if let firstLine, key != .doc, key != .match, key != .reject {
            error(
                at: keyLocation,
                "an entry has at most one `\(key.rawValue):`; the first is on line \(firstLine)"
            )
            builder.isValid = false
            return
        }
        switch key {
        case .doc:
            builder.docLines.append(value.text)
        case .options:
            parseOptions(value, into: &builder)
        case .matchLimit:
            builder.matchLimit = parseLimit(value, key: key, into: &builder)
        case .depthLimit:
            builder.depthLimit = parseLimit(value, key: key, into: &builder)
        case .heapLimitKiB:
            builder.heapLimitKiB = parseLimit(value, key: key, into: &builder)
        case .regex:
            builder.regex = value
            if value.text.isEmpty {
                error(at: value.start, "`regex:` is empty; write the regular expression after it")
                builder.isValid = false
            }
        case .match, .reject:
            if let example = parseExample(value, kind: key == .match ? .match : .reject) {
                builder.examples.append(example)
            }
        }
    }

    mutating func parseOptions(_ value: PatternValue, into builder: inout EntryBuilder) {
        let bytes = Array(value.text.utf8)
        var itemStart = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: ",") {
            defer { itemStart = end + 1 }
            var low = itemStart
            var high = end
            while low < high, PatternFileParser.isSpace(bytes[low]) { low += 1 }
            while high > low, PatternFileParser.isSpace(bytes[high - 1]) { high -= 1 }
            guard low < high else { continue }
            let name = String(decoding: bytes[low..<high], as: UTF8.self)
            let location = value.location(atByte: low)
            guard let option = PatternFileParser.optionNames.first(where: { $0.name == name })?.option else {
                let names = PatternFileParser.optionNames.map { "`\($0.name)`" }
                error(
                    at: location,
                    "unknown option `\(name)`; the options are \(names.dropLast().joined(separator: ", ")) and \(names.last ?? "")"
                )
                builder.isValid = false
                builder.optionsAreValid = false
                continue
            }
            if builder.options.contains(option) {
                diagnose(.warning, at: location, "the option `\(name)` is listed twice")
            }
            builder.options.insert(option)
        }
    }

    mutating func parseLimit(
        _ value: PatternValue,
        key: PatternKey,
        into builder: inout EntryBuilder
    ) -> UInt32? {
        let digits = value.text.filter { $0 != "_" }
        guard !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }), let number = UInt32(digits), number > 0
        else {
            error(at: value.start, "`\(key.rawValue):` takes a whole number from 1 to \(UInt32.max)")
            builder.isValid = false
            return nil
        }
        return number
    }

    /// Splits an example at ` => ` and processes its escapes, or reports why it cannot.
    mutating func parseExample(_ value: PatternValue, kind: PatternExample.Kind) -> PatternExample? {
        let bytes = Array(value.text.utf8)
        var parts: [[UInt8]] = [[]]
        var partStarts = [0]
        var index = 0
        func append(_ byte: UInt8) { parts[parts.count - 1].append(byte) }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                switch PatternFileParser.unescape(bytes, at: index) {
                case .success(let (scalar, length)):
                    parts[parts.count - 1] += Array(String(scalar).utf8)
                    index += length
                case .failure(let escape):
                    error(at: value.location(atByte: index), escape.message)
                    return nil
                }
            } else if byte == UInt8(ascii: " "), bytes[index...].starts(with: " =>".utf8),
                index + 3 == bytes.count || bytes[index + 3] == UInt8(ascii: " ")
            {
                let location = value.location(atByte: index + 1)
                guard kind == .match else {
                    error(
                        at: location,
                        "a `reject:` example has no expected match; write `\\=>` for a literal `=>`"
                    )
                    return nil
                }
                guard parts.count == 1 else {
                    error(at: location, "an example has at most one ` => `; write `\\=>` for a literal `=>`")
                    return nil
                }
                index = min(index + 4, bytes.count)
                parts.append([])
                partStarts.append(index)
            } else {
                append(byte)
                index += 1
            }
        }
        return PatternExample(
            kind: kind,
            text: String(decoding: parts[0], as: UTF8.self),
            expectedMatch: parts.count > 1 ? String(decoding: parts[1], as: UTF8.self) : nil,
            location: value.location(atByte: 0),
            expectedLocation: parts.count > 1 ? value.location(atByte: partStarts[1]) : nil
        )
    }

    /// Reads the escape that starts with the backslash at `index`: the scalar it stands for and
    /// how many bytes it takes, or a message saying what is wrong.
    static func unescape(_ bytes: [UInt8], at index: Int) -> Result<(Unicode.Scalar, Int), EscapeError> {
        let usage = "examples understand `\\n`, `\\r`, `\\t`, `\\\\`, `\\u{201C}` and `\\=>`"
        guard index + 1 < bytes.count else {
            return .failure(EscapeError("a lone `\\` ends the example; write `\\\\` for a backslash"))
        }
        switch bytes[index + 1] {
        case UInt8(ascii: "n"): return .success(("\n", 2))
        case UInt8(ascii: "r"): return .success(("\r", 2))
        case UInt8(ascii: "t"): return .success(("\t", 2))
        case UInt8(ascii: "\\"): return .success(("\\", 2))
        case UInt8(ascii: "="):
            // `\=>` is a literal `=>`: return the `=` and let the `>` follow as an ordinary byte.
            guard index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: ">") else { break }
            return .success(("=", 2))
        case UInt8(ascii: "u"):
            let message = "`\\u` takes a Unicode scalar value in braces, such as `\\u{201C}`"
            guard index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: "{"),
                let close = bytes[(index + 3)...].firstIndex(of: UInt8(ascii: "}")),
                (1...8).contains(close - index - 3),
                bytes[(index + 3)..<close].allSatisfy(isHexDigit),
                let value = UInt32(String(decoding: bytes[(index + 3)..<close], as: UTF8.self), radix: 16),
                let scalar = Unicode.Scalar(value)
            else { return .failure(EscapeError(message)) }
            return .success((scalar, close + 1 - index))
        default:
            break
        }
        // Name the character after the backslash, which may take several bytes.
        var end = index + 2
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let escape = String(decoding: bytes[index..<end], as: UTF8.self)
        return .failure(EscapeError("unknown escape `\(escape)`; \(usage)"))
    }

    struct EscapeError: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }
}
