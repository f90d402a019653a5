/// The English names of numbers and what each one is: `two`, `twenty`, `hundred`, `million`,
/// `lakh`, `dozen`, `twenty-first`'s `first`, `half`, `thirds`, `tens`, `hundreds`.
///
/// The number scans of `Numbers.patterns` (`spacedWord`, `markedWord`, `leadingWord`) find
/// these words, and must be changed with them. All keys are lower case.
enum NumberNames {
    /// `zero` to `nine`, by value.
    static let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

    /// `ten` to `nineteen`, from ten.
    static let teens = [
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]

    /// `twenty` to `ninety`, from twenty.
    static let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    /// `first` to `nineteenth`, from one.
    static let ordinals = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth",
    ]

    /// `twentieth` to `ninetieth`, from twenty.
    static let tensOrdinals = [
        "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
    ]

    /// Every number word and what it is.
    ///
    /// Besides the lists above: `nought` and `nil` (zero), `hundred`, the scales (`thousand`
    /// to `trillion`, and the South Asian `lakh` or `lac`, a hundred thousand, and `crore`, ten
    /// million) and their ordinals, `dozen`, `half`, `quarter`, the plurals of denominators
    /// (`halves`, `thirds`, `quarters`, `hundredths` ...), the vague plurals (`tens`,
    /// `dozens`, `hundreds`, `lakhs` ...), and one of a currency with its article (`a pound`,
    /// `a dollar`, `a euro`, `a penny`).
    static let words: [String: NumberWord] = {
        var table: [String: NumberWord] = [:]
        for (value, word) in units.enumerated() { table[word] = .unit(value) }
        table["nought"] = .unit(0)
        table["nil"] = .unit(0)
        for (offset, word) in teens.enumerated() { table[word] = .teen(10 + offset) }
        for (offset, word) in tens.enumerated() { table[word] = .tens(20 + 10 * offset) }
        table["hundred"] = .hundred
        table["thousand"] = .scale(1e3)
        table["million"] = .scale(1e6)
        table["billion"] = .scale(1e9)
        table["trillion"] = .scale(1e12)
        table["lakh"] = .scale(1e5)
        table["lac"] = .scale(1e5)
        table["crore"] = .scale(1e7)
        table["dozen"] = .dozen
        for (offset, word) in ordinals.enumerated() { table[word] = .ordinal(offset + 1) }
        for (offset, word) in tensOrdinals.enumerated() { table[word] = .ordinal(20 + 10 * offset) }
        table["hundredth"] = .ordinal(100)
        table["thousandth"] = .ordinal(1000)
        table["millionth"] = .ordinal(1_000_000)
        table["billionth"] = .ordinal(1_000_000_000)
        table["half"] = .half
        table["quarter"] = .quarter
        table["halves"] = .denominators(2)
        table["quarters"] = .denominators(4)
        for (offset, word) in ordinals.enumerated() where offset >= 2 { table[word + "s"] = .denominators(offset + 1) }
        table["hundredths"] = .denominators(100)
        table["thousandths"] = .denominators(1000)
        table["tens"] = .vague(10)
        table["dozens"] = .vague(12)
        table["hundreds"] = .vague(100)
        table["thousands"] = .vague(1e3)
        table["millions"] = .vague(1e6)
        table["billions"] = .vague(1e9)
        table["trillions"] = .vague(1e12)
        let currencies: [String: NumberWord.Currency] = [
            "pound": .pound, "dollar": .dollar, "euro": .euro, "penny": .penny,
        ]
        for (name, currency) in currencies { table["a " + name] = .oneOf(currency) }
        table["an euro"] = .oneOf(.euro)
        table["lakhs"] = .vague(1e5)
        table["lacs"] = .vague(1e5)
        table["crores"] = .vague(1e7)
        return table
    }()
}
