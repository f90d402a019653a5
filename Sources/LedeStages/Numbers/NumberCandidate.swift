internal import Lede

/// A number being read: where it is, what it is worth and what is attached to it.
///
/// A reader makes it from an atom, the readers of what surrounds a number add to it,
/// `NumberPairer` joins two into one, and `NumberFinisher` makes it a `NumberMention`.
struct NumberCandidate {
    /// The first byte of the number, with a currency sign or a head written before it.
    var start: Int
    /// The byte after the number and what is attached after it.
    var end: Int
    /// The number as written, before any magnitude.
    var number: Double
    /// A magnitude: `1e6` for `1.4 million` or `€2m`.
    var multiplier = 1.0
    var kind: NumberKind = .cardinal
    var rule: NumberRule
    var low: Double?
    var high: Double?
    var unit: String?
    var qualifier: String?
    /// An ISO 4217 code (`GBX` for pence, `cent` for cents).
    var currency: String?
    var isPercent = false
    /// Whether the number is in words.
    var isSpelled = false
    /// A numeral of four digits and nothing else: perhaps a year.
    var isYearLike = false
    /// A whole number with nothing attached: no currency, percent, magnitude, unit or suffix.
    var isBare = false
    /// The index of its last atom.
    var lastAtom: Int
    /// Whether the number as written is beyond what a `Double` holds exactly (more than 15
    /// significant digits) or beyond its range: the mention is kept, without a value.
    var isOutOfRange = false

    /// The number times its magnitude.
    var value: Double { multiplier == 1 ? number : Self.scale(number, by: multiplier) }

    /// `number` times `multiplier`, rounded once: `16.4 million` is 16 400 000, not the product
    /// of two `Double`s (16 399 999.999999998).
    static func scale(_ number: Double, by multiplier: Double) -> Double {
        let product = number * multiplier
        guard multiplier >= 10, number != number.rounded(), product.isFinite,
            let exponent = powersOfTen.firstIndex(of: multiplier)
        else { return product }
        // The decimal digits of `number` as a whole number, then shifted by the magnitude:
        // each step is exact while the digits stay below 2^53.
        for places in 1..<powersOfTen.count {
            let digits = (number * powersOfTen[places]).rounded()
            guard digits / powersOfTen[places] == number else { continue }
            let shift = exponent - places
            return shift >= 0 ? digits * powersOfTen[shift] : digits / powersOfTen[-shift]
        }
        return product
    }

    /// 10⁰ to 10¹⁵, each exact.
    private static let powersOfTen: [Double] = [
        1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ]

    /// The value, or `nil` when it cannot be represented.
    var representableValue: Double? {
        let value = value
        return isOutOfRange || !value.isFinite ? nil : value
    }

    /// Whether it names something rather than counts: an identifier, a time or a date.
    var isName: Bool { kind == .identifier || kind == .time || kind == .date }
}
