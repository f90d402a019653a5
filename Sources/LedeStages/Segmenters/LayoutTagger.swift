public import Lede
internal import PCRE2

/// Marks the parts of a document that are not article body text: the headline,
/// subheadings, lists of other stories, bylines, datelines, credits, prompts and timestamps.
///
/// Plain-text articles scraped from the web often carry blocks that are not part of the
/// story. The tagger marks them with `LayoutMark`s and never deletes anything; later
/// stages and summaries skip marked text (`Document.isBodyText(_:)`) unless asked not to.
///
/// | Role | Recognised as |
/// | --- | --- |
/// | `LayoutRole.headline` | the first paragraph when it is short, has no final period, and body text follows; or, when it ends in a period, is as short, stands alone on its line before a blank line, and the paragraph under it has at least as many words (`Florida reports record cases.` then a blank line) |
/// | `LayoutRole.heading` | a short line without final punctuation between body paragraphs (`Troop Deployments`) |
/// | `LayoutRole.boilerplate` | a trigger line (`Latest News Stories`, `Related`, `Read more:`, `Most read`, ...) and the list of headline-like lines after it; a single `Read more: ...` line |
/// | `LayoutRole.byline` | `By Jane Smith`, `By Jane Smith and John Doe, Reuters` |
/// | `LayoutRole.dateline` | the place-and-agency prefix of the first body paragraph: `WASHINGTON (Reuters) - ` |
/// | `LayoutRole.credit` | `Reporting by ...; Editing by ...` |
/// | `LayoutRole.prompt` | subscribe, share, follow, copyright and advertisement lines |
/// | `LayoutRole.timestamp` | a paragraph that is only a date or time: `Friday, 25 February`, `2000 GMT`, `Updated: 3 March 2025, 14:05 GMT` |
///
/// The patterns live in `Layout.patterns`, checked when the package builds.
///
/// - **Requires:** `AnnotationKeyID.paragraphs`.
/// - **Provides:** `AnnotationKeyID.layout`.
/// - **Offsets:** UTF-8 bytes of the working text; a mark covers whole paragraphs, except a
///   dateline, which covers the prefix.
/// - **Rules:** `first-line`, `first-line-period`, `subheading`, `related-list`, `read-more`, `byline`,
///   `dateline`, `credit`, `prompt`, `timestamp`.
/// - **Options:** `headlines` (default `true`) and `boilerplate` (default `true`) turn
///   the two halves of the work on or off.
///
/// `LayoutTagger` is `Sendable`.
public struct LayoutTagger: Segmenter {
    /// `lede.layout`.
    public let name = "lede.layout"
    /// Whether headlines and subheadings are marked.
    public var marksHeadings: Bool
    /// Whether boilerplate (lists, bylines, datelines, credits, prompts, timestamps) is marked.
    public var marksBoilerplate: Bool

    /// Creates the tagger.
    ///
    /// - Parameters:
    ///   - marksHeadings: Whether to mark headlines and subheadings; defaults to `true`.
    ///   - marksBoilerplate: Whether to mark boilerplate; defaults to `true`.
    public init(marksHeadings: Bool = true, marksBoilerplate: Bool = true) {
        self.marksHeadings = marksHeadings
        self.marksBoilerplate = marksBoilerplate
    }

    /// `AnnotationKeyID.paragraphs`.
    public var requires: Set<AnnotationKeyID> { [.paragraphs] }
    /// `AnnotationKeyID.layout`.
    public var provides: Set<AnnotationKeyID> { [.layout] }

