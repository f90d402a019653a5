/// Classes of text an attacker, a scraper or a bad converter produces, each made to any size
/// by a deterministic generator, for the adversarial scaling scenario.
///
/// Every generator repeats a small hostile pattern with some variation (a seeded random
/// choice of words), so that the text is as hard at 4 MB as at 1 MB and a stage that is
/// super-linear in one of its runs shows it in the ratio of the two sizes.
enum HostileText: String, CaseIterable, Sendable {
    /// Ordinary news: the corpus's articles joined with blank lines; the reference.
    case news
    /// One paragraph of opening marks that never close: `“word and more words here “word ...`.
    case unbalancedQuotes = "unbalanced-quotes"
    /// Marks of every kind (curly, straight, single, guillemets, low-9, CJK, full-width)
    /// opening and closing at random, nested deep and never balanced.
    case nestedQuotes = "nested-quotes"
    /// Curly double and single marks packed between letters with no space: `“a“b‘c“‘“d...`.
    case packedQuotes = "packed-quotes"
    /// Closing marks with no opening mark: `word” word’ word» ...`.
    case closingQuotes = "closing-quotes"
    /// Paragraphs that each open a quotation and never close it, so that every one continues
    /// the last (the news convention for quotations over several paragraphs).
    case quoteParagraphs = "quote-paragraphs"
    /// Thousands of reporting verbs and speakers without punctuation: `he said she told ...`.
    case reportingVerbs = "reporting-verbs"
    /// Short sentences of reported speech, one paragraph of them: `He said. Smith said that it would. ...`.
    case reportingSentences = "reporting-sentences"
    /// Short quotations each followed by an attribution, thousands per paragraph.
    case quoteAttributions = "quote-attributions"
    /// One paragraph of short quotations, each said by a pronoun: `"Yes," he said. “No,” she said. ...`.
    case pronounQuotes = "pronoun-quotes"
    /// One paragraph of quotations of every form: attributed before and after, continued,
    /// and introduced by a colon.
    case paragraphQuotes = "paragraph-quotes"
    /// Thousands of people, each named once with a title or role, or bare just before a
    /// pronoun, and then quoted by a pronoun or a surname that many of them share.
    case namedSpeakers = "named-speakers"
    /// Runs of capitalised words: `Alpha Bravo Charlie Delta ...`.
    case capitalisedRuns = "capitalised-runs"
    /// Numerals with thousands separators, decimal commas and points, and spaces as separators.
    case digitSeparators = "digit-separators"
    /// Number words strung together: `one hundred and twenty three thousand four ...`.
    case numberWords = "number-words"
    /// One sentence of plain lower-case words with no punctuation at all.
    case longSentence = "long-sentence"
    /// C0 and C1 controls and format characters (zero-width joiners, soft hyphens, byte-order
    /// marks, word joiners, variation selectors) between and inside words.
    case controlFormat = "control-format"
    /// Bidirectional embeddings, overrides and isolates around words.
    case bidiOverrides = "bidi-overrides"
    /// Results tables: `Arsenal 2-1 Chelsea` lines, thousands of them.
    case sportsScores = "sports-scores"
    /// Quotation marks and letters each carrying a pile of combining marks ("zalgo").
    case zalgoQuotes = "zalgo-quotes"
    /// Lines ended by CR, LF, CR LF, NEL and the Unicode line and paragraph separators, mixed.
    case mixedLineEndings = "mixed-line-endings"
    /// Short capitalised lines with no full stop, each a heading candidate.
    case shortLines = "short-lines"
    /// Abbreviations and initials: `U.S. Dr. J. R. Smith e.g. No. 5 ...`.
    case abbreviations
    /// Runs of terminal punctuation and ellipses: `!!!???......`.
    case terminalRuns = "terminal-runs"
    /// Brackets opened and never closed, and dashes: `((([[ -- ...`.
    case brackets
    /// Web addresses, e-mail addresses, hashtags and mentions.
    case webTokens = "web-tokens"
    /// Emoji with skin tones, joiners and flags.
    case emoji
    /// Random bytes, decoded as the command-line tools decode input (invalid UTF-8 repaired).
    case randomBytes = "random-bytes"

