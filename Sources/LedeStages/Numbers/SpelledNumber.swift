/// A spelled-out number read word by word: `one hundred and twenty million`,
/// `twenty-five`, `two and a half`, `five and a quarter`, `two thirds`, `half a dozen`,
/// `twenty-first`, `thousand two hundred`, `four millions`, `two crore forty lakh`.
///
/// Feed words with ``accept(_:joint:)`` until it refuses one; the refused word starts a new
/// number (`one, two` and `one and two` are two numbers). A scale larger than the one before
/// multiplies all that comes before it (`one thousand two hundred million`, `two lakh crore`);
/// `dozen` multiplies the number before it (`five hundred dozen`).
struct SpelledNumber {
    /// What the last word read was.
    private enum Last { case none, unit, teen, tens, hundred, scale, half, fraction, dozen, ordinal, decimal }

    /// The value of the groups closed by a scale (`two million` in `two million three`).
    private var total = 0.0
    /// The value of the group being read.
    private var current = 0.0
    /// The scale that closed the last group; the next must be smaller.
    private var lastScale = Double.infinity
    private var last = Last.none
    /// How many words were accepted.
    private(set) var count = 0
    /// Whether the number ended in an ordinal (`twenty-first`).
    private(set) var isOrdinal = false
    /// Whether the number is a fraction (`two thirds`, `a half`).
    private(set) var isFraction = false

    /// The value so far.
    var value: Double { total + current }

    /// Starts a number with the article `a` or `an` and the word after it: `a hundred`,
    /// `a million`, `a dozen`, `a half`, `a quarter`, `a third`.
    ///
    /// - Parameter word: The word after the article.
    /// - Returns: Whether the article and the word start a number.
    mutating func startWithArticle(_ word: NumberWord) -> Bool {
        guard count == 0 else { return false }
        switch word {
        case .hundred:
            current = 100
            last = .hundred
        case .scale(let scale):
            total = scale
            lastScale = scale
            last = .scale
        case .dozen:
            current = 12
            last = .dozen
        case .half:
            current = 0.5
            last = .fraction
            isFraction = true
        case .quarter:
            current = 0.25
            last = .fraction
            isFraction = true
        case .ordinal(let denominator) where denominator >= 3 && denominator < 100:
            current = 1 / Double(denominator)
            last = .fraction
            isFraction = true
        default:
            return false
        }
        count = 1
        return true
    }

    /// Adds a word, or refuses it when it cannot continue the number.
    ///
    /// - Parameters:
    ///   - word: The next word.
    ///   - joint: How it is joined to the previous word; ignored for the first word.
    /// - Returns: Whether the word belongs to the number.
    mutating func accept(_ word: NumberWord, joint: NumberJoint) -> Bool {
        let accepted = count == 0 && last == .none ? first(word) : next(word, joint: joint)
        if accepted { count += 1 }
        return accepted
    }

    private mutating func first(_ word: NumberWord) -> Bool {
        switch word {
        case .unit(let value):
            current = Double(value)
            last = .unit
        case .teen(let value):
            current = Double(value)
            last = .teen
        case .tens(let value):
            current = Double(value)
            last = .tens
        case .ordinal(let value):
            current = Double(value)
            last = .ordinal
            isOrdinal = true
        case .half:
            current = 0.5
            last = .half
            isFraction = true
        case .quarter:
            // `quarter million`; alone it is not a number, which the reader decides.
            current = 0.25
            last = .fraction
            isFraction = true
        case .hundred:
            // `hundred and six`; alone it is not a number, which the reader decides.
            current = 100
            last = .hundred
        case .scale(let scale):
            // `thousand two hundred`.
            total = scale
            lastScale = scale
            last = .scale
        default:
            return false
        }
        return true
    }

    /// Adds a decimal part said with `point` (`one point seven`, `three point five`), which
    /// only a magnitude may follow (`three point five billion`).
    ///
    /// - Parameter fraction: The decimal part, below one.
    /// - Returns: Whether the number so far can take it: a whole number, not an ordinal or a
    ///   fraction.
    mutating func addDecimal(_ fraction: Double) -> Bool {
        guard !isOrdinal && !isFraction, last == .unit || last == .teen || last == .tens || last == .hundred else {
            return false
        }
        current += fraction
        last = .decimal
        return true
    }

    /// Whether the last word read was a scale or `hundred` alone, with no number before it.
    var isBareScale: Bool { count == 1 && (last == .scale || last == .hundred) }

