/// Precision, recall and F1 of one ROUGE measure for one summary.
///
/// `RougeScore` is `Sendable`.
public struct RougeScore: Hashable, Sendable, CustomStringConvertible {
    /// The share of the candidate's units that the reference has.
    public var precision: Double
    /// The share of the reference's units that the candidate has.
    public var recall: Double
    /// The harmonic mean of precision and recall (`rouge-score`'s `fmeasure`); 0 when both are 0.
    public var f1: Double

    /// Creates a score from precision and recall, computing F1 as `rouge-score` does.
    ///
    /// - Parameters:
    ///   - precision: The precision.
    ///   - recall: The recall.
    public init(precision: Double, recall: Double) {
        self.precision = precision
        self.recall = recall
        // Same operations in the same order as rouge-score, for bit-identical results.
        self.f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    /// Creates a score from all three values, such as a mean of scores.
    ///
    /// - Parameters:
    ///   - precision: The precision.
    ///   - recall: The recall.
    ///   - f1: The F1.
    public init(precision: Double, recall: Double, f1: Double) {
        self.precision = precision
        self.recall = recall
        self.f1 = f1
    }

    /// A score of zero.
    public static let zero = RougeScore(precision: 0, recall: 0, f1: 0)

    /// `P 0.1234 R 0.5678 F1 0.2024`.
    public var description: String {
        "P \(RougeScore.format(precision)) R \(RougeScore.format(recall)) F1 \(RougeScore.format(f1))"
    }

    /// A value with four decimals, as the scoring scripts print it.
    ///
    /// - Parameter value: A value between 0 and 1.
    /// - Returns: Such as `0.6360`.
    public static func format(_ value: Double) -> String {
        let scaled = Int((value * 10_000).rounded())
        let fraction = String(abs(scaled) % 10_000)
        return (scaled < 0 ? "-" : "") + "\(abs(scaled) / 10_000)." + String(repeating: "0", count: 4 - fraction.count)
            + fraction
    }
}

/// The ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum scores of one summary against its reference.
///
/// `RougeScores` is `Sendable`.
public struct RougeScores: Hashable, Sendable {
    /// Unigram overlap.
    public var rouge1: RougeScore
    /// Bigram overlap.
    public var rouge2: RougeScore
    /// The longest common subsequence of the whole token sequences.
    public var rougeL: RougeScore
    /// The summary-level union LCS over the newline-separated sentences.
    public var rougeLsum: RougeScore

    /// Creates a set of scores.
    ///
    /// - Parameters:
    ///   - rouge1: ROUGE-1.
    ///   - rouge2: ROUGE-2.
    ///   - rougeL: ROUGE-L.
    ///   - rougeLsum: ROUGE-Lsum.
    public init(rouge1: RougeScore, rouge2: RougeScore, rougeL: RougeScore, rougeLsum: RougeScore) {
        self.rouge1 = rouge1
        self.rouge2 = rouge2
        self.rougeL = rougeL
        self.rougeLsum = rougeLsum
    }

    /// All zero, as for an empty candidate.
    public static let zero = RougeScores(rouge1: .zero, rouge2: .zero, rougeL: .zero, rougeLsum: .zero)

    /// The scores by name, in the order `rouge1`, `rouge2`, `rougeL`, `rougeLsum`.
    public var named: [(name: String, score: RougeScore)] {
        [("rouge1", rouge1), ("rouge2", rouge2), ("rougeL", rougeL), ("rougeLsum", rougeLsum)]
    }

    /// The mean of each precision, recall and F1 over many summaries, as the scoring scripts
    /// report (a macro average: every summary weighs the same).
    ///
    /// - Parameter scores: The scores, summed in the order given.
    /// - Returns: The means, or ``zero`` for no scores.
    /// - Complexity: O(*n*).
    public static func mean(_ scores: [RougeScores]) -> RougeScores {
        guard !scores.isEmpty else { return .zero }
        func average(_ score: KeyPath<RougeScores, RougeScore>) -> RougeScore {
            var precision = 0.0
            var recall = 0.0
            var f1 = 0.0
            for entry in scores {
                precision += entry[keyPath: score].precision
                recall += entry[keyPath: score].recall
                f1 += entry[keyPath: score].f1
            }
            let count = Double(scores.count)
            return RougeScore(precision: precision / count, recall: recall / count, f1: f1 / count)
        }
        return RougeScores(
            rouge1: average(\.rouge1),
            rouge2: average(\.rouge2),
            rougeL: average(\.rougeL),
            rougeLsum: average(\.rougeLsum)
        )
    }
}
