internal import CPCRE2

extension PCRE2Pattern {
    /// Decodes bytes as UTF-8, rejecting invalid input with the offset of the first bad byte.
    ///
    /// Use this once for bytes of unknown origin; the resulting `String` can then be matched
    /// any number of times with no further checks.
    ///
    /// - Parameter bytes: The bytes to decode.
    /// - Returns: The text.
    /// - Throws: ``PCRE2Error`` with code ``PCRE2Error/Code/invalidUTF8``, PCRE2's description
    ///   of the problem, and ``PCRE2Error/offset`` set to the first invalid byte.
    public static func decodeUTF8(_ bytes: some Collection<UInt8>) throws(PCRE2Error) -> String {
        let array = Array(bytes)
        let status: (Int32, Int) = array.withUnsafeBufferPointer { buffer in
            withBase(buffer) { base in
                // An empty pattern in UTF mode matches at offset 0; PCRE2 validates the whole
                // subject first and reports the first invalid sequence.
                var errorNumber: Int32 = 0
                var errorOffset = 0
                guard let code = pcre2_compile_8(base, 0, UInt32(PCRE2_UTF), &errorNumber, &errorOffset, nil),
                    let data = pcre2_match_data_create_8(1, nil)
                else { return (Int32(PCRE2_ERROR_NOMEMORY), 0) }
                defer {
                    pcre2_match_data_free_8(data)
                    pcre2_code_free_8(code)
                }
                let rc = pcre2_match_8(code, base, buffer.count, 0, 0, data, nil)
                return (rc, Int(pcre2_get_startchar_8(data)))
            }
        }
        if status.0 >= 0 { return String(decoding: array, as: UTF8.self) }
        if status.0 <= PCRE2_ERROR_UTF8_ERR1 && status.0 >= PCRE2_ERROR_UTF8_ERR21 {
            throw PCRE2Error(
                code: .invalidUTF8,
                status: status.0,
                message: "The bytes are not valid UTF-8 at byte \(status.1): \(message(for: status.0)).",
                offset: status.1
            )
        }
        throw matchError(status.0, pattern: "", offset: 0)
    }
}
