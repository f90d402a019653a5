public import Lede

/// A normalizer that removes control characters and noncharacters, which carry no text and
/// confuse tokenizers, regular expressions and terminals.
///
/// | Input | Output |
/// |---|---|
/// | C0 controls U+0000–U+001F except TAB, LF and CR (NUL, BEL, backspace, VT, FF, ESC…) | removed |
/// | U+007F DELETE | removed |
/// | C1 controls U+0080–U+009F except U+0085 NEXT LINE | removed |
/// | the 66 noncharacters: U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, U+1FFFF … U+10FFFF) | removed |
///
/// TAB, LF and CR are left for ``WhitespaceNormalizer`` and ``LineEndingNormalizer``; NEL is a
/// line break that ``LineEndingNormalizer`` turns into `\n`. U+FFFD REPLACEMENT CHARACTER,
/// which marks invalid input bytes, is kept so the damage stays visible. Binary input full
/// of NUL bytes is handled like any other text.
///
/// A run of removed characters is one deletion (or one space, with `replaceWithSpace`). A
/// run directly followed by a combining mark (or another character that extends the one
/// before it) always becomes one space, the base the mark sits on, so the mark never moves
/// onto the letter before the run.
///
/// **Requires:** nothing. **Provides:** nothing; it rewrites `Document.text`, keeping
/// the map back to the original (offsets are UTF-8 bytes).
///
/// **Options** (configuration name `lede.control-characters`):
/// - `replaceWithSpace` (default `false`): replace each run of removed characters with one
///   space instead of deleting it, so that words a control character separated stay apart.
///
/// `ControlCharacterNormalizer` is `Sendable`: it holds only its configuration.
///
/// - Complexity: O(*n*) in the UTF-8 length of the text.
public struct ControlCharacterNormalizer: Normalizer, Sendable, Hashable {
    /// `lede.control-characters`.
    public let name = "lede.control-characters"

    /// Whether each run of removed characters becomes one space instead of nothing.
    public var replaceWithSpace: Bool

    /// Creates a control-character normalizer.
    ///
    /// - Parameter replaceWithSpace: Whether each run of removed characters becomes one space;
    ///   defaults to `false` (they are deleted).
    public init(replaceWithSpace: Bool = false) {
        self.replaceWithSpace = replaceWithSpace
    }

    /// Removes control characters and noncharacters from the working text.
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
        while true {
            index = ByteScan.skipPlainText(bytes, from: index)
            guard index < count else { return }
            var end = index
            var length = Self.removableLength(bytes, at: end)
            guard length > 0 else {
                index += ByteScan.sequenceLength(lead: bytes[index])
                continue
            }
            while length > 0 {
                end += length
                length = end < count ? Self.removableLength(bytes, at: end) : 0
            }
            let carriesMark =
                end < count && Unicode.Scalar(ByteScan.decode(bytes, at: end).value)?.needsBase == true
            if replaceWithSpace || carriesMark {
                rewriter.replace(index..<end, with: " ")
            } else {
                rewriter.delete(index..<end)
            }
            index = end
        }
    }

    /// The length of the removable character at `index`, or 0 if it stays.
    private static func removableLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 {
            return byte == 0x7F || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) ? 1 : 0
        }
        switch byte {
        case 0xC2:
            let second = bytes[index + 1]
            return second <= 0x9F && second != 0x85 ? 2 : 0
        case 0xEF, 0xF0...0xF4:
            let (value, length) = ByteScan.decode(bytes, at: index)
            return (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE ? length : 0
        default:
            return 0
        }
    }
}
