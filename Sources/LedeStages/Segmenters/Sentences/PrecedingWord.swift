/// The word that ends at a period, without the period: what the sentence segmenter reads to
/// tell an abbreviation (`Inc.`, `U.S.`, `a.m.`, `N°.`), an initial or a number from the
/// last word of a sentence.
struct PrecedingWord {
    /// Where it starts.
    var start: Int
    /// Where it ends: at the period.
    var end: Int
    /// Whether it is made of digits (and dots or commas): `2004`, `1026.253.553`.
    var isNumber: Bool
    /// Whether it is a number of one to three digits, as a list numbers its items (`1`, `12`).
    var isListNumber: Bool
    /// Whether it is a single capital letter (`W` in `George W. Bush`).
    var isInitial: Bool
    /// Whether it is single letters separated by periods: `U.S`, `J.R.R`, `a.m`.
    var isDottedAcronym: Bool

    /// Whether there is no word: the period follows a space or an opening mark.
    var isEmpty: Bool { start == end }

    /// Whether the word is `a.m` or `p.m`, in either case.
    let isTimeOfDay: Bool

    /// The bytes of the word.
    var range: Range<Int> { start..<end }

    /// The longest word read back, in bytes.
    static let maximumLength = 24

    /// Reads the word that ends at the period at `index`.
    init(endingAt index: Int, sentenceStart: Int, bytes: UnsafeBufferPointer<UInt8>) {
        var start = index
        while start > sentenceStart && index - start < Self.maximumLength {
            let byte = bytes[start - 1]
            if TextBytes.isSpace(byte) || byte == 0x28 || byte == 0x5B || byte == 0x22 || byte == 0x2F { break }
            if byte >= 0x80 {
                let scalarStart = TextBytes.previousScalarStart(in: bytes, before: start)
                guard scalarStart >= sentenceStart, let (scalar, _) = TextBytes.scalar(in: bytes, at: scalarStart),
                    TextBytes.isLetter(scalar) || Self.isNumeroSign(scalar)
                else {
                    break
                }
                start = scalarStart
                continue
            }
            start -= 1
        }
        // Strip leading apostrophes or dashes.
        while start < index && (bytes[start] == 0x27 || bytes[start] == 0x2D) { start += 1 }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
        self.start = start
        end = index
        var letters = 0
        var digits = 0
        var dots = 0
        var uppers = 0
        for byte in slice {
            if TextBytes.isDigit(byte) {
                digits += 1
            } else if byte == 0x2E {
                dots += 1
            } else if TextBytes.isASCIILetter(byte) {
                letters += 1
                if TextBytes.isUpper(byte) { uppers += 1 }
            }
        }
        isNumber = digits > 0 && letters == 0
        isListNumber = digits > 0 && digits <= 3 && digits == slice.count
        isInitial = slice.count == 1 && uppers == 1
        // "U.S", "J.R.R", "a.m": single letters separated by periods.
        var isDotted = dots > 0 && letters == dots + 1
        if isDotted {
            for (offset, byte) in slice.enumerated() where (offset % 2 == 0) != TextBytes.isASCIILetter(byte) {
                isDotted = false
                break
            }
        }
        isDottedAcronym = isDotted
        isTimeOfDay =
            slice.count == 3 && slice[1] == 0x2E && slice[2] | 0x20 == 0x6D
            && (slice[0] | 0x20 == 0x61 || slice[0] | 0x20 == 0x70)
    }

    /// The degree sign and masculine ordinal written after `N` for "number" (`N°`, `Nº`), and
    /// the numero sign `№`.
    private static func isNumeroSign(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{00B0}" || scalar == "\u{00BA}" || scalar == "\u{2116}"
    }
}
