/// The marks at a possible sentence end: a run of sentence-final marks (`.`, `?!`, `...`,
/// `…`, a spaced ellipsis `. . .`, `。`) and the closing quotation marks and brackets after it.
///
/// Combining marks on any of them belong to it, so a sentence never ends between a mark and
/// the character it sits on.
struct TerminalRun {
    /// How many periods the run has (`...` has three, `. . . .` four).
    var periods = 0
    /// Whether it has a question mark.
    var hasQuestion = false
    /// Whether it has an exclamation mark or an interrobang.
    var hasExclamation = false
    /// Whether it has the ellipsis character `…`.
    var hasEllipsisCharacter = false
    /// Whether it has a CJK or full-width final mark.
    var isCJK = false
    /// Whether its periods are separated by spaces (`. . .`).
    var isSpaced = false
    /// Where the final marks end.
    var end: Int
    /// Where the closing marks after them end.
    var closersEnd: Int

    /// Reads the run that starts at `index`, a sentence-final mark.
    init(at index: Int, end paragraphEnd: Int, bytes: UnsafeBufferPointer<UInt8>) {
        var cursor = index
        while cursor < paragraphEnd, let (scalar, length) = TextBytes.scalar(in: bytes, at: cursor) {
            if Punctuation.isTerminal(scalar) {
                switch scalar.value {
                case 0x2E: periods += 1
                case 0x3F, 0xFF1F: hasQuestion = true
                case 0x21, 0xFF01, 0x203D: hasExclamation = true
                case 0x2026: hasEllipsisCharacter = true
                default: isCJK = true
                }
            } else if cursor == index || !scalar.needsBase {
                break
            }
            cursor += length
        }
        // A spaced ellipsis: `. . .`, or `. . . .` for an ellipsis and a period.
        if periods == 1 && cursor == index + 1 {
            var dots = 1
            var probe = cursor
            while probe + 1 < paragraphEnd && bytes[probe] == 0x20 && bytes[probe + 1] == 0x2E {
                dots += 1
                probe += 2
            }
            if dots >= 3 {
                periods = dots
                isSpaced = true
                cursor = probe
            }
        }
        end = cursor
        // Closing quotation marks and brackets, and a French closing guillemet after a space.
        while cursor < paragraphEnd, let (scalar, length) = TextBytes.scalar(in: bytes, at: cursor) {
            if Punctuation.isCloser(scalar) || scalar.needsBase {
                cursor += length
                continue
            }
            if scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}",
                let (mark, markLength) = TextBytes.scalar(in: bytes, at: cursor + length),
                mark == "\u{00BB}" || mark == "\u{203A}"
            {
                cursor += length + markLength
                continue
            }
            break
        }
        closersEnd = cursor
    }

    /// Whether closing marks follow the final marks.
    var hasClosers: Bool { closersEnd > end }

    /// Whether the run is an ellipsis: `…`, or two or more periods.
    var isEllipsis: Bool { hasEllipsisCharacter || periods >= 2 }

    /// Whether the run is an ellipsis of three dots and nothing else (`...`, `…`, `. . .`):
    /// an omission, not an omission and a period.
    var isThreeDotEllipsis: Bool {
        !hasQuestion && !hasExclamation && !isCJK
            && ((periods == 3 && !hasEllipsisCharacter) || (periods == 0 && hasEllipsisCharacter))
    }
}
