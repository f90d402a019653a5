internal import Lede

/// The word lists of ``AttributionFinder``, and a fast scan of a text for them.
///
/// Reporting verbs and role words are single words from closed lists. Looking them up word
/// by word in a table keyed by the packed bytes is several times faster than a regular expression
/// with a long alternation, which must be tried at every word of the text.
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
    static let verbs: PackedWordTable<String> = {
        var table: [String: String] = [:]
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
        for (lemma, inflections) in forms { for form in inflections { table[form] = lemma } }
        return PackedWordTable(table)
    }()

    /// Reporting verbs that may open a sentence, capitalized, before their speaker.
    static let capitalizedCues = PackedWordTable([
        "said": "say", "added": "add", "asked": "ask", "says": "say", "adds": "add", "wrote": "write",
        "explained": "explain", "continued": "continue",
    ])

    /// Verbs that take a particle to report speech: `pointed out`, `went on`.
    static let phrasalCues = PackedWordTable([
        "pointed": Phrasal(particle: "out", lemma: "point out"), "points": Phrasal(particle: "out", lemma: "point out"),
        "went": Phrasal(particle: "on", lemma: "go on"),
    ])

    struct Phrasal: Sendable {
        var particle: String
        var lemma: String
    }

    /// Role words and titles, lower case: a capitalized one introduces a person's name.
    static let roles = PackedWordTable(
        Dictionary(
            uniqueKeysWithValues: AttributionContext.roleWords.words.union(AttributionContext.titles.keys).map {
                ($0, true)
            }
        )
    )

    /// The first letters and lengths of the words of all four tables, for a first test of each
    /// word of a text.
    static let filter: PackedWordFilter = {
        var filter = verbs.filter
        filter.formUnion(capitalizedCues.filter)
        filter.formUnion(phrasalCues.filter)
        filter.formUnion(roles.filter)
        return filter
    }()

    /// Finds the reporting verbs, and the capitalized role words and titles followed by a
    /// capitalized word, among the word tokens of a text.
    ///
    /// - Parameters:
    ///   - text: The working text.
    ///   - tokens: Its tokens.
    /// - Returns: The reporting verbs, and the offsets of role words that introduce a name.
    static func scan(_ text: String, tokens: [Token]) -> (cues: [CueWord], roleStarts: [Int]) {
        var text = text
        return text.withUTF8 { scan($0, tokens: tokens) }
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> (cues: [CueWord], roleStarts: [Int]) {
        // Local copies: a static is checked for initialization on every access.
        let verbs = Self.verbs
        let phrasalCues = Self.phrasalCues
        let roles = Self.roles
        let capitalizedCues = Self.capitalizedCues
        let filter = Self.filter
        let wordKind = TokenKind.word
        var cues: [CueWord] = []
        var roleStarts: [Int] = []
        let count = bytes.count
        tokens.withUnsafeBufferPointer { tokens in
            for position in tokens.indices {
                let range = tokens[position].span.range
                // Hyphenated and non-ASCII words are never ours ("so-called"); PackedWord refuses
                // non-ASCII bytes, and the first byte decides the table. Most words fail the
                // filter of all four tables and are not even packed. The token's kind is a
                // string, so it is compared only for the few words that a table holds.
                //
                // One branch for the common case: the length test gives the filter a zero
                // length bit outside 2...14, and the second and last bytes are read inside the
                // token even when it is one byte long (the result is then ignored).
                let length = range.count
                let lengthBit: UInt16 = UInt(bitPattern: length &- 2) <= 12 ? 1 << (length &- 1) : 0
                let second = bytes[min(range.lowerBound + 1, range.upperBound - 1)]
                guard length > 0,
                    filter.mayContain(
                        first: bytes[range.lowerBound],
                        second: second,
                        last: bytes[range.upperBound - 1],
                        lengthBit: lengthBit
                    ),
                    let word = PackedWord(bytes, range)
                else { continue }
                let first = bytes[range.lowerBound]
                let end = range.upperBound
                if TextBytes.isLower(first) {
                    if let lemma = verbs[word] {
                        guard tokens[position].kind == wordKind else { continue }
                        cues.append(CueWord(span: tokens[position].span, lemma: lemma))
                    } else if first == 0x70 || first == 0x77, let phrasal = phrasalCues[word],
                        position + 1 < tokens.count, tokens[position].kind == wordKind
                    {
                        // `pointed out`, `went on`: the particle is the next token.
                        let next = tokens[position + 1].span
                        if next.start == end + 1, bytes[next.range].elementsEqual(phrasal.particle.utf8) {
                            cues.append(
                                CueWord(span: Span(start: range.lowerBound, end: next.end), lemma: phrasal.lemma)
                            )
                        }
                    }
                } else if TextBytes.isUpper(first) {
                    var next = end
                    if next < count && bytes[next] == 0x2E { next += 1 }  // Gen. Dan Caine
                    let followedByCapital =
                        next + 1 < count && bytes[next] == 0x20
                        && (TextBytes.isUpper(bytes[next + 1]) || bytes[next + 1] >= 0xC3)
                    if followedByCapital && roles[word] != nil && tokens[position].kind == wordKind {
                        roleStarts.append(range.lowerBound)
                    }
                    if let lemma = capitalizedCues[word],
                        followedByCapital || isFollowedByArticle(bytes, end),
                        tokens[position].kind == wordKind
                    {
                        cues.append(CueWord(span: tokens[position].span, lemma: lemma))
                    }
                }
            }
        }
        return (cues, roleStarts)
    }

    private static func isFollowedByArticle(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        guard end + 2 < bytes.count, bytes[end] == 0x20 else { return false }
        for article in ["the ", "a ", "an "] where bytes[(end + 1)...].starts(with: article.utf8) { return true }
        return false
    }
}
