/// English titles written before a person's name.
///
/// Read by the attribution finder: a title makes the word after it a person's name (`Mr
/// Blair`), and may tell the person's gender.
enum TitleWords {
    /// A person's gender, as a title tells it.
    enum Gender { case male, female }

    /// Titles of courtesy, lower case, with and without a period, and the gender each tells.
    static let honorifics: [String: Gender?] = [
        "mr": .male, "mr.": .male, "sir": .male, "lord": .male, "mrs": .female, "mrs.": .female, "ms": .female,
        "ms.": .female,
        "miss": .female, "lady": .female, "dame": .female, "dr": nil, "dr.": nil, "prof": nil, "prof.": nil,
    ]
}
