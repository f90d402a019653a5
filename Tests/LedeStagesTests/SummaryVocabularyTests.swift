import Testing

@testable import LedeStages

@Suite struct SummaryVocabularyTests {
    /// The number of each whitespace-separated word of `text`, read from its bytes.
    static func terms(_ text: String, into vocabulary: inout SummaryVocabulary) -> [Int32] {
        var copy = text
        return copy.withUTF8 { bytes in
            var terms: [Int32] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
                if index > start {
                    let range = start..<index
                    terms.append(
                        vocabulary.term(bytes, range) {
                            let utf8 = text.utf8
                            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                            let upper = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
                            return text[lower..<upper]
                        }
                    )
                }
                start = index + 1
            }
            return terms
        }
    }

    @Test(
        "a word has one number whatever its case, apostrophe, possessive or length",
        arguments: [
            ("AOL aol Aol AOL's aol’s AOL’S", true),
            ("Zürich ZÜRICH zürich Zürich's Zürich’s", true),
            ("internationalisation INTERNATIONALISATION internationalisation's", true),
            ("counterrevolutionaries Counterrevolutionaries counterrevolutionaries’s", true),
            ("rock’n’roll rock'n'roll ROCK’N’ROLL", true),
            ("NATO NATO's NATO’s", true),
            ("said says", false),
            ("it its", false),
        ]
    )
    func sameWord(text: String, same: Bool) {
        var vocabulary = SummaryVocabulary()
        let terms = Self.terms(text, into: &vocabulary)
        #expect(Set(terms).count == (same ? 1 : terms.count), "\(text): \(terms)")
    }

    @Test(
        "a possessive needs a word before it, and only 's is removed",
        arguments: [
            ("'s", "'s"),
            ("’s", "'s"),
            ("x's", "x"),
            ("x’s", "x"),
            ("boss", "boss"),
            ("bosses'", "bosses'"),
            ("o'clock", "o'clock"),
        ]
    )
    func possessive(word: String, as expected: String) {
        var vocabulary = SummaryVocabulary()
        let first = Self.terms(word, into: &vocabulary)
        let second = Self.terms(expected, into: &vocabulary)
        #expect(first == second, "\(word) and \(expected)")
    }

    @Test func wordsAtTheEndOfTheTextAreReadLikeTheOthers() {
        // The last word lies within 16 bytes of the end, where the eight-byte reads stop.
        var vocabulary = SummaryVocabulary()
        let terms = Self.terms("Quarterly QUARTERLY profits jumped quarterly", into: &vocabulary)
        #expect(terms[0] == terms[1] && terms[1] == terms[4])
        #expect(Set(terms).count == 3)
    }

    @Test(
        "stop words are known in any case and from either path",
        arguments: [
            ("the", true), ("THE", true), ("They're", true), ("they’re", true), ("Themselves", true),
            ("said", false), ("Mr", false), ("Ukraine", false), ("über", false),
        ]
    )
    func stopWords(word: String, isStop: Bool) {
        var vocabulary = SummaryVocabulary()
        let term = Self.terms(word, into: &vocabulary)[0]
        #expect(vocabulary.isStopWord[Int(term)] == isStop)
    }

    @Test func packingEightBytesAtATimeAgreesWithPackingByteByByte() {
        let words = [
            "a", "Ab", "abcdefg", "ABCDEFGH", "abcdefghi", "ABCDEFGHIJKLMNOP", "abcdefghijklmnopq", "@[`{", "Z9-'.",
            "caf\u{E9}", "a\u{0}b",
        ]
        for word in words {
            var padded = Array(word.utf8) + Array(repeating: UInt8(ascii: " "), count: 16)
            padded.withUnsafeMutableBufferPointer { buffer in
                let bytes = UnsafeBufferPointer(buffer)
                let count = word.utf8.count
                #expect(
                    SummaryVocabulary.pack(bytes, 0, count)
                        == PackedWord(exactly: bytes, 0..<count, foldingCase: true),
                    "\(word)"
                )
            }
        }
    }

    @Test func theTableGrowsWithoutLosingWords() {
        var vocabulary = SummaryVocabulary()
        let words = (0..<5000).map { "w\($0)" }
        let first = Self.terms(words.joined(separator: " "), into: &vocabulary)
        let again = Self.terms(words.reversed().joined(separator: " "), into: &vocabulary)
        #expect(first == Array(0..<5000))
        #expect(again == Array((0..<5000).reversed()))
        #expect(vocabulary.count == 5000)
    }
}
