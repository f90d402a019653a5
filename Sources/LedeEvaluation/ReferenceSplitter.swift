/// Splits an extractive reference summary whose sentences were run together back into
/// sentences, by aligning it with the sentences of its article.
///
/// Some corpora store an extractive reference as the chosen article sentences concatenated
/// with no space between them and in no particular order (the BBC News Summary set:
/// `...from $10.9bn.For the full-year...`). Splitting such a string at punctuation fails on
/// decimals and abbreviations; aligning it with the article's own sentences does not. The
/// splitter finds the cover of the summary by article sentences that leaves the least text
/// unmatched and, among those, uses the fewest sentences:
///
/// - It searches all covers (dynamic programming over positions in the summary), so a
///   sentence that is a prefix of another, or text that several sentences could start, never
///   leads it astray the way a greedy scan would.
/// - Whitespace between two matched sentences is skipped, so a reference sentence that the
///   article's segmenter cut in two (`A. B.`) is covered by both halves.
/// - Text that no article sentence matches (a sentence edited in the summary, or one the
///   corpus cut elsewhere than the segmenter did) is kept, so the reference loses no words.
///   Each unmatched stretch costs a penalty of 16 bytes besides its length, so it stays whole
///   instead of being dotted with tiny matches (a matched piece with no letter or digit next
///   to it, such as a `.` sentence, joins it), and is split where sentences were run
///   together (`Wham!The`, `year."Tim`; see ``splitRunTogether(_:)``). Parts with a letter
///   or digit become sentences; all of them are listed in ``ReferenceSplit/unmatched``, and
///   the split is then not ``ReferenceSplit/isExact``.
/// - Each matched sentence is linked to the first article sentence with that text not
///   already used, so a sentence repeated in the article and the summary maps to both copies.
///
/// ```swift
/// let split = ReferenceSplitter().split("Sales rose 5%.It was a record.", into: [
///     "It was a record.", "Sales rose 5%.", "Shares fell.",
/// ])
/// // split.sentences == ["Sales rose 5%.", "It was a record."], split.sourceIndices == [1, 0]
/// ```
///
/// `ReferenceSplitter` is `Sendable`.
public struct ReferenceSplitter: Sendable {
    /// Creates the splitter.
    public init() {}