    /// The bytes of a text of this class of about `size` bytes.
    ///
    /// - Parameters:
    ///   - size: The length to reach, in UTF-8 bytes.
    ///   - news: Articles to join for ``news``.
    /// - Returns: The text's bytes; valid UTF-8 except for ``randomBytes``.
    func bytes(size: Int, news: [String]) -> [UInt8] {
        var generator = Generator(size: size)
        switch self {
        case .news:
            var index = 0
            while !generator.isFull {
                generator.append(news[index % news.count])
                generator.append("\n\n")
                index += 1
            }
        case .unbalancedQuotes:
            while !generator.isFull { generator.append("“\(generator.word()) and more words here ") }
        case .nestedQuotes:
            let marks = [
                "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚", "\"", "'", "「", "」", "〝", "〞", "＂", "''",
            ]
            while !generator.isFull {
                let mark = generator.pick(marks)
                let word = generator.word()
                generator.append(generator.chance(2) ? "\(mark)\(word) " : "\(word)\(mark) ")
                if generator.chance(40) { generator.append(". ") }
            }
        case .packedQuotes:
            let marks = ["“", "‘", "”", "’"]
            while !generator.isFull {
                generator.append(generator.pick(Array(marks.prefix(generator.chance(8) ? 4 : 2))))
                if !generator.chance(3) { generator.append(String(generator.word().prefix(1 + generator.below(3)))) }
            }
        case .closingQuotes:
            let marks = ["”", "’", "»", "\"", "'", "›"]
            while !generator.isFull { generator.append("\(generator.word())\(generator.pick(marks)) ") }
        case .quoteParagraphs:
            while !generator.isFull {
                generator.append("“\(generator.capitalisedWord()) \(generator.word()) \(generator.word()).\n\n")
            }
        case .reportingVerbs:
            let verbs = ["said", "told", "added", "says", "claimed", "warned", "insisted", "according to", "noted"]
            let speakers = ["he", "she", "they", "officials", "the minister", "Smith", "a spokesman for Acme"]
            while !generator.isFull {
                generator.append("\(generator.pick(speakers)) \(generator.pick(verbs)) ")
                if generator.chance(5) { generator.append("that ") }
            }
        case .quoteAttributions:
            let verbs = ["said", "told reporters", "added", "says", "warned"]
            while !generator.isFull {
                let quote = "“\(generator.capitalisedWord()) \(generator.word()) \(generator.word()),”"
                generator.append("\(quote) \(generator.pick(verbs)) \(generator.capitalisedWord()). ")
                if generator.chance(200) { generator.append("\n\n") }
            }
        case .reportingSentences:
            let speakers = ["He", "She", "They", "Smith", "The minister", "Officials"]
            while !generator.isFull {
                let speaker = generator.pick(speakers)
                switch generator.below(4) {
                case 0: generator.append("\(speaker) said. ")
                case 1: generator.append("\(speaker) said that it would. ")
                case 2: generator.append("\(speaker) said the \(generator.word()) was late. ")
                default: generator.append("\(speaker) told the \(generator.word()) so. ")
                }
            }
        case .pronounQuotes:
            let pronouns = ["he", "she", "they", "we"]
            while !generator.isFull {
                let (open, close) = generator.chance(2) ? ("\"", "\"") : ("“", "”")
                generator.append("\(open)\(generator.capitalisedWord()),\(close) \(generator.pick(pronouns)) said. ")
            }
        case .paragraphQuotes:
            while !generator.isFull {
                let quote = "\(generator.capitalisedWord()) \(generator.word()) \(generator.word())"
                switch generator.below(5) {
                case 0: generator.append("“\(quote),” \(generator.capitalisedWord()) said. ")
                case 1: generator.append("“\(quote).” ")
                case 2: generator.append("\(generator.capitalisedWord()) said: “\(quote).” ")
                case 3: generator.append("She called it a “\(generator.word()) \(generator.word())”. ")
                default:
                    generator.append("“\(quote),” said \(generator.capitalisedWord()) \(generator.capitalisedWord()). ")
                }
            }
        case .namedSpeakers:
            var person = 0
            while !generator.isFull {
                let first = generator.capitalisedWord()
                let (him, her) = (Generator.surname(person), Generator.surname(person + 1))
                person += 2
                switch generator.below(4) {
                case 0: generator.append("Mr \(first) \(him) met Mrs \(first) \(her). “Yes,” she said. “No,” he said. ")
                case 1: generator.append("Minister \(first) \(him) Smith arrived. “Yes,” Smith said. ")
                case 2: generator.append("\(first) \(him) smiled at the crowd. “Yes,” he said. ")
                default: generator.append("Mrs \(first) \(her) spoke. “\(generator.capitalisedWord()),” \(her) added. ")
                }
                if generator.chance(20) { generator.append("\n\n") }
            }
        case .capitalisedRuns:
            while !generator.isFull { generator.append("\(generator.capitalisedWord()) ") }
        case .digitSeparators:
            while !generator.isFull {
                switch generator.below(6) {
                case 0: generator.append(generator.groups(separator: ",", count: 1 + generator.below(12)))
                case 1: generator.append(generator.groups(separator: ".", count: 1 + generator.below(12)) + ",5")
                case 2: generator.append(generator.groups(separator: " ", count: 1 + generator.below(6)))
                case 3: generator.append("\(generator.below(1000)),\(generator.below(100)).\(generator.below(10))")
                case 4: generator.append("1,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000")
                default: generator.append("\(generator.below(100_000)).\(generator.below(100_000))")
                }
                generator.append(generator.chance(3) ? " and " : " ")
            }
        case .numberWords:
            let words = [
                "one", "two", "three", "twenty", "hundred", "thousand", "million", "billion", "and", "a", "half",
                "dozen", "point", "five", "minus", "first", "second", "nineteen", "ninety", "zero",
            ]
            while !generator.isFull { generator.append("\(generator.pick(words)) ") }
        case .longSentence:
            while !generator.isFull { generator.append("\(generator.word()) ") }
        case .controlFormat:
            let specials = [
                "\u{1}", "\u{7}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{AD}",
                "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{FE0F}", "\u{E0041}", "\u{FFFE}",
                "\u{180E}", "\u{61C}",
            ]
            while !generator.isFull {
                let word = generator.word()
                let middle = word.index(word.startIndex, offsetBy: word.count / 2)
                generator.append(
                    "\(word[..<middle])\(generator.pick(specials))\(word[middle...])\(generator.pick(specials)) "
                )
                if generator.chance(30) { generator.append(". ") }
            }
        case .bidiOverrides:
            let opens = ["\u{202A}", "\u{202B}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}"]
            let closes = ["\u{202C}", "\u{2069}", ""]
            while !generator.isFull {
                generator.append("\(generator.pick(opens))\(generator.word())\(generator.pick(closes)) ")
                if generator.chance(20) { generator.append("said \(generator.capitalisedWord()). ") }
            }
        case .sportsScores:
            while !generator.isFull {
                let home = generator.capitalisedWord()
                let away = generator.capitalisedWord()
                generator.append("\(home) \(generator.below(6))-\(generator.below(6)) \(away)")
                generator.append(generator.chance(3) ? " (\(generator.below(90))pen)\n" : "\n")
                if generator.chance(50) { generator.append("\nPremier League results, \(generator.below(30)) May\n") }
            }
        case .zalgoQuotes:
            let marks = ["“", "”", "\"", "‘", "’", "«", "»"]
            while !generator.isFull {
                generator.append(generator.pick(marks) + generator.combining(count: 1 + generator.below(12)))
                generator.append(generator.word() + generator.combining(count: generator.below(4)) + " ")
                if generator.chance(10) { generator.append(". ") }
            }
        case .mixedLineEndings:
            let ends = ["\r", "\n", "\r\n", "\u{85}", "\u{2028}", "\u{2029}", "\r\r\n", "\n\r"]
            while !generator.isFull {
                generator.append("\(generator.capitalisedWord()) \(generator.word()) \(generator.word()).")
                generator.append(generator.pick(ends))
            }
        case .shortLines:
            while !generator.isFull {
                generator.append("\(generator.capitalisedWord()) \(generator.capitalisedWord())\n")
                if generator.chance(4) { generator.append("\n") }
            }
        case .abbreviations:
            let tokens = [
                "U.S.", "Dr.", "Mr.", "J.", "R.", "e.g.", "i.e.", "No.", "St.", "Gen.", "a.m.", "Inc.", "U.K.", "etc.",
                "vs.", "Jan.", "p.m.", "Ph.D.",
            ]
            while !generator.isFull { generator.append("\(generator.pick(tokens)) \(generator.word()) ") }
        case .terminalRuns:
            let runs = ["!!!", "???", "......", "…", "?!", ". . .", ".", "!", "…!?", ".\u{201D}"]
            while !generator.isFull { generator.append("\(generator.word())\(generator.pick(runs)) ") }
        case .brackets:
            let marks = ["(", "[", "{", "((", "-", "--", "—", "/", ")", "]"]
            while !generator.isFull { generator.append("\(generator.pick(marks))\(generator.word()) ") }
        case .webTokens:
            while !generator.isFull {
                let word = generator.word()
                switch generator.below(5) {
                case 0: generator.append("https://www.\(word).com/path/\(generator.word())?q=\(generator.below(999)) ")
                case 1: generator.append("\(word)@\(generator.word()).org ")
                case 2: generator.append("#\(word) ")
                case 3: generator.append("@\(word)_\(generator.below(99)) ")
                default: generator.append("\(word).\(generator.word()).\(generator.word()) ")
                }
            }
        case .emoji:
            let emoji = ["😀", "👍🏽", "👨‍👩‍👧‍👦", "🇬🇧", "🏳️‍🌈", "❤️", "🧑🏿‍🚀", "1️⃣", "🤷‍♀️"]
            while !generator.isFull {
                generator.append("\(generator.word())\(generator.pick(emoji))\(generator.pick(emoji)) ")
                if generator.chance(15) { generator.append(". ") }
            }
        case .randomBytes:
            while !generator.isFull {
                // Mostly ASCII letters and spaces, with stray high bytes and broken sequences.
                let byte = UInt8(truncatingIfNeeded: generator.below(256))
                generator.output.append(generator.chance(3) ? byte : UInt8(ascii: "a") + byte % 26)
                if generator.chance(6) { generator.output.append(UInt8(ascii: " ")) }
            }
        }
        return generator.output
    }
}

