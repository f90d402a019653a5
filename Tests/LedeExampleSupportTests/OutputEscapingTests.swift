import LedeExampleSupport
import Testing

@Suite struct OutputEscapingTests {
    @Test(
        "CSV fields that could start a formula get an apostrophe; fields that need it are quoted",
        arguments: [
            ("=1+2", "'=1+2"), ("+33 1 23", "'+33 1 23"), ("-5%", "'-5%"), ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("=HYPERLINK(\"a\",\"b\")", "\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\""),
            ("plain", "plain"), ("a, b", "\"a, b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("a\nb", "\"a\nb\""),
            ("a=b", "a=b"), ("", ""),
        ]
    )
    func csv(value: String, field: String) {
        #expect(OutputEscaping.csvField(value) == field)
    }

    @Test func anAbsentCSVFieldIsEmpty() {
        #expect(OutputEscaping.csvField(nil) == "")
    }

    @Test(
        "Markdown shows HTML as text",
        arguments: [
            ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
            ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"), ("Q&A", "Q&amp;A"), ("&lt;", "&amp;lt;"),
            ("“Fine,” she said.", "“Fine,” she said."),
        ]
    )
    func markdown(text: String, escaped: String) {
        #expect(OutputEscaping.markdown(text) == escaped)
    }
}
