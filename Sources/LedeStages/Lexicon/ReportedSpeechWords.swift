/// The closed English word classes the reported-speech finder reads around a reporting verb:
/// what may stand between a subject and its verb, what opens a clause or an adverbial, and
/// what may follow the verb before the reported clause.
///
/// Only `ReportedSpeechFinder` reads these. Each is a `WordSet` of lower-case words, looked up
/// from the bytes of the text, lower-cased.
enum ReportedSpeechWords {
    /// Auxiliaries, negation and adverbs that may stand between a subject and its reporting
    /// verb: `has also said`, `had previously argued`, `would later say`, `did not deny`.
    static let beforeVerb: WordSet = [
        "has", "have", "had", "having", "also", "later", "then", "again", "earlier", "previously", "recently",
        "would", "will", "could", "can", "may", "might", "should", "must", "shall", "once", "first", "already",
        "often", "sometimes", "seldom", "long", "still", "even", "never", "not", "did", "does", "do", "is", "are",
        "was", "were", "been", "be", "being", "am", "however", "just", "only", "now", "soon", "ever", "always",
        "all", "both", "each", "too", "yet", "since",
        "himself", "herself", "themselves", "itself", "reportedly", "further", "immediately", "quickly",
        "twice", "separately", "alone", "last", "late", "early", "yesterday", "today", "tonight", "there",
        "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "isn't", "wasn't",
        "weren't", "aren't", "can't", "couldn't",
    ]

    /// Adverbs of time and frequency that stand between a subject and its verb and never in a
    /// noun phrase after its noun: `The nurse later sued`, `The firm already said`.
    static let adverbsBeforeVerb: WordSet = ["later", "again", "never", "already", "soon", "often", "earlier"]

    /// Words with an `-ly` ending that are not adverbs, which the finder does not step over.
    static let notAdverbs: WordSet = [
        "family", "ally", "rally", "supply", "assembly", "monopoly", "anomaly", "belly", "bully", "jelly", "lily",
        "fly", "only", "reply", "apply", "comply", "imply", "multiply", "italy", "holly", "billy", "kelly",
        "molly", "sally", "wally", "early", "daily", "weekly", "monthly", "yearly", "quarterly", "friendly",
        "elderly", "likely", "unlikely", "july", "lonely", "ugly", "silly", "holy", "costly",
    ]

    /// Nouns of time that follow `last`, `this`, `next` or `earlier` in a time phrase: `last week`.
    static let timeNouns: WordSet = [
        "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend", "spring", "summer", "fall",
        "autumn", "winter", "day", "time", "term", "session", "season", "decade", "century", "times",
    ]

    /// Prepositions that open a time phrase with `the` and one of ``timeNouns``: `at the time`,
    /// `over the weekend`.
    static let timePrepositions: WordSet = ["at", "in", "over", "during", "for", "throughout"]

    /// Prepositions whose complement belongs to the noun phrase before them, in a subject:
    /// `a spokesman for the mayor`, `the head of the union`.
    static let phraseComplementOpeners: WordSet = ["of", "for"]

    /// Words that open a time phrase with one of ``timeNouns``: `last week`, `earlier this month`.
    static let timeOpeners: WordSet = [
        "last", "this", "next", "earlier", "later", "that", "each", "every", "several", "many", "multiple",
    ]

    /// Plural spans of time that open an adverbial with a word of ``afterTime``: `Minutes
    /// later,`, `Years after the vote,`.
    static let spansOfTime: WordSet = [
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "moments",
    ]

    /// Words after a span of time that make it an adverbial: `later`, `after`, `before`,
    /// `earlier`, `ago`.
    static let afterTime: WordSet = ["later", "after", "before", "earlier", "ago"]

    /// The words of ``afterTime`` that end the adverbial themselves, with no object after them:
    /// `A few minutes later they ...`.
    static let adverbsAfterTime: WordSet = ["later", "earlier", "ago"]

    /// Adverbs of place that open a sentence on their own, before a comma: `There, the
    /// chairman said ...`.
    static let placeAdverbs: WordSet = ["there", "here"]

    /// Relative words that open a clause set off by commas after a place or a time: `In Salem,
    /// where the mayor grew up,`.
    static let commaRelatives: WordSet = ["where", "when", "who", "which", "whose"]

