import Lede
import LedeExampleSupport

/// The length of `--sentences` or `--ratio`: a number of sentences, or a fraction of each
/// document's body sentences.
enum SummaryLengthOption: Hashable, Sendable {
    case sentences(Int)
    case ratio(Double)

    /// The most sentences a summary may ask for, the summarizers' own limit.
    static let maximumSentences = 1_000_000

    /// Reads `--sentences`: a whole number from 1 to ``maximumSentences``.
    static func parseSentences(_ text: String) throws(InputError) -> Int {
        guard text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), text.utf8.count <= 8,
            let count = Int(text), count >= 1, count <= maximumSentences
        else {
            throw InputError("use a whole number of sentences from 1 to \(maximumSentences)")
        }
        return count
    }

    /// Reads `--ratio`: a number more than 0 and at most 1 (1 gives every body sentence).
    static func parseRatio(_ text: String) throws(InputError) -> Double {
        guard let ratio = Double(text), ratio > 0, ratio <= 1 else {
            throw InputError("use a fraction of the body sentences more than 0 and at most 1, such as 0.2")
        }
        return ratio
    }

    /// The summarizer options of this length.
    var stageOptions: [String: JSONValue] {
        switch self {
        case .sentences(let count): ["sentences": .number(Double(count))]
        case .ratio(let ratio): ["ratio": .number(ratio)]
        }
    }
}
