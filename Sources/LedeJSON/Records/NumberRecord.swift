public import Lede

/// A quantity in a document, in an ``AnalysisRecord``'s `numbers`.
///
/// JSON: `{"text", "start", "end", "value", "kind", "unit", "low", "high", "qualifier"}`,
/// for example
/// `{"text":"€3bn","start":155,"end":159,"value":3000000000,"kind":"money","unit":"EUR","low":null,"high":null,"qualifier":null}`.
/// Numbers that are not quantities are ``IdentifierRecord``s. `NumberRecord` is `Sendable`.
public struct NumberRecord: Codable, Hashable, Sendable {
    /// The number as written.
    public var text: String
    /// Where it starts, in code points.
    public var start: Int
    /// Where it ends (exclusive), in code points.
    public var end: Int
    /// The point value, or the low end of a range; `nil` when there is none.
    public var value: Double?
    /// `cardinal`, `decimal`, `ordinal`, `money`, `percent`, `year`, `fraction`, `range`,
    /// `approximate` or `score`.
    public var kind: NumberKind
    /// An ISO 4217 code for money (`GBX` for pence, `cent` for cents, a currency's name such
    /// as `peso` when the text does not say whose), `percent`, `percentage points`, a unit
    /// such as `years`, or the counted noun; `nil` when there is none.
    public var unit: String?
    /// The low bound the text states or implies, or `nil`.
    public var low: Double?
    /// The high bound the text states or implies, or `nil`.
    public var high: Double?
    /// `more than`, `nearly`, `about`, ..., or `nil`.
    public var qualifier: String?

    /// Creates a number record.
    ///
    /// - Parameters:
    ///   - text: The number as written.
    ///   - start: Its first code point.
    ///   - end: The code point after its last.
    ///   - value: Its value, or `nil`.
    ///   - kind: Its kind.
    ///   - unit: Its unit, or `nil`.
    ///   - low: Its low bound, or `nil`.
    ///   - high: Its high bound, or `nil`.
    ///   - qualifier: Its qualifier, or `nil`.
    public init(
        text: String,
        start: Int,
        end: Int,
        value: Double?,
        kind: NumberKind,
        unit: String?,
        low: Double?,
        high: Double?,
        qualifier: String?
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.kind = kind
        self.unit = unit
        self.low = low
        self.high = high
        self.qualifier = qualifier
    }

    private enum CodingKeys: String, CodingKey {
        case text, start, end, value, kind, unit, low, high, qualifier
    }

    /// Encodes the record with every member, `null` for what is missing (and for a value
    /// JSON cannot hold).
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encodeNumber(value, forKey: .value)
        try container.encode(kind, forKey: .kind)
        try container.encodeNullable(unit, forKey: .unit)
        try container.encodeNumber(low, forKey: .low)
        try container.encodeNumber(high, forKey: .high)
        try container.encodeNullable(qualifier, forKey: .qualifier)
    }
}
