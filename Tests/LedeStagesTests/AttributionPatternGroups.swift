import PCRE2

@testable import LedeStages

/// The word lists written inside the attribution patterns, read back from their sources, for
/// the tests that check them against the Lexicon.
enum AttributionPatternGroups {
    /// The speaker patterns, by name, as `Attribution.patterns` names them.
    static func source(of pattern: String) throws -> String {
        switch pattern {
        case "speakerBefore": try AttributionPatterns.speakerBefore.source
        case "speakerAfter": try AttributionPatterns.speakerAfter.source
        case "apposition": try AttributionPatterns.apposition.source
        case "colonIntroduction": try AttributionPatterns.colonIntroduction.source
        default: ""
        }
    }

    /// The words of the named group `name` of a pattern's source, which lists them as
    /// `(?<name> (?: first | second | ... ) )` or `(?<name> (?i: first | ... ) )`, with one or
    /// more spaces after the name.
    static func words(ofGroup name: String, in source: String) -> [String]? {
        guard let start = source.firstRange(of: "(?<\(name)>") else { return nil }
        var rest = source[start.upperBound...].drop { $0 == " " }
        if rest.hasPrefix("(?i: ") {
            rest = rest.dropFirst(5)
        } else if rest.hasPrefix("(?: ") {
            rest = rest.dropFirst(4)
        } else {
            return nil
        }
        guard let end = rest.firstRange(of: " )") else { return nil }
        return rest[..<end.lowerBound].split(separator: " | ").map(String.init)
    }
}
