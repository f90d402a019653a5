/// Decodes UTF-8 with replacement, reporting each repaired place.
enum UTF8Repair {
    static func decode(_ bytes: some Collection<UInt8>) -> (String, [InputIssue]) {
        let array = Array(bytes)
        if let text = String(validating: array, as: UTF8.self) { return (text, []) }
        var issues: [InputIssue] = []
        var output: [UInt8] = []
        output.reserveCapacity(array.count + 16)
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = array.makeIterator()
        var offset = 0
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                output.append(contentsOf: encoded)
                offset += encoded.count
            case .error(let length):
                // Each maximal invalid subpart becomes one U+FFFD, as String(decoding:) does.
                let start = output.count
                output.append(contentsOf: replacement)
                if let last = issues.last, last.inputRange.upperBound == offset,
                    last.originalRange.upperBound == start
                {
                    issues[issues.count - 1] = InputIssue(
                        kind: .invalidUTF8,
                        inputRange: last.inputRange.lowerBound..<offset + length,
                        originalRange: last.originalRange.lowerBound..<output.count
                    )
                } else {
                    issues.append(
                        InputIssue(
                            kind: .invalidUTF8,
                            inputRange: offset..<offset + length,
                            originalRange: start..<output.count
                        )
                    )
                }
                offset += length
            case .emptyInput:
                break loop
            }
        }
        return (String(decoding: output, as: UTF8.self), issues)
    }
}

/// Turns UTF-8 offsets of a text into Unicode code-point (scalar) offsets.
///
/// JSON consumers index text by code points (Python's `str`), Swift by UTF-8 or
/// `String.Index`. Build the table once per text; ASCII-only texts cost nothing.
/// `ScalarOffsetTable` is `Sendable`.
public struct ScalarOffsetTable: Sendable {
    /// UTF-8 offsets of the first byte of each non-ASCII scalar, and the extra bytes it adds.
    private var starts: [Int] = []
    private var extraBefore: [Int] = []

    /// Builds the table for a text.
    ///
    /// - Parameter text: The text whose offsets will be converted.
    /// - Complexity: O(*n*).
    public init(_ text: String) {
        var extra = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            let length = UTF8.width(scalar)
            if length > 1 {
                starts.append(offset)
                extraBefore.append(extra)
                extra += length - 1
            }
            offset += length
        }
        starts.append(Int.max)
        extraBefore.append(extra)
    }

    /// The code-point offset of a UTF-8 offset that lies on a scalar boundary.
    ///
    /// - Parameter utf8Offset: A UTF-8 offset.
    /// - Returns: The number of Unicode scalars before it.
    /// - Complexity: O(log *k*) in the number of non-ASCII scalars.
    public func scalarOffset(ofUTF8 utf8Offset: Int) -> Int {
        // The number of multi-byte scalars that start before the offset.
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < utf8Offset { low = mid + 1 } else { high = mid }
        }
        return utf8Offset - extraBefore[low]
    }
}
