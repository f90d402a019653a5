public import Lede
internal import PCRE2

/// Finds the numbers in news text and reads their values: counts, money, percentages, years,
/// ordinals, fractions, ranges, approximate quantities, and the identifiers and times that
/// look like numbers but are not quantities.
///
/// ```swift
/// let document = try AnalysisPipeline { NumberFinder() }.run("Shares fell 12% to 240p.")
/// for number in document.numbers {
///     print(document.originalText(of: number.span), number.kind, number.value ?? .nan, number.unit ?? "")
/// }
/// // 12% percent 12.0 percent
/// // 240p money 240.0 GBX
/// ```
///
/// Three JIT-compiled scans (`numeral`, `spacedWord` and `markedWord` in `Numbers.patterns`)
/// find every numeral and number word; everything else looks only at the few words around
/// those atoms.
///
/// | Written | Kind | Value, bounds, unit |
/// | --- | --- | --- |
/// | `1,400`, `3.5`, `.25`, `1 000` (no-break space), `1.4 million`, `four`, `one hundred and twelve`, `two and a half`, `TWENTY` | cardinal, decimal | the number |
/// | `-17`, `−4.5`, `minus 12`, `negative three hundred and six`, `-3.4M` | cardinal, decimal | a negative number |
/// | `one point seven`, `2 point 5`, `point 25`, `three point five billion` | decimal, cardinal | the decimal |
/// | `4 millions`, `3 dozen`, `five hundred dozen`, `hundred and six`, `thousand two hundred`, `2,500k`, `.5G` | cardinal | the product |
/// | `Rs 7 lakh`, `two crore forty lakh`, `12 lakhs`, `5 cr`, `1.5 lakh crore`, `12,34,567` | cardinal, money | the number |
/// | `$1.5 billion`, `US$5`, `£1,400`, `$10.9bn`, `€2m`, `¥1,000`, `Rs 500`, `500 euros`, `two million pounds` | money | ISO 4217 code |
/// | `EUR12.50`, `9.99USD`, `Rs45`, `RM10`, `10 €`, `100元`, `30 MUSD`, `75 USD million`, `Mexican pesos`, `a pound` | money | ISO 4217 code; `peso`, `krone` ... when no nation is named |
/// | `7 dollars 15 cents`, `$5 and 20c`, `2 pounds 50 pence`, `ten dollars and fifty.` | money | one value (7.15) |
/// | `45p`, `240p`, `20c` | money | `GBX` (pence), `cent` |
/// | `12%`, `3.1 per cent`, `3.5 percent`, `half a percentage point` | percent | `percent`, `percentage points` |
/// | `2016`, `in 2026`; `1990s`, `the ’90s` | year | the year; a decade has `low`…`high` |
/// | `fourth`, `1st`, `21st century`, `twenty-first` | ordinal | the position; the noun after it |
/// | `two thirds`, `three quarters`, `a half`, `a third of`, `1/2`, `one in five`, `2 over 7`, `three one-hundredths` | fraction | the fraction |
/// | `five and a quarter`, `two and three quarters` | decimal | the sum |
/// | `twelve (12)`, `12 (twelve)` | cardinal | one mention |
/// | `tens of thousands`, `hundreds`, `dozens`, `several hundred` | approximate | `low` 2×unit, `high` below the next power of ten |
/// | `more than 1,000`, `nearly 80`, `about 300`, `up to 5,000`, `at least 20`, `20 or more` | approximate (money and percent keep their kind) | `qualifier`; `low` or `high` |
/// | `2012–13`, `2012-13`, `three to four`, `10-15%`, `£5-10m`, `a 2% to 3% rise` | range (or money, percent) | the low end; `low`, `high` |
/// | `won 3-1`, `a 2-1 win`, `Man City 0-2 Man Utd`, `7-6 (7-4) 6-3` | score | each side on its own |
/// | `three-year-long`, `24-year-old`, `three-and-a-half-year-old`, `60m hurdles`, `40C` | cardinal, decimal | the unit (`years`, `metres`, `celsius`) |
/// | `Article 5`, `No. 10`, `K‑12`, `Covid-19`, `Boeing 737`, `Formula One`, `number one`, `3G`, `9/11`, a telephone number | identifier | `nil` |
/// | `5 p.m.`, `10:30`, `1830 GMT`, `7:40.53` | time | `nil` |
/// | `8 December`, `February 18`, `on 4/12`, `4/12` | date | `nil` |
///
/// Conventions, chosen so that every number is one reading and never a guess dressed as a fact:
/// - **Pronoun `one`.** `one` is a number when it counts something: `one man`, `one day
///   after`, `one of the two suspects` (a part of a counted whole), `one or more`, `one, two`,
///   `One` alone on its line. It is not when it stands for a thing: `one of the options`, `no
///   one`, `the one thing`, `one another`, `one day he will`, `one must`, `at one point`. The article `a` is never the number one (`a $1.5 billion plan`), but it
///   is in `a hundred`, `a dozen`, `a half`, `a quarter of a million`.
/// - **Vague plurals.** Their bounds are *at least two of the unit, and fewer than the next power
///   of ten above it*: `hundreds` 200…999, `tens of thousands` 20 000…99 999, `dozens` 24…99.
///   `tens` alone is not a number; `tens of thousands` is. The value is the low end.
/// - **Open bounds.** A qualifier sets the bound it states and leaves the other `nil`: `more
///   than 1,000` has `low` 1 000; `nearly 80` has `high` 80; `about 300` has neither. Whether
///   the bound itself is included is the qualifier's to say.
/// - **Ranges.** A dash between numbers (`2012–13`, `10-15%`, `$779m-798m`) makes one range.
///   `X to Y` is one range when the first number is bare (`5 to 10%`, `three to four weeks`)
///   or follows an article or an estimate (`a 2% to 3% rise`, `about 70% to 80%`); after a
///   verb of change, `from` or `by` it is two numbers (`rose $1.64 to $47.10`, `fell by
///   17,000 to 1.4 million`, `from £35 to £42.50`). `between 19 and 24` is two numbers, as
///   the text gives them. Two numbers joined by a dash are a score when the first is not
///   smaller, when a score word or a team name is next to them, or when another score
///   precedes them (the sets of a tennis match).
/// - **`m` after a number.** After a currency it is millions; otherwise millions too
///   (`100m copies`), except for distances: a number from 1 000 up (`5,000m`), or athletics,
///   swimming and measuring words around it (`60m hurdles`, `cleared 4.88m`). A `k` is a
///   thousand (`2,500k`) unless a running word follows it (`a 10k race`); a `G` is giga only
///   after a bare decimal point (`.5G`; `2.5G` is a mobile network).
/// - **Signs.** A hyphen or minus sign glued to a numeral is a sign when no number, letter or
///   digit comes just before it (`-17`, `(-3)`); a hyphen and a space are one after a
///   function word or a verb of change (`lost - 2,500,000`), never between two words of prose
///   (`the plan - 2,000 homes -`). `minus` and `negative` are signs unless a number comes
///   before them (`ten minus three`).
/// - **Minor units.** An amount and its cents or pence are one value (`7 dollars 15 cents` is
///   7.15), and so is an amount in a currency with cents followed by a bare number under a
///   hundred that ends the clause (`ten dollars and fifty.`); `$20 and 30 were sold` is two.
/// - **Too large.** A numeral of more than 15 digits, which a `Double` cannot hold exactly,
///   keeps its mention without a value.
/// - **Years.** Four digits from 1000 to 2099, alone, are a year unless a plural noun follows
///   and no `in`, `since`, `the` ... comes before (`2000 people`), or a time zone follows
///   (`1830 GMT` is a time). Days of the month next to a month's name are dates.
/// - **Names.** A number after an identifier head (`Article`, `Flight`, `Chapter`, `Radio`),
///   joined by a hyphen to a word (`Covid-19`), or after a capitalised word inside a sentence
///   (`Halo 2`, `Maroon 5`) names something; so does a capitalised number word inside a
///   sentence (`World at One`). A possessive is never a head: `India's 35 states` counts.
///
/// - **Requires:** nothing.
/// - **Provides:** `AnnotationKeyID.numbers`.
/// - **Offsets:** UTF-8 bytes of the working text; report `document.originalText(of:)`.
/// - **Rules:** `numeral`, `spelled-out`, `money`, `percent`, `measure`, `ordinal`, `year`,
///   `decade`, `age-decade`, `fraction`, `ratio`, `slash-fraction`, `vague-quantity`,
///   `compound-adjective`, `range`, `money-range`, `percent-range`, `year-range`, `score`,
///   `clock`, `am-pm`, `date`, `telephone`, `hyphenated-code`, `identifier-head`, `named-number`,
///   `glued-code`, `slashed`.
/// - **Options:** `ordinals` (default `true`) and `identifiers` (default `true`: identifiers,
///   times and dates) say whether those kinds are reported.
/// - **Complexity:** three JIT scans of the text, then work proportional to the numbers found;
///   about 100 MB/s on one core for the BBC News corpus.
///
/// `NumberFinder` is `Sendable`.
public struct NumberFinder: Tagger {
    /// `lede.numbers`.
    public let name = "lede.numbers"
    /// Whether ordinals (`fourth`, `21st`) are reported.
    public var reportsOrdinals: Bool
    /// Whether identifiers (`Article 5`), times (`5 p.m.`) and dates (`8 December`) are reported.
    public var reportsIdentifiers: Bool

