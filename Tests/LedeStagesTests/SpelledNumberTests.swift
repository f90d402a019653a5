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
            (["hundred", "six"], [.and], "106.0", 2),  // a bare scale may start a number
            (["thousand", "two", "hundred"], [.space, .space], "1200.0", 3),
            (["million", "two"], [.space], "1000002.0", 2),
            (["thousand", "million"], [.space], "1000000000.0", 2),  // a larger scale multiplies
            (["two", "lakh", "crore"], [.space, .space], "2000000000000.0", 3),
            (["two", "crore", "forty", "lakh"], [.space, .space, .space], "24000000.0", 4),
            (["four", "millions"], [.space], "4000000.0", 2),  // a plural scale after a number
            (["sixty", "thousands"], [.space], "60000.0", 2),
            (["three", "dozen"], [.space], "36.0", 2),
            (["five", "hundred", "dozen"], [.space, .space], "6000.0", 3),
            (["two", "dozens"], [.space], "24.0", 2),
            (["five", "quarter"], [.andA], "5.25", 2),
            (["two", "third"], [.andA], "2.3333333333333335", 2),
            (["quarter", "million"], [.space], "250000.0", 2),
            (["three", "quarters", "billion"], [.space, .space], "750000000.0", 3),
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
            (["two", "million", "million"], [.space, .space], "2000000.0", 2),  // a scale never repeats
            (["two", "million", "thousand"], [.space, .space], "2000000.0", 2),  // a smaller scale needs a number
            (["dozen", "two"], [.space], "0.0", 0),  // `dozen` multiplies what comes before
            (["four", "tens"], [.space], "4.0", 1),  // a vague plural under a thousand ends it
        ] as [([String], [NumberJoint], String, Int)]
    )
    func refuses(words: [String], joints: [NumberJoint], value: String, count: Int) {
        let (description, accepted) = Self.read(words, joints)
        #expect(description == value)
        #expect(accepted == count)
    }

    @Test("a decimal said with `point` takes a magnitude after it, and nothing else")
    func decimal() throws {
        var number = SpelledNumber()
        #expect(number.accept(try #require(NumberWord.named("three")), joint: .space))
        let tookDecimal = number.addDecimal(0.5)
        #expect(tookDecimal)
        #expect(!number.accept(try #require(NumberWord.named("four")), joint: .space))
        #expect(number.accept(try #require(NumberWord.named("billion")), joint: .space))
        #expect(number.value == 3_500_000_000)
        var ordinal = SpelledNumber()
        #expect(ordinal.accept(try #require(NumberWord.named("first")), joint: .space))
        let ordinalTookDecimal = ordinal.addDecimal(0.5)
        #expect(!ordinalTookDecimal)
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
