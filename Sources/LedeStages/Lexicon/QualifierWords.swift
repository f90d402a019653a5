/// The words that qualify a number and the bound each one sets: `more than 1,000`, `nearly 80`,
/// `about 300`.
enum QualifierWords {
    /// Which bound a qualifier sets.
    enum Bound {
        /// The number is a lower bound: `more than`, `at least`.
        case low
        /// The number is an upper bound: `nearly`, `up to`.
        case high
        /// The number is approximate, with no bound: `about`, `some`.
        case around
    }

    /// Qualifiers before a number, as lower-case word lists, with the bound each one sets.
    static let phrases: [(words: [String], bound: Bound)] = [
        (["no", "more", "than"], .high), (["no", "fewer", "than"], .low), (["no", "less", "than"], .low),
        (["in", "excess", "of"], .low), (["a", "little", "over"], .low), (["a", "little", "under"], .high),
        (["as", "many", "as"], .high), (["as", "much", "as"], .high), (["as", "few", "as"], .low),
        (["as", "little", "as"], .low), (["a", "maximum", "of"], .high), (["a", "minimum", "of"], .low),
        (["just", "short", "of"], .high), (["more", "or", "less"], .around), (["the", "best", "part", "of"], .high),
        (["more", "than"], .low), (["less", "than"], .high), (["fewer", "than"], .high), (["greater", "than"], .low),
        (["up", "to"], .high), (["at", "least"], .low), (["at", "most"], .high), (["close", "to"], .high),
        (["just", "over"], .low), (["just", "under"], .high), (["well", "over"], .low), (["well", "under"], .high),
        (["upwards", "of"], .low), (["an", "estimated"], .around), (["almost", "exactly"], .around),
        (["nearly"], .high), (["almost"], .high), (["about"], .around), (["around"], .around),
        (["approximately"], .around), (["roughly"], .around), (["some"], .around), (["over"], .low),
        (["under"], .high), (["below"], .high), (["above"], .low), (["circa"], .around), (["c."], .around),
        (["approx."], .around), (["approx"], .around), (["estimated"], .around), (["exceeding"], .low),
        (["nigh", "on"], .high),
    ]

    /// ``phrases`` by their last word, longest first.
    static let phrasesByLastWord: [String: [(words: [String], bound: Bound)]] = {
        var table: [String: [(words: [String], bound: Bound)]] = [:]
        for qualifier in phrases {
            guard let last = qualifier.words.last else { continue }
            table[last, default: []].append(qualifier)
        }
        return table.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }()

    /// Words after `or` that qualify the number before it: `20 or more`, `40 or so`.
    static let afterOr: [String: Bound] = ["more": .low, "so": .around]

    /// Words joined to a number by a hyphen that make it a lower bound: `40-odd`, `20-plus`.
    static let hyphenated: Set<String> = ["odd", "plus"]
}
