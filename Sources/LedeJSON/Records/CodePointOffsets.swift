/// Turns UTF-8 offsets of a text into Unicode code-point offsets: the answers of Lede's
/// `ScalarOffsetTable`, built by scanning bytes (eight at a time through ASCII) instead of
/// decoding scalars, which made the table the largest cost of writing a record.
struct CodePointOffsets {
    /// The UTF-8 offset of each multi-byte scalar's first byte, then `Int.max`.
    private var starts: [Int] = []
    /// How many continuation bytes come before each of `starts`.
    private var extraBefore: [Int] = []

    /// - Parameter text: Valid UTF-8.
    /// - Complexity: O(*n*).
    init(_ text: UnsafeBufferPointer<UInt8>) {
        var extra = 0
        var index = 0
        let count = text.count
        if let base = text.baseAddress {
            while index < count {
                while index + 8 <= count,
                    UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                }
                guard index < count else { break }
                let lead = text[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                starts.append(index)
                extraBefore.append(extra)
                extra += length - 1
                index += length
            }
        }
        starts.append(Int.max)
        extraBefore.append(extra)
    }

    /// The number of code points before a UTF-8 offset that lies on a scalar boundary.
    ///
    /// - Complexity: O(log *k*) in the number of multi-byte scalars.
    @inline(__always)
    func codePointOffset(ofUTF8 offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return offset - extraBefore[low]
    }
}
