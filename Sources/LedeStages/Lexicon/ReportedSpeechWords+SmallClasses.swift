/// The small closed classes of ``ReportedSpeechWords``: conjunctions, relative words,
/// determiners, quantifiers and the few words of each that a rule names.
extension ReportedSpeechWords {
    /// Auxiliaries that are also given names: `Will`, `May`, `Can`.
    static let namelikeAuxiliaries: WordSet = ["will", "may", "can"]

    /// Coordinating conjunctions: a verb after one shares the clause's subject.
    static let coordinators: WordSet = ["and", "but", "or"]

    /// `and` and `but`, before a second reporting verb: `said ... and added that ...`.
    static let andBut: WordSet = ["and", "but"]

    /// Words that join a clause with its own speaker after a comma: `..., but aides said ...`,
    /// `..., while others said ...`, `..., whereas critics argue ...`.
    static let otherSpeakerJoiners: WordSet = ["and", "but", "while", "whereas"]

    /// The words of ``otherSpeakerJoiners`` that join two clauses only, never two nouns.
    static let contrastJoiners: WordSet = ["but", "while", "whereas"]

    /// Relative words before a reporting verb: `an aide, who said`, `a report that said`.
    static let relativeSubjects: WordSet = ["who", "which", "that"]

    /// Relative pronouns, whose clause has its antecedent outside it.
    ///
    /// `who`, `whom`, `whose`, `which`, `that`.
    static let relativePronouns: WordSet = ["who", "whom", "whose", "which", "that"]

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

    /// Adverbs that may stand before the conjunction or preposition opening an adverbial: `Even
    /// as he won, ...`, `Just before the flight took off, ...`, `Long after the vote, ...`.
    static let beforeAdverbial: WordSet = ["even", "just", "long", "soon", "right", "only", "shortly", "well"]

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

    /// Reporting verbs that are nouns, the object of a verb, right after a past form or an
    /// adjective in `-ed` (`dismissed claims the plan ...`, `denied reports that ...`): the
    /// ``nounLikeCues`` and `claims`, which after other words is as often a verb.
    static let nounsAfterPastForms = WordSet(nounLikeCues.words.union(["claims"]))

    /// Forms of reporting verbs that are as often plural nouns after a name that says them:
    /// `Labour claims`, `Tory promises`, `White House pledges`.
    static let cuesUsedAsNouns = WordSet(nounsAfterPastForms.words.union(["promises", "pledges", "vows"]))

    /// Particles of phrasal verbs, before a preposition: `hit back at`, `lashed out at`.
    static let verbParticles: WordSet = ["back", "out", "up", "off", "down", "away"]

    /// Possessive determiners that are never an object pronoun (unlike `her`): a reporting
    /// word after one is a noun (`his claim`, `their reports`).
    static let possessiveDeterminers: WordSet = ["his", "their", "its", "our", "my", "your"]

    /// Determiners before a listener: `told the crowd`.
    static let listenerDeterminers: WordSet = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"]

    /// Determiners that may open a subject although they cannot end one: `the source said`.
    static let subjectDeterminers: WordSet = ["the", "a", "an", "his", "her"]

    /// `this` and `that`, which open a subject (`This report says`) as well as an adverbial.
    static let demonstratives: WordSet = ["this", "that"]

    /// Auxiliaries and copulas in the present tense: content that holds one is told in the
    /// present (`said she is ...`, `says the plan will ...`).
    static let presentAuxiliaries: WordSet = [
        "is", "are", "am", "has", "have", "does", "do", "will", "can", "isn't", "aren't", "hasn't", "haven't",
        "doesn't", "don't", "won't", "can't",
    ]

    /// The pronouns that take a verb in `-s` in the present: `she admires`, `it makes`.
    static let singularSubjectPronouns: WordSet = ["he", "she", "it"]
}
