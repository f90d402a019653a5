/// English words for a person's office, occupation or standing, written before a name:
/// `secretary`, `president`, `spokesman`, `striker`, `colonel`, `lawyer`, ...
///
/// Lower case. Abbreviated ranks (`Adm.`, `Capt`) are ``TitleWords/ranks``. Read by the
/// attribution finder in two ways:
///
/// - Its speaker patterns (the `role` group of `Attribution.patterns`) let every word of
///   ``offices`` and ``descriptions`` join a speaker's name phrase: `festival director Geoffrey
///   Gilmore`, `Rock star Ozzy Osbourne`. A PCRE2 pattern cannot read this file, so the group
///   lists the words again, and a test fails when the two lists differ.
/// - A capitalized word of ``offices`` before a capitalized word introduces a person's name
///   (`Press Secretary Karoline Leavitt`), and the office is kept apart from the name as the
///   speaker's role.
enum RoleWords {
    /// Offices, ranks and occupations that make a person's role.
    static let offices: [String] = [
        // Government, politics and diplomacy.
        "secretary", "secretary-general", "president", "vice-president", "minister", "chancellor", "premier",
        "governor", "governor-general", "senator", "representative", "congressman", "congresswoman", "lawmaker",
        "mp", "mayor", "commissioner", "treasurer", "auditor", "ambassador", "envoy", "adviser", "advisor",
        "official", "deputy",
        // Business and organizations.
        "chief", "executive", "ceo", "chairman", "chairwoman", "chair", "chairperson", "director",
        "director-general", "founder", "owner", "partner", "manager", "head", "boss", "leader", "spokesman",
        "spokeswoman", "spokesperson", "economist", "analyst", "strategist",
        // Law.
        "attorney", "judge", "justice", "prosecutor",
        // Military and police.
        "admiral", "general", "brigadier", "commodore", "marshal", "colonel", "commander", "captain", "lieutenant",
        "sergeant", "corporal", "officer", "inspector", "detective", "superintendent", "constable",
        // Royalty and religion.
        "king", "queen", "prince", "princess", "pope", "bishop", "archbishop", "father", "sheikh", "emir",
        // Media, arts and sport.
        "editor", "correspondent", "reporter", "presenter", "host", "producer", "author", "writer", "actor",
        "actress", "singer", "coach", "striker", "midfielder", "defender", "goalkeeper", "champion", "frontman",
        "frontwoman", "guitarist", "drummer", "bassist", "vocalist", "rapper", "musician", "composer", "comedian",
        "filmmaker", "novelist", "poet", "playwright", "designer", "architect", "photographer", "broadcaster",
        "journalist", "historian", "winger", "batsman", "bowler", "jockey", "sprinter",
        // Education and medicine.
        "professor", "doctor",
        // Campaigns and commentary.
        "candidate", "nominee", "hopeful", "front-runner", "pollster", "commentator", "columnist", "anchor",
        "moderator", "aide", "delegate", "activist", "scientist",
    ]

    /// Words for what a person is or does that are not taken as a role, and `former`.
    ///
    /// The speaker patterns let them join a name phrase (`Human rights lawyer Clive
    /// Stafford-Smith`, `former shadow attorney general Bill Cash`), but the finder does not
    /// split them off as a role: capitalized, several open names of things (`Star Wars`,
    /// `Member States`), and `former` qualifies the role word after it.
    static let descriptions: [String] = [
        "star", "player", "member", "winner", "colleague", "team-mate", "expert", "lawyer", "consultant",
        "lecturer", "researcher", "former", "resident", "voter", "supporter", "veteran",
    ]
}
