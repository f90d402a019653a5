/// The words NumberFinder consults around each number, and the role each one plays there:
/// identifier heads, function words that are never a counted noun, cues for years, scores,
/// ages and distances.
///
/// ``roles`` gathers these lists with those of `CurrencyWords`, `MeasureWords` and
/// `QualifierWords` into one table, so that one lookup answers every question about a
/// neighbouring word. All keys are lower case unless said otherwise.
enum NumberLexicon {
    // MARK: Identifiers

    /// Words before a numeral that make it a name, not a quantity, in any case.
    ///
    /// `Article 5`, `flight 370`, `Boeing 737`. A capitalised word that is not a function word
    /// does the same inside a sentence (`Halo 2`, `World War 2`); see ``NumberFinder``.
    static let identifierHeads: Set<String> = [
        "article", "articles", "section", "sections", "clause", "clauses", "chapter", "amendment", "resolution",
        "flight", "route", "highway", "interstate", "platform", "gate", "terminal", "no.", "nos.", "vol.",
        "volume", "page", "pages", "pp.", "p.", "psalm", "paragraph", "annex", "exhibit", "junction", "precinct",
        "matchday", "version", "windows", "boeing", "airbus", "xbox", "playstation", "iphone", "apollo", "ftse",
        "nikkei", "dax", "cac", "fortune", "formula", "channel", "radio", "room", "ward", "berth", "pier",
        "category", "tier", "phase", "grade", "division", "district", "sector", "zone", "schedule", "episode",
        "camp", "lane", "bus", "line", "rule", "series",
    ]

    /// Words joined by a hyphen to a following numeral that leave it a number (`mid-2005`,
    /// `pre-1997`, `top-10`); after any other word the numeral names something (`Covid-19`).
    static let hyphenPrefixes: Set<String> = [
        "mid", "pre", "post", "early", "late", "circa", "top", "over", "under", "nearly", "almost", "about",
        "around", "some", "up",
    ]

    // MARK: Words around numbers

    /// Function words: never a counted noun, and never the capitalised name of an identifier.
    static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for", "from", "with",
        "without", "as", "is", "was", "were", "are", "be", "been", "being", "am", "has", "have", "had", "having",
        "will", "would", "can", "could", "should", "may", "might", "must", "shall", "do", "does", "did", "done",
        "this", "that", "these", "those", "its", "his", "her", "hers", "their", "theirs", "our", "ours", "your",
        "yours", "my", "mine", "it", "he", "she", "they", "we", "i", "you", "him", "them", "us", "me", "who",
        "whom", "whose", "which", "what", "when", "where", "why", "how", "per", "than", "then", "so", "if",
        "up", "down", "out", "off", "over", "under", "into", "onto", "upon", "about", "after", "before",
        "since", "until", "till", "while", "during", "also", "just", "only", "more", "less", "most", "least",
        "each", "every", "all", "some", "any", "no", "not", "yet", "still", "ago", "later", "earlier", "said",
        "says", "say", "told", "both", "either", "neither", "such", "there", "here", "again", "against", "between",
        "among", "amongst", "through", "across", "around", "above", "below", "within", "versus", "vs", "via",
        "too", "very", "even", "ever", "never", "now", "today", "tonight", "yesterday", "tomorrow", "another",
        "other", "others", "one", "ones", "many", "much", "few", "several", "own", "same", "like", "unlike",
        "because", "although", "though", "whether", "whereas", "unless", "besides", "towards", "toward",
        "thus", "hence", "plus", "minus", "times", "percent", "cent", "instead", "rather", "already", "always",
        "perhaps", "almost", "nearly", "approximately", "roughly", "including", "excluding", "compared",
        "respectively", "apiece", "alone", "overall", "together", "away", "back", "ahead", "behind",
        "beyond", "along", "near", "next", "last", "past", "further", "furthermore", "however", "meanwhile",
        "got", "get", "gets", "makes", "made", "make", "take", "takes", "took", "became", "become", "becomes",
        "remains", "remain", "remained", "seems", "seemed", "went", "goes", "go", "came", "come", "comes",
        "saw", "see", "sees", "put", "puts", "set", "sets", "left", "leaves", "won", "wins", "lost", "loses",
        "rose", "rises", "fell", "falls", "jumped", "climbed", "dropped", "gained", "increased", "decreased",
    ]

    /// Words that may stand between a number and the noun it counts: `20 other countries`.
    static let nounModifiers: Set<String> = [
        "other", "more", "new", "extra", "additional", "further", "separate", "different", "full", "whole",
        "straight", "consecutive", "successive", "previous", "remaining", "young", "small", "large", "big",
        "major", "local", "foreign", "senior", "junior", "key", "top", "leading", "former", "current", "main",
        "armed", "civilian", "british", "american", "european", "international", "domestic", "individual",
        "independent", "private", "public", "working", "long", "short", "successful", "unsuccessful", "late",
        "early", "best", "worst", "biggest", "largest", "highest", "lowest", "latest", "greatest", "fastest",
        "richest", "oldest", "youngest", "longest", "strongest", "smallest", "busiest", "annual", "good", "great",
        "bad", "huge", "single", "final",
    ]

    /// Plural nouns that do not end in `s`.
    static let irregularPlurals: Set<String> = [
        "people", "men", "women", "children", "staff", "police", "personnel", "cattle", "sheep", "fish", "deer",
        "feet", "teeth", "mice", "geese", "crew", "aircraft", "data", "media", "folk", "youth", "offspring",
        "livestock", "poultry", "clergy", "infantry", "alumni", "criteria", "phenomena", "spacecraft",
        "watercraft", "salmon", "trout", "bison", "moose", "swine", "kg", "km", "mph", "cm", "mm", "lb",
    ]

    /// Month and weekday names and the months' abbreviations, lower case: a capitalised one is
    /// never the head of a name (`March 5`, `Monday 3`), and never the name a number word
    /// belongs to.
    static let months: Set<String> = Set(
        (CalendarWords.months + CalendarWords.monthAbbreviations + CalendarWords.weekdays).map { $0.lowercased() }
    )

    /// Month names and abbreviations, capitalised as in text, for dates: `8 December`, `Feb 18`.
    static let monthNames: Set<String> = Set(CalendarWords.months + CalendarWords.monthAbbreviations)

    /// Plural nouns that mostly modify another noun (`30,000 sports utility vehicles`): never
    /// the counted noun themselves.
    static let pluralModifiers: Set<String> = [
        "sports", "savings", "arms", "goods", "news", "means", "series", "species", "sales", "earnings",
        "operations", "communications", "customs", "politics", "economics", "physics", "athletics",
    ]

    /// Words before a year that confirm it is one (`in 2003`, `since 1998`).
    static let yearPrepositions: Set<String> = [
        "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "the", "mid", "early",
        "late", "year", "between", "and", "to", "for", "around", "circa", "c.", "summer", "spring", "autumn",
        "winter", "fall",
    ]

    /// Words before two numbers joined by a dash that make them a score (`won 3-1`).
    static let scoreCues: Set<String> = [
        "won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "beat", "beating", "beaten", "drew",
        "draw", "drawn", "drawing", "thrashed", "defeated", "trailed", "trailing", "led", "leading", "lead",
        "score", "scored", "victory", "defeat", "scoreline", "edged", "crushed", "routed", "hammered", "downed",
        "overcame", "stunned", "held", "ended", "finished", "squeezed", "saw", "by",
    ]

    /// Words after two numbers joined by a dash that make them a score (`a 2-1 win`).
    static let scoreNouns: Set<String> = [
        "win", "wins", "victory", "victories", "defeat", "defeats", "loss", "draw", "lead", "scoreline",
        "thrashing", "triumph", "success", "reverse", "drubbing", "aggregate", "home", "away", "win.",
    ]
}

