/// The ways news writes a currency next to a number: signs and codes before it (`$5`, `US$5`,
/// `Rs 500`, `USD 5`, `EUR12.50`), and signs, codes and words after it (`10 €`, `9.99USD`,
/// `500 euros`, `45 cents`, `Australian dollars`, `Mexican pesos`).
///
/// Each currency maps to its ISO 4217 code; pence are `GBX` and cents `cent`, and a name that
/// several countries use (`peso`, `krone`, `dinar`) is its own unit unless a nation is named.
/// All keys are lower case unless said otherwise.
enum CurrencyWords {
    /// Currency signs and their ISO 4217 codes, written before or after a number.
    ///
    /// `$` alone is USD, `¥` alone is JPY; `₨` is the Pakistani rupee; `₿` has no ISO code and
    /// is `XBT`.
    static let signs: [Unicode.Scalar: String] = [
        "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS",
        "₦": "NGN", "₱": "PHP", "₴": "UAH", "₫": "VND", "₣": "CHF", "₾": "GEL", "₭": "LAK", "₿": "XBT", "₡": "CRC",
        "₲": "PYG", "₵": "GHS", "₸": "KZT", "₼": "AZN", "৳": "BDT", "฿": "THB", "₮": "MNT", "₨": "PKR",
    ]

    /// Signs that are letters, written after the number, glued or not: `100元`, `500円`.
    static let letterSigns: [Unicode.Scalar: String] = ["元": "CNY", "円": "JPY"]

    /// Letters written before `$` (case-sensitive) and the dollar they name: `US$`, `A$`, `HK$`.
    static let dollarPrefixes: [String: String] = [
        "US": "USD", "U.S.": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "Can": "CAD", "NZ": "NZD",
        "HK": "HKD", "S": "SGD", "SG": "SGD", "R": "BRL", "NT": "TWD", "Z": "ZWL", "M": "MXN", "Mex": "MXN",
    ]

    /// Words and codes written before a numeral (case-sensitive): `Rs 500`, `USD 5`, `EUR 2m`,
    /// `RM10`.
    static let prefixes: [String: String] = {
        var table: [String: String] = [
            "Rs": "INR", "Rs.": "INR", "INR": "INR", "SFr": "CHF", "Sfr": "CHF", "RM": "MYR", "Rp": "IDR",
        ]
        for code in codes { table[code] = code }
        return table
    }()

    /// Words and codes written after a numeral, glued or not (case-sensitive): `45Rs`, `9.99USD`.
    static let suffixes: [String: String] = {
        var table: [String: String] = ["Rs": "INR"]
        for code in codes { table[code] = code }
        return table
    }()

    /// Magnitudes written before an ISO 4217 code in company reports (case-sensitive): `MUSD`,
    /// `MEUR` (millions), `kEUR`, `TEUR` (thousands).
    static let codeMagnitudes: [Character: Double] = ["M": 1e6, "k": 1e3, "K": 1e3, "T": 1e3]

    /// The currency and magnitude of a code written before a number: `USD`, `Rs`, `MUSD`.
    ///
    /// - Parameter written: The word, as written.
    /// - Returns: The ISO 4217 code and the magnitude (1 for a plain code), or `nil`.
    static func prefix(_ written: String) -> (code: String, multiplier: Double)? {
        if let code = prefixes[written] { return (code, 1) }
        return scaledCode(written)
    }

    /// A magnitude and an ISO 4217 code written as one word: `MUSD` (millions of dollars).
    ///
    /// - Parameter written: The word, as written.
    /// - Returns: The code and the magnitude, or `nil`.
    static func scaledCode(_ written: String) -> (code: String, multiplier: Double)? {
        guard written.utf8.count == 4, let first = written.first, let magnitude = codeMagnitudes[first] else {
            return nil
        }
        let code = String(written.dropFirst())
        return codes.contains(code) ? (code, magnitude) : nil
    }

    /// ISO 4217 codes recognised before or after a numeral.
    static let codes: Set<String> = [
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "AUD", "CAD", "NZD", "HKD", "SGD", "INR", "SEK", "NOK",
        "DKK", "ZAR", "BRL", "MXN", "RUB", "KRW", "TRY", "PLN", "ILS", "AED", "SAR", "NGN", "KES", "EGP", "PKR",
        "BDT", "LKR", "NPR", "IDR", "MYR", "THB", "PHP", "VND", "TWD", "ARS", "CLP", "COP", "PEN", "QAR", "KWD",
        "CZK", "HUF", "RON", "ISK", "UAH", "GHS", "UGX", "TZS", "MAD", "IRR", "IQD",
    ]

