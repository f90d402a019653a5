/// English titles and ranks written before a person's name: `Mr`, `Mrs`, `Dr`, `Sir`, `Gen.`,
/// `Adm.`, `Capt.`, ...
///
/// Read by the sentence segmenter (no sentence ends after `Mr.` or `Gen.`) and the word
/// tokenizer (which keeps their period), through ``abbreviated``; and by the attribution
/// finder, for which a title makes the word after it a person's name (`Mr Blair`) and may
/// tell the person's gender, and a rank is part of the person's role (`Adm.`, `Det Sgt`).
/// Words are capitalized, without a period: news in US style writes `Gen.`, in British style
/// `Gen`.
enum TitleWords {
    /// A person's gender, as a title tells it.
    enum Gender { case male, female }

    /// A title of courtesy or address.
    struct Title {
        /// The title, capitalized, without a period.
        var word: String
        /// The gender it tells, if any.
        var gender: Gender?
        /// Whether it is an abbreviation, written with a period in US style (`Mr.`).
        var takesPeriod: Bool
    }

    /// Titles of courtesy and address: the name that follows is a person's.
    static let titles: [Title] = [
        Title(word: "Mr", gender: .male, takesPeriod: true),
        Title(word: "Messrs", gender: .male, takesPeriod: true),
        Title(word: "Mrs", gender: .female, takesPeriod: true),
        Title(word: "Ms", gender: .female, takesPeriod: true),
        Title(word: "Mmes", gender: .female, takesPeriod: true),
        Title(word: "Mx", gender: nil, takesPeriod: true),
        Title(word: "Miss", gender: .female, takesPeriod: false),
        Title(word: "Sir", gender: .male, takesPeriod: false),
        Title(word: "Lord", gender: .male, takesPeriod: false),
        Title(word: "Lady", gender: .female, takesPeriod: false),
        Title(word: "Dame", gender: .female, takesPeriod: false),
        Title(word: "Dr", gender: nil, takesPeriod: true),
        Title(word: "Drs", gender: nil, takesPeriod: true),
        Title(word: "Prof", gender: nil, takesPeriod: true),
        Title(word: "Profs", gender: nil, takesPeriod: true),
        Title(word: "Hon", gender: nil, takesPeriod: true),
        Title(word: "Rt", gender: nil, takesPeriod: true),
        Title(word: "Fr", gender: .male, takesPeriod: true),
        Title(word: "Msgr", gender: .male, takesPeriod: true),
        Title(word: "Mme", gender: .female, takesPeriod: true),
        Title(word: "Mlle", gender: .female, takesPeriod: true),
        Title(word: "Sr", gender: nil, takesPeriod: true),
        Title(word: "Sra", gender: .female, takesPeriod: true),
        Title(word: "Srta", gender: .female, takesPeriod: true),
    ]

    /// Abbreviated ranks and offices: military, police, political and religious.
    ///
    /// A rank is part of the person's role. Each takes a period in US style.
    static let ranks: [String] = [
        "Gen", "Gens", "Adm", "Brig", "Col", "Maj", "Capt", "Cpt", "Cmdr", "Cdr", "Lt", "Sgt", "Cpl", "Pvt", "Pte",
        "Supt", "Insp", "Det", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres", "Amb", "Atty", "Rev", "Revd",
    ]

    /// The titles and ranks that take a period, without it.
    static var abbreviated: [String] { titles.filter(\.takesPeriod).map(\.word) + ranks }
}
