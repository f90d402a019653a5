internal import Lede

/// The word lists of ``AttributionFinder``, and a fast scan of a text for them.
///
/// Reporting verbs and role words are single words from closed lists. Looking them up word
/// by word with a hash of the bytes is several times faster than a regular expression with
/// a long alternation, which must be tried at every word of the text.
enum AttributionLexicon {
    /// A reporting verb in a text: its span, and its base form.
    struct CueWord {
        var span: Span
        var lemma: String
    }

    /// Reporting verbs in every form, with their base form.
    ///
    /// Lower case; a few may also be capitalized at the head of a sentence
    /// (`Said the Pew report:`), see `capitalizedCues`.
    static let verbs: WordTable<String> = {
        var table: [(String, String)] = []
        let forms: [(String, [String])] = [
            ("say", ["said", "says", "say", "saying"]), ("add", ["added", "adds", "add", "adding"]),
            ("tell", ["told", "tells", "tell", "telling"]), ("state", ["stated", "stating"]),
            ("note", ["noted", "noting"]),
            ("explain", ["explained", "explains", "explain", "explaining"]),
            ("insist", ["insisted", "insists", "insist", "insisting"]),
            ("claim", ["claimed", "claims", "claim", "claiming"]),
            ("argue", ["argued", "argues", "arguing"]), ("warn", ["warned", "warns", "warn", "warning"]),
            ("write", ["wrote", "writes", "writing"]), ("ask", ["asked", "asks", "ask", "asking"]),
            ("reply", ["replied", "replies", "replying"]),
            ("respond", ["responded", "responds", "respond", "responding"]),
            ("comment", ["commented", "comments", "comment", "commenting"]),
            ("acknowledge", ["acknowledged", "acknowledges", "acknowledging"]),
            ("admit", ["admitted", "admits", "admit", "admitting"]),
            ("announce", ["announced", "announces", "announcing"]),
            ("confirm", ["confirmed", "confirms", "confirm", "confirming"]), ("deny", ["denied", "denies", "denying"]),
            ("declare", ["declared", "declares", "declaring"]),
            ("predict", ["predicted", "predicts", "predict", "predicting"]),
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
            ("disclose", ["disclosed", "discloses", "disclosing"]),
            ("conclude", ["concluded", "concludes", "concluding"]),
            ("assert", ["asserted", "asserts", "assert", "asserting"]),
            ("contend", ["contended", "contends", "contend", "contending"]),
            ("allege", ["alleged", "alleges", "alleging"]),
            ("signal", ["signalled", "signaled", "signals", "signal", "signalling", "signaling"]),
            ("underline", ["underlined", "underlines", "underlining"]), ("urge", ["urged", "urges", "urging"]),
            ("concede", ["conceded", "concedes", "conceding"]),
            ("caution", ["cautioned", "cautions", "caution", "cautioning"]),
            ("counter", ["countered", "counters", "counter", "countering"]),
            ("hint", ["hinted", "hints", "hint", "hinting"]),
            ("reiterate", ["reiterated", "reiterates", "reiterating"]),
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
            ("defend", ["defended", "defends", "defend", "defending"]), ("report", ["reported"]), ("rule", ["ruled"]),
            ("agree", ["agreed"]), ("continue", ["continued"]),
        ]
        for (lemma, inflections) in forms { for form in inflections { table.append((form, lemma)) } }
        return WordTable(table)
    }()

    /// Reporting verbs that may open a sentence, capitalized, before their speaker.
    static let capitalizedCues = WordTable([
        ("Said", "say"), ("Added", "add"), ("Asked", "ask"), ("Says", "say"), ("Adds", "add"), ("Wrote", "write"),
        ("Explained", "explain"), ("Continued", "continue"),
    ])

    /// Verbs that take a particle to report speech: `pointed out`, `went on`.
    static let phrasalCues = WordTable([
        ("pointed", Phrasal(particle: "out", lemma: "point out")),
        ("points", Phrasal(particle: "out", lemma: "point out")),
        ("went", Phrasal(particle: "on", lemma: "go on")),
    ])

