import Testing

@testable import LedeStages

@Suite struct SmallTableTests {
    @Test("answers as a dictionary does, below and above the read limit", arguments: [0, 1, 15, 16, 17, 40])
    func matchesDictionary(count: Int) {
        var table = SmallTable<String, Int>()
        var dictionary: [String: Int] = [:]
        for index in 0..<count {
            table["word\(index % 23)"] = index
            dictionary["word\(index % 23)"] = index
        }
        #expect(table.count == dictionary.count)
        for index in 0..<30 {
            #expect(table["word\(index)"] == dictionary["word\(index)"])
        }
    }

    @Test(
        "inserting new keys answers as a dictionary does, below and above the read limit",
        arguments: [1, 15, 16, 17, 40]
    )
    func insertsNewKeys(count: Int) {
        var table = SmallTable<String, Int>()
        var dictionary: [String: Int] = [:]
        for index in 0..<count {
            table.insertNew(index, for: "word\(index)")
            dictionary["word\(index)"] = index
        }
        #expect(table.count == dictionary.count)
        for index in 0..<(count + 5) {
            #expect(table["word\(index)"] == dictionary["word\(index)"])
        }
    }

    @Test("changes a value in place, starting from the default")
    func modifies() {
        var table = SmallTable<String, [Int]>()
        for index in 0..<50 {
            table.modify(index % 3 == 0 ? "Smith" : "name \(index)", default: []) { $0.append(index) }
        }
        #expect(table["Smith"] == Array(stride(from: 0, to: 50, by: 3)))
        #expect(table["name 4"] == [4])
        #expect(table["Jones"] == nil)
    }

    @Test("canonically equivalent keys are one key", arguments: [1, 20])
    func canonicalEquivalence(filler: Int) {
        var table = SmallTable<String, Int>()
        for index in 0..<filler { table["filler \(index)"] = index }
        table["Jos\u{E9}"] = 1
        table["Jose\u{301}"] = 2
        #expect(table["Jos\u{E9}"] == 2)
        #expect(table.count == filler + 1)
    }

    @Test("integer keys, with answers that may be nil", arguments: [3, 40])
    func integerKeys(count: Int) {
        var table = SmallTable<Int, String?>()
        for key in 0..<count {
            // An answer of `nil` is kept, as `AnswerTable` keeps it.
            let answer: String? = key.isMultiple(of: 2) ? "even" : nil
            table[key * 7] = answer
        }
        #expect(table.count == count)
        #expect(table[14] == .some("even"))
        #expect(table[7] == .some(nil))
        #expect(table[8] == nil)
    }
}
