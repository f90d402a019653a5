/// Writes compact JSON text straight into a byte buffer, one value at a time.
///
/// `JSONWriter` is the fast path behind every record LedeJSON writes: it builds no tree and
/// no intermediate strings, so writing a record costs a small fraction of analysing it.
/// Use it for JSON of your own next to Lede's records:
///
/// ```swift
/// var writer = JSONWriter()
/// writer.object { writer in
///     writer.member("speaker", "Karoline Leavitt")
///     writer.member("quotes", 2)
/// }
/// // writer.text == #"{"speaker":"Karoline Leavitt","quotes":2}"#
/// ```
///
/// Members and elements are separated automatically; inside ``object(_:)`` write a
/// ``key(_:)`` before each value (or use the `member` methods). Strings are written as UTF-8,
/// with `"`, `\`, control characters and DEL escaped. `JSONWriter` is `Sendable`.
public struct JSONWriter: Sendable {
    /// The JSON text written so far, as UTF-8.
    public private(set) var bytes: [UInt8]
    /// Whether the next value needs a comma before it.
    private var needsComma = false

    /// Creates an empty writer.
    ///
    /// - Parameter capacity: How many bytes to reserve; a good guess saves reallocations.
    public init(reservingCapacity capacity: Int = 4096) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// The JSON text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Writes `{`, calls `body`, writes `}`.
    ///
    /// - Parameter body: Writes the members, each a ``key(_:)`` and a value.
    /// - Throws: What `body` throws.
    public mutating func object<Failure: Error>(_ body: (inout JSONWriter) throws(Failure) -> Void) throws(Failure) {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
        try body(&self)
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Writes `[`, calls `body`, writes `]`.
    ///
    /// - Parameter body: Writes the elements.
    /// - Throws: What `body` throws.
    public mutating func array<Failure: Error>(_ body: (inout JSONWriter) throws(Failure) -> Void) throws(Failure) {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
        try body(&self)
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes a member name; the next value written is its value.
    ///
    /// - Parameter name: The member name.
    public mutating func key(_ name: some StringProtocol) {
        separate()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a string.
    ///
    /// - Parameter value: The string.
    /// - Complexity: O(*n*) in the string's UTF-8 length.
    public mutating func string(_ value: some StringProtocol) {
        separate()
        appendString(value)
    }

    /// Writes a whole number.
    ///
    /// - Parameter value: The number.
    public mutating func int(_ value: Int) {
        separate()
        appendInt(value)
    }

    /// Writes a number: a whole number below 10¹⁵ without a fraction (`30`, not `30.0`),
    /// others in the shortest form that reads back exactly (`1.1`, `1e+16`), and `null` for
    /// NaN and the infinities, which JSON cannot hold.
    ///
    /// - Parameter value: The number.
    public mutating func double(_ value: Double) {
        separate()
        appendDouble(value)
    }

    /// Writes `true` or `false`.
    ///
    /// - Parameter value: The value.
    public mutating func bool(_ value: Bool) {
        separate()
        appendStatic(value ? "true" : "false")
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        appendStatic("null")
    }

    /// Writes a record id: its JSON text, exactly as it was given.
    ///
    /// - Parameter id: The id.
    public mutating func id(_ id: RecordID) {
        separate()
        bytes.append(contentsOf: id.json.utf8)
    }
}

// MARK: - Internals for LedeJSON's own records

extension JSONWriter {
    /// Writes a comma when a value came before in the same container.
    @inline(__always)
    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
    }

    /// Writes a member name that needs no escaping, such as `start`.
    @inline(__always)
    mutating func field(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        appendStatic(name)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a string from UTF-8 bytes that are known to be valid.
    @inline(__always)
    mutating func string(utf8 value: UnsafeBufferPointer<UInt8>) {
        separate()
        appendEscaped(value)
    }

    /// Writes a string, or `null` for `nil`.
    @inline(__always)
    mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Writes a number, or `null` for `nil`.
    @inline(__always)
    mutating func optionalDouble(_ value: Double?) {
        if let value { double(value) } else { null() }
    }

    /// Ends a JSON Lines record with a line feed.
    mutating func newline() {
        bytes.append(0x0A)
        needsComma = false
    }

    /// Reserves room for at least `count` more bytes.
    mutating func reserve(_ count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }

    @inline(__always)
    private mutating func appendStatic(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func appendString(_ value: some StringProtocol) {
        let done: Void? = value.utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
        if done == nil {
            let copy = Array(value.utf8)
            copy.withUnsafeBufferPointer { appendEscaped($0) }
        }
    }

    /// Appends `"…"`, copying runs of bytes that need no escape in one go.
    private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            if byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x7F {
                index += 1
                continue
            }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index])) }
            appendEscape(byte)
            index += 1
            runStart = index
        }
        if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count])) }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(_ byte: UInt8) {
        let backslash = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""), backslash:
            bytes.append(backslash)
            bytes.append(byte)
        case 0x0A:
            bytes.append(backslash)
            bytes.append(UInt8(ascii: "n"))
        case 0x0D:
            bytes.append(backslash)
            bytes.append(UInt8(ascii: "r"))
        case 0x09:
            bytes.append(backslash)
            bytes.append(UInt8(ascii: "t"))
        default:
            appendStatic("\\u00")
            bytes.append(Self.hexDigit(byte >> 4))
            bytes.append(Self.hexDigit(byte & 0xF))
        }
    }

    @inline(__always)
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// Appends the decimal digits of a whole number, without going through `String`.
    @inline(__always)
    private mutating func appendInt(_ value: Int) {
        if value >= 0 && value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value))
            return
        }
        // 20 characters hold Int.min; three words give room to spare.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var magnitude = value.magnitude
            var index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude != 0
            if value < 0 {
                index -= 1
                buffer[index] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[index...]))
        }
    }

    private mutating func appendDouble(_ value: Double) {
        guard value.isFinite else {
            appendStatic("null")
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            appendInt(Int(value))
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
    }
}
