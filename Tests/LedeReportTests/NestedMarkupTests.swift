import Testing

@testable import LedeReport

@Suite struct NestedMarkupTests {
    private func mark(_ range: Range<Int>, _ name: String, layer: Int = 0, id: Bool = false) -> NestedMarkup.Mark {
        var attributes: [(name: String, value: String)] = [("class", name)]
        if id { attributes.append(("id", name + "-1")) }
        return .init(range: range, layer: layer, element: "b", attributes: attributes)
    }

    private func render(_ text: String, _ marks: [NestedMarkup.Mark]) -> String {
        var markup = NestedMarkup(text: text)
        markup.marks = marks
        return markup.render()
    }

    @Test func leavesTextWithoutMarksAsEscapedText() {
        #expect(render("a < b & \"c\"", []) == "a &lt; b &amp; &quot;c&quot;")
        #expect(render("", []) == "")
        #expect(render("", [mark(0..<3, "x")]) == "")
    }

    @Test func nestsAMarkInsideAnother() {
        // A number inside a quotation.
        let text = "“Up 12% today,” she said."
        let quote = text.utf8.count - " she said.".utf8.count
        let number = "“Up ".utf8.count
        #expect(
            render(text, [mark(number..<(number + 3), "number"), mark(0..<quote, "quote")])
                == "<b class=\"quote\">“Up <b class=\"number\">12%</b> today,”</b> she said."
        )
    }

    @Test func nestsMarksOfOneRangeByLayer() {
        #expect(
            render("abc", [mark(0..<3, "inner", layer: 2), mark(0..<3, "outer", layer: 1)])
                == "<b class=\"outer\"><b class=\"inner\">abc</b></b>"
        )
    }

    @Test func splitsCrossingMarksAndKeepsTheIDOnTheFirstPiece() {
        // A quotation that starts in one sentence and ends in the next.
        let text = "One. Two “three. Four” five."
        let sentenceEnd = "One. Two “three.".utf8.count
        let quoteStart = "One. Two ".utf8.count
        let quoteEnd = "One. Two “three. Four”".utf8.count
        let html = render(
            text,
            [mark(0..<sentenceEnd, "sentence", layer: 1), mark(quoteStart..<quoteEnd, "quote", layer: 2, id: true)]
        )
        #expect(
            html
                == "<b class=\"sentence\">One. Two <b class=\"quote\" id=\"quote-1\">“three.</b></b>"
                + "<b class=\"quote\"> Four”</b> five."
        )
    }

    @Test func closesAndReopensInnerMarksWhenAnOuterOneEnds() {
        // b (1..<5) starts inside a (0..<3) and goes past its end; c (2..<3) ends with a.
        let html = render("abcdef", [mark(0..<3, "a"), mark(1..<5, "b"), mark(2..<3, "c")])
        #expect(html == "<b class=\"a\">a<b class=\"b\">b<b class=\"c\">c</b></b></b><b class=\"b\">de</b>f")
    }

    @Test func movesOffsetsInsideACharacterOutToWholeCharacters() {
        // "é" is two bytes; a mark from inside it takes all of it.
        #expect(render("aéb", [mark(2..<3, "x")]) == "a<b class=\"x\">é</b>b")
    }

    @Test func dropsEmptyMarksAndClampsMarksPastTheEnd() {
        #expect(render("abc", [mark(1..<1, "empty"), mark(2..<99, "long")]) == "ab<b class=\"long\">c</b>")
    }

    @Test func escapesAttributeValues() {
        let html = render(
            "x",
            [.init(range: 0..<1, layer: 0, element: "span", attributes: [("data-info", "\"><script>")])]
        )
        #expect(html == "<span data-info=\"&quot;&gt;&lt;script&gt;\">x</span>")
    }
}