    /// Adverbs set off by commas between a subject and its verb: `Critics, however, say`.
    static let interjected: WordSet = [
        "however", "though", "too", "meanwhile", "instead", "also", "therefore", "moreover", "then", "now",
        "still", "nevertheless", "nonetheless", "indeed", "separately", "similarly", "likewise", "again", "later",
        "earlier", "recently", "privately", "publicly", "in", "for", "at", "on",
    ]

    /// Words that end the phrase in front of a reporting verb: conjunctions, subordinators and
    /// relative words.
    ///
    /// The subject starts after the last of them.
    static let clauseOpeners: WordSet = [
        "and", "but", "or", "nor", "yet", "so", "because", "when", "whenever", "while", "whilst", "as", "if",
        "although", "though", "after", "before", "since", "until", "unless", "where", "whereas", "that", "which",
        "who", "whom", "whose", "what", "how", "why", "than", "once", "even", "however", "meanwhile", "still",
        "then", "also", "thus", "instead", "indeed", "moreover", "now",
    ]

    /// Words that cannot end a subject: determiners, prepositions and the infinitive marker.
    ///
    /// `his claim that`, `in a statement said`, `declined to say`.
    static let notSubjectEnds: WordSet = [
        "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "to", "of",
        "for", "with", "in", "on", "at", "by", "from", "about", "into", "onto", "than", "like", "via", "over",
        "under", "against", "between", "through", "without", "within", "during", "per", "upon", "toward",
        "towards", "whose", "whom", "what", "how", "why", "where", "when", "if", "whether", "because", "while",
        "although", "though", "since", "until", "unless", "after", "before", "as", "so", "nor", "yet", "or",
        "it's", "he's", "she's", "they're", "we're", "i'm", "you're", "there's", "here's", "that's", "what's",
        "one's", "let", "let's", "very", "more", "most", "less", "least", "such", "no", "any", "every", "some",
        "same", "other", "another", "own", "new", "false", "true", "public", "private", "oft", "often", "out", "up",
        "down", "off", "back", "away", "him", "them", "me", "us",
    ]

    /// Words that open an adverbial rather than a subject: prepositions, subordinators and
    /// sentence adverbs.
    ///
    /// `In Ohio, the senator said`: a segment opening with one of these is not the subject, and
    /// what follows a reporting verb and opens with one (`said in an interview`) is not its
    /// content unless `that` follows.
    static let adverbialOpeners: WordSet = [
        "in", "on", "at", "for", "by", "from", "after", "before", "during", "under", "since", "until", "with",
        "without", "within", "through", "throughout", "among", "amid", "despite", "following", "over", "across",
        "like", "unlike", "as", "about", "around", "against", "toward", "towards", "upon", "into", "onto", "near",
        "behind", "beyond", "via", "outside", "inside", "ahead", "absent", "when", "while", "whilst", "although",
        "though", "if", "because", "once", "unless", "whereas", "however", "meanwhile", "still", "instead", "moreover",
        "indeed", "earlier", "later", "yesterday", "today", "tonight", "also", "now", "then", "separately",
        "afterward", "afterwards", "last", "next", "first", "second", "finally", "again", "in", "to", "of",
        "too", "back", "up", "down", "off", "out", "away", "repeatedly", "publicly",
        "privately", "recently", "previously", "once", "twice", "this", "that",
    ]

    /// Words that open an apposition after a name: a relative pronoun, or a few words about
    /// the person (`Tom Reyes, 58, who runs a bakery nearby, says`).
    static let appositionOpeners: WordSet = [
        "who", "whose", "which", "a", "an", "the", "himself", "herself", "themselves", "itself", "one", "now",
        "then", "formerly", "once", "both", "also", "speaking", "writing", "responding", "asked", "interviewed",
        "reached", "contacted", "reacting", "commenting", "appearing", "campaigning", "republican", "democrat",
        "independent", "chairman", "chairwoman", "president", "ceo",
    ]

    /// Words that open the reported clause of *ask*, *tell* and their like without `that`:
    /// `asked whether`, `asked him to resign`.
    static let questionOpeners: WordSet = [
        "whether", "if", "why", "how", "what", "who", "whom", "when", "where", "which", "to", "for", "about",
    ]

