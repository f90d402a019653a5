/// Records the changes a normalizer makes to a text, and builds the new text with the map
/// back to the old one.
///
/// Replace ranges in increasing order; untouched text is copied unchanged. Apply the result
/// with ``Document/replaceText(with:)``:
///
/// ```swift
/// var rewriter = TextRewriter(document.text)
/// rewriter.replace(3..<6, with: "\"")     // a curly quote (3 bytes) becomes one byte
/// try document.replaceText(with: rewriter)
/// ```
///
/// `TextRewriter` is `Sendable`.
public struct TextRewriter: Sendable {
    /// The text being rewritten.
    public let source: String
    private var output: [UInt8] = []
    private var copiedUpTo = 0
    private var edits: [OffsetMap.Edit] = []

    /// Starts rewriting a text.
    ///
    /// - Parameter source: The text to rewrite.
    public init(_ source: String) {
        self.source = source
    }

    /// Whether any change has been recorded.
    public var hasChanges: Bool { !edits.isEmpty }

    /// Replaces a byte range of the source with new text.
    ///
    /// - Parameters:
    ///   - range: A UTF-8 range of ``source`` on character boundaries, starting at or after
    ///     the end of the previous replacement.
    ///   - replacement: The new text; empty to delete.
    /// - Precondition: Ranges come in increasing order and lie inside the source.
    public mutating func replace(_ range: Range<Int>, with replacement: some StringProtocol) {
        precondition(range.lowerBound >= copiedUpTo, "TextRewriter: replacements must come in increasing order.")
        precondition(range.upperBound <= source.utf8.count, "TextRewriter: the range \(range) lies outside the text.")
        precondition(
            source.isScalarBoundary(range.lowerBound) && source.isScalarBoundary(range.upperBound),
            "TextRewriter: the range \(range) splits a character; use Unicode scalar boundaries."
        )
        if output.isEmpty { output.reserveCapacity(source.utf8.count) }
        copy(upTo: range.lowerBound)
        let start = output.count
        output.append(contentsOf: replacement.utf8)
        OffsetMap.append(OffsetMap.Edit(working: start..<output.count, original: range), to: &edits)
        copiedUpTo = range.upperBound
    }

    /// Deletes a byte range of the source.
    ///
    /// - Parameter range: A UTF-8 range of ``source``, after the previous replacement.
    public mutating func delete(_ range: Range<Int>) {
        replace(range, with: "")
    }

    private mutating func copy(upTo offset: Int) {
        guard offset > copiedUpTo else { return }
        var text = source
        let from = copiedUpTo
        text.withUTF8 { output.append(contentsOf: $0[from..<offset]) }
        copiedUpTo = offset
    }

    /// The rewritten text, and the map from it back to ``source``.
    ///
    /// - Returns: The new text and its map; the source itself and the identity map when there
    ///   were no changes.
    public func finish() -> (text: String, map: OffsetMap) {
        guard hasChanges else { return (source, .identity) }
        var copy = self
        copy.copy(upTo: source.utf8.count)
        return (String(decoding: copy.output, as: UTF8.self), OffsetMap(edits: edits))
    }
}

extension String {
    /// Whether a UTF-8 offset falls between Unicode scalars (or at either end).
    func isScalarBoundary(_ offset: Int) -> Bool {
        let bytes = utf8
        guard offset > 0, offset < bytes.count else { return offset == 0 || offset == bytes.count }
        return bytes[bytes.index(bytes.startIndex, offsetBy: offset)] & 0xC0 != 0x80
    }
}
