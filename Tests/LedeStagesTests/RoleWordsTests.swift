import Testing

@testable import LedeStages

@Suite struct RoleWordsTests {
    @Test(
        "the role group of a speaker pattern lists the Lexicon's role words",
        arguments: ["speakerBefore", "speakerAfter", "apposition", "colonIntroduction"]
    )
    func patternListsLexicon(pattern: String) throws {
        let source = try AttributionPatternGroups.source(of: pattern)
        let listed = try #require(AttributionPatternGroups.words(ofGroup: "role", in: source))
        let lexicon = RoleWords.offices + RoleWords.descriptions
        #expect(listed.count == Set(listed).count, "a word is listed twice in \(pattern)")
        #expect(Set(listed).subtracting(lexicon).sorted() == [], "in \(pattern) but not in RoleWords")
        #expect(Set(lexicon).subtracting(listed).sorted() == [], "in RoleWords but not in \(pattern)")
    }

    @Test("the lists hold lower-case words, each once")
    func wordsAreLowerCaseAndUnique() {
        let words = RoleWords.offices + RoleWords.descriptions
        #expect(words.count == Set(words).count)
        #expect(words.filter { $0 != $0.lowercased() || $0.contains(" ") } == [])
    }

    @Test("the group reader finds the words of a group, and nothing for a missing group")
    func groupReader() {
        let source = #"(?(DEFINE) (?<role> (?: chief | boss ) ) (?<det>   (?i: a | the ) ) )"#
        #expect(AttributionPatternGroups.words(ofGroup: "role", in: source) == ["chief", "boss"])
        #expect(AttributionPatternGroups.words(ofGroup: "det", in: source) == ["a", "the"])
        #expect(AttributionPatternGroups.words(ofGroup: "link", in: source) == nil)
    }
}