    /// Splits a summary into sentences of an article.
    ///
    /// - Parameters:
    ///   - summary: The concatenated reference summary.
    ///   - sentences: The article's sentences, in order (leave out a headline that cannot
    ///     appear in the summary).
    /// - Returns: The reference sentences in summary order, with the article sentence each
    ///   one came from.
    /// - Complexity: O(*n* × *s*) in the length of the summary and the number of sentences,
    ///   each comparison stopping at the first differing byte.
    public func split(_ summary: String, into sentences: [String]) -> ReferenceSplit {
        let text = Array(summary.utf8)
        let count = text.count
        // Distinct sentence texts, each with the article indices that have it.
        var pieces: [[UInt8]] = []
        var indicesOfPiece: [[Int]] = []
        var pieceOfText: [[UInt8]: Int] = [:]
        for (index, sentence) in sentences.enumerated() {
            let bytes = Array(sentence.utf8)
            guard !bytes.isEmpty else { continue }
            if let piece = pieceOfText[bytes] {
                indicesOfPiece[piece].append(index)
            } else {
                pieceOfText[bytes] = pieces.count
                pieces.append(bytes)
                indicesOfPiece.append([index])
            }
        }
        var piecesByFirstByte: [UInt8: [Int]] = [:]
        for (piece, bytes) in pieces.enumerated() { piecesByFirstByte[bytes[0], default: []].append(piece) }

        // The cheapest cover of text[0..<i] that ends outside (state 0) or inside (state 1) an
        // unmatched stretch. Cost: unmatched bytes plus a penalty for each stretch opened, then
        // the number of pieces. The penalty keeps a stretch whole rather than dotted with tiny
        // matches (a sentence "." inside "M.A.S.K.").
        var best = [Step?](repeating: nil, count: 2 * (count + 1))
        best[0] = Step(cost: 0, pieces: 0, from: 0, kind: .space)
        func relax(_ target: Int, _ step: Step) {
            if let current = best[target], (current.cost, current.pieces) <= (step.cost, step.pieces) { return }
            best[target] = step
        }
        for position in 0..<count {
            let byte = text[position]
            var next = position + 1
            while next < count && text[next] & 0xC0 == 0x80 { next += 1 }
            for state in 0..<2 {
                guard let here = best[2 * position + state] else { continue }
                let origin = 2 * position + state
                for piece in piecesByFirstByte[byte] ?? [] where matches(pieces[piece], text, at: position) {
                    relax(
                        2 * (position + pieces[piece].count),
                        Step(cost: here.cost, pieces: here.pieces + 1, from: origin, kind: .piece(piece))
                    )
                }
                if isSpace(byte) {
                    relax(2 * next + state, Step(cost: here.cost, pieces: here.pieces, from: origin, kind: .space))
                } else {
                    let cost = here.cost + next - position + (state == 0 ? ReferenceSplitter.stretchPenalty : 0)
                    relax(2 * next + 1, Step(cost: cost, pieces: here.pieces, from: origin, kind: .gap))
                }
            }
        }

        // Read the cover back as segments: matched pieces, and unmatched stretches with their
        // inner spaces.
        var final = 2 * count
        if let inside = best[2 * count + 1] {
            if let outside = best[2 * count] {
                if (inside.cost, inside.pieces) < (outside.cost, outside.pieces) { final += 1 }
            } else {
                final += 1
            }
        }
        var steps: [(range: Range<Int>, kind: Step.Kind)] = []
        var state = final
        while state > 1, let step = best[state] {
            steps.append((step.from / 2..<state / 2, step.kind))
            state = step.from
        }
        var segments: [(range: Range<Int>, piece: Int?)] = []
        for (range, kind) in steps.reversed() {
            switch kind {
            case .piece(let piece):
                segments.append((range, piece))
            case .space:
                if let last = segments.last, last.piece == nil {
                    segments[segments.count - 1].range = last.range.lowerBound..<range.upperBound
                }
            case .gap:
                if let last = segments.last, last.piece == nil {
                    segments[segments.count - 1].range = last.range.lowerBound..<range.upperBound
                } else {
                    segments.append((range, nil))
                }
            }
        }
        // A matched piece without a letter or digit (a "." sentence) next to an unmatched
        // stretch is more likely the stretch's own punctuation: give it to the stretch.
        var index = 0
        while index < segments.count {
            guard let piece = segments[index].piece, !ReferenceSplitter.hasWord(pieces[piece]) else {
                index += 1
                continue
            }
            let before = index > 0 && segments[index - 1].piece == nil
            let after = index + 1 < segments.count && segments[index + 1].piece == nil
            guard before || after else {
                index += 1
                continue
            }
            let lower = before ? index - 1 : index
            let upper = after ? index + 1 : index
            segments[lower] = (segments[lower].range.lowerBound..<segments[upper].range.upperBound, nil)
            segments.removeSubrange((lower + 1)...upper)
            index = lower
        }

        var result = ReferenceSplit(sentences: [], sourceIndices: [], unmatched: [])
        var used = [Int](repeating: 0, count: pieces.count)
        for (range, piece) in segments {
            if let piece {
                let indices = indicesOfPiece[piece]
                result.sentences.append(String(decoding: pieces[piece], as: UTF8.self))
                result.sourceIndices.append(indices[min(used[piece], indices.count - 1)])
                used[piece] += 1
                continue
            }
            for part in ReferenceSplitter.splitRunTogether(String(decoding: text[range], as: UTF8.self)) {
                result.unmatched.append(part)
                if ReferenceSplitter.hasWord(part.utf8) {
                    result.sentences.append(part)
                    result.sourceIndices.append(nil)
                }
            }
        }
        return result
    }