    /// Creates the finder.
    ///
    /// - Parameters:
    ///   - reportsOrdinals: Whether to report ordinals; defaults to `true`.
    ///   - reportsIdentifiers: Whether to report identifiers, times and dates; defaults to `true`.
    public init(reportsOrdinals: Bool = true, reportsIdentifiers: Bool = true) {
        self.reportsOrdinals = reportsOrdinals
        self.reportsIdentifiers = reportsIdentifiers
    }

    /// `AnnotationKeyID.numbers`.
    public var provides: Set<AnnotationKeyID> { [.numbers] }

    /// Finds the numbers of the document.
    ///
    /// - Parameter document: The document.
    /// - Throws: `PCRE2Error` if a pattern hits its match limit on this text; the pipeline
    ///   reports it as a `PipelineError` naming this stage.
    /// - Complexity: O(*n*) in the length of the text.
    public func process(_ document: inout Document) throws {
        let text = document.text
        let atoms = try NumberAtom.find(in: text)
        var bytes = text
        var mentions = try bytes.withUTF8 { buffer throws(PCRE2Error) in
            try NumberScanner(context: NumberContext(text: text, bytes: buffer, atoms: atoms), stage: name).mentions()
        }
        if !reportsOrdinals { mentions.removeAll { $0.kind == .ordinal } }
        if !reportsIdentifiers { mentions.removeAll { !$0.isQuantity } }
        document.numbers = mentions
    }
}
