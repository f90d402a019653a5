internal import Foundation
public import Lede

/// A normalizer that puts the working text in Unicode Normalization Form C (NFC), or form
/// KC (NFKC) on request.
///
/// After it runs, canonically equivalent spellings are the same bytes: `e` followed by
/// U+0301 COMBINING ACUTE ACCENT becomes `é` (U+00E9), so patterns and comparisons in later
/// stages need not care how the input was typed. Under ``Form/nfkc`` compatibility
/// characters are replaced too: the ligature `ﬁ` becomes `fi`, a no-break space a space,
/// `…` three full stops and fullwidth `Ａ` an `A`.
///
/// **Requires:** nothing. **Provides:** nothing; it rewrites `Document.text`, keeping
/// the map back to the original (offsets are UTF-8 bytes).
///
/// **Options** (configuration name `lede.unicode`):
/// - `form`: ``Form/nfc`` (default) or ``Form/nfkc``.
///
/// ## How it works
/// ASCII never changes under either form, and most other scalars are *inert*: they start a
/// character, nothing composes onto them from the left, and they are already normalized on
/// their own. The stage walks the UTF-8 bytes, skipping ASCII eight bytes at a time, and
/// normalizes only the short *segments* that hold a scalar that is not inert. A segment runs
/// from the last character that nothing can compose onto (a starter such as the `e` before
/// U+0301, ASCII included) up to the next one, so normalizing the segments one by one gives
/// exactly the normalization of the whole text. Only the scalars that differ between a
/// segment and its normalized form are replaced, one replacement per segment, so an `é`
/// maps back to the `e` + U+0301 it came from and everything around it maps back unchanged.
/// A text with nothing to change is neither copied nor rewritten.
///
/// Canonical composition comes from the Swift standard library (the NFC code units that
/// `String` comparison uses); compatibility decomposition for NFKC comes from Foundation's
/// `decomposedStringWithCompatibilityMapping`. Foundation's own composing methods
/// (`precomposedStringWithCanonicalMapping` and `…CompatibilityMapping`) are not used: on
/// Linux they leave a Hangul LV syllable and a trailing consonant apart (`가` + U+11A8 stays
/// two scalars instead of `각`), compose jamo that must not compose into unassigned code
/// points, turn a supplementary-plane letter followed by a combining mark into a different
/// Latin letter (U+10041 + U+0301 becomes `Á`), and do not reorder the marks a compatibility
/// decomposition produces.
///
/// `UnicodeNormalizer` is `Sendable`: it holds only its configuration.
///
/// - Complexity: O(*n*) in the UTF-8 length of the text.
public struct UnicodeNormalizer: Normalizer, Sendable, Hashable {
    /// A Unicode normalization form.
    ///
    /// `Form` is `Sendable`.
    public enum Form: String, Sendable, Hashable, CaseIterable {
        /// Canonical composition: equivalent spellings of the same character become one.
        case nfc
        /// Compatibility composition: also replaces compatibility characters (ligatures,
        /// fullwidth and superscript forms, no-break spaces) with their plain equivalents.
        case nfkc
    }

    /// `lede.unicode`.
    public let name = "lede.unicode"

    /// The normalization form the text is put in.
    public var form: Form

    /// Creates a Unicode normalizer.
    ///
    /// - Parameter form: The normalization form; defaults to ``Form/nfc``.
    public init(form: Form = .nfc) {
        self.form = form
    }

    /// Puts the working text in the configured normalization form.
    ///
    /// - Parameter document: The document whose text to normalize.
    /// - Throws: `PipelineError` if the document already has annotations.
    /// - Complexity: O(*n*) in the UTF-8 length of the text.
    public func process(_ document: inout Document) throws {
        try document.rewriteBytes { bytes, rewriter in rewrite(bytes, into: &rewriter) }
    }

    private func rewrite(_ bytes: UnsafeBufferPointer<UInt8>, into rewriter: inout TextRewriter) {
        let count = bytes.count
        var index = 0
        // Where the last scalar that nothing can compose onto starts.
        var lastStarter = 0
        while index < count {
            let next = ByteScan.skipASCII(bytes, from: index)
            if next > index { lastStarter = next - 1 }
            index = next
            guard index < count else { break }
            let (value, length) = ByteScan.decode(bytes, at: index)
            guard let scalar = Unicode.Scalar(value), !scalar.isInert(in: form) else {
                lastStarter = index
                index += length
                continue
            }
            // A scalar that may change or join the one before it: its segment starts at it
            // if nothing can compose onto it, else at the last such starter.
            let start = isSegmentStart(scalar) ? index : lastStarter
            var end = index + length
            while end < count {
                let (following, followingLength) = ByteScan.decode(bytes, at: end)
                if let scalar = Unicode.Scalar(following), isSegmentStart(scalar) { break }
                end += followingLength
            }
            normalizeSegment(bytes, start..<end, into: &rewriter)
            index = end
            lastStarter = end
        }
    }

    /// Whether the text can be cut in front of this scalar and each side normalized alone:
    /// the scalar is a starter and neither it nor the start of its decomposition composes
    /// with what comes before.
    private func isSegmentStart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.attachesToPrevious { return false }
        if form == .nfc || scalar.isInert(in: form) { return true }
        // Under NFKC a few starters decompose to a combining mark (halfwidth katakana
        // voiced sound marks become U+3099 and U+309A).
        let decomposed = String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars
        guard let first = decomposed.first else { return true }
        return !first.attachesToPrevious
    }

    /// The UTF-8 bytes of a text in a normalization form.
    static func normalizedBytes(_ text: String, form: Form) -> [UInt8] {
        // `_nfcCodeUnits` is public, ABI-stable standard library API (swift-foundation uses it
        // too); it is the only correct canonical composition available on every platform.
        switch form {
        case .nfc: text._nfcCodeUnits
        case .nfkc: text.decomposedStringWithCompatibilityMapping._nfcCodeUnits
        }
    }

    /// Normalizes one segment and records a replacement for the scalars that differ.
    private func normalizeSegment(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ range: Range<Int>,
        into rewriter: inout TextRewriter
    ) {
        let segmentBytes = UnsafeBufferPointer(rebasing: bytes[range])
        let segment = String(decoding: segmentBytes, as: UTF8.self)
        let normalized = Self.normalizedBytes(segment, form: form)
        guard !normalized.elementsEqual(segmentBytes) else { return }
        let old = Array(segment.unicodeScalars)
        let new = Array(String(decoding: normalized, as: UTF8.self).unicodeScalars)
        // Keep the scalars the two share at either end out of the replacement.
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let startOffset = old[..<prefix].reduce(range.lowerBound) { $0 + UTF8.width($1) }
        let endOffset = old[(old.count - suffix)...].reduce(range.upperBound) { $0 - UTF8.width($1) }
        var replacement = String.UnicodeScalarView()
        replacement.append(contentsOf: new[prefix..<(new.count - suffix)])
        rewriter.replace(startOffset..<endOffset, with: String(replacement))
    }
}
