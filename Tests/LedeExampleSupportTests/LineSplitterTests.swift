import LedeExampleSupport
import Testing

@Suite struct LineSplitterTests {
    /// The lines of `input` fed in chunks of `chunk` bytes, with a limit of `limit` bytes.
    func lines(_ input: String, chunk: Int = 3, limit: Int = 100) -> [LineSplitter.Line] {
        var splitter = LineSplitter(maximumLineLength: limit)
        var lines: [LineSplitter.Line] = []
        let bytes = Array(input.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(start + chunk, bytes.count)
            bytes[start..<end].withUnsafeBytes { splitter.feed($0) { lines.append($0) } }
            start = end
        }
        splitter.finish { lines.append($0) }
        #expect(splitter.lineCount == lines.count)
        return lines
    }

    @Test(
        "splits at line feeds only, keeping every byte, whatever the chunks",
        arguments: [
            ("", []),
            ("one", ["one"]),
            ("one\n", ["one"]),
            ("one\ntwo", ["one", "two"]),
            ("one\r\ntwo\r\n", ["one\r", "two\r"]),
            ("\n\n", ["", ""]),
            ("“curly” ü 🎉\nx", ["“curly” ü 🎉", "x"]),
        ] as [(String, [String])],
        [1, 2, 1000]
    )
    func splits(example: (input: String, expected: [String]), chunk: Int) {
        let (input, expected) = example
        let numbered = expected.enumerated().map { LineSplitter.Line.line(number: $0 + 1, bytes: Array($1.utf8)) }
        #expect(lines(input, chunk: chunk) == numbered)
    }

    @Test("a line longer than the limit is reported with its length and skipped", arguments: [1, 4, 1000])
    func tooLong(chunk: Int) {
        let input = "short\n" + String(repeating: "x", count: 11) + "\nabcdefghij\n" + String(repeating: "y", count: 25)
        #expect(
            lines(input, chunk: chunk, limit: 10) == [
                .line(number: 1, bytes: Array("short".utf8)),
                .tooLong(number: 2, length: 11),
                .line(number: 3, bytes: Array("abcdefghij".utf8)),
                .tooLong(number: 4, length: 25),
            ]
        )
    }

    @Test func aLimitOfZeroKeepsOnlyEmptyLines() {
        #expect(lines("\na\n", limit: 0) == [.line(number: 1, bytes: []), .tooLong(number: 2, length: 1)])
    }
}