    /// Whether UTF-8 text has a letter or a digit.
    private static func hasWord(_ bytes: some Sequence<UInt8>) -> Bool {
        String(decoding: Array(bytes), as: UTF8.self).unicodeScalars.contains {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }
    }

    /// What opening an unmatched stretch costs, in bytes.
    static let stretchPenalty = 16

    /// Splits unmatched text where sentences were run together.
    ///
    /// A split falls after `.`, `!` or `?` (and any closing quotation marks and brackets)
    /// directly followed by a capital and a lower-case letter (`Wham!The`), or by an opening
    /// quotation mark (`Bates."I've`; a `"` counts as closing instead when the part so far
    /// has an odd number of them). `M.A.S.K.` and `U.S.-led` stay whole.
    ///
    /// - Parameter text: Unmatched summary text.
    /// - Returns: Its parts, trimmed of whitespace; none empty.
    /// - Complexity: O(*n*) in the length of the text.
    public static func splitRunTogether(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var parts: [String] = []
        var start = 0
        var straightQuotes = 0
        func emit(upTo end: Int) {
            var lower = start
            var upper = end
            while lower < upper && scalars[lower].properties.isWhitespace { lower += 1 }
            while upper > lower && scalars[upper - 1].properties.isWhitespace { upper -= 1 }
            if lower < upper {
                var part = String.UnicodeScalarView()
                part.append(contentsOf: scalars[lower..<upper])
                parts.append(String(part))
            }
            start = end
            straightQuotes = 0
        }
        func followsSentenceEnd(_ index: Int) -> Bool {
            var back = index - 1
            while back > start && "\"”’')]".unicodeScalars.contains(scalars[back]) { back -= 1 }
            return back > start && back < index && ".!?".unicodeScalars.contains(scalars[back])
        }
        for index in scalars.indices {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if index > start && scalar.properties.isUppercase && next?.properties.isLowercase == true
                && followsSentenceEnd(index)
            {
                emit(upTo: index)
            } else if index > start && (scalar == "\"" || scalar == "“") && next?.properties.isUppercase == true
                && followsSentenceEnd(index) && !(scalar == "\"" && straightQuotes % 2 == 1)
            {
                emit(upTo: index)
            }
            if scalar == "\"" { straightQuotes += 1 }
        }
        emit(upTo: scalars.count)
        return parts
    }

    private struct Step {
        enum Kind {
            case piece(Int)
            case space
            case gap
        }

        var cost: Int
        var pieces: Int
        var from: Int
        var kind: Kind
    }

    private func matches(_ piece: [UInt8], _ text: [UInt8], at position: Int) -> Bool {
        guard text.count - position >= piece.count else { return false }
        for offset in 0..<piece.count where text[position + offset] != piece[offset] { return false }
        return true
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
}

/// A reference summary split into sentences by ``ReferenceSplitter``.
///
/// `ReferenceSplit` is `Sendable`.
public struct ReferenceSplit: Hashable, Sendable {
    /// The reference sentences, in the order of the summary.
    public var sentences: [String]
    /// For each sentence, the index of the article sentence it matched, or `nil` for text
    /// that matched no article sentence.
    public var sourceIndices: [Int?]
    /// The parts of the summary that matched no article sentence, in order.
    ///
    /// Parts with a letter or digit are also in ``sentences``; parts without (a stray
    /// quotation mark) are only here.
    public var unmatched: [String]

    /// Creates a split.
    ///
    /// - Parameters:
    ///   - sentences: The reference sentences.
    ///   - sourceIndices: The matched article sentence of each, or `nil`.
    ///   - unmatched: The parts of the summary that matched no article sentence.
    public init(sentences: [String], sourceIndices: [Int?], unmatched: [String]) {
        self.sentences = sentences
        self.sourceIndices = sourceIndices
        self.unmatched = unmatched
    }

    /// Whether the summary is exactly a concatenation of article sentences (spaces aside).
    public var isExact: Bool { unmatched.isEmpty }
}
