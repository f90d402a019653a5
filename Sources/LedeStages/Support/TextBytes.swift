/// Byte-level helpers shared by the built-in stages, which scan UTF-8 directly for speed.
enum TextBytes {
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }

    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }
    @inline(__always) static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// Decodes the scalar starting at `offset`, with its length in bytes.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int)? {
        guard offset < bytes.count else { return nil }
        let first = bytes[offset]
        if first < 0x80 { return (Unicode.Scalar(first), 1) }
        let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
        guard offset + length <= bytes.count else { return nil }
        var value = UInt32(first) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for index in 1..<length { value = value << 6 | UInt32(bytes[offset + index] & 0x3F) }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// The start of the scalar that ends just before `offset`.
    static func previousScalarStart(in bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> Int {
        var index = offset - 1
        while index > 0 && isContinuation(bytes[index]) { index -= 1 }
        return index
    }

    /// Whether a scalar is a letter (any script).
    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? isASCIILetter(UInt8(scalar.value)) : isAlphabetic(scalar)
    }

    /// Whether a scalar is an upper-case or title-case letter.
    @inline(__always) static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? isUpper(UInt8(scalar.value)) : isUppercaseOrTitlecase(scalar)
    }

    /// Whether a scalar is a lower-case letter.
    @inline(__always) static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? isLower(UInt8(scalar.value)) : hasLowercaseProperty(scalar)
    }

    /// Whether a scalar is a letter of a script without case (CJK, Arabic, ...).
    @inline(never) static func isUncasedLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x80 && scalar.properties.isAlphabetic && !scalar.properties.isUppercase
            && !scalar.properties.isLowercase && scalar.properties.generalCategory == .otherLetter
    }

    // MARK: Unicode properties, out of line

    // `Unicode.Scalar.Properties` and `Unicode.GeneralCategory` are resilient types: a function
    // that touches one asks the runtime for its type metadata on every call, in its prologue,
    // even when the text is ASCII and the code that needs the property never runs. The hot
    // scanners ask these functions instead, so that only non-ASCII text pays for a call.

    /// `scalar.properties.isAlphabetic`.
    @inline(never) static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    /// `scalar.properties.isUppercase`, or a title-case letter.
    @inline(never) static func isUppercaseOrTitlecase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }

    /// `scalar.properties.isLowercase`.
    @inline(never) static func hasLowercaseProperty(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isLowercase
    }

    /// `scalar.properties.isWhitespace`: for ASCII, exactly tab, line feed, vertical tab, form
    /// feed, carriage return and space.
    @inline(__always) static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80
            ? (scalar.value >= 0x09 && scalar.value <= 0x0D) || scalar.value == 0x20 : hasWhitespaceProperty(scalar)
    }

    /// `scalar.properties.isWhitespace`.
    @inline(never) static func hasWhitespaceProperty(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// Whether a scalar is a non-spacing mark (general category Mn).
    @inline(never) static func isNonspacingMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .nonspacingMark
    }

    /// Whether a scalar is a non-spacing or spacing mark (general category Mn or Mc).
    @inline(never) static func isNonspacingOrSpacingMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .spacingMark
    }
}
