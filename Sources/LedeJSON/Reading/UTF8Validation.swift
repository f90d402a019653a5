/// Checks UTF-8 by the rules of the Unicode Standard (table 3-7): no overlong forms, no
/// surrogates, nothing above U+10FFFF.
enum UTF8Validation {
    /// The offset of the first byte of the first ill-formed sequence, or `nil` if all of
    /// `bytes` is well-formed UTF-8.
    ///
    /// - Complexity: O(*n*); ASCII is skipped eight bytes at a time.
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        var index = 0
        while index < count {
            // Skip ASCII a word at a time.
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
            guard index < count else { return nil }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The allowed range of the second byte, and how many bytes the sequence has.
            let secondLow: UInt8
            let secondHigh: UInt8
            let length: Int
            switch lead {
            case 0xC2...0xDF: (secondLow, secondHigh, length) = (0x80, 0xBF, 2)
            case 0xE0: (secondLow, secondHigh, length) = (0xA0, 0xBF, 3)
            case 0xE1...0xEC, 0xEE...0xEF: (secondLow, secondHigh, length) = (0x80, 0xBF, 3)
            case 0xED: (secondLow, secondHigh, length) = (0x80, 0x9F, 3)
            case 0xF0: (secondLow, secondHigh, length) = (0x90, 0xBF, 4)
            case 0xF1...0xF3: (secondLow, secondHigh, length) = (0x80, 0xBF, 4)
            case 0xF4: (secondLow, secondHigh, length) = (0x80, 0x8F, 4)
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= secondLow && second <= secondHigh else { return index }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }
}
