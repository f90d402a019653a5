import Lede
import Testing

@testable import LedeJSON

@Suite struct CodePointOffsetsTests {
    @Test(
        "gives the answers of Lede's ScalarOffsetTable at every scalar boundary",
        arguments: [
            "", "plain ASCII, longer than one eight-byte word", "é", "Zürich’s “mayor” — 🎉 東京 at €3.50",
            "🎉🎉🎉🎉🎉🎉🎉🎉🎉", "abcdefgh\u{E9}ijklmnop\u{10FFFF}q", "Cafe\u{301}\r\n",
        ]
    )
    func agreesWithLede(text: String) {
        var copy = text
        let offsets = copy.withUTF8 { CodePointOffsets($0) }
        let reference = ScalarOffsetTable(text)
        var boundaries = [0]
        for scalar in text.unicodeScalars { boundaries.append((boundaries.last ?? 0) + UTF8.width(scalar)) }
        for boundary in boundaries {
            #expect(offsets.codePointOffset(ofUTF8: boundary) == reference.scalarOffset(ofUTF8: boundary))
        }
        #expect(offsets.codePointOffset(ofUTF8: text.utf8.count) == text.unicodeScalars.count)
    }
}
