/// English words that tell where a clause's subject ends and its verb begins, and words that
/// open a phrase before the subject.
///
/// Read by the attribution finder's clause-subject finder (`ClauseSubjectFinder`), which reads
/// a sentence without a part-of-speech tagger: a finite verb is an auxiliary, a past form
/// (`-ed` or one of ``irregularPast``), a reporting verb, or a present form in `-s`; the
/// subject is the noun phrase before it. Lower case unless stated.
enum ClauseWords {
    /// Auxiliary and modal verbs, with their negative contractions: a subject ends before one.
    static let auxiliaries: WordSet = [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "should", "may", "might",
        "must", "did", "does", "do", "shall", "isn't", "wasn't", "aren't", "weren't", "hasn't", "hadn't", "haven't",
        "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "didn't", "doesn't", "don't",
    ]

    /// The forms of `be`, which with a past participle make a passive verb (`was told`,
    /// `am told`, `is said`).
    static let formsOfBe: WordSet = ["is", "was", "are", "were", "be", "been", "being", "am"]

    /// Common irregular past forms (and forms that do not change), which do not end in `-ed`.
    static let irregularPast: WordSet = [
        "began", "became", "bit", "blew", "broke", "brought", "built", "bought", "caught", "chose", "came", "cast",
        "cut", "dealt", "drew", "drove", "ate", "fell", "fed", "felt", "fought", "found", "fled", "flew", "forgot",
        "forgave", "froze", "got", "gave", "went", "grew", "hung", "heard", "hid", "hit", "held", "hurt", "kept",
        "knew", "laid", "led", "left", "lent", "let", "lost", "made", "meant", "met", "paid", "put", "quit", "read",
        "rode", "rang", "rose", "ran", "said", "saw", "sought", "sold", "sent", "set", "shook", "shot", "shut",
        "sang", "sank", "sat", "slept", "spoke", "spent", "spun", "split", "spread", "sprang", "stood", "stole",
        "stuck", "struck", "swore", "swept", "swam", "took", "taught", "tore", "told", "thought", "threw", "understood",
        "woke", "wore", "won", "wrote", "withdrew", "undertook", "overcame", "oversaw", "upheld", "withheld",
    ]

    /// Common irregular past participles, which do not end in `-ed`, that open a participial
    /// phrase before a sentence's subject: `Known as the Tenants Union, the group ...`, `Born in
    /// Ohio, she ...`, `Left unchecked, the plan ...`.
    static let irregularParticiples: WordSet = [
        "known", "born", "given", "taken", "seen", "shown", "written", "driven", "chosen", "spoken", "hidden",
        "beaten", "broken", "forgotten", "frozen", "stolen", "sworn", "torn", "worn", "thrown", "grown", "drawn",
        "flown", "overthrown", "undertaken", "mistaken", "shaken", "proven", "fallen", "risen", "struck", "caught",
        "built", "held", "brought", "bought", "taught", "told", "found", "made", "kept", "led", "sent", "left",
        "hit", "hurt", "cut", "set", "put", "shut", "spread", "upheld", "withheld", "overseen", "understood",
    ]

    /// Adverbs that often stand between a subject and its verb (`Hale also said`); words in
    /// `-ly` are taken as adverbs too.
    static let adverbs: WordSet = [
        "also", "then", "later", "again", "still", "never", "once", "already", "just", "even", "often", "always",
        "now", "too", "first", "last", "since", "soon", "twice", "long", "not", "ever", "further", "instead",
        "meanwhile", "nonetheless", "however", "yesterday", "today", "tonight",
    ]

    /// Capitalized words that open a phrase or clause before a sentence's subject.
    ///
    /// A preposition, a conjunction of time or cause, a participle: in `In her speech, Ortiz
    /// said`, the subject comes after the comma.
    static let openers: WordSet = [
        "In", "On", "At", "For", "By", "From", "After", "Before", "During", "Under", "Since", "Until", "With",
        "Without", "Despite", "Following", "Amid", "Among", "Through", "Throughout", "Over", "About", "Against",
        "Like", "Unlike", "Beyond", "Within", "Toward", "Towards", "Upon", "Into", "Near", "Behind", "Besides",
        "As", "When", "While", "Whilst", "If", "Although", "Though", "Because", "Once", "Whether", "Unless",
        "Where", "Asked", "Pressed", "Speaking", "Addressing", "Appearing", "Responding", "Last", "This",
        "Next", "Earlier", "Later", "Yesterday", "Today", "Tomorrow", "Early", "Late", "According", "Given",
        "To", "Of", "Having", "Being", "Reprising", "Writing", "Commenting", "Talking", "Reacting", "Echoing",
        "Standing", "Sitting", "Holding", "Campaigning", "Touting", "Citing", "Noting", "Asking", "Referring",
    ]

    /// Capitalized words that open a sentence without being part of its subject, and may be
    /// followed by a comma: `But Hale said`, `Still, the senator said`.
    static let discourse: WordSet = [
        "But", "And", "So", "Yet", "Still", "Now", "Then", "Also", "Meanwhile", "However", "Instead", "Indeed",
        "Plus", "Separately", "Nevertheless", "Nonetheless", "Moreover", "Further", "Furthermore", "Finally",
        "Thus", "Or", "Nor", "Again", "Even", "Ultimately", "Overall", "Similarly", "Likewise", "Besides",
        "Otherwise", "Rather", "Perhaps", "Notably", "Privately", "Publicly",
    ]

    /// Words that begin a relative clause: after one, a subject may follow (`a man who he
    /// called a friend`).
    static let relatives: WordSet = ["who", "whom", "which", "that", "whose"]

