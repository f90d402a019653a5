/// Words read next to a time of day: the time zones written after it (`5 p.m. ET`) and the
/// prepositions that open a phrase of time (`At 5 a.m.`, `Shortly before 9 p.m.`).
///
/// Read by the sentence segmenter, which decides with them whether a sentence ends after
/// `a.m.` or `p.m.`: `He left at 6 p.m. Mr. Smith stayed.` is two sentences, `At 5 a.m.
/// Mr. Smith left.` and `The vote is at 5 p.m. ET on Monday.` are one.
enum TimeWords {
    /// Time zones and the region words written for them, as news writes them after a time.
    static let zones: [String] = [
        "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT", "HST", "AST",
        "ADT", "NST", "GMT", "BST", "UTC", "UT", "Z", "WET", "WEST", "CET", "CEST", "EET", "EEST", "MSK", "IST",
        "PKT", "ICT", "WIB", "SGT", "HKT", "PHT", "CCT", "JST", "KST", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT",
        "Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Alaska", "Hawaii", "Greenwich", "Zulu", "Local",
    ]

    /// Capitalized words that open a sentence with a phrase of time.
    static let openingPrepositions: [String] = [
        "At", "By", "Before", "After", "Until", "Till", "From", "Since", "Around", "About", "Shortly", "Just",
        "Starting", "Beginning", "Between", "Sometime", "Early", "Late", "Past", "Toward", "Towards", "Approximately",
        "Roughly", "Nearly", "Almost", "Soon",
    ]
}
