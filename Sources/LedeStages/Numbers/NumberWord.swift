/// One English number word, as the word scans of `Numbers.patterns` find it; `NumberNames`
/// spells them.
enum NumberWord: Equatable {
    /// `zero` (`nought`, `nil`) to `nine`.
    case unit(Int)
    /// `ten` to `nineteen`.
    case teen(Int)
    /// `twenty` to `ninety`.
    case tens(Int)
    /// `hundred`.
    case hundred
    /// `thousand`, `lakh`, `million`, `crore`, `billion`, `trillion`.
    case scale(Double)
    /// `dozen`.
    case dozen
    /// `first` to `billionth`; `second` is never a fraction's denominator.
    case ordinal(Int)
    /// `half`.
    case half
    /// `quarter`.
    case quarter
    /// The plural of a denominator: `halves` (2), `thirds` (3), `quarters` (4), `fifths` (5) ...
    case denominators(Int)
    /// The article and a currency's name, one of it: `a pound`, `a penny`.
    case oneOf(Currency)
    /// A vague plural and its unit: `tens` (10), `dozens` (12), `hundreds` (100), `thousands`,
    /// `lakhs` ...; after a number, a plural scale is a plain multiplier (`four millions`).
    case vague(Double)

    /// A currency that `a` or `an` can count one of.
    ///
    /// A small enumeration rather than a code, so that a word, and every atom that holds one,
    /// stays a plain value that is copied without reference counting.
    enum Currency: Equatable {
        case pound, dollar, euro, penny

        /// The ISO 4217 code, or `GBX` for pence.
        var code: String {
            switch self {
            case .pound: "GBP"
            case .dollar: "USD"
            case .euro: "EUR"
            case .penny: "GBX"
            }
        }
    }

    /// The word for a lower-case spelling, or `nil`.
    static func named(_ spelling: String) -> NumberWord? { NumberNames.words[spelling] }

    /// The word spelled by some bytes of a text, in any case, or `nil`.
    static func named(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> NumberWord? {
        PackedWord(bytes, range).flatMap { packed[$0] }
    }

    private static let packed = PackedWordTable(NumberNames.words)
}
