/// The word sets of the attribution finder: its own short English lists, and the sets it
/// derives from the shared lists of the Lexicon.
///
/// Only the types in `Attribution/` read these. Each is a `WordSet`, looked up from the bytes
/// of the text without making a `String` for ASCII words.
enum AttributionLexicon {
    // MARK: Derived from the shared lists

    /// ``RoleWords/offices`` and ``TitleWords/ranks``, lower case, the ranks with and without
    /// their period.
    static let roleWords = WordSet(
        Set(RoleWords.offices + TitleWords.ranks.flatMap { [$0.lowercased(), $0.lowercased() + "."] })
    )

    /// ``TitleWords/titles``, lower case, with and without a period for those that take one,
    /// and the gender each tells.
    static let titles: [String: TitleWords.Gender?] = Dictionary(
        uniqueKeysWithValues: TitleWords.titles.flatMap { title in
            let word = title.word.lowercased()
            return (title.takesPeriod ? [word, word + "."] : [word]).map { ($0, title.gender) }
        }
    )

    /// The keys of ``titles``.
    static let titleWords = WordSet(Set(titles.keys))

    /// Weekday and month names, from ``CalendarWords``.
    ///
    /// A phrase of only these is a date, not a speaker, and a name holds none of them. `May`
    /// is left out: it is also a name (`Theresa May said`).
    static let calendarNames = WordSet(Set(CalendarWords.weekdays + CalendarWords.months.filter { $0 != "May" }))

    /// Words that often open a sentence.
    ///
    /// A single one is not a speaker, and no bare name starts with one.
    static let sentenceStarters = WordSet(Set(SentenceStarters.words))

    // MARK: Lists of their own

    /// Determiners that open a common noun phrase.
    ///
    /// `a`, `the`, `his`, `several`: a phrase opening with one names a thing or an unnamed
    /// person, and no bare name opens with one. Read by the speaker classifier and the
    /// bare-name finder; the `det` group of the speaker patterns in `Attribution.patterns`
    /// lists the same words.
    static let determiners: WordSet = [
        "a", "an", "the", "one", "some", "several", "many", "two", "three", "four", "other", "senior", "his", "her",
        "their", "its",
        "our",
    ]

    /// Words that cannot end a speaker's phrase.
    ///
    /// `to`, `of`, `with`, `the`: a phrase that ends in one is cut off. Read by the
    /// speaker-phrase finder.
    static let dangling: WordSet = [
        "to", "of", "for", "with", "that", "and", "but", "or", "the", "a", "an", "in", "on", "at", "by", "from", "-",
        "--",
    ]

