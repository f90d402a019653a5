import Lede
import LedeTesting
import Testing

/// Runs normalizers, in order, on a fresh document.
func normalize(_ text: String, with stages: [any AnalysisStage]) throws -> Document {
    var document = Document(text: text)
    for stage in stages { try stage.process(&document) }
    return document
}

/// Checks that every offset of a normalized document's working text still leads back to the
/// right place in the original input.
///
/// - The whole working text maps to the whole original, short of text deleted at either end
///   (a byte-order mark, leading spaces), and that range normalizes to the working text.
/// - For each token (split at spaces, tabs and line breaks) and each character, the original
///   text of its span, normalized again by the same stages, is its working text. A span that
///   ends inside an edit (the `f` of `fi` from `ﬁ`) is first widened to the whole edit,
///   since part of a character has no original of its own. The original is normalized
///   between `#` marks, as in the middle of a line, or else on its own, or else it matches
///   but for spaces and line breaks at its ends. ``OffsetMap`` keeps no empty edit touching
///   another, so text deleted beside a span because of where it stood (a byte-order mark at
///   the start, spaces at the end of the text, the third of three line breaks) is counted
///   with the span's edge, and only reads as deleted where it stood.
/// - A token or character that no edit touches maps to exactly its own text:
///   `original[range] == surface`.
func expectOffsetsSurvive(
    _ document: Document,
    renormalizingWith stages: [any AnalysisStage],
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let bytes = Array(document.text.utf8)
    let originalBytes = Array(document.original.utf8)
    let edits = document.offsetMap.edits
    var whole = 0..<originalBytes.count
    if let first = edits.first, first.working == 0..<0 { whole = first.original.upperBound..<whole.upperBound }
    if let last = edits.last, last.working == bytes.count..<bytes.count {
        whole = whole.lowerBound..<max(whole.lowerBound, last.original.lowerBound)
    }
    #expect(
        document.originalRange(of: Span(0..<bytes.count)) == whole,
        "the whole text must map to the whole original",
        sourceLocation: sourceLocation
    )
    let kept = String(decoding: originalBytes[whole], as: UTF8.self)
    #expect(try normalize(kept, with: stages).text == document.text, sourceLocation: sourceLocation)

    var tokens: [Range<Int>] = []
    var start: Int?
    for (offset, byte) in bytes.enumerated() {
        let isSeparator = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        if isSeparator, let first = start {
            tokens.append(first..<offset)
            start = nil
        } else if !isSeparator && start == nil {
            start = offset
        }
    }
    if let first = start { tokens.append(first..<bytes.count) }
    var characters: [Range<Int>] = []
    var offset = 0
    for character in document.text {
        characters.append(offset..<offset + character.utf8.count)
        offset += character.utf8.count
    }

    func trimmed(_ text: Substring) -> Substring.UnicodeScalarView {
        let isBlank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        var scalars = text.unicodeScalars
        while let first = scalars.first, isBlank(first) { scalars.removeFirst() }
        while let last = scalars.last, isBlank(last) { scalars.removeLast() }
        return scalars
    }
    var failures: [String] = []
    for range in tokens + characters {
        let span = Span(widened(range, to: edits))
        let working = document.text(of: span)
        let original = String(document.originalText(of: span))
        let inLine = try normalize("#" + original + "#", with: stages).text
        let alone = try normalize(original, with: stages).text
        let matches =
            inLine == "#" + working + "#" || alone == working
            || trimmed(working).elementsEqual(trimmed(inLine.dropFirst().dropLast()))
        if !matches {
            failures.append("\(span): original \(original.debugDescription) normalizes to \(inLine.debugDescription)")
        }
        if isUntouched(range, by: edits) {
            let surface = bytes[range]
            let originalRange = document.originalRange(of: Span(range))
            if !originalBytes[originalRange].elementsEqual(surface) {
                failures.append("\(range): unchanged text \(working.debugDescription) maps elsewhere")
            }
        }
    }
    #expect(
        failures.isEmpty,
        "\(failures.count) offset failures, first: \(failures.prefix(5).joined(separator: "; "))",
        sourceLocation: sourceLocation
    )
}

/// A working range grown so that neither end falls strictly inside a rewritten region.
private func widened(_ range: Range<Int>, to edits: [OffsetMap.Edit]) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    for edit in edits where !edit.working.isEmpty {
        if edit.working.lowerBound < lower && lower < edit.working.upperBound { lower = edit.working.lowerBound }
        if edit.working.lowerBound < upper && upper < edit.working.upperBound { upper = edit.working.upperBound }
    }
    return lower..<upper
}

/// Whether no edit changed anything inside a working range.
private func isUntouched(_ range: Range<Int>, by edits: [OffsetMap.Edit]) -> Bool {
    !edits.contains { edit in
        edit.working.isEmpty
            ? range.lowerBound < edit.working.lowerBound && edit.working.lowerBound < range.upperBound
            : edit.working.lowerBound < range.upperBound && range.lowerBound < edit.working.upperBound
    }
}

/// Texts every normalizer must survive, beyond its own table: the hard cases the stage
/// verifier uses, binary input and repaired UTF-8.
let sharedHardCases: [String] =
    StageVerifier.standardCases + [
        "\u{0}\u{0}\u{0}binary\u{0}\u{1}\u{2}\u{FFFD}\u{FFFD}\u{7F}\u{0}",
        Document(decoding: [0x41, 0xFF, 0x00, 0xC3, 0x28, 0x20, 0x20, 0xE2, 0x80, 0x9C, 0x42, 0xED, 0xA0, 0x80]).text,
        "\u{FEFF}\u{FEFF}a\u{FEFF}b\u{200B}\u{301} \u{00A0}\u{301}\r\n\r\n\r\n\u{2029}\u{2028}\u{85}",
        "e\u{0}\u{301} x\u{7}\u{308} \u{1100}\u{0}\u{1161} ｶﾞ ﬁ ½ … ″ \u{2000}\u{2000}",
        "👩🏽‍🚀 👨‍👩‍👧‍👦 🏳️‍🌈 🇺🇦 ‍\u{200C}\u{200D}",
        "\t \t\n\t\n \n\u{3000}\u{3000}x\u{3000}\u{3000}\n\n\n\n",
    ]