    /// Marks the layout of the document.
    ///
    /// - Parameter document: A document with paragraphs.
    /// - Throws: `PCRE2Error` if a pattern hits its match limit on this text; a pipeline wraps
    ///   it in a `PipelineError` with code `stageFailed` that names this stage.
    /// - Complexity: O(*n*) in the length of the text.
    public func process(_ document: inout Document) throws {
        let paragraphs = document.paragraphs
        let text = document.text
        var shapes: [Shape] = []
        shapes.reserveCapacity(paragraphs.count)
        var bytes = text
        bytes.withUTF8 { buffer in
            for paragraph in paragraphs { shapes.append(Shape(paragraph.span, in: buffer)) }
        }
        var marks: [LayoutMark] = []
        func mark(_ span: Span, _ role: LayoutRole, _ rule: String) {
            marks.append(LayoutMark(span: span, role: role, provenance: Provenance(stage: name, rule: rule)))
        }
        var claimed = [Bool](repeating: false, count: paragraphs.count)
        // The first byte of each paragraph, lower-cased if it is an ASCII letter.
        let firstLetter: [UInt8] = bytes.withUTF8 { buffer in
            paragraphs.map { paragraph in
                let byte = buffer[paragraph.span.start]
                return TextBytes.isUpper(byte) ? byte | 0x20 : byte
            }
        }
        if marksBoilerplate {
            var index = 0
            while index < paragraphs.count {
                let span = paragraphs[index].span
                let range = span.range
                // Each pattern is anchored at the start of the paragraph: try it only when the
                // first letter can begin it, so body paragraphs cost one byte test each.
                let first = firstLetter[index]
                if shapes[index].wordCount <= 8, "lmtrpoesy".utf8.contains(first),
                    try LayoutPatterns.relatedListTrigger.matches(text, range: range)
                {
                    // The trigger and the headline-like lines after it.
                    var last = index
                    while last + 1 < paragraphs.count && shapes[last + 1].isListItem { last += 1 }
                    if last > index || index == paragraphs.count - 1 {
                        mark(Span(start: span.start, end: paragraphs[last].span.end), .boilerplate, "related-list")
                        for claimedIndex in index...last { claimed[claimedIndex] = true }
                        index = last + 1
                        continue
                    }
                }
                if shapes[index].wordCount <= 45, "rsam".utf8.contains(first),
                    try LayoutPatterns.inlineReadMore.matches(text, range: range)
                {
                    mark(span, .boilerplate, "read-more")
                } else if shapes[index].wordCount <= 14, "bw".utf8.contains(first),
                    try LayoutPatterns.byline.matches(text, range: range)
                {
                    mark(span, .byline, "byline")
                } else if "([arwecgp".utf8.contains(first), try LayoutPatterns.credit.matches(text, range: range) {
                    mark(span, .credit, "credit")
                } else if shapes[index].wordCount <= 30, "sfcdglpaew(\u{C2}".utf8.contains(first),
                    try LayoutPatterns.prompt.matches(text, range: range)
                {
                    mark(span, .prompt, "prompt")
                } else if shapes[index].wordCount <= 12, "0123456789mtwfsjaondulp".utf8.contains(first),
                    try LayoutPatterns.timestamp.matches(text, range: range)
                {
                    mark(span, .timestamp, "timestamp")
                } else {
                    index += 1
                    continue
                }
                claimed[index] = true
                index += 1
            }
        }
        if marksHeadings {
            markHeadings(paragraphs, shapes: shapes, claimed: &claimed, mark: mark)
        }
        if marksBoilerplate, let first = claimed.indices.first(where: { !claimed[$0] && shapes[$0].endsSentence }) {
            let span = paragraphs[first].span
            if let match = try LayoutPatterns.dateline.firstMatch(in: text, range: span.range),
                match.range.count < span.length
            {
                mark(Span(match.range), .dateline, "dateline")
            }
        }
        marks.sort { $0.span < $1.span }
        document.layout = marks
    }

    private func markHeadings(
        _ paragraphs: [Paragraph],
        shapes: [Shape],
        claimed: inout [Bool],
        mark: (Span, LayoutRole, String) -> Void
    ) {
        guard let first = claimed.indices.first(where: { !claimed[$0] }) else { return }
        // The headline: a first line without a final period, followed by body text.
        let body = paragraphs.indices.filter { !claimed[$0] && $0 > first }
        if shapes[first].isHeadline, body.contains(where: { shapes[$0].endsSentence }) {
            mark(paragraphs[first].span, .headline, "first-line")
            claimed[first] = true
        } else if shapes[first].isHeadlineWithPeriod, paragraphs[first].provenance.rule == "blank-line",
            first + 1 < paragraphs.count, !claimed[first + 1],
            shapes[first + 1].wordCount >= shapes[first].wordCount
        {
            // Some sources end the headline with a period: a short first line that stands
            // alone before a blank line, above a paragraph at least as long (which may be an
            // excerpt cut off mid-sentence), is one too.
            mark(paragraphs[first].span, .headline, "first-line-period")
            claimed[first] = true
        }
        // Subheadings: short title-like lines between body paragraphs.
        for index in paragraphs.indices where !claimed[index] && index > first {
            guard shapes[index].isSubheading, index + 1 < paragraphs.count, !claimed[index + 1],
                shapes[index + 1].endsSentence, shapes[index - 1].endsSentence
            else { continue }
            mark(paragraphs[index].span, .heading, "subheading")
            claimed[index] = true
        }
    }
}

