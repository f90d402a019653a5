import Lede
import Testing

@testable import LedeStages

@Suite struct SpanTableTests {
    @Test("answers as a dictionary does, across growth", arguments: [0, 1, 8, 9, 1000])
    func matchesDictionary(count: Int) {
        var table = SpanTable<Int>()
        var dictionary: [Span: Int] = [:]
        for index in 0..<count {
            let span = Span(start: index * 3 % 101, end: index * 3 % 101 + index % 7)
            table[span] = index
            dictionary[span] = index
        }
        #expect(table.count == dictionary.count)
        for start in 0..<110 {
            for length in 0..<8 {
                let span = Span(start: start, end: start + length)
                #expect(table[span] == dictionary[span])
            }
        }
    }
}