    /// Base forms of verbs that perform or characterize speech and are not reporting verbs.
    ///
    /// `thank`, `decry`, `mock`, `dub`, `chant` (the reporting verbs are ``ReportingVerbs``).
    /// A short quoted phrase is someone's words when its clause has one of these or a reporting verb (`Whitlow decried
    /// the “rigged tender”`), and the writer's own term otherwise (`They joined the
    /// “coalition of the willing”`).
    static let speechActs: WordSet = [
        "thank", "decry", "mock", "lament", "bemoan", "express", "dub", "tout", "refer", "chant", "yell", "scream",
        "invite", "nickname", "characterize", "characterise", "deride", "ridicule", "blast", "rip", "lambast",
        "lambaste", "denounce", "assail", "excoriate", "castigate", "scold", "rebuke", "chide", "berate", "swear",
        "retweet", "cite", "echo", "repeat", "recite", "greet", "applaud", "laud", "commend", "congratulate",
        "compliment", "celebrate", "retort", "rebut", "interject", "interrupt", "holler", "heckle", "jeer", "taunt",
        "tease", "wonder", "query", "plead", "beg", "implore", "fault", "threaten", "assure", "reassure", "confess",
        "rebuff", "propose", "recommend", "advise", "advocate", "endorse", "oppose", "grumble", "gripe", "groan",
        "moan", "whine", "proclaim", "mention", "recount", "talk", "speak", "discuss", "preach", "publish", "brag",
        "imply", "pronounce",
    ]

    /// Base forms of verbs of speech that are also common nouns (`name`, `message`, `vote`):
    /// only their `-ed` and `-ing` forms count as verbs (`named`, `messaging`).
    static let speechActNouns: WordSet = [
        "name", "title", "term", "text", "message", "post", "sign", "vote", "quote", "print", "question", "object",
        "charge", "offer", "answer", "detail", "outline", "address", "cheer", "boo", "toast", "salute", "forecast",
        "guarantee", "dispute", "email", "demand", "protest", "cry", "lecture", "chat", "reject", "shout", "coin",
        "herald", "grouse", "vent", "mouth",
    ]

    /// Conjunctions that join a clause to the one before: after one, the clause's subject
    /// follows (`, although Davis appeared on the show`).
    static let conjunctions: WordSet = [
        "and", "but", "or", "so", "yet", "although", "though", "while", "whereas", "because", "as", "if", "when",
        "since", "until", "unless", "before", "after", "once", "where",
    ]

    /// Every form of the verbs of ``speechActs``, and the `-ed` and `-ing` forms of those of
    /// ``speechActNouns``: `decry`, `decries`, `decried`, `decrying`, `named`, `naming`.
    static let speechActForms = WordSet(
        Set(
            speechActs.words.flatMap { inflections(of: $0, nounLike: false) }
                + speechActNouns.words.flatMap { inflections(of: $0, nounLike: true) }
        )
    )

    /// The forms of a regular English verb.
    ///
    /// With `-s` or `-es`, `-ed` or `-d`, and `-ing`; a final `y` after a consonant becomes
    /// `ie`/`i`, a final `e` is dropped before `-ing`, and a final consonant after a single
    /// vowel is also given doubled (`rip`, `ripped`; `refer`, `referred`). A verb that is also
    /// a noun gives no `-s` form, nor the base form.
    static func inflections(of lemma: String, nounLike: Bool) -> [String] {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let letters = Array(lemma)
        guard let last = letters.last else { return [] }
        var forms = nounLike ? [] : [lemma]
        if last == "y", letters.count >= 2, !vowels.contains(letters[letters.count - 2]) {
            let stem = String(letters.dropLast())
            if !nounLike { forms.append(stem + "ies") }
            forms += [stem + "ied", lemma + "ing"]
            return forms
        }
        if !nounLike {
            let sibilant = ["s", "x", "z", "ch", "sh"].contains { lemma.hasSuffix($0) }
            forms.append(lemma + (sibilant ? "es" : "s"))
        }
        if last == "e" {
            forms += [lemma + "d", String(letters.dropLast()) + "ing"]
            return forms
        }
        forms += [lemma + "ed", lemma + "ing"]
        if letters.count >= 3, !vowels.contains(last), !"wxy".contains(last),
            vowels.contains(letters[letters.count - 2]),
            !vowels.contains(letters[letters.count - 3])
        {
            forms += [lemma + String(last) + "ed", lemma + String(last) + "ing"]
        }
        return forms
    }

    /// Prepositions that may follow a name inside a subject: `Bank of England`, `Secretary
    /// for Health`.
    static let nameLinks: WordSet = ["of", "for"]

    /// Conjunctions that open a subordinate clause: `when`, `because`, `although`.
    static let subordinators: WordSet = [
        "although", "though", "while", "whereas", "because", "as", "if", "when", "since", "until", "unless",
        "before", "after", "once", "where", "whenever",
    ]

    /// Words that stand where a subject stands but name nobody.
    ///
    /// `there`, `this`, `what`. Lower case; looked up lower-cased. Their contractions with `is`
    /// or `has` (`that's`, `That’s`) are read by `AttributionDocument.isNotSubject(_:)`, with
    /// ``contractedNotSubjects``.
    static let notSubjects: WordSet = ["there", "here", "this", "that", "what"]

    /// Words that stand where a subject stands but name nobody when contracted with `is` or
    /// `has`.
    ///
    /// `it’s`, `there's`, `that’s`. Lower case; looked up lower-cased.
    static let contractedNotSubjects: WordSet = ["it", "there", "here", "this", "that", "what"]

    /// Prepositions that may attach a phrase to a common noun inside a subject: `a spokeswoman
    /// for the council`, `a professor at the college`.
    static let nounPrepositions: WordSet = [
        "of", "for", "at", "from", "with", "in", "on", "to", "across", "around", "inside", "outside",
    ]
}