/// The shape of one paragraph: how long it is and how it ends.
private struct Shape {
    var wordCount = 0
    var capitalizedWords = 0
    var length = 0
    var endsSentence = false
    var endsWithQuestion = false
    var endsWithColonOrComma = false

    init(_ span: Span, in bytes: UnsafeBufferPointer<UInt8>) {
        length = span.length
        // A word starts at a byte that is not a space, after a space or at the start of the
        // span; it counts as capitalized if it starts with an upper-case letter or a digit.
        var inWord = false
        var index = span.start
        // Eight bytes at a time, with one bit per byte (bit 7 of each byte) in each mask.
        let high: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= span.end {
            let word = ByteScan.word(bytes, at: index)
            let spaces =
                ByteScan.bytes(word, equalTo: 0x20)
                | (ByteScan.bytes(word, below: 0x0E) & ~ByteScan.bytes(word, below: 0x09))  // \t \n \v \f \r
            // Each byte's predecessor is a space: the masks moved up one byte, with the last
            // byte of the previous block (or the span start) shifted in.
            let afterSpace = spaces << 8 | (inWord ? 0 : 0x80)
            let starts = ~spaces & high & afterSpace
            if starts != 0 {
                wordCount += starts.nonzeroBitCount
                let upperOrDigit =
                    (ByteScan.bytes(word, below: 0x5B) & ~ByteScan.bytes(word, below: 0x41))
                    | (ByteScan.bytes(word, below: 0x3A) & ~ByteScan.bytes(word, below: 0x30))
                capitalizedWords += (starts & upperOrDigit).nonzeroBitCount
                // Words that start with a non-ASCII letter are rare: decode those.
                var nonASCII = starts & word & high
                while nonASCII != 0 {
                    let start = index + nonASCII.trailingZeroBitCount / 8
                    if let (scalar, _) = TextBytes.scalar(in: bytes, at: start), TextBytes.isUppercase(scalar) {
                        capitalizedWords += 1
                    }
                    nonASCII &= nonASCII - 1
                }
            }
            inWord = spaces & (0x80 << 56) == 0
            index += 8
        }
        while index < span.end {
            let byte = bytes[index]
            if TextBytes.isSpace(byte) {
                inWord = false
            } else if !inWord {
                inWord = true
                wordCount += 1
                if TextBytes.isUpper(byte) || TextBytes.isDigit(byte) {
                    capitalizedWords += 1
                } else if byte >= 0x80, let (scalar, _) = TextBytes.scalar(in: bytes, at: index),
                    TextBytes.isUppercase(scalar)
                {
                    capitalizedWords += 1
                }
            }
            index += 1
        }
        // How the paragraph ends, looking through closing quotes and brackets.
        var end = span.end
        while end > span.start {
            let start = TextBytes.previousScalarStart(in: bytes, before: end)
            guard let (scalar, _) = TextBytes.scalar(in: bytes, at: start) else { break }
            if Punctuation.isCloser(scalar) {
                end = start
                continue
            }
            endsSentence = Punctuation.isTerminal(scalar)
            endsWithQuestion = scalar == "?" || scalar == "!"
            endsWithColonOrComma = scalar == ":" || scalar == "," || scalar == ";"
            break
        }
    }

    /// A headline: short, one line, and not a sentence (a question may be a headline).
    var isHeadline: Bool {
        wordCount >= 1 && wordCount <= 25 && length <= 250 && !endsWithColonOrComma
            && (!endsSentence || (endsWithQuestion && wordCount <= 14))
    }

    /// A line as short as a headline that ends like a sentence.
    var isHeadlineWithPeriod: Bool {
        wordCount >= 1 && wordCount <= 25 && length <= 250 && endsSentence && !endsWithColonOrComma
    }

    /// A subheading: a few words, mostly capitalized, with no final punctuation.
    var isSubheading: Bool {
        wordCount >= 1 && wordCount <= 10 && length <= 90 && !endsSentence && !endsWithColonOrComma
            && capitalizedWords * 2 >= wordCount
    }

    /// An item of a list of other stories: a headline-like line.
    var isListItem: Bool {
        wordCount >= 1 && wordCount <= 40 && length <= 300 && !endsWithColonOrComma && !endsSentence
    }
}
