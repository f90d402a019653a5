public import Lede

/// A normalizer that turns every kind of line break into a line feed and drops a leading
/// byte-order mark.
///
/// Later stages find lines and paragraphs by looking for `\n` alone; this stage makes that
/// true whatever system or word processor the text came from.
///
/// | Input | Output |
/// |---|---|
/// | CR LF (Windows) | LF |
/// | CR alone (classic Mac OS) | LF |
/// | U+0085 NEXT LINE (NEL) | LF |
/// | U+2028 LINE SEPARATOR | LF |
/// | U+2029 PARAGRAPH SEPARATOR | LF LF (a paragraph break) |
/// | U+FEFF at the very start (byte-order mark) | removed |
///
/// Each line break is one replacement, so the `\n` that replaced a CR LF maps back to both
/// bytes. A U+FEFF anywhere but the start is a ZERO WIDTH NO-BREAK SPACE, not a byte-order
/// mark; it is left for ``WhitespaceNormalizer``. Several U+FEFF at the start (text that was
/// decoded and re-encoded more than once) are all removed, so running the stage twice
/// changes nothing more.
///
/// **Requires:** nothing. **Provides:** nothing; it rewrites `Document.text`, keeping
/// the map back to the original (offsets are UTF-8 bytes). **Options:** none (configuration
/// name `lede.line-endings`).
///
/// `LineEndingNormalizer` is `Sendable`: it holds no state.
///
/// - Complexity: O(*n*) in the UTF-8 length of the text.
public struct LineEndingNormalizer: Normalizer, Sendable, Hashable {
    /// `lede.line-endings`.
    public let name = "lede.line-endings"

    /// Creates a line-ending normalizer.
    public init() {}

    /// Replaces every line break with `\n` and removes a leading byte-order mark.
    ///
    /// - Parameter document: The document whose text to normalize.
    /// - Throws: `PipelineError` if the document already has annotations.
    /// - Complexity: O(*n*) in the UTF-8 length of the text.
    public func process(_ document: inout Document) throws {
        try document.rewriteBytes { bytes, rewriter in Self.rewrite(bytes, into: &rewriter) }
    }

    private static func rewrite(_ bytes: UnsafeBufferPointer<UInt8>, into rewriter: inout TextRewriter) {
        let count = bytes.count
        var index = 0
        // Byte-order marks (EF BB BF) at the start.
        while index + 3 <= count, bytes[index] == 0xEF, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF {
            index += 3
        }
        if index > 0 { rewriter.delete(0..<index) }
        while true {
            index = ByteScan.skipASCII(bytes, from: index, except: 0x0D)
            guard index < count else { return }
            let byte = bytes[index]
            if byte == 0x0D {
                let end = index + 1 < count && bytes[index + 1] == 0x0A ? index + 2 : index + 1
                rewriter.replace(index..<end, with: "\n")
                index = end
                continue
            }
            let (value, length) = ByteScan.decode(bytes, at: index)
            switch value {
            case 0x0085, 0x2028: rewriter.replace(index..<index + length, with: "\n")
            case 0x2029: rewriter.replace(index..<index + length, with: "\n\n")
            default: break
            }
            index += length
        }
    }
}