    /// Words that open or end a verb's object and never follow an adjective in a noun phrase:
    /// determiners, object pronouns and particles.
    ///
    /// `used part of his address`, `interrupted me`, `reached out`: after a word in `-ed`, one
    /// of these shows a verb, where `retired neurosurgeon` is a noun phrase. Read by the
    /// speaker-phrase finder.
    static let objectOpeners: WordSet = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
        "him", "them", "us", "me", "it", "out", "up", "off", "down",
    ]

    /// Forms of `say` and `tell`, which open no speaker's phrase: `said former tech executive`.
    static let sayForms: WordSet = ["said", "says", "told", "tells"]

    /// Forms of `tell`, after which the words are a listener (`told reporters`), not a speaker.
    static let tellForms: WordSet = ["told", "tells", "tell", "telling"]

    /// Subordinating conjunctions, which open a clause and never a speaker's phrase.
    ///
    /// `if`, `when`, `because`, `so`. Read by the speaker-phrase finder.
    static let subordinators: WordSet = [
        "if", "when", "whenever", "because", "so", "while", "although", "though", "whether", "unless", "until",
        "since",
    ]

    /// Capitalized words that open a phrase of time or place.
    ///
    /// `On`, `In`, `Last`, `Yesterday`: a phrase opening with one is not a speaker. Read by
    /// the speaker-phrase finder and the bare-name finder.
    static let leading: WordSet = [
        "On", "In", "At", "For", "By", "From", "After", "Before", "During", "Under", "Since", "Until", "With", "Last",
        "This", "Next",
        "Earlier", "Later", "Yesterday", "Today", "Tomorrow",
    ]

    /// Letters after a name that are not part of it.
    ///
    /// `QC`, `MP`, `OBE`, `Jr`. Read by the speaker-phrase finder.
    static let postNominals: WordSet = [
        "QC", "KC", "MP", "MEP", "MSP", "AM", "OBE", "MBE", "CBE", "Jr", "Jr.", "Sr", "Sr.", "II", "III",
    ]

    /// Articles, which a speaker's display name drops.
    ///
    /// `the Treasury` is shown as `Treasury`. Read by the speaker resolver.
    static let articles: WordSet = ["a", "an", "the", "A", "An", "The"]

    /// Conjunctions and adverbs that open a sentence and are not part of a speaker's role.
    ///
    /// `But` in `But Mr Dams said`. Read by the role split.
    static let conjunctions: WordSet = ["But", "And", "Yet", "So", "Or", "Nor", "Still", "However", "Now", "Then"]

    /// Capitalized personal pronouns.
    ///
    /// Read by the speaker-phrase finder and the bare-name finder.
    static let pronouns: WordSet = ["He", "She", "They", "We", "I", "It"]

    /// Prepositions whose object is never the subject of the verb after it.
    ///
    /// `the time` in `Hale at the time said`. Read by the speaker-phrase finder.
    static let prepositions: WordSet = [
        "at", "in", "on", "during", "after", "before", "with", "without", "from", "by", "into", "over", "under",
        "about", "than", "like", "since", "until", "through", "throughout", "despite", "amid", "toward", "towards",
    ]

    /// Short words that stay lower case in a title: `of` and `the` in `Voice of the Valley`.
    ///
    /// Read by the direct-quotation attributor, for which a quotation in title case is the
    /// name of a work or a plan.
    static let titleFunctionWords: WordSet = [
        "a", "an", "the", "of", "and", "or", "nor", "but", "to", "in", "on", "at", "for", "with", "by", "from", "as",
        "vs", "vs.", "&", "-", "--",
    ]

    /// `on`, and nouns for shows and works, which a title in quotation marks follows.
    ///
    /// `on “Voice of the Valley”`, `the podcast “Loose Ends”`. Read by the direct-quotation
    /// attributor.
    static let worksOfMedia: WordSet = [
        "on", "show", "program", "programme", "podcast", "film", "movie", "book", "memoir", "documentary", "series",
        "novel", "album", "song", "column", "newsletter", "magazine", "newspaper", "play", "musical", "episode",
        "sitcom", "broadcast", "segment", "blog", "website", "autobiography", "biography", "drama", "comedy",
        "anthology", "opera", "poem", "painting", "essay", "textbook", "bestseller", "thriller",
    ]

    /// Verbs that give a work its title: `a report titled “...”`.
    static let titleVerbs: WordSet = ["titled", "entitled", "subtitled"]

    /// Verbs that name a thing: after a noun (`a group called “...”`), the title-case
    /// quotation after them is a name.
    static let namingVerbs: WordSet = ["called", "named", "dubbed", "nicknamed", "billed"]

    /// Words before `called` or `named` that make them a verb of someone's naming, not a
    /// noun's description: `he called “...”`, `has called`, `who named`.
    static let notBeforeNamingVerb: WordSet = [
        "he", "she", "they", "we", "i", "you", "it", "who", "that", "which", "has", "have", "had", "is", "was",
        "are", "were", "be", "been", "and", "or", "but", "also", "once", "often", "repeatedly", "then", "publicly",
    ]

    /// People who make or appear in a work, and parts of one: `the author of “...”`, `the
    /// “...” star`.
    static let makersOfWorks: WordSet = [
        "author", "authors", "co-author", "coauthor", "editor", "editors", "co-editor", "host", "hosts", "co-host",
        "cohost", "creator", "creators", "producer", "producers", "director", "writer", "writers", "star", "stars",
        "actor", "actress", "cast", "anchor", "episode", "episodes", "season", "finale", "premiere", "fame",
        "alum", "alumni", "showrunner", "composer", "narrator",
    ]

    /// Words that join capitalized words into a longer role.
    ///
    /// `of the` in `Chancellor of the Exchequer`. Read by the name collector.
    static let linkWords: WordSet = ["of", "the", "and", "for"]

    /// ``RoleWords/descriptions``: words for what a person is or does that are no role.
    static let descriptionWords = WordSet(Set(RoleWords.descriptions))

    /// Words that join an office to its complement, which a name may follow.
    ///
    /// `of the Exchequer`, `to the Treasury`, `for Defence` in `Secretary of State for Defence
    /// Geoff Hoon`. Read by the role split and the bare-name finder.
    static let officeComplementOpeners: WordSet = ["of", "to", "for"]

    /// Words that join a capitalized run to a longer name before it.
    ///
    /// `of` in `Bank of England`. Read by the bare-name finder.
    static let nameLinks: WordSet = ["of", "the"]

    /// Capitalized words of nationality, region or party that may precede a name.
    ///
    /// `Australian Lynton Crosby`, `Tory MP`: the word is not part of the name. Read by the
    /// bare-name finder.
    static let affiliations: WordSet = [
        "American", "British", "English", "Scottish", "Scots", "Welsh", "Irish", "French", "German", "Italian",
        "Spanish", "Portuguese", "Dutch", "Belgian", "Swiss", "Austrian", "Swedish", "Danish", "Norwegian", "Finnish",
        "Icelandic", "Polish", "Czech", "Slovak", "Hungarian", "Romanian", "Bulgarian", "Greek", "Turkish", "Russian",
        "Ukrainian", "Belarusian", "Serbian", "Croatian", "Bosnian", "Albanian", "Georgian", "Armenian", "European",
        "Australian", "Canadian", "Mexican", "Brazilian", "Argentine", "Argentinian", "Chilean", "Colombian",
        "Peruvian", "Venezuelan", "Cuban", "Jamaican", "African", "Nigerian", "Kenyan", "Ghanaian", "Egyptian",
        "Moroccan", "Algerian", "Tunisian", "Libyan", "Ethiopian", "Sudanese", "Asian", "Chinese", "Japanese",
        "Korean", "Taiwanese", "Vietnamese", "Thai", "Indonesian", "Malaysian", "Filipino", "Indian", "Pakistani",
        "Afghan", "Bangladeshi", "Iranian", "Iraqi", "Syrian", "Lebanese", "Jordanian", "Israeli", "Palestinian",
        "Saudi", "Emirati", "Qatari", "Yemeni", "Tory", "Conservative", "Labour", "Liberal", "Democrat", "Democratic",
        "Republican", "Socialist", "Green", "Former", "Veteran", "Rival", "Fellow", "Late", "Young", "New",
    ]

    /// Words that, right after a reporting verb, say something about the saying and not what
    /// was said.
    ///
    /// `said so`, `said otherwise`. (`said nothing` is not one: `said nothing had changed`
    /// reports speech.) Read by the reported-speech finder.
    static let nonContentStarts: WordSet = ["so", "otherwise", "sorry", "goodbye", "hello"]

    /// Words after `said so` that begin a phrase about the saying.
    ///
    /// `on` in `said so on Tuesday`. Read by the reported-speech finder.
    static let afterSaidSo: WordSet = [
        "on", "in", "at", "last", "this", "yesterday", "today", "earlier", "after", "before", "during", "when",
        "because", "publicly", "repeatedly", "again", "too", "as", "while", "himself", "herself", "themselves",
        "explicitly", "clearly", "openly",
    ]
}
