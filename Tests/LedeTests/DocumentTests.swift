import Testing

@testable import Lede

enum ColorsKey: AnnotationKey { typealias Value = [String] }
enum CountKey: AnnotationKey {
    typealias Value = Int
    static var name: String { "test.count" }
}

@Suite struct DocumentTests {
    @Test("a new document's working text is its original")
    func newDocument() {
        let document = Document(text: "“Hi,” she said.", id: "d1")
        #expect(document.text == document.original)
        #expect(document.id == "d1")
        #expect(document.offsetMap.isIdentity)
        #expect(document.paragraphs.isEmpty && document.sentences.isEmpty && document.tokens.isEmpty)
        #expect(document.summary == nil)
    }

    @Test("typed keys store values without clashing")
    func typedKeys() {
        var document = Document(text: "x")
        document[ColorsKey.self] = ["red"]
        document[CountKey.self] = 3
        #expect(document[ColorsKey.self] == ["red"])
        #expect(document[CountKey.self] == 3)
        #expect(document.hasAnnotation(AnnotationKeyID(CountKey.self)))
        #expect(document.annotationKeys == [AnnotationKeyID(ColorsKey.self), AnnotationKeyID(CountKey.self)])
        document.removeAnnotation(AnnotationKeyID(ColorsKey.self))
        #expect(document[ColorsKey.self] == nil)
        #expect(AnnotationKeyID(CountKey.self).name == "test.count")
        #expect(AnnotationKeyID(ColorsKey.self).name == "LedeTests.ColorsKey")
        #expect(AnnotationKeyID.sentences.name == "sentences")
    }

    @Test("writing a key again replaces its value in place, and copies keep their own values")
    func replacingAndCopying() {
        var document = Document(text: "x")
        document[ColorsKey.self] = ["red"]
        document[CountKey.self] = 3
        let copy = document
        document[ColorsKey.self] = ["blue"]
        document.removeAnnotation(AnnotationKeyID(CountKey.self))
        #expect(document[ColorsKey.self] == ["blue"] && document[CountKey.self] == nil)
        #expect(copy[ColorsKey.self] == ["red"] && copy[CountKey.self] == 3)
        #expect(document.annotationKeys == [AnnotationKeyID(ColorsKey.self)])
        document[CountKey.self] = 4
        #expect(document.annotationKeys == [AnnotationKeyID(ColorsKey.self), AnnotationKeyID(CountKey.self)])
        #expect(document[CountKey.self] == 4)
    }

    @Test("replacing the text keeps a map to the original, across several rewrites")
    func rewriting() throws {
        var document = Document(text: "“NATO’s”\u{00A0}plan\r\n")
        var first = TextRewriter(document.text)
        first.replace(0..<3, with: "\"")
        first.replace(7..<10, with: "'")
        first.replace(11..<14, with: "\"")
        try document.replaceText(with: first)
        #expect(document.text == "\"NATO's\"\u{00A0}plan\r\n")
        var second = TextRewriter(document.text)
        second.replace(8..<10, with: " ")
        second.replace(14..<16, with: "\n")
        try document.replaceText(with: second)
        #expect(document.text == "\"NATO's\" plan\n")
        #expect(document.textRevision == 2)
        // Every word maps back to itself in the original.
        #expect(document.originalText(of: Span(1..<7)) == "NATO’s")
        #expect(document.originalText(of: Span(9..<13)) == "plan")
        #expect(document.originalText(of: Span(0..<8)) == "“NATO’s”")
        #expect(document.originalText(of: Span(8..<9)) == "\u{00A0}")
        #expect(document.originalText(of: Span(0..<14)) == Substring(document.original))
    }

    @Test("rewriting after annotations exist is refused")
    func rewritingAfterAnnotations() {
        var document = Document(text: "abc")
        document[CountKey.self] = 1
        var rewriter = TextRewriter(document.text)
        rewriter.replace(0..<1, with: "A")
        #expect(throws: PipelineError.self) { try document.replaceText(with: rewriter) }
        #expect(document.text == "abc")
    }

    @Test("a rewriter made from other text is refused")
    func foreignRewriter() {
        var document = Document(text: "abc")
        var rewriter = TextRewriter("xyz")
        rewriter.replace(0..<1, with: "A")
        let error = #expect(throws: PipelineError.self) { try document.replaceText(with: rewriter) }
        #expect(error?.code == .contractViolation)
    }

    @Test(
        "invalid UTF-8 is replaced with U+FFFD and reported, never dropped",
        arguments: [
            ([0x61, 0xFF, 0x62] as [UInt8], "a\u{FFFD}b", [1..<2]),
            ([0x61, 0xE2, 0x80] as [UInt8], "a\u{FFFD}", [1..<3]),
            ([0xC0, 0x80, 0x41] as [UInt8], "\u{FFFD}\u{FFFD}A", [0..<2]),
            (Array("fine “text”".utf8), "fine “text”", []),
            ([] as [UInt8], "", []),
        ]
    )
    func decoding(bytes: [UInt8], text: String, issues: [Range<Int>]) {
        let document = Document(decoding: bytes, id: "bytes")
        #expect(document.original == text)
        #expect(document.inputIssues.map(\.inputRange) == issues)
        for issue in document.inputIssues {
            let replaced = Array(document.original.utf8)[issue.originalRange]
            #expect(replaced.count % 3 == 0 && replaced.starts(with: [0xEF, 0xBF, 0xBD]))
        }
    }

    @Test(
        "code-point offsets for JSON consumers",
        arguments: [
            ("plain", [0, 3, 5], [0, 3, 5]),
            ("“é”🇺🇦x", [0, 3, 5, 8, 16, 17], [0, 1, 2, 3, 5, 6]),
        ]
    )
    func scalarOffsets(text: String, utf8: [Int], scalars: [Int]) {
        let table = ScalarOffsetTable(text)
        #expect(utf8.map { table.scalarOffset(ofUTF8: $0) } == scalars)
    }

    @Test("layout roles find the mark that contains a span")
    func layoutRoles() {
        var document = Document(text: "Headline\nBody text.\nLatest\nOther story")
        let provenance = Provenance(stage: "test", rule: "test")
        document.layout = [
            LayoutMark(span: Span(0..<8), role: .headline, provenance: provenance),
            LayoutMark(span: Span(20..<38), role: .boilerplate, provenance: provenance),
        ]
        #expect(document.layoutRole(of: Span(0..<8)) == .headline)
        #expect(document.layoutRole(of: Span(9..<19)) == nil)
        #expect(document.isBodyText(Span(9..<19)))
        #expect(document.layoutRole(of: Span(27..<38)) == .boilerplate)
        #expect(document.layoutRole(of: Span(5..<12)) == nil)
    }
}
