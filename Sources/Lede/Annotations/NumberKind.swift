/// What a ``NumberMention`` is; an open set, so taggers in other packages can add kinds.
///
/// The kind says what the number *is* in the sentence, most specific first: an identifier or a
/// time is never a quantity; money and a percentage keep their kind when they are a range or an
/// approximation (the bounds and the qualifier tell that); a plain count is `range`,
/// `approximate`, `fraction`, `decimal` or `cardinal`.
///
/// `NumberKind` is `Sendable`.
public struct NumberKind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The kind's identifier.
    public let rawValue: String

    /// Creates a kind from its identifier.
    ///
    /// - Parameter rawValue: The identifier, such as `money`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A whole count: `four`, `1,400`, `1.4 million`, `a dozen`.
    public static let cardinal = NumberKind(rawValue: "cardinal")
    /// A count with a fractional part that is not money or a percentage: `3.5`, `two and a half`.
    public static let decimal = NumberKind(rawValue: "decimal")
    /// A position in order: `fourth`, `1st`, `21st century`, `twenty-first`.
    public static let ordinal = NumberKind(rawValue: "ordinal")
    /// An amount of money: `$1.5 billion`, `45p`, `500 euros`; ``NumberMention/unit`` holds the
    /// ISO 4217 code (or `GBX` for pence, `cent` for cents, the name of a currency that several
    /// countries share, such as `peso`, when the text does not say whose).
    public static let money = NumberKind(rawValue: "money")
    /// A percentage or a change in percentage points: `12%`, `3.1 per cent`.
    public static let percent = NumberKind(rawValue: "percent")
    /// A calendar year or a decade: `2016`, `in 2026`, `1990s`, `the ’90s`.
    public static let year = NumberKind(rawValue: "year")
    /// A part of a whole: `two thirds`, `a quarter of`, `1/2`, `one in five`.
    public static let fraction = NumberKind(rawValue: "fraction")
    /// Two numbers that bound one quantity: `2012–13`, `three to four`, `10-15`.
    public static let range = NumberKind(rawValue: "range")
    /// A count given loosely: `tens of thousands`, `dozens`, `more than 1,000`, `nearly 80`.
    public static let approximate = NumberKind(rawValue: "approximate")
    /// A number that names rather than counts.
    ///
    /// `Article 5`, `K‑12`, `Covid-19`, `Boeing 737`, `No. 10`, `3G`, a telephone number. Its
    /// ``NumberMention/value`` is `nil`.
    public static let identifier = NumberKind(rawValue: "identifier")
    /// A time of day or a race time.
    ///
    /// `5 p.m.`, `10:30`, `7:40.53`. Its ``NumberMention/value`` is `nil`.
    public static let time = NumberKind(rawValue: "time")
    /// A day of the month.
    ///
    /// `8 December`, `February 18`, `4th November`. Its ``NumberMention/value`` is `nil`; a year
    /// after it is a mention of its own.
    public static let date = NumberKind(rawValue: "date")
    /// One side of a sports score: `3` and `1` in `won 3-1`.
    public static let score = NumberKind(rawValue: "score")

    /// The identifier.
    public var description: String { rawValue }
}
