/// The English verbs that report speech, in every form a news text writes them, with their
/// base form (the lemma a `Cue` records).
///
/// Read by the attribution finder: its cue scanner (`CueScanner`) builds its lookup tables
/// from these lists, and the reported-speech finder leaves out the verbs in
/// ``characterizing``. Forms are lower case; ``sentenceOpeners`` are the forms that may also
/// open a sentence, capitalized, before their speaker.
enum ReportingVerbs {
    /// Each verb's base form and the forms of it that report speech.
    static let forms: [(lemma: String, forms: [String])] = [
        ("say", ["said", "says", "say", "saying"]), ("add", ["added", "adds", "add", "adding"]),
        ("tell", ["told", "tells", "tell", "telling"]), ("state", ["stated", "stating"]),
        ("note", ["noted", "noting"]),
        ("explain", ["explained", "explains", "explain", "explaining"]),
        ("insist", ["insisted", "insists", "insist", "insisting"]),
        ("claim", ["claimed", "claims", "claim", "claiming"]),
        ("argue", ["argued", "argues", "argue", "arguing"]), ("warn", ["warned", "warns", "warn", "warning"]),
        ("write", ["wrote", "writes", "write", "writing"]), ("ask", ["asked", "asks", "ask", "asking"]),
        ("reply", ["replied", "replies", "replying"]),
        ("respond", ["responded", "responds", "respond", "responding"]),
        ("comment", ["commented", "comments", "comment", "commenting"]),
        ("acknowledge", ["acknowledged", "acknowledges", "acknowledge", "acknowledging"]),
        ("admit", ["admitted", "admits", "admit", "admitting"]),
        ("announce", ["announced", "announces", "announce", "announcing"]),
        ("confirm", ["confirmed", "confirms", "confirm", "confirming"]),
        ("deny", ["denied", "denies", "deny", "denying"]),
        ("declare", ["declared", "declares", "declare", "declaring"]),
        ("predict", ["predicted", "predicts", "predict", "predicting"]),
        ("estimate", ["estimated", "estimates", "estimate"]),
        ("suggest", ["suggested", "suggests", "suggest", "suggesting"]),
        ("indicate", ["indicated", "indicates", "indicating"]),
        ("recall", ["recalled", "recalls", "recall", "recalling"]),
        ("remark", ["remarked", "remarks", "remark", "remarking"]),
        ("maintain", ["maintained", "maintains", "maintain", "maintaining"]),
        ("stress", ["stressed", "stresses", "stress", "stressing"]),
        ("emphasise", ["emphasised", "emphasises", "emphasising", "emphasized", "emphasizes", "emphasizing"]),
        ("observe", ["observed", "observes", "observing"]), ("tweet", ["tweeted", "tweets", "tweet", "tweeting"]),
        ("testify", ["testified", "testifies", "testifying"]),
        ("complain", ["complained", "complains", "complain", "complaining"]),
        ("boast", ["boasted", "boasts", "boast", "boasting"]), ("joke", ["joked", "jokes", "joking"]),
        ("quip", ["quipped", "quips", "quip", "quipping"]), ("vow", ["vowed", "vows", "vow", "vowing"]),
        ("pledge", ["pledged", "pledges", "pledging"]), ("promise", ["promised", "promises", "promising"]),
        ("reveal", ["revealed", "reveals", "reveal", "revealing"]),
        ("disclose", ["disclosed", "discloses", "disclose", "disclosing"]),
        ("conclude", ["concluded", "concludes", "conclude", "concluding"]),
        ("assert", ["asserted", "asserts", "assert", "asserting"]),
        ("contend", ["contended", "contends", "contend", "contending"]),
        ("allege", ["alleged", "alleges", "allege", "alleging"]),
        ("signal", ["signalled", "signaled", "signals", "signal", "signalling", "signaling"]),
        ("underline", ["underlined", "underlines", "underlining"]), ("urge", ["urged", "urges", "urging"]),
        ("concede", ["conceded", "concedes", "concede", "conceding"]),
        ("caution", ["cautioned", "cautions", "caution", "cautioning"]),
        ("counter", ["countered", "counters", "counter", "countering"]),
        ("hint", ["hinted", "hints", "hint", "hinting"]),
        ("reiterate", ["reiterated", "reiterates", "reiterate", "reiterating"]),
        ("shout", ["shouted", "shouts", "shout", "shouting"]),
        ("exclaim", ["exclaimed", "exclaims", "exclaim", "exclaiming"]),
        ("whisper", ["whispered", "whispers", "whisper", "whispering"]), ("muse", ["mused", "muses", "musing"]),
        ("describe", ["described", "describes", "describing"]), ("call", ["called", "calls", "call", "calling"]),
        ("dismiss", ["dismissed", "dismisses", "dismiss", "dismissing"]),
        ("brand", ["branded", "brands", "brand", "branding"]),
        ("label", ["labelled", "labeled", "labels", "label", "labelling", "labeling"]),
        ("praise", ["praised", "praises", "praising"]),
        ("criticise", ["criticised", "criticises", "criticising", "criticized", "criticizes", "criticizing"]),
        ("condemn", ["condemned", "condemns", "condemn", "condemning"]),
        ("attack", ["attacked", "attacks", "attack", "attacking"]), ("accuse", ["accused", "accuses", "accusing"]),
        ("hail", ["hailed", "hails", "hail", "hailing"]), ("welcome", ["welcomed", "welcomes", "welcoming"]),
        ("blame", ["blamed", "blames", "blaming"]), ("slam", ["slammed", "slams", "slam", "slamming"]),
        ("defend", ["defended", "defends", "defend", "defending"]), ("report", ["reported", "reports"]),
        ("rule", ["ruled"]),
        ("agree", ["agreed"]), ("continue", ["continued"]),
    ]

    /// Forms that may open a sentence, capitalized, before their speaker (`Said the Pew
    /// report:`), with their base form.
    static let sentenceOpeners: [String: String] = [
        "said": "say", "added": "add", "asked": "ask", "says": "say", "adds": "add", "wrote": "write",
        "explained": "explain", "continued": "continue",
    ]

    /// A verb that reports speech with a particle or an object after it: `pointed out`, `went
    /// on`, `put it` (`as one analyst put it, “...”`).
    struct Phrasal: Sendable {
        /// The particle, the next word.
        var particle: String
        /// The base form of the pair.
        var lemma: String
    }

    /// Forms that report speech only with a particle (or `it`) after them, by form.
    static let phrasal: [String: Phrasal] = [
        "pointed": Phrasal(particle: "out", lemma: "point out"), "points": Phrasal(particle: "out", lemma: "point out"),
        "went": Phrasal(particle: "on", lemma: "go on"), "put": Phrasal(particle: "it", lemma: "put it"),
        "puts": Phrasal(particle: "it", lemma: "put it"),
    ]

    /// Base forms of verbs that characterize what was said (`called it a disgrace`, `praised
    /// the plan`) rather than report it: a direct quotation may take them as its cue, but
    /// they do not make reported speech of a sentence on their own.
    static let characterizing: Set<String> = [
        "call", "describe", "dismiss", "brand", "label", "ask", "rule", "continue", "agree", "praise", "criticise",
        "criticize", "condemn", "attack", "accuse", "hail", "welcome", "blame", "slam", "defend", "put it",
    ]
}
