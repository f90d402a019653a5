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
        "often", "long", "still", "even", "never", "not", "did", "does", "do", "is", "are", "was", "were", "been",
        "be", "being", "am", "however", "just", "only", "now", "soon", "ever", "always", "all", "both", "each", "too",
        "yet", "since",
        "himself", "herself", "themselves", "itself", "reportedly", "further", "immediately", "quickly",
        "twice", "separately", "alone", "last", "late", "early", "yesterday", "today", "tonight", "there",
        "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "isn't", "wasn't",
        "weren't", "aren't", "can't", "couldn't",
    ]

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
        "behind", "beyond", "via", "outside", "inside", "ahead", "when", "while", "whilst", "although", "though",
        "if", "because", "once", "unless", "whereas", "however", "meanwhile", "still", "instead", "moreover",
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

    // MARK: Small classes

    /// Coordinating conjunctions: a verb after one shares the clause's subject.
    static let coordinators: WordSet = ["and", "but", "or"]

    /// `and` and `but`, before a second reporting verb: `said ... and added that ...`.
    static let andBut: WordSet = ["and", "but"]

    /// Relative words before a reporting verb: `an aide, who said`, `a report that said`.
    static let relativeSubjects: WordSet = ["who", "which", "that"]

    /// Relative words that open an apposition: `Tom Reyes, who runs a bakery nearby, says`.
    static let relativeOpeners: WordSet = ["who", "whose", "which"]

    /// Relative words that open a clause on a person: `said an official who asked not to be named`.
    static let personRelatives: WordSet = ["who", "whose"]

    /// Words after a comma that end a reporting verb's part of a sentence: `, and ...`,
    /// `, according to ...`, `, who ...`.
    static let endOfPart: WordSet = ["and", "but", "or", "according", "who", "which", "as", "while"]

    /// Words of ``adverbialOpeners`` that are also adjectives before a bare noun: `Outside
    /// experts`, `Inside sources`, `First responders`.
    static let adjectivalOpeners: WordSet = ["outside", "inside", "first", "second"]

    /// Words that open a sentence before its subject: `But he said`.
    static let leadingConjunctions: WordSet = ["but", "and", "so", "yet", "still", "now", "then", "also"]

    /// Words before a weekday in a time phrase: `on Tuesday`, `late Wednesday`.
    static let beforeWeekday: WordSet = ["on", "late", "early"]

    /// Parts of the day after a weekday: `said Saturday night`.
    static let partsOfDay: WordSet = ["morning", "afternoon", "evening", "night"]

    /// Adverbs of time and manner right after a reporting verb: `said again`, `said later`.
    static let afterVerb: WordSet = [
        "yesterday", "today", "tonight", "again", "also", "later", "earlier", "repeatedly", "previously",
        "recently", "once", "twice", "privately", "publicly",
    ]

    /// Words before a participle or a passive `asked` whose speaker is the main clause's, or
    /// unnamed: `by saying`, `when asked`.
    static let beforeParticiple: WordSet = [
        "by", "before", "after", "while", "without", "when", "whenever", "if", "once", "upon",
    ]

    /// Subordinators and relative words, which open a clause inside a sentence: `when the mayor
    /// ... promised`, `why the senator quit ... before announcing`.
    static let embeddedClauseOpeners: WordSet = [
        "when", "whenever", "because", "after", "before", "while", "whilst", "although", "though", "if", "since",
        "until", "as", "that", "which", "who", "whom", "whose", "where", "why", "how", "once", "unless",
        "whereas",
    ]

    /// Verbs of perception and causation, whose object takes a bare infinitive.
    ///
    /// `heard him say`, `let them argue`: a reporting verb after one and its object has no
    /// clause.
    static let bareInfinitiveVerbs: WordSet = [
        "hear", "hears", "heard", "hearing", "see", "sees", "saw", "let", "lets", "letting",
        "make", "makes", "made", "making", "watch", "watches", "watched", "watching", "help", "helps", "helped",
        "helping", "have", "has", "had", "having", "get", "got", "getting",
    ]

    /// Capitalized words that open a noun phrase rather than a name: `Top aides`, `Senior
    /// officials`, `Most voters`.
    static let quantifiers: WordSet = [
        "top", "senior", "former", "most", "many", "few", "both", "all", "some", "several", "each", "every", "no",
        "more", "fewer", "nearly", "almost", "about", "only", "other", "another", "those", "these", "this", "that",
        "such", "local", "state", "federal", "republican", "democratic", "conservative", "liberal", "prominent",
    ]

    /// `least` and `most`, which make `at` a quantifier: `At least half said`.
    static let superlatives: WordSet = ["least", "most"]

    /// Prepositions that open a place after a name: `Dana Kerr, 41, of Salem, Ore.`.
    static let placePrepositions: WordSet = ["of", "from", "in"]

    /// Prepositions that join a role to what it is a role of: `director for the campaign`,
    /// `MP for Leeds`, `head of policy at Acme`, `envoy to Peru`.
    static let roleComplementPrepositions: WordSet = ["of", "for", "at", "to", "in", "on", "with"]

    /// Words that open a clause as its subject after an adjunct: `said in an interview he
    /// would run`.
    static let clauseSubjects: WordSet = ["he", "she", "they", "we", "i", "there"]

    /// Words after `about`, `nearly` and their like that make them a quantifier: `About half
    /// said`, `about four in 10 say`.
    static let amounts: WordSet = [
        "half", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "third",
        "quarter", "dozen", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "many", "all",
    ]

    /// Words before an amount that make a quantifier of it rather than an adverbial: `About
    /// half said`, `over 60% say`, but not `In a statement ... said`.
    static let approximators: WordSet = ["about", "around", "over", "under", "up", "nearly", "almost", "roughly"]

    /// Subordinators whose clause, when it opens a sentence, ends at a comma: `Although she
    /// said it was a mistake, she ...`.
    static let concessives: WordSet = [
        "although", "though", "while", "whilst", "when", "whenever", "if", "because", "since", "once", "until",
        "whereas", "unless", "after", "before",
    ]

    /// Subordinators whose clause, right after a reporting verb, is part of what was said when
    /// it has a subject of its own: `said if he won, taxes would fall`.
    static let contentSubordinators: WordSet = [
        "if", "although", "though", "unless", "because", "whereas", "when", "while", "once", "until",
    ]

    /// Prepositions whose phrase, right after a reporting verb and before a comma, belongs to
    /// what was said, not to the saying: `said despite the rain, the match would go on`.
    static let contentPrepositions: WordSet = ["despite", "notwithstanding", "unlike", "regardless"]

    /// Quantifiers that may stand alone as a subject: `Some said`, `Both say`, `most of them
    /// said`.
    static let quantifierSubjects: WordSet = [
        "some", "many", "most", "few", "several", "both", "all", "each", "others", "another",
    ]

    /// Quantifiers that may follow the noun they count (`The banks all said`), and so are the
    /// subject only where the clause opens.
    static let floatingQuantifiers: WordSet = ["all", "both", "each"]

    /// Pronouns after `of` that name the group a quantifier takes part of: `most of them`.
    static let groupPronouns: WordSet = ["them", "us", "you", "those", "these"]

    /// Nouns for a message that a participle after them reports, in the words of whoever sent
    /// it: `released a statement saying ...`, `posted a video claiming ...`.
    static let messageNouns: WordSet = [
        "statement", "statements", "letter", "letters", "message", "messages", "tweet", "tweets", "post", "posts",
        "release", "email", "emails", "memo", "note", "video", "ad", "ads", "advertisement", "op-ed", "column",
        "editorial", "filing", "lawsuit", "complaint", "petition", "report", "speech", "response", "responses",
        "reply", "replies", "announcement", "notice",
    ]

    /// Adjectives whose infinitive shares the subject of the clause: `Voters were more likely to
    /// say ...`, `She was quick to add ...`.
    static let infinitiveAdjectives: WordSet = [
        "likely", "unlikely", "willing", "unwilling", "able", "unable", "eager", "quick", "ready", "reluctant",
        "prepared", "careful", "happy", "hesitant", "afraid", "keen", "anxious", "slow",
    ]

    /// Adverbs of degree and negation before an adjective: `more likely`, `not willing`.
    static let degreeWords: WordSet = [
        "more", "less", "most", "least", "very", "so", "too", "not", "also", "far", "much",
    ]

    /// Words that cannot stand in the subject of an absolute phrase (`with 40 percent saying`):
    /// `with Reyes for not revealing` is a preposition's object and a gerund.
    static let notInAbsoluteSubject: WordSet = [
        "not", "for", "to", "by", "from", "about", "at", "on", "over", "after", "before", "without", "against",
        "as",
    ]

    /// Cue lemmas whose object is not what was said: `claimed a victory`, `maintains a lead`,
    /// `added another rule`, `wrote a book`, `went on a tour`.
    static let objectNotContent: Set<String> = [
        "maintain", "add", "write", "claim", "concede", "observe", "declare", "go on", "continue", "boast",
        "comment", "remark", "counter", "signal", "estimate",
    ]

    /// Verbs that take an infinitive of a reporting verb, whose subject is theirs: `declined
    /// to say`, `went on to argue`, `refused to confirm`.
    static let catenatives: WordSet = [
        "declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing", "continued",
        "continues", "continue", "went", "goes", "going", "go", "hastened", "proceeded", "began", "begins",
        "appeared", "appears", "seemed", "seems", "tried", "tries", "wanted", "wants", "hesitated", "failed",
        "fails", "used", "rushed", "moved", "sought", "seeks", "wished", "chose", "chooses", "dared",
    ]

    /// Nouns that a reporting participle modifies as an adjective: `pledged delegates`.
    static let nounsAfterParticiples: WordSet = ["delegate", "delegates"]

    /// Nouns that take a `that` clause of their own.
    ///
    /// `on reports that ...`, `about claims that ...`: after one, the clause is not the
    /// reporting verb's.
    static let contentNouns: WordSet = [
        "report", "reports", "claim", "claims", "allegation", "allegations", "suggestion", "suggestions",
        "speculation", "rumor", "rumors", "rumour", "rumours", "accusation", "accusations", "charge", "charges",
        "criticism", "concern", "concerns", "fear", "fears", "news", "idea", "notion", "belief", "assertion",
        "assurances", "evidence", "warning", "warnings", "threat", "threats", "hope", "hopes", "sign", "signs",
    ]

    /// Relative words whose clause may be the content of a verb inside it: `which critics
    /// said will raise rents`.
    static let gapRelatives: WordSet = ["which", "that", "what", "who", "whom"]

    /// Cue lemmas whose passive reports what was said: `was reported by`, `is accused
    /// of`, `was declared the victor`, `was confirmed by`.
    static let passiveReports: Set<String> = [
        "report", "accuse", "declare", "confirm", "announce", "allege", "claim", "predict",
    ]

    /// Prepositions that open an adjunct of the saying after a comma: `, he said, on condition
    /// of anonymity`.
    static let prepositions: WordSet = [
        "on", "in", "at", "during", "after", "before", "from", "to", "with", "without", "via", "over", "through",
        "outside", "inside", "amid", "despite", "following", "while",
    ]

    /// Verbs of causing whose object does what the infinitive after it says: `led Republicans
    /// to say`, `prompted the mayor to warn`.
    static let causatives: WordSet = [
        "led", "leads", "leading", "lead", "prompted", "prompts", "prompting", "prompt", "forced", "forces",
        "forcing", "force", "caused", "causes", "causing", "cause", "spurred", "spurs", "spurring", "drove",
        "drives", "driving", "pushed", "pushes", "pushing", "compelled", "compels", "inspired", "inspires",
        "encouraged", "encourages", "pressured", "pressed",
    ]

    /// Reporting verbs whose form is as often a noun (`press reports`, `a 2019 estimate`, `his
    /// recent remarks`): the cue scanner and the reported-speech finder read the words
    /// around them first.
    static let nounLikeCues: WordSet = [
        "reports", "estimates", "estimate", "comments", "comment", "tweets", "remarks", "remark",
    ]

    /// Possessive determiners that are never an object pronoun (unlike `her`): a reporting
    /// word after one is a noun (`his claim`, `their reports`).
    static let possessiveDeterminers: WordSet = ["his", "their", "its", "our", "my", "your"]

    /// Determiners before a listener: `told the crowd`.
    static let listenerDeterminers: WordSet = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"]

    /// Determiners that may open a subject although they cannot end one: `the source said`.
    static let subjectDeterminers: WordSet = ["the", "a", "an", "his", "her"]

    /// `this` and `that`, which open a subject (`This report says`) as well as an adverbial.
    static let demonstratives: WordSet = ["this", "that"]

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
