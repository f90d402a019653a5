import Testing

@testable import Lede

@Suite struct OffsetMapTests {
    @Test("the identity map returns offsets unchanged")
    func identity() {
        #expect(OffsetMap.identity.originalOffset(of: 7, side: .start) == 7)
        #expect(OffsetMap.identity.originalRange(of: 2..<5) == 2..<5)
    }

    @Test("a rewriter records replacements, deletions and insertions")
    func rewriter() {
        var rewriter = TextRewriter("a“b”c\u{200B}d")
        rewriter.replace(1..<4, with: "\"")  // “
        rewriter.replace(5..<8, with: "\"")  // ”
        rewriter.delete(9..<12)  // zero-width space
        rewriter.replace(12..<12, with: "!")  // insertion before d
        let (text, map) = rewriter.finish()
        #expect(text == "a\"b\"c!d")
        #expect(map.originalRange(of: 0..<1) == 0..<1)  // a
        #expect(map.originalRange(of: 1..<2) == 1..<4)  // “
        #expect(map.originalRange(of: 2..<3) == 4..<5)  // b
        #expect(map.originalRange(of: 4..<5) == 8..<9)  // c
        #expect(map.originalRange(of: 6..<7) == 12..<13)  // d
        #expect(map.originalRange(of: 0..<7) == 0..<13)
    }

    @Test("a deletion touching a replacement merges with it, so every offset has one answer")
    func touchingDeletion() {
        var rewriter = TextRewriter("ab--cd")
        rewriter.replace(2..<3, with: "–")
        rewriter.replace(3..<4, with: "")
        let (text, map) = rewriter.finish()
        #expect(text == "ab–cd")
        #expect(map.edits.count == 1)
        #expect(map.originalRange(of: 2..<5) == 2..<4)
        #expect(map.originalRange(of: 5..<7) == 4..<6)
    }

    @Test("touching replacements stay apart, so each maps to its own characters")
    func touchingReplacements() {
        var rewriter = TextRewriter("“”")
        rewriter.replace(0..<3, with: "\"")
        rewriter.replace(3..<6, with: "\"")
        let (text, map) = rewriter.finish()
        #expect(text == "\"\"")
        #expect(map.edits.count == 2)
        #expect(map.originalRange(of: 0..<1) == 0..<3)
        #expect(map.originalRange(of: 1..<2) == 3..<6)
    }

    @Test("an offset inside a rewritten region widens outward")
    func widening() {
        var rewriter = TextRewriter("x…y")
        rewriter.replace(1..<4, with: "...")
        let (_, map) = rewriter.finish()
        #expect(map.originalRange(of: 2..<3) == 1..<4)
        #expect(map.originalOffset(of: 2, side: .start) == 1)
        #expect(map.originalOffset(of: 2, side: .end) == 4)
    }

    @Test("composing maps equals mapping through each in turn, on random rewrites", arguments: 0..<40)
    func composition(seed: Int) {
        var generator = SplitMix(seed: UInt64(seed))
        let alphabet: [String] = ["a", "b", " ", "“", "é", "🇺🇦", "\u{200B}", "--", "\r\n"]
        var original = ""
        for _ in 0..<40 { original += alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        // Three rounds of random rewrites, each recorded against the previous text.
        var text = original
        var maps: [OffsetMap] = []
        var composed = OffsetMap.identity
        for _ in 0..<3 {
            var rewriter = TextRewriter(text)
            let scalars = Array(text.unicodeScalars)
            var offset = 0
            for scalar in scalars {
                let width = String(scalar).utf8.count
                let roll = generator.next() % 10
                if roll == 0 {
                    rewriter.delete(offset..<offset + width)
                } else if roll == 1 {
                    rewriter.replace(offset..<offset + width, with: "XY")
                } else if roll == 2 {
                    rewriter.replace(offset..<offset, with: "+")
                }
                offset += width
            }
            let (next, map) = rewriter.finish()
            maps.append(map)
            composed = map.composed(after: composed)
            text = next
        }
        // For every offset, the composed map must cover at least what the chain covers.
        let count = text.utf8.count
        for start in 0...count {
            var chainStart = start
            var chainEnd = start
            for map in maps.reversed() {
                chainStart = map.originalOffset(of: chainStart, side: .start)
                chainEnd = map.originalOffset(of: chainEnd, side: .end)
            }
            #expect(composed.originalOffset(of: start, side: .start) <= chainStart)
            #expect(composed.originalOffset(of: start, side: .end) >= chainEnd)
        }
    }
}

/// A small deterministic generator for reproducible random tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
