import Lede

extension Document {
    /// Rewrites the working text through a ``TextRewriter`` that a scan of its UTF-8 bytes
    /// fills, and applies it: the one body every built-in normalizer shares.
    ///
    /// - Parameter scan: Reads the bytes of the working text and records each change in the
    ///   rewriter, at byte offsets of those bytes.
    /// - Throws: What `replaceText(with:)` throws.
    mutating func rewriteBytes(_ scan: (UnsafeBufferPointer<UInt8>, inout TextRewriter) -> Void) throws {
        var rewriter = TextRewriter(text)
        ByteScan.withBytes(of: text) { bytes in
            scan(bytes, &rewriter)
        }
        try replaceText(with: rewriter)
    }
}