    private mutating func next(_ word: NumberWord, joint: NumberJoint) -> Bool {
        let simple = joint == .space || joint == .hyphen
        let isWhole = last == .unit || last == .teen || last == .tens || last == .hundred || last == .decimal
        switch (word, last) {
        case (.unit(let value), .tens) where simple && value > 0:
            current += Double(value)
            last = .unit
        case (.unit(let value), .hundred) where (joint == .and || joint == .space) && value > 0,
            (.teen(let value), .hundred) where joint == .and || joint == .space,
            (.tens(let value), .hundred) where joint == .and || joint == .space:
            current += Double(value)
            last = value < 10 ? .unit : value < 20 ? .teen : .tens
        case (.unit(let value), .scale) where (joint == .and || joint == .space) && value > 0,
            (.teen(let value), .scale) where joint == .and || joint == .space,
            (.tens(let value), .scale) where joint == .and || joint == .space:
            current = Double(value)
            last = value < 10 ? .unit : value < 20 ? .teen : .tens
        case (.hundred, .unit) where simple && current > 0, (.hundred, .teen) where simple:
            current *= 100
            last = .hundred
        case (.scale(let scale), .unit) where simple && scale < lastScale,
            (.scale(let scale), .teen) where simple && scale < lastScale,
            (.scale(let scale), .tens) where simple && scale < lastScale,
            (.scale(let scale), .hundred) where simple && scale < lastScale,
            (.scale(let scale), .decimal) where simple && scale < lastScale,
            (.vague(let scale), _) where simple && isWhole && scale >= 1000 && scale < lastScale,
            (.scale(let scale), .half) where (joint == .a || simple) && scale < lastScale,
            (.scale(let scale), .fraction) where (joint == .ofA || simple) && scale < lastScale:
            // `two and a half million`, `half a million`, `three quarters of a million`,
            // `four millions`.
            total += current * scale
            current = 0
            lastScale = scale
            last = .scale
            isFraction = false
        case (.scale(let scale), _) where simple && scale > lastScale && (isWhole || last == .scale),
            (.vague(let scale), _) where simple && scale > lastScale && isWhole && scale >= 1000:
            // `one thousand two hundred million`, `two lakh crore`: a larger scale multiplies.
            total = (total + current) * scale
            current = 0
            lastScale = scale
            last = .scale
        case (.dozen, _) where simple && (isWhole || last == .scale) && value > 0,
            (.vague(12), _) where simple && (isWhole || last == .scale) && value > 0,
            (.dozen, .half) where joint == .a:
            // `five hundred dozen`, `two dozens`, `half a dozen`.
            total *= 12
            current *= 12
            last = .dozen
            isFraction = false
        case (.half, .unit) where joint == .andA, (.half, .teen) where joint == .andA,
            (.half, .tens) where joint == .andA, (.half, .hundred) where joint == .andA:
            current += 0.5
            last = .half
        case (.quarter, .unit) where joint == .andA, (.quarter, .teen) where joint == .andA,
            (.quarter, .tens) where joint == .andA, (.quarter, .hundred) where joint == .andA:
            // `five and a quarter`.
            current += 0.25
            last = .half
        case (.ordinal(let denominator), .unit) where joint == .andA && denominator >= 3 && denominator < 100,
            (.ordinal(let denominator), .teen) where joint == .andA && denominator >= 3 && denominator < 100,
            (.ordinal(let denominator), .tens) where joint == .andA && denominator >= 3 && denominator < 100:
            // `two and a third`.
            current += 1 / Double(denominator)
            last = .half
        case (.half, .unit) where simple && current == 1:
            // `one half`, `one-half`.
            current = 0.5
            last = .fraction
            isFraction = true
        case (.quarter, .unit) where simple && current == 1:
            current = 0.25
            last = .fraction
            isFraction = true
        case (.ordinal(let denominator), .unit) where simple && current == 1 && denominator >= 3 && denominator != 100:
            // `one third`, `one-fifth`; not `one second`.
            current /= Double(denominator)
            last = .fraction
            isFraction = true
        case (.denominators(let denominator), .unit) where simple && current >= 1,
            (.denominators(let denominator), .teen) where simple,
            (.denominators(let denominator), .tens) where simple:
            current /= Double(denominator)
            last = .fraction
            isFraction = true
        case (.ordinal(let value), .tens) where simple && value < 10,
            (.ordinal(let value), .hundred) where (joint == .and || joint == .space) && value < 100,
            (.ordinal(let value), .scale) where (joint == .and || joint == .space) && value < 100:
            current += Double(value)
            last = .ordinal
            isOrdinal = true
        case (.ordinal(100), .unit) where simple, (.ordinal(100), .teen) where simple:
            current *= 100
            last = .ordinal
            isOrdinal = true
        default:
            return false
        }
        return true
    }
}