extension NumberLexicon {
    /// What a word can be next to a number; one lookup answers every question the finder asks
    /// about a neighbouring word.
    struct Roles: OptionSet {
        let rawValue: UInt64

        static let function = Roles(rawValue: 1 << 0)
        static let modifier = Roles(rawValue: 1 << 1)
        static let irregularPlural = Roles(rawValue: 1 << 2)
        static let month = Roles(rawValue: 1 << 3)
        static let yearPreposition = Roles(rawValue: 1 << 4)
        static let scoreCue = Roles(rawValue: 1 << 5)
        static let scoreNoun = Roles(rawValue: 1 << 6)
        static let metreCue = Roles(rawValue: 1 << 7)
        static let identifierHead = Roles(rawValue: 1 << 8)
        static let hyphenPrefix = Roles(rawValue: 1 << 9)
        static let qualifierEnd = Roles(rawValue: 1 << 10)
        static let currency = Roles(rawValue: 1 << 11)
        static let unit = Roles(rawValue: 1 << 12)
        static let dollarNation = Roles(rawValue: 1 << 13)
        /// Words before a two-digit decade that make it an age: `her 30s`, `early 20s`.
        static let ageCue = Roles(rawValue: 1 << 14)
        /// Words before `one` that make it a pronoun: `no one`, `the one`, `any one`.
        static let pronounCue = Roles(rawValue: 1 << 15)
        /// Words before `first` that make it an adverb: `at first`, `he first said`.
        static let adverbCue = Roles(rawValue: 1 << 16)
        /// Words before `one day` that make it a duration: `for one day`.
        static let durationCue = Roles(rawValue: 1 << 17)
        /// Words after `one day` that make it a duration: `one day after`.
        static let durationTail = Roles(rawValue: 1 << 18)
        /// Words after a hyphen that never make a compound adjective: `one-off`, `two-way`.
        static let compoundBlock = Roles(rawValue: 1 << 19)
        /// Words after a compound's unit that extend it: `-year-old`, `-mile-long`.
        static let sizeTail = Roles(rawValue: 1 << 20)
        /// Words before `X to Y` that make it a change, not a range: `from`, `by`.
        static let changeCue = Roles(rawValue: 1 << 21)
        /// Words before `three quarters` that make them quarters of a year: `last`, `past`.
        static let quarterCue = Roles(rawValue: 1 << 22)
        /// Words before `second` that make it a unit of time: `one`, `per`, `split`.
        static let secondCue = Roles(rawValue: 1 << 23)
        /// Weak athletics words that only count right after the number (`60m title`).
        static let weakMetreCue = Roles(rawValue: 1 << 24)
        /// Words after `one of` that come before a counted whole: `one of the two`.
        static let determiner = Roles(rawValue: 1 << 25)
        /// `several`, `many`, `few`.
        static let vagueCue = Roles(rawValue: 1 << 26)
        static let pluralModifier = Roles(rawValue: 1 << 27)
        /// Words before `X to Y` that make it one range even with a unit on both ends: `a 2% to 3% rise`.
        static let rangeCue = Roles(rawValue: 1 << 28)
        /// Words after a number that may start a currency named with its nation: `US dollars`,
        /// `Swiss francs`, `South Korean won`.
        static let currencyNation = Roles(rawValue: 1 << 30)
        /// Words before a slashed day and month that make it a date: `on 4/12`, `until 3/4`.
        static let datePreposition = Roles(rawValue: 1 << 29)
    }

