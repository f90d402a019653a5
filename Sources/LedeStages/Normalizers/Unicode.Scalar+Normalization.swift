extension Unicode.Scalar {
    /// Whether this scalar belongs to the character before it: it has a nonzero canonical
    /// combining class, is a mark (Mn, Mc, Me), or is a Hangul vowel or trailing consonant jamo.
    ///
    /// These are the only scalars that canonical composition can join to the scalar before
    /// them: the second element of every canonical decomposition pair is one.
    var attachesToPrevious: Bool {
        if value < 0x300 { return false }
        if value < ScalarTraits.tableLimit { return ScalarTraits.table[Int(value)] & ScalarTraits.attaches != 0 }
        if ScalarTraits.isIdeographOrSyllable(value) { return false }
        return ScalarTraits.computeAttachesToPrevious(self)
    }

    /// Whether this scalar must follow a character of its own: it joins the one before it
    /// (``attachesToPrevious``) or extends its grapheme cluster (`Grapheme_Extend`, such as
    /// U+FF9E HALFWIDTH KATAKANA VOICED SOUND MARK).
    ///
    /// A normalizer never deletes the character in front of one: removing it would move the
    /// mark onto a different character.
    var needsBase: Bool {
        if value < 0x300 { return false }
        if value < ScalarTraits.tableLimit { return ScalarTraits.table[Int(value)] & ScalarTraits.base != 0 }
        if ScalarTraits.isIdeographOrSyllable(value) { return false }
        return ScalarTraits.computeNeedsBase(self)
    }

    /// Whether this scalar is unchanged by a normalization form on its own and can neither
    /// join nor be joined by the scalar before it; a text of inert scalars is already in the
    /// form.
    func isInert(in form: UnicodeNormalizer.Form) -> Bool {
        if value < 0x80 { return true }
        if value < ScalarTraits.tableLimit {
            switch form {
            case .nfc: return ScalarTraits.table[Int(value)] & ScalarTraits.nfcInert != 0
            case .nfkc: return ScalarTraits.nfkcInertTable[Int(value)]
            }
        }
        if ScalarTraits.isIdeographOrSyllable(value) { return true }
        return ScalarTraits.computeIsInert(self, in: form)
    }
}

/// Normalization traits of scalars, looked up in tables for the scalars below U+3400 (the
/// alphabets, punctuation, symbols and kana), known for CJK ideographs and Hangul syllables,
/// and computed from the standard library's Unicode properties for the rest.
enum ScalarTraits {
    static let attaches: UInt8 = 1
    static let base: UInt8 = 2
    static let nfcInert: UInt8 = 4

    /// The scalars below this value are in ``table``.
    static let tableLimit: UInt32 = 0x3400

    /// One byte of trait bits per scalar below ``tableLimit``; built once, on first use.
    static let table: [UInt8] = (0..<tableLimit).map { value in
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        var bits: UInt8 = 0
        if computeAttachesToPrevious(scalar) { bits |= attaches }
        if computeNeedsBase(scalar) { bits |= base }
        if computeIsInert(scalar, in: .nfc) { bits |= nfcInert }
        return bits
    }

    /// Whether each scalar below ``tableLimit`` is inert under NFKC; built on first use.
    ///
    /// Found by normalizing each scalar, so it is exact where ``computeIsInert(_:in:)`` must
    /// be cautious: case folding changes every capital letter.
    static let nfkcInertTable: [Bool] = (0..<tableLimit).map { value in
        guard let scalar = Unicode.Scalar(value) else { return false }
        if value < 0x80 { return true }
        if computeAttachesToPrevious(scalar) { return false }
        let text = String(scalar)
        return UnicodeNormalizer.normalizedBytes(text, form: .nfkc).elementsEqual(text.utf8)
    }

    /// CJK unified ideographs and Hangul syllables: starters that nothing composes onto,
    /// unchanged by both forms, the bulk of text in their scripts.
    @inline(__always)
    static func isIdeographOrSyllable(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value)
    }

    static func computeAttachesToPrevious(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x300 { return false }
        if (0x1160...0x11FF).contains(scalar.value) { return true }
        let properties = scalar.properties
        if properties.canonicalCombiningClass.rawValue != 0 { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func computeNeedsBase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x300 && (computeAttachesToPrevious(scalar) || scalar.properties.isGraphemeExtend)
    }

    static func computeIsInert(_ scalar: Unicode.Scalar, in form: UnicodeNormalizer.Form) -> Bool {
        if scalar.value < 0x80 { return true }
        if computeAttachesToPrevious(scalar) { return false }
        switch form {
        case .nfc:
            // NFC_Quick_Check=No is exactly Full_Composition_Exclusion.
            return !scalar.properties.isFullCompositionExclusion
        case .nfkc:
            // NFKC_Casefold(x) is in NFKC, so a scalar it leaves alone is in NFKC too.
            return !scalar.properties.changesWhenNFKCCaseFolded
        }
    }
}
