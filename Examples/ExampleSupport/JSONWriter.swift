public import Lede

/// Writes compact JSON text, one value at a time, without building an intermediate tree.
///
/// The examples emit JSON Lines for corpora of many documents; writing straight into a byte
/// buffer is several times faster than going through `JSONEncoder`.
public struct JSONWriter: Sendable {
    /// The JSON text written so far, as UTF-8.
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    /// Creates an empty writer.
    public init() {
        bytes.reserveCapacity(4096)
    }

    /// The JSON text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    /// Writes `{`, calls `body`, writes `}`.
    ///
    /// - Parameter body: Writes the members with ``key(_:)`` and values.
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
        body(&self)
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    /// Writes `[`, calls `body`, writes `]`.
    ///
    /// - Parameter body: Writes the elements.
    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
        body(&self)
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes a member name; the next value written is its value.
    ///
    /// - Parameter name: The member name.
    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    /// Writes a string.
    ///
    /// - Parameter value: The string.
    public mutating func string(_ value: some StringProtocol) {
        separate()
        appendString(value)
    }

    /// Writes a whole number.
    ///
    /// - Parameter value: The number.
    public mutating func int(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Writes a number: whole numbers without a fraction, others in the shortest form that
    /// reads back exactly; `null` for NaN and infinities, which JSON cannot hold.
    ///
    /// - Parameter value: The number.
    public mutating func double(_ value: Double) {
        separate()
        guard value.isFinite else {
            bytes.append(contentsOf: "null".utf8)
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int(value)).utf8)
        } else {
            bytes.append(contentsOf: "\(value)".utf8)
        }
    }

    /// Writes `true` or `false`.
    ///
    /// - Parameter value: The value.
    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    /// Writes any JSON value; object members in key order, so output is stable.
    ///
    /// - Parameter value: The value.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let bool): self.bool(bool)
        case .number(let number): double(number)
        case .string(let string): self.string(string)
        case .array(let items): array { writer in for item in items { writer.value(item) } }
        case .object(let members):
            object { writer in
                for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                    writer.key(key)
                    writer.value(member)
                }
            }
        }
    }

    /// Writes raw JSON text, which must be a complete valid value.
    ///
    /// - Parameter json: The JSON text.
    public mutating func raw(_ json: String) {
        separate()
        bytes.append(contentsOf: json.utf8)
    }

    private mutating func appendString(_ value: some StringProtocol) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0x00..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

extension JSONWriter {
    /// Writes a member whose value is a string, or `null` when `value` is `nil`.
    ///
    /// - Parameters:
    ///   - name: The member name.
    ///   - value: The string.
    public mutating func member(_ name: String, _ value: (some StringProtocol)?) {
        key(name)
        if let value { string(value) } else { null() }
    }

    /// Writes a member whose value is a whole number.
    ///
    /// - Parameters:
    ///   - name: The member name.
    ///   - value: The number.
    public mutating func member(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }

    /// Writes a member whose value is a number, or `null`.
    ///
    /// - Parameters:
    ///   - name: The member name.
    ///   - value: The number.
    public mutating func member(_ name: String, _ value: Double?) {
        key(name)
        if let value { double(value) } else { null() }
    }

    /// Writes a member whose value is a boolean.
    ///
    /// - Parameters:
    ///   - name: The member name.
    ///   - value: The value.
    public mutating func member(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }
}
