extension KeyedEncodingContainer {
    /// Encodes a value, or `null` for `nil`, so that the member is always present, as the
    /// fast writer writes it (synthesized conformances leave a `nil` member out).
    mutating func encodeNullable(_ value: (some Encodable)?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    /// Encodes a number, or `null` for `nil`, NaN and the infinities, as the fast writer does.
    mutating func encodeNumber(_ value: Double?, forKey key: Key) throws {
        if let value, value.isFinite { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}

extension KeyedDecodingContainer {
    /// Decodes `schema_version` and checks that it is the version these types describe.
    func decodeSchemaVersion(forKey key: Key) throws -> Int {
        let version = try decode(Int.self, forKey: key)
        guard version == RecordSchema.version else {
            throw DecodingError.dataCorruptedError(
                forKey: key,
                in: self,
                debugDescription:
                    "The record has schema_version \(version), and these types read version \(RecordSchema.version); use a LedeJSON release that reads version \(version)."
            )
        }
        return version
    }
}
