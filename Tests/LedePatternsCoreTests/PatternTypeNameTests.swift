import LedePatternsCore
import Testing

@Suite struct PatternTypeNameTests {
    @Test(
        "derives an UpperCamelCase type name from a file name",
        arguments: [
            ("Sentences.patterns", "SentencesPatterns"),
            ("Sources/LedeStages/Sentences.patterns", "SentencesPatterns"),
            ("quote-pairs.patterns", "QuotePairsPatterns"),
            ("date_times.patterns", "DateTimesPatterns"),
            ("dateTimes.patterns", "DateTimesPatterns"),
            ("ISO8601.patterns", "ISO8601Patterns"),
            ("url  list.patterns", "UrlListPatterns"),
            ("Plain", "PlainPatterns"),
            ("café.patterns", "CafPatterns"),
        ]
    )
    func derived(fileName: String, typeName: String) {
        #expect(PatternTypeName.derived(fromFileNamed: fileName) == typeName)
    }

    @Test(
        "gives no name when the file name has no letters or starts with a digit",
        arguments: ["1st.patterns", ".patterns", "---.patterns", "é.patterns"]
    )
    func underived(fileName: String) {
        #expect(PatternTypeName.derived(fromFileNamed: fileName) == nil)
    }

    @Test(
        "accepts only ASCII identifiers starting with an upper-case letter",
        arguments: [
            ("SentencesPatterns", true), ("S", true), ("Rules_2", true), ("sentences", false), ("", false),
            ("2Rules", false), ("Règles", false), ("Has Space", false), ("Self", false), ("Type", false),
        ]
    )
    func validity(name: String, isValid: Bool) {
        #expect(PatternTypeName.isValid(name) == isValid)
    }
}
