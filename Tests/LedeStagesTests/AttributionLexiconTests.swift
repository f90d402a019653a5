import Testing

@testable import LedeStages

@Suite struct AttributionLexiconTests {
    @Test(
        "the determiner group of a speaker pattern lists the Lexicon's determiners",
        arguments: ["speakerBefore", "speakerAfter"]
    )
    func patternListsDeterminers(pattern: String) throws {
        let source = try AttributionPatternGroups.source(of: pattern)
        let listed = try #require(AttributionPatternGroups.words(ofGroup: "det", in: source))
        #expect(listed.count == Set(listed).count, "a word is listed twice in \(pattern)")
        #expect(Set(listed) == AttributionLexicon.determiners.words)
    }

    @Test("the calendar names leave out May, which is also a name, and nothing else")
    func calendarNames() {
        let all = Set(CalendarWords.weekdays + CalendarWords.months)
        #expect(all.subtracting(AttributionLexicon.calendarNames.words) == ["May"])
        #expect(AttributionLexicon.calendarNames.words.isSubset(of: all))
    }

    @Test("titles are read with and without their period, and ranks are role words")
    func titlesAndRanks() {
        #expect(AttributionLexicon.titles["mr"] == .some(.male))
        #expect(AttributionLexicon.titles["mrs."] == .some(.female))
        #expect(AttributionLexicon.titles["dr"] == .some(nil))
        #expect(AttributionLexicon.titles["sir."] == nil)  // Sir takes no period
        #expect(AttributionLexicon.roleWords.containsLowercased("Gen"))
        #expect(AttributionLexicon.roleWords.containsLowercased("Gen."))
        #expect(!AttributionLexicon.roleWords.containsLowercased("star"))  // a description, not a role
    }
}
