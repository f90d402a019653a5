import Testing

@testable import LedeStages

@Suite struct SpelledNumberTests {
    /// Reads `words` joined by `joints` (one fewer than the words) and describes the result as
    /// `value` with `ordinal` or `fraction` appended, and how many words were accepted.
    static func read(_ words: [String], _ joints: [NumberJoint]) -> (String, Int) {
        var number = SpelledNumber()
        for (index, spelling) in words.enumerated() {
            guard let word = NumberWord.named(spelling),
                number.accept(word, joint: index == 0 ? .space : joints[index - 1])
            else { break }
        }
        var description = "\(number.value)"
        if number.isOrdinal { description += " ordinal" }
        if number.isFraction { description += " fraction" }
        return (description, number.count)
    }

    @Test(
        "adds up the words it accepts",
        arguments: [
            (["twenty", "five"], [.hyphen], "25.0", 2),
            (["one", "hundred", "twelve"], [.space, .and], "112.0", 3),
            (["one", "hundred", "twenty", "million"], [.space, .and, .space], "120000000.0", 4),
            (["two", "million", "three", "hundred", "thousand"], [.space, .space, .space, .space], "2300000.0", 5),
            (["two", "half"], [.andA], "2.5", 2),
            (["two", "half", "million"], [.andA, .space], "2500000.0", 3),
            (["half", "million"], [.a], "500000.0", 2),
            (["half", "dozen"], [.a], "6.0", 2),
            (["two", "thirds"], [.space], "0.6666666666666666 fraction", 2),
            (["one", "third"], [.hyphen], "0.3333333333333333 fraction", 2),
            (["twenty", "first"], [.hyphen], "21.0 ordinal", 2),
            (["one", "hundredth"], [.space], "100.0 ordinal", 2),
        ] as [([String], [NumberJoint], String, Int)]
    )
    func accepts(words: [String], joints: [NumberJoint], value: String, count: Int) {
        let (description, accepted) = Self.read(words, joints)
        #expect(description == value)
        #expect(accepted == count)
    }

    @Test(
        "refuses a word that starts another number",
        arguments: [
            (["one", "two"], [.space], "1.0", 1),  // `one two`
            (["twenty", "thirty"], [.hyphen], "20.0", 1),
            (["five", "twenty"], [.and], "5.0", 1),  // `five and twenty` is two numbers
            (["one", "second"], [.space], "1.0", 1),  // `one second` is a unit of time
            (["million", "two"], [.space], "0.0", 0),  // a scale cannot start a number
            (["thousand", "million"], [.space], "0.0", 0),
            (["two", "million", "million"], [.space, .space], "2000000.0", 2),  // scales only fall
        ] as [([String], [NumberJoint], String, Int)]
    )
    func refuses(words: [String], joints: [NumberJoint], value: String, count: Int) {
        let (description, accepted) = Self.read(words, joints)
        #expect(description == value)
        #expect(accepted == count)
    }

    @Test(
        "starts with an article only before a word that can follow one",
        arguments: [
            ("hundred", "100.0"), ("million", "1000000.0"), ("dozen", "12.0"), ("half", "0.5 fraction"),
            ("quarter", "0.25 fraction"), ("fifth", "0.2 fraction"),
        ]
    )
    func article(word: String, value: String) throws {
        var number = SpelledNumber()
        #expect(number.startWithArticle(try #require(NumberWord.named(word))))
        var description = "\(number.value)"
        if number.isFraction { description += " fraction" }
        #expect(description == value)
        #expect(number.count == 1)
    }

    @Test("no article before a unit or an ordinal of one or two", arguments: ["one", "seven", "first", "second"])
    func noArticle(word: String) throws {
        var number = SpelledNumber()
        #expect(!number.startWithArticle(try #require(NumberWord.named(word))))
        #expect(number.count == 0)
    }
}