    struct Phrasal: Sendable {
        var particle: String
        var lemma: String
    }

    /// Role words and titles, lower case: a capitalized one introduces a person's name.
    static let roles = WordTable(
        AttributionContext.roleWords.map { ($0, ()) } + AttributionContext.titles.keys.map { ($0, ()) },
        foldsCase: true
    )

    /// Finds the reporting verbs and the capitalized role words and titles of a text, in one
    /// pass over its bytes.
    ///
    /// - Parameter text: The text.
    /// - Returns: The reporting verbs, and the offsets of capitalized role words and titles
    ///   followed by a capitalized word.
    static func scan(_ text: String) -> (cues: [CueWord], roleStarts: [Int]) {
        var text = text
        return text.withUTF8 { scan($0) }
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (cues: [CueWord], roleStarts: [Int]) {
        // Local copies: a static is checked for initialization on every access.
        let verbs = Self.verbs
        let phrasalCues = Self.phrasalCues
        let roles = Self.roles
        let capitalizedCues = Self.capitalizedCues
        var cues: [CueWord] = []
        var roleStarts: [Int] = []
        let count = bytes.count
        var index = 0
        while index < count {
            // A word starts at an ASCII letter that does not follow a letter, digit, hyphen or apostrophe.
            let byte = bytes[index]
            guard TextBytes.isASCIILetter(byte) else {
                index += 1
                continue
            }
            if index > 0 {
                let previous = bytes[index - 1]
                if TextBytes.isDigit(previous) || previous == 0x2D || previous == 0x27 || previous >= 0x80 {
                    index += 1
                    continue
                }
            }
            var end = index + 1
            while end < count && TextBytes.isASCIILetter(bytes[end]) { end += 1 }
            // Words joined by a hyphen or running into digits are not ours ("so-called").
            if end < count && (bytes[end] == 0x2D || TextBytes.isDigit(bytes[end])) {
                index = end + 1
                continue
            }
            let range = index..<end
            if range.count >= 2 && range.count <= 14 {
                if TextBytes.isLower(byte) {
                    if let lemma = verbs.value(in: bytes, range) {
                        cues.append(CueWord(span: Span(range), lemma: lemma))
                    } else if range.count <= 7, byte == 0x70 || byte == 0x77,
                        let phrasal = phrasalCues.value(in: bytes, range)
                    {
                        let particle = Array(phrasal.particle.utf8)
                        let particleEnd = end + 1 + particle.count
                        if particleEnd <= count, bytes[end] == 0x20,
                            bytes[(end + 1)..<particleEnd].elementsEqual(particle),
                            particleEnd == count || !TextBytes.isASCIILetter(bytes[particleEnd])
                        {
                            cues.append(CueWord(span: Span(start: index, end: particleEnd), lemma: phrasal.lemma))
                        }
                    }
                } else {
                    var next = end
                    if next < count && bytes[next] == 0x2E { next += 1 }  // Gen. Dan Caine
                    let followedByCapital =
                        next + 1 < count && bytes[next] == 0x20
                        && (TextBytes.isUpper(bytes[next + 1]) || bytes[next + 1] >= 0xC3)
                    if followedByCapital && roles.value(in: bytes, range) != nil { roleStarts.append(index) }
                    if let lemma = capitalizedCues.value(in: bytes, range),
                        followedByCapital || isFollowedByArticle(bytes, end)
                    {
                        cues.append(CueWord(span: Span(range), lemma: lemma))
                    }
                }
            }
            index = end
        }
        return (cues, roleStarts)
    }

    private static func isFollowedByArticle(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        guard end + 2 < bytes.count, bytes[end] == 0x20 else { return false }
        for article in ["the ", "a ", "an "] where bytes[(end + 1)...].starts(with: article.utf8) { return true }
        return false
    }
}
