/// A number in a document, with its value, its bounds and what it counts or measures.
///
/// ``span`` covers the number as written, with the currency sign or code, the magnitude and
/// the percent sign or words that belong to it (`$1.5 billion`, `3.1 per cent`,
/// `2.3 billion euros`, `tens of thousands`), but not a qualifier (`more than`) nor the noun it
/// counts: those are in ``qualifier`` and ``unit``. A compound adjective is one span
/// (`three-year-long`, `24-year-old`), and so is an identifier with its head (`Article 5`).
///
/// ## Values and bounds
///
/// - ``value`` is the point value: the number said (`nearly 80` → 80), or the low end of a
///   range or a vague quantity (`2012–13` → 2012, `tens of thousands` → 20 000). It is `nil`
///   for an ``NumberKind/identifier``, a ``NumberKind/time`` or a ``NumberKind/date``. Money is in the currency's
///   units as written (`45p` is 45 `GBX`), a percentage in percent (`12%` is 12).
/// - ``low`` and ``high`` are the bounds the text states or implies; a bound the text leaves
///   open is `nil`. `more than 1,000` and `at least 20` have a `low` and no `high`; `nearly 80`
///   and `up to 5,000` have a `high` and no `low`; `about 300` has neither, only a
///   ``qualifier``. Whether a stated bound is itself included (`more than` versus `at least`)
///   is left to the qualifier.
/// - A vague plural has bounds by one rule: *at least two of the unit, and fewer than the next
///   power of ten above it*. `hundreds` is 200…999, `thousands` 2 000…9 999, `tens of
///   thousands` 20 000…99 999, `millions` 2 000 000…9 999 999, `dozens` 24…99.
/// - A plain number has no bounds: `low` and `high` are `nil`.
///
/// `NumberMention` is `Sendable`.
public struct NumberMention: Hashable, Sendable {
    /// The number as written, in the working text.
    public var span: Span
    /// The stage and the rule that found it.
    public var provenance: Provenance
    /// What the number is.
    public var kind: NumberKind
    /// The point value; for a range or a vague quantity its low end; `nil` for identifiers, times
    /// and dates.
    public var value: Double?
    /// The lowest value the text allows, when it states or implies one.
    public var low: Double?
    /// The highest value the text allows, when it states or implies one.
    public var high: Double?
    /// What the number counts or measures: an ISO 4217 code for money (`USD`, `GBP`, `EUR`,
    /// `GBX` for pence, `cent` for cents, `peso` or `krone` when the text does not say whose),
    /// `percent` or `percentage points`, a unit in plural
    /// form (`years`, `months`, `metres`, `km`), or the noun it counts as written (`countries`,
    /// `troops`); `nil` when nothing plainly follows.
    public var unit: String?
    /// The words that make the number approximate or a bound, in lower case: `more than`,
    /// `nearly`, `about`, `up to`, `at least`, `some`, `around`, `or more`.
    public var qualifier: String?

    /// Creates a mention.
    ///
    /// - Parameters:
    ///   - span: The number as written.
    ///   - provenance: The stage and rule that found it.
    ///   - kind: What the number is.
    ///   - value: The point value, or `nil`.
    ///   - low: The lower bound, or `nil`.
    ///   - high: The upper bound, or `nil`.
    ///   - unit: What it counts or measures, or `nil`.
    ///   - qualifier: The approximating words, or `nil`.
    public init(
        span: Span,
        provenance: Provenance,
        kind: NumberKind,
        value: Double?,
        low: Double? = nil,
        high: Double? = nil,
        unit: String? = nil,
        qualifier: String? = nil
    ) {
        self.span = span
        self.provenance = provenance
        self.kind = kind
        self.value = value
        self.low = low
        self.high = high
        self.unit = unit
        self.qualifier = qualifier
    }

    /// Whether the mention is a quantity: anything but an identifier, a time or a date.
    public var isQuantity: Bool { kind != .identifier && kind != .time && kind != .date }

    /// Whether the text gives the quantity loosely: it has a qualifier, or it is a vague
    /// quantity such as `dozens`.
    public var isApproximate: Bool { qualifier != nil || kind == .approximate }

    /// Whether the mention spans two bounds, as `2012–13`, `10-15%` and `£5-10m` do.
    public var isRange: Bool { kind == .range || (low != nil && high != nil && !isApproximate && kind != .year) }
}
