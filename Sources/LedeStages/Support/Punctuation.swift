/// The punctuation that sentence and quote rules look at, in canonical and typographic forms.
enum Punctuation {
    /// Sentence-final marks: `.` `?` `!` `…` `‽` and the CJK and full-width forms.
    static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x3F, 0x21, 0x2026, 0x203D, 0x3002, 0xFF01, 0xFF1F, 0xFF0E: true
        default: false
        }
    }

    /// Marks that close a quotation or a bracket after a sentence-final mark.
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x201D, 0x2019, 0x00BB, 0x203A, 0x201C, 0x300D, 0x300F, 0xFF09: true
        default: false
        }
    }

    /// Marks that open a quotation or a bracket before the first word of a sentence.
    static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x201C, 0x2018, 0x00AB, 0x2039, 0x201E, 0x201A, 0x300C, 0x300E, 0xFF08,
            0x00BF, 0x00A1:
            true
        default: false
        }
    }
}