    /// Currency names after a numeral (`500 euros`, `45 cents`) and their codes.
    static let names: [String: String] = [
        "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP",
        "sterling": "GBP", "pence": "GBX", "penny": "GBX", "cent": "cent", "cents": "cent", "yen": "JPY",
        "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB",
        "ruble": "RUB", "rubles": "RUB", "franc": "CHF", "francs": "CHF", "rand": "ZAR", "lira": "TRY",
        "shekel": "ILS", "shekels": "ILS", "naira": "NGN", "zloty": "PLN", "zlotys": "PLN", "krona": "SEK",
        "kronor": "SEK", "ringgit": "MYR", "baht": "THB", "dirhams": "dirham", "riyals": "riyal", "hryvnia": "UAH",
        "hryvnias": "UAH", "rupiah": "IDR", "forint": "HUF", "koruna": "CZK", "reais": "BRL", "dong": "VND",
        "won": "KRW", "kuai": "CNY", "taka": "BDT", "guilder": "NLG", "guilders": "NLG", "markka": "FIM",
        "peseta": "ESP", "pesetas": "ESP", "cedi": "GHS", "cedis": "GHS", "quid": "GBP", "bucks": "USD",
        // Names that several countries use stand for themselves unless a nation comes before
        // (`Mexican pesos` is MXN): the unit is the name, not a guessed code.
        "peso": "peso", "pesos": "peso", "krone": "krone", "kroner": "krone", "dinar": "dinar", "dinars": "dinar",
        "shilling": "shilling", "shillings": "shilling", "dirham": "dirham", "riyal": "riyal", "rial": "rial",
        "rials": "rial",
    ]

    /// Names that are also common words, which are a currency only after a large number or a
    /// magnitude: `1,000 won`, `2.5 trillion won`; not `Labour's 355 won the day`.
    static let ambiguousNames: Set<String> = ["won"]

    /// Nations whose adjective before a currency's name gives its own code: `Mexican pesos`,
    /// `South Korean won`, `Danish kroner`; by the adjective, the names it takes and the code.
    static let nationalNames: [String: (names: Set<String>, code: String)] = {
        let entries: [(String, [String], String)] = [
            ("mexican", ["peso", "pesos"], "MXN"), ("philippine", ["peso", "pesos"], "PHP"),
            ("argentine", ["peso", "pesos"], "ARS"), ("chilean", ["peso", "pesos"], "CLP"),
            ("colombian", ["peso", "pesos"], "COP"), ("indian", ["rupee", "rupees"], "INR"),
            ("pakistani", ["rupee", "rupees"], "PKR"), ("nepalese", ["rupee", "rupees"], "NPR"),
            ("korean", ["won"], "KRW"), ("chinese", ["yuan", "renminbi"], "CNY"), ("japanese", ["yen"], "JPY"),
            ("danish", ["krone", "kroner"], "DKK"), ("norwegian", ["krone", "kroner"], "NOK"),
            ("swedish", ["krona", "kronor"], "SEK"), ("turkish", ["lira", "liras"], "TRY"),
            ("egyptian", ["pound", "pounds"], "EGP"), ("lebanese", ["pound", "pounds"], "LBP"),
            ("kenyan", ["shilling", "shillings"], "KES"), ("ugandan", ["shilling", "shillings"], "UGX"),
            ("tanzanian", ["shilling", "shillings"], "TZS"), ("iraqi", ["dinar", "dinars"], "IQD"),
            ("kuwaiti", ["dinar", "dinars"], "KWD"), ("jordanian", ["dinar", "dinars"], "JOD"),
            ("saudi", ["riyal", "riyals"], "SAR"), ("qatari", ["riyal", "riyals"], "QAR"),
            ("moroccan", ["dirham", "dirhams"], "MAD"), ("brazilian", ["real", "reais"], "BRL"),
            ("russian", ["rouble", "roubles", "ruble", "rubles"], "RUB"), ("nigerian", ["naira"], "NGN"),
            ("thai", ["baht"], "THB"), ("malaysian", ["ringgit"], "MYR"), ("indonesian", ["rupiah"], "IDR"),
            ("israeli", ["shekel", "shekels"], "ILS"), ("polish", ["zloty", "zlotys"], "PLN"),
            ("hungarian", ["forint", "forints"], "HUF"), ("czech", ["koruna", "korunas"], "CZK"),
            ("ukrainian", ["hryvnia", "hryvnias"], "UAH"), ("finnish", ["markka", "markkaa"], "FIM"),
            ("dutch", ["guilder", "guilders"], "NLG"), ("spanish", ["peseta", "pesetas"], "ESP"),
            ("french", ["franc", "francs"], "FRF"), ("belgian", ["franc", "francs"], "BEF"),
            ("swiss", ["franc", "francs"], "CHF"), ("german", ["mark", "marks"], "DEM"),
            ("italian", ["lira", "lire"], "ITL"), ("irish", ["punt", "punts"], "IEP"),
        ]
        var table: [String: (names: Set<String>, code: String)] = [:]
        for (nation, names, code) in entries { table[nation] = (Set(names), code) }
        return table
    }()

    /// Words before `dollars` that name a dollar: `Australian dollars`, `US dollars`.
    static let dollarNations: [String: String] = [
        "us": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD", "hong": "HKD", "zealand": "NZD",
        "singapore": "SGD", "taiwan": "TWD", "zimbabwe": "ZWL",
    ]
}