    /// Object pronouns, which may be the listener of *tell* or *ask*: `told him the plan ...`.
    static let objectPronouns: WordSet = ["him", "her", "them", "us", "me", "you", "it"]

    /// Prepositions whose object pronoun ends a speaker's phrase: `a source close to him`,
    /// `people familiar with them`, `an aide for her`.
    static let speakerPronounPrepositions: WordSet = ["to", "with", "around", "near", "behind", "beside", "for"]

    /// Plural nouns that name a listener of *tell* with no determiner: `told reporters ...`.
    static let audiences: WordSet = [
        "reporters", "journalists", "lawmakers", "legislators", "senators", "members", "supporters", "voters",
        "donors", "delegates", "students", "workers", "employees", "investors", "analysts", "viewers",
        "listeners", "readers", "residents", "parliament", "congress", "mps", "colleagues", "officials", "police",
        "investigators", "prosecutors", "jurors", "guests", "attendees", "audiences", "crowds", "followers",
        "fans", "constituents", "activists", "protesters", "republicans", "democrats", "conservatives",
        "liberals", "americans", "veterans", "staff", "staffers", "aides",
    ]

    /// Personal pronouns in subject position, lower case.
    static let subjectPronouns: WordSet = ["he", "she", "they", "we", "i", "you", "it"]

    /// Auxiliaries and copulas: a phrase holding one is a clause, not a subject.
    static let clauseVerbs: WordSet = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
        "may", "might", "must", "do", "does", "did", "isn't", "wasn't", "aren't", "weren't", "won't", "wouldn't",
        "didn't", "doesn't", "don't", "can't", "couldn't", "hasn't", "haven't",
    ]

    /// Participles of reporting verbs whose clause follows a comma and shares the main clause's
    /// speaker: `..., saying the plan would fail`.
    static let participles: WordSet = [
        "saying", "adding", "noting", "arguing", "suggesting", "telling", "claiming", "explaining", "asking",
        "insisting", "warning", "writing", "stating", "declaring", "stressing", "acknowledging", "admitting",
        "insisting", "predicting", "promising", "vowing", "pledging", "complaining", "charging", "contending",
        "asserting", "alleging", "accusing", "urging", "recalling", "observing", "reporting", "denying",
        "conceding", "announcing", "confirming", "pointing", "calling", "tweeting", "emphasizing", "emphasising",
        "questioning", "joking", "boasting", "cautioning", "signaling", "signalling", "hinting", "indicating",
        "maintaining", "reiterating", "countering", "responding", "replying", "testifying", "disclosing",
        "revealing", "remarking", "commenting", "musing", "quipping", "agreeing",
    ]

    /// Cue lemmas that take their content as an infinitive as well as a clause.
    ///
    /// `promised to act`, `urged them to act`: their content may open with `to`.
    static let takesInfinitive: Set<String> = [
        "promise", "vow", "pledge", "urge", "agree", "ask", "threaten", "tell", "warn", "caution", "announce",
        "go on", "continue", "decline", "refuse", "call",
    ]

    /// Forms of reporting verbs that the cue table reads besides those of `ReportingVerbs`.
    ///
    /// The base form that plural subjects take (`Critics argue`, `Officials deny`), and `notes`,
    /// `agrees` and `written`. (Not `promise` or `pledge`, which are more often nouns.) `CueScanner` reads them with ``ReportingVerbs/forms``.
    static let extraVerbForms: [(lemma: String, forms: [String])] = [
        ("note", ["notes", "note"]), ("argue", ["argue"]), ("agree", ["agree", "agrees", "agreeing"]),
        ("write", ["write", "written"]),
        ("acknowledge", ["acknowledge"]), ("announce", ["announce"]), ("deny", ["deny"]),
        ("declare", ["declare"]), ("indicate", ["indicate"]), ("emphasise", ["emphasise", "emphasize"]),
        ("observe", ["observe"]), ("testify", ["testify"]), ("disclose", ["disclose"]), ("allege", ["allege"]),
        ("urge", ["urge"]), ("concede", ["concede"]), ("reiterate", ["reiterate"]), ("accuse", ["accuse"]),
    ]
}