/// Builds a text of a set size from random choices; the same size gives the same text.
private struct Generator {
    var output: [UInt8] = []
    let size: Int
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    init(size: Int) {
        self.size = size
        output.reserveCapacity(size + 256)
    }

    var isFull: Bool { output.count >= size }

    mutating func append(_ text: String) { output.append(contentsOf: text.utf8) }

    /// A number in `0 ..< bound` (SplitMix64).
    mutating func below(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        value ^= value >> 31
        return Int(value % UInt64(bound))
    }

    /// True about once in `odds` calls.
    mutating func chance(_ odds: Int) -> Bool { below(odds) == 0 }

    mutating func pick(_ choices: [String]) -> String { choices[below(choices.count)] }

    static let words = [
        "word", "and", "more", "words", "here", "minister", "council", "water", "plan", "people", "market", "report",
        "budget", "school", "river", "night", "station", "winter", "price", "vote", "police", "court", "house", "team",
    ]

    mutating func word() -> String { Self.words[below(Self.words.count)] }

    mutating func capitalisedWord() -> String {
        let word = word()
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// A capitalised surname made of syllables, different for every number.
    static func surname(_ number: Int) -> String {
        let syllables = ["bal", "cor", "dun", "fen", "gar", "hol", "lin", "mor", "pen", "ros"]
        var text = ""
        var rest = number
        repeat {
            text += syllables[rest % syllables.count]
            rest /= syllables.count
        } while rest > 0
        return text.prefix(1).uppercased() + text.dropFirst() + "ton"
    }

    /// `count` groups of three digits after a leading group, joined by a separator.
    mutating func groups(separator: String, count: Int) -> String {
        var text = String(1 + below(999))
        for _ in 0..<count { text += separator + String(below(1000) + 1000).dropFirst() }
        return text
    }

    /// `count` combining marks from the diacritical blocks.
    mutating func combining(count: Int) -> String {
        var text = ""
        for _ in 0..<count {
            let scalar = Unicode.Scalar(UInt32(0x300 + below(0x70))) ?? "\u{301}"
            text.unicodeScalars.append(scalar)
        }
        return text
    }
}