    /// ``roles`` in a table that is probed without making a `String`.
    static let packedRoles = PackedWordTable(roles)

    /// The roles of each lower-case word that has any.
    static let roles: [String: Roles] = {
        var table: [String: Roles] = [:]
        func add(_ words: some Sequence<String>, _ role: Roles) {
            for word in words { table[word, default: []].insert(role) }
        }
        add(functionWords, .function)
        add(nounModifiers, .modifier)
        add(irregularPlurals, .irregularPlural)
        add(months, .month)
        add(yearPrepositions, .yearPreposition)
        add(scoreCues, .scoreCue)
        add(scoreNouns, .scoreNoun)
        add(MeasureWords.metreCues, .metreCue)
        add(identifierHeads, .identifierHead)
        add(hyphenPrefixes, .hyphenPrefix)
        add(QualifierWords.phrases.compactMap(\.words.last), .qualifierEnd)
        add(CurrencyWords.names.keys, .currency)
        add(MeasureWords.units.keys, .unit)
        add(CurrencyWords.dollarNations.keys, .dollarNation)
        add(["his", "her", "their", "my", "your", "our", "its", "early", "mid", "late"], .ageCue)
        add(
            [
                "no", "the", "any", "every", "each", "which", "another", "some", "little", "loved", "young", "big",
                "right", "wrong", "same", "last", "first", "next", "other", "such", "one", "a",
            ],
            .pronounCue
        )
        add(
            [
                "at", "he", "she", "they", "we", "i", "it", "who", "was", "were", "is", "are", "be", "been", "had",
                "has",
                "have",
            ],
            .adverbCue
        )
        add(["for", "within", "in", "than", "just", "only", "about", "over", "by", "per"], .durationCue)
        add(["after", "before", "later", "earlier", "ago", "ahead", "of", "to", "long"], .durationTail)
        add(["off", "sided", "way", "odd", "something", "fold", "nil", "all", "up", "on", "plus"], .compoundBlock)
        add(["old", "long", "high", "wide", "deep", "tall", "strong", "olds"], .sizeTail)
        add(
            [
                "from", "by", "between", "rose", "rise", "rises", "rising", "fell", "fall", "falls", "falling", "up",
                "down", "increased", "decreased", "jumped", "dropped", "climbed", "slipped", "cut", "raised",
                "lowered", "grew", "shrank", "slumped", "soared", "gained", "lost", "widened", "narrowed", "doubled",
                "halved", "surged", "plunged", "tumbled", "eased", "edged", "moved", "went", "slid", "sank", "dipped",
                "declined", "rallied", "advanced", "retreated", "recovered",
            ],
            .changeCue
        )
        add(
            ["last", "past", "next", "first", "previous", "consecutive", "straight", "successive", "the", "three"],
            .quarterCue
        )
        add(["one", "per", "split", "every", "each"], .secondCue)
        add(
            ["record", "title", "gold", "long", "high", "final", "hope", "victory", "event", "personal"],
            .weakMetreCue
        )
        add(["the", "these", "those", "its", "his", "her", "their", "our", "my", "your"], .determiner)
        add(["several", "many", "few"], .vagueCue)
        add(pluralModifiers, .pluralModifier)
        add(
            [
                "a", "an", "the", "of", "at", "estimated", "forecast", "expected", "predicted", "about", "around",
                "roughly", "approximately", "some", "circa",
            ],
            .rangeCue
        )
        add(["on", "until", "till", "since", "dated", "before", "after"], .datePreposition)
        add(CurrencyWords.nationalNames.keys, .currencyNation)
        add(CurrencyWords.dollarNations.keys, .currencyNation)
        add(["south", "north", "new", "u.s."], .currencyNation)
        add(CalendarWords.weekdays.map { $0.lowercased() }, .datePreposition)
        return table
    }()
}
