import Testing

@testable import LedeJSON

@Suite struct UTF8ValidationTests {
    /// The offset of the first ill-formed sequence, by the standard library's decoder.
    static func reference(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    static func validate(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) }
    }

    @Test(
        "finds the first ill-formed sequence",
        arguments: [
            ([], nil), (Array("plain ASCII text longer than eight".utf8), nil), (Array("é東🎉 mixed".utf8), nil),
            ([0x41, 0xFF], 1), ([0x80], 0), ([0xC0, 0x80], 0), ([0xC1, 0xBF], 0), ([0xE0, 0x9F, 0x80], 0),
            ([0xED, 0xA0, 0x80], 0), ([0xF0, 0x8F, 0x80, 0x80], 0), ([0xF4, 0x90, 0x80, 0x80], 0), ([0xF5], 0),
            ([0x41, 0x42, 0xE2, 0x82], 2), ([0xE2, 0x41, 0x42], 0), (Array("12345678".utf8) + [0xC3], 8),
            ([0xEF, 0xBF, 0xBD, 0xF4, 0x8F, 0xBF, 0xBF], nil),
        ] as [([UInt8], Int?)]
    )
    func table(bytes: [UInt8], expected: Int?) {
        #expect(Self.validate(bytes) == expected)
        #expect(Self.reference(bytes) == expected)
    }

    @Test func agreesWithTheStandardLibraryOnRandomBytes() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            Array("ab".utf8), Array("é".utf8), Array("東".utf8), Array("🎉".utf8), [0x80], [0xC3], [0xE2, 0x82],
            [0xF0, 0x9F], [0xED, 0xB0, 0x80], [0xFF], Array("ASCII run".utf8),
        ]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                bytes += pieces.randomElement(using: &generator) ?? []
            }
            #expect(Self.validate(bytes) == Self.reference(bytes), "\(bytes)")
        }
    }
}
