/// Magnitudes and units written after a number: glued suffixes (`10.9bn`, `5km`, `40GB`), unit
/// words (`80 years`, `3 miles`), and the athletics words that make an `m` metres.
///
/// All keys are lower case unless said otherwise.
enum MeasureWords {
    /// Magnitude suffixes glued to a numeral (case-sensitive): `10.9bn`, `€2m`, `$50k`, `$3tn`.
    static let magnitudeSuffixes: [String: Double] = [
        "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "Bn": 1e9, "BN": 1e9, "b": 1e9, "B": 1e9,
        "k": 1e3, "K": 1e3, "tn": 1e12, "trn": 1e12, "Tn": 1e12, "cr": 1e7,
    ]

    /// Unit suffixes glued to a numeral (case-sensitive) and the unit they give: `5km`, `40GB`.
    static let unitSuffixes: [String: String] = [
        "km": "km", "kms": "km", "kg": "kg", "kgs": "kg", "cm": "cm", "mm": "mm", "ft": "feet", "in": "inches",
        "mph": "mph", "kph": "km/h", "kmh": "km/h", "lb": "lb", "lbs": "lb", "oz": "oz", "ml": "ml", "g": "g",
        "kW": "kW", "kWh": "kWh", "MW": "MW", "GW": "GW", "Hz": "Hz", "kHz": "kHz", "MHz": "MHz", "GHz": "GHz",
        "KB": "KB", "kb": "kb", "MB": "MB", "GB": "GB", "TB": "TB", "Mb": "Mb", "Gb": "Gb", "Mbps": "Mbps",
        "Mbit": "Mbps", "kbps": "kbps", "Kbps": "kbps", "Gbps": "Gbps", "bp": "basis points",
        "bps": "basis points", "mg": "mg", "sq": "sq", "yd": "yards", "yds": "yards", "ha": "hectares",
        "ghz": "GHz", "mhz": "MHz", "gbps": "Gbps", "mbps": "Mbps", "mb": "MB", "gb": "GB", "tb": "TB",
        "secs": "seconds", "sec": "seconds", "mins": "minutes", "hrs": "hours", "yrs": "years",
    ]

    /// Unit words after a numeral, in any form, and the unit they give.
    static let units: [String: String] = [
        "year": "years", "years": "years", "yr": "years", "yrs": "years", "month": "months", "months": "months",
        "week": "weeks", "weeks": "weeks", "day": "days", "days": "days", "hour": "hours", "hours": "hours",
        "hr": "hours", "hrs": "hours", "minute": "minutes", "minutes": "minutes", "min": "minutes",
        "mins": "minutes", "second": "seconds", "seconds": "seconds", "sec": "seconds", "secs": "seconds",
        "decade": "decades", "decades": "decades", "century": "centuries", "centuries": "centuries",
        "mile": "miles", "miles": "miles", "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
        "kilometers": "km", "metre": "metres", "metres": "metres", "meter": "metres", "meters": "metres",
        "foot": "feet", "feet": "feet", "inch": "inches", "inches": "inches", "yard": "yards", "yards": "yards",
        "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg", "tonne": "tonnes",
        "tonnes": "tonnes", "ton": "tonnes", "tons": "tonnes", "mph": "mph", "acre": "acres", "acres": "acres",
        "hectare": "hectares", "hectares": "hectares", "litre": "litres", "litres": "litres", "liter": "litres",
        "liters": "litres", "gallon": "gallons", "gallons": "gallons", "barrel": "barrels", "barrels": "barrels",
        "point": "points", "points": "points",
    ]

    /// Time units, in any form.
    static let timeUnits: Set<String> = [
        "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries",
    ]

    /// Words after a numeral's `m` that say it means metres, not millions: athletics, swimming,
    /// measures.
    static let metreCues: Set<String> = [
        "hurdles", "relay", "relays", "sprint", "sprinter", "sprints", "race", "races", "ran", "run", "runs",
        "runner", "runners", "running", "champion", "champions", "championship", "championships", "title",
        "titles", "gold", "silver", "bronze", "medal", "medals", "medallist", "medalist", "final", "finals",
        "heat", "heats", "indoor", "indoors", "outdoor", "olympic", "olympics", "athletics", "athlete", "track",
        "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "swim", "swimmer", "lap", "laps",
        "jump", "jumped", "vault", "cleared", "throw", "threw", "tall", "high", "long", "wide", "deep", "height",
        "metres", "meters", "distance", "record", "hope", "qualifying", "event", "personal", "victory",
        "crown", "favoured", "steeplechase", "marathon", "hurdler",
    ]
}
