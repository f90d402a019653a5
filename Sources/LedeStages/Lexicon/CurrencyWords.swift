/// The ways news writes a currency next to a number: signs and codes before it (`$5`, `US$5`,
/// `Rs 500`, `USD 5`) and words after it (`500 euros`, `45 cents`, `Australian dollars`).
///
/// Each currency maps to its ISO 4217 code; pence are `GBX` and cents `cent`. All keys are
/// lower case unless said otherwise.
enum CurrencyWords {
    /// Currency signs and their ISO 4217 codes.
    ///
    /// `$` alone is USD, `¥` alone is JPY.
    static let signs: [Unicode.Scalar: String] = [
        "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS",
        "₦": "NGN", "₱": "PHP", "₴": "UAH", "₫": "VND", "₣": "CHF",
    ]

    /// Letters written before `$` (case-sensitive) and the dollar they name: `US$`, `A$`, `HK$`.
    static let dollarPrefixes: [String: String] = [
        "US": "USD", "U.S.": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "Can": "CAD", "NZ": "NZD",
        "HK": "HKD", "S": "SGD", "SG": "SGD", "R": "BRL", "NT": "TWD", "Z": "ZWL", "M": "MXN", "Mex": "MXN",
    ]

    /// Words and codes written before a numeral (case-sensitive): `Rs 500`, `USD 5`, `EUR 2m`.
    static let prefixes: [String: String] = {
        var table: [String: String] = ["Rs": "INR", "Rs.": "INR", "INR": "INR", "SFr": "CHF", "Sfr": "CHF"]
        for code in codes { table[code] = code }
        return table
    }()

    /// ISO 4217 codes recognised before or after a numeral.
    static let codes: Set<String> = [
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "AUD", "CAD", "NZD", "HKD", "SGD", "INR", "SEK", "NOK",
        "DKK", "ZAR", "BRL", "MXN", "RUB", "KRW", "TRY", "PLN", "ILS", "AED", "SAR", "NGN", "KES", "EGP",
    ]

    /// Currency names after a numeral (`500 euros`, `45 cents`) and their codes.
    static let names: [String: String] = [
        "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP",
        "sterling": "GBP", "pence": "GBX", "penny": "GBX", "cent": "cent", "cents": "cent", "yen": "JPY",
        "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB",
        "ruble": "RUB", "rubles": "RUB", "franc": "CHF", "francs": "CHF", "rand": "ZAR", "lira": "TRY",
        "shekel": "ILS", "shekels": "ILS", "naira": "NGN", "zloty": "PLN", "zlotys": "PLN", "krona": "SEK",
        "kronor": "SEK", "ringgit": "MYR", "baht": "THB", "dirhams": "AED", "riyals": "SAR", "hryvnia": "UAH",
        "hryvnias": "UAH", "rupiah": "IDR", "forint": "HUF", "koruna": "CZK", "reais": "BRL", "dong": "VND",
    ]

    /// Words before `dollars` that name a dollar: `Australian dollars`, `US dollars`.
    static let dollarNations: [String: String] = [
        "us": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD", "hong": "HKD", "zealand": "NZD",
        "singapore": "SGD", "taiwan": "TWD", "zimbabwe": "ZWL",
    ]
}
