/// English titles and ranks written before a person's name.
///
/// Read by the sentence segmenter (no sentence ends after `Mr.`), the word tokenizer (which
/// keeps the period of `Gen.`), and the attribution finder: a title makes the word after it a
/// person's name (`Mr Blair`), and may tell the person's gender.
enum TitleWords {
    /// A person's gender, as a title tells it.
    enum Gender { case male, female }

    /// Titles of courtesy, lower case, with and without a period, and the gender each tells.
    static let honorifics: [String: Gender?] = [
        "mr": .male, "mr.": .male, "sir": .male, "lord": .male, "mrs": .female, "mrs.": .female, "ms": .female,
        "ms.": .female,
        "miss": .female, "lady": .female, "dame": .female, "dr": nil, "dr.": nil, "prof": nil, "prof.": nil,
    ]

    /// Titles and ranks that take a period, capitalized, without the period.
    static let abbreviated: [String] = [
        "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Profs", "Gen", "Gens", "Adm", "Sen", "Sens",
        "Rep",
        "Reps", "Gov", "Govs", "Lt", "Col", "Capt", "Cpt", "Cmdr", "Cdr", "Sgt", "Cpl", "Pvt", "Maj", "Brig", "Rev",
        "Revd",
        "Hon", "Pres", "Supt", "Det", "Insp", "Fr", "Mme", "Mlle", "Amb", "Atty", "Rt", "Msgr", "Sr", "Sra", "Srta",
    ]
}
