extension RecordID: Codable {
    /// Decodes any JSON value as an id.
    ///
    /// Through a `Decoder` the id is rebuilt from the decoded value, not copied: a whole
    /// number that fits 64 bits keeps every digit, other numbers go through `Double`, and
    /// an object's keys come out sorted, since a `Decoder` does not keep their order. The
    /// JSON Lines reader keeps the text exactly.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` if the value cannot be read.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self.init(trustedJSON: value ? "true" : "false", documentID: value ? "true" : "false")
        } else if let value = try? container.decode(Int64.self) {
            self.init(trustedJSON: String(value), documentID: String(value))
        } else if let value = try? container.decode(UInt64.self) {
            self.init(trustedJSON: String(value), documentID: String(value))
        } else if let value = try? container.decode(Double.self) {
            var writer = JSONWriter(reservingCapacity: 32)
            writer.double(value)
            self.init(trustedJSON: writer.text, documentID: writer.text)
        } else if let value = try? container.decode(String.self) {
            self.init(value)
        } else if let elements = try? container.decode([RecordID].self) {
            let json = "[" + elements.map(\.json).joined(separator: ",") + "]"
            self.init(trustedJSON: json, documentID: json)
        } else {
            let members = try container.decode([String: RecordID].self)
            var writer = JSONWriter(reservingCapacity: 64)
            writer.object { writer in
                for (key, value) in members.sorted(by: { $0.key < $1.key }) {
                    writer.key(key)
                    writer.id(value)
                }
            }
            self.init(trustedJSON: writer.text, documentID: writer.text)
        }
    }

    /// Encodes the id as the JSON value its text holds.
    ///
    /// An object's members are encoded in their order, for encoders that keep it; a whole
    /// number that fits 64 bits is encoded exactly, any other number as a `Double`.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var json = json
        try json.withUTF8 { buffer in
            var scanner = JSONScanner(buffer)
            let value = try scanner.value()
            switch value.kind {
            case .null:
                var container = encoder.singleValueContainer()
                try container.encodeNil()
            case .true, .false:
                var container = encoder.singleValueContainer()
                try container.encode(value.kind == .true)
            case .number:
                var container = encoder.singleValueContainer()
                let text = scanner.text(of: value)
                if let number = Int64(text) {
                    try container.encode(number)
                } else if let number = UInt64(text) {
                    try container.encode(number)
                } else {
                    try container.encode(Double(text) ?? .nan)
                }
            case .string:
                var container = encoder.singleValueContainer()
                try container.encode(documentID)
            case .array:
                var scanner = JSONScanner(buffer)
                var container = encoder.unkeyedContainer()
                for element in try scanner.elements() {
                    try container.encode(RecordID(scanner, element))
                }
            case .object:
                var scanner = JSONScanner(buffer)
                var container = encoder.container(keyedBy: MemberKey.self)
                for (key, member) in try scanner.members() {
                    var repairs: [Range<Int>] = []
                    let name = scanner.decodedString(key, repairs: &repairs)
                    try container.encode(RecordID(scanner, member), forKey: MemberKey(stringValue: name))
                }
            }
        }
    }
}

/// A member name of an object id.
private struct MemberKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }

    init?(intValue: Int) { nil }
}
