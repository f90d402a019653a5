/// The rule that made a number, reported as its provenance's `rule`; ``NumberFinder`` lists
/// them.
enum NumberRule: String {
    case numeral, money, percent, measure, ordinal, year, decade, fraction, ratio, range, score, clock
    case telephone, slashed, date
    case spelledOut = "spelled-out"
    case ageDecade = "age-decade"
    case slashFraction = "slash-fraction"
    case vagueQuantity = "vague-quantity"
    case compoundAdjective = "compound-adjective"
    case moneyRange = "money-range"
    case percentRange = "percent-range"
    case yearRange = "year-range"
    case amPm = "am-pm"
    case hyphenatedCode = "hyphenated-code"
    case identifierHead = "identifier-head"
    case namedNumber = "named-number"
    case gluedCode = "glued-code"
}
