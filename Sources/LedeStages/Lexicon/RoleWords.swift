/// English words for a person's role or office that may stand before a name: `secretary`,
/// `president`, `spokesman`, `striker`, and abbreviated ranks (`Adm.`, `Capt`).
///
/// Lower case. Read by the attribution finder: a capitalized role word followed by a
/// capitalized word introduces a person's name (`Press Secretary Karoline Leavitt`), and the
/// role is kept apart from the name.
enum RoleWords {
    static let words: Set<String> = [
        "secretary", "president", "minister", "chancellor", "premier", "envoy", "adviser", "advisor", "ambassador",
        "admiral",
        "general", "gen.", "colonel", "col.", "commander", "chief", "chairman", "chairwoman", "chair", "chairperson",
        "director",
        "spokesman", "spokeswoman", "spokesperson", "governor", "gov.", "senator", "sen.", "representative", "rep.",
        "mayor",
        "commissioner", "executive", "ceo", "founder", "coach", "manager", "captain", "leader", "attorney", "judge",
        "justice",
        "prosecutor", "professor", "doctor", "prince", "princess", "king", "queen", "pope", "bishop", "archbishop",
        "rev.",
        "father", "sheikh", "emir", "deputy", "head", "economist", "analyst", "editor", "correspondent", "reporter",
        "producer",
        "actor", "actress", "singer", "striker", "midfielder", "defender", "goalkeeper", "champion", "boss",
        "lieutenant",
        "lt.", "sergeant", "sgt.", "inspector", "detective", "superintendent", "constable", "officer",
        "secretary-general",
        "lawmaker", "congressman", "congresswoman", "mp", "treasurer", "governor-general", "vice-president",
        "strategist",
        "official", "auditor", "owner", "partner", "presenter", "host", "author", "writer", "director-general",
        // Abbreviated ranks, with and without the period: `Adm. Giuseppe Cavo Dragone`, `Det Sgt Mark Jones`.
        "adm.", "adm", "capt.", "capt", "cpt.", "maj.", "maj", "cmdr.", "cmdr", "cdr.", "brig.", "brig", "cpl.", "cpl",
        "pvt.", "pte", "sgt", "lt", "col", "supt.", "supt", "insp.", "insp", "det.", "det", "amb.", "atty.",
        "brigadier", "commodore", "marshal", "corporal",
    ]
}
