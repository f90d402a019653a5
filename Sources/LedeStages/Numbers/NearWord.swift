/// A word next to a number: where it is, its lower-case spelling and its roles.
struct NearWord {
    /// Its bytes in the text.
    var range: Range<Int>
    /// Its spelling, lower-cased.
    var text: String
    /// What it can be next to a number.
    var roles: NumberLexicon.Roles

    /// Whether the word plays `role`.
    func `is`(_ role: NumberLexicon.Roles) -> Bool { roles.contains(role) }
}
