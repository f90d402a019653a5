/// Scores a candidate summary against a reference with ROUGE-1, ROUGE-2, ROUGE-L and
/// ROUGE-Lsum, giving the same numbers as Google's `rouge-score` package.
///
/// The scorer reproduces `rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL",
/// "rougeLsum"], use_stemmer=True).score(target, prediction)`:
///
/// - Both texts are tokenized with ``RougeTokenizer`` (lower-case ASCII letters and digits,
///   Porter-stemmed).
/// - **ROUGE-N** counts the n-grams the two texts share, each at most as often as the rarer
///   side has it; precision divides by the candidate's n-gram count and recall by the
///   reference's (each at least 1).
/// - **ROUGE-L** takes the longest common subsequence of the two whole token sequences; it
///   is 0 when either side has no token.
/// - **ROUGE-Lsum** splits both texts at `\n` into sentences and, for each reference
///   sentence, takes the union of its LCS positions with every candidate sentence; each
///   matched token counts once as long as both texts still have an unmatched copy of it
///   (ROUGE 1.5.5's rule, which `rouge-score` follows).
///
/// Sentences given as arrays are joined with `\n`, as `rouge-score` users do, so that
/// ROUGE-Lsum sees them. Precision, recall and F1 are computed with the same operations in
/// the same order as `rouge-score`, so the values agree to the last bit.
///
/// ```swift
/// let scores = RougeScorer().score(reference: ["The cat sat."], candidate: ["A cat sat down."])
/// print(scores.rouge1.f1)  // 0.5714285714285715
/// ```
///
/// `RougeScorer` is `Sendable`; one scorer can score many summaries at once.
public struct RougeScorer: Sendable {
    /// The tokenizer applied to both texts.
    public var tokenizer: RougeTokenizer

    /// Creates a scorer.
    ///
    /// - Parameter usesStemmer: Whether tokens are Porter-stemmed, as `rouge-score`'s
    ///   `use_stemmer`; defaults to `true`.
    public init(usesStemmer: Bool = true) {
        self.tokenizer = RougeTokenizer(usesStemmer: usesStemmer)
    }

    /// Scores a candidate summary against a reference, both given as sentences.
    ///
    /// - Parameters:
    ///   - reference: The reference sentences.
    ///   - candidate: The candidate sentences; an empty list scores zero.
    /// - Returns: The four scores.
    /// - Complexity: O(*r* × *c*) in the numbers of reference and candidate tokens.
    public func score(reference: [String], candidate: [String]) -> RougeScores {
        score(referenceText: reference.joined(separator: "\n"), candidateText: candidate.joined(separator: "\n"))
    }

    /// Scores a candidate text against a reference text, whose sentences are separated by `\n`.
    ///
    /// - Parameters:
    ///   - referenceText: The reference (`rouge-score`'s `target`).
    ///   - candidateText: The candidate (`rouge-score`'s `prediction`).
    /// - Returns: The four scores.
    /// - Complexity: O(*r* × *c*) in the numbers of reference and candidate tokens.
    public func score(referenceText: String, candidateText: String) -> RougeScores {
        var vocabulary = Vocabulary()
        let referenceLines = lines(of: referenceText, vocabulary: &vocabulary)
        let candidateLines = lines(of: candidateText, vocabulary: &vocabulary)
        let referenceTokens = Array(referenceLines.joined())
        let candidateTokens = Array(candidateLines.joined())
        return RougeScores(
            rouge1: RougeScorer.rougeN(1, reference: referenceTokens, candidate: candidateTokens),
            rouge2: RougeScorer.rougeN(2, reference: referenceTokens, candidate: candidateTokens),
            rougeL: RougeScorer.rougeL(reference: referenceTokens, candidate: candidateTokens),
            rougeLsum: RougeScorer.rougeLsum(reference: referenceLines, candidate: candidateLines)
        )
    }

    // MARK: Tokens

    /// Numbers each distinct token, so that the measures compare integers.
    private struct Vocabulary {
        var ids: [[UInt8]: Int] = [:]

        mutating func id(of token: [UInt8]) -> Int {
            if let id = ids[token] { return id }
            let id = ids.count
            ids[token] = id
            return id
        }
    }

    /// The token IDs of each line (split at `\n` only, as Python's `str.split("\n")`), leaving
    /// out lines without tokens, which no measure counts.
    private func lines(of text: String, vocabulary: inout Vocabulary) -> [[Int]] {
        var result: [[Int]] = []
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
            var ids: [Int] = []
            tokenizer.forEachToken(in: Substring(line)) { ids.append(vocabulary.id(of: $0)) }
            if !ids.isEmpty { result.append(ids) }
        }
        return result
    }

    // MARK: Measures

    static func rougeN(_ n: Int, reference: [Int], candidate: [Int]) -> RougeScore {
        func ngrams(_ tokens: [Int]) -> (counts: [[Int]: Int], total: Int) {
            guard tokens.count >= n else { return ([:], 0) }
            var counts: [[Int]: Int] = [:]
            for start in 0...(tokens.count - n) { counts[Array(tokens[start..<(start + n)]), default: 0] += 1 }
            return (counts, tokens.count - n + 1)
        }
        let referenceGrams = ngrams(reference)
        let candidateGrams = ngrams(candidate)
        var overlap = 0
        for (gram, count) in referenceGrams.counts { overlap += min(count, candidateGrams.counts[gram] ?? 0) }
        return RougeScore(
            precision: Double(overlap) / Double(max(candidateGrams.total, 1)),
            recall: Double(overlap) / Double(max(referenceGrams.total, 1))
        )
    }

    static func rougeL(reference: [Int], candidate: [Int]) -> RougeScore {
        guard !reference.isEmpty && !candidate.isEmpty else { return .zero }
        var previous = [Int](repeating: 0, count: candidate.count + 1)
        var current = previous
        for token in reference {
            for column in 1...candidate.count {
                current[column] =
                    token == candidate[column - 1]
                    ? previous[column - 1] + 1 : max(previous[column], current[column - 1])
            }
            swap(&previous, &current)
        }
        let length = previous[candidate.count]
        return RougeScore(
            precision: Double(length) / Double(candidate.count),
            recall: Double(length) / Double(reference.count)
        )
    }

    static func rougeLsum(reference: [[Int]], candidate: [[Int]]) -> RougeScore {
        let referenceCount = reference.reduce(0) { $0 + $1.count }
        let candidateCount = candidate.reduce(0) { $0 + $1.count }
        guard referenceCount > 0 && candidateCount > 0 else { return .zero }
        var referenceLeft: [Int: Int] = [:]
        var candidateLeft: [Int: Int] = [:]
        for sentence in reference { for token in sentence { referenceLeft[token, default: 0] += 1 } }
        for sentence in candidate { for token in sentence { candidateLeft[token, default: 0] += 1 } }
        var hits = 0
        for sentence in reference {
            var positions = Set<Int>()
            for other in candidate { positions.formUnion(lcsPositions(sentence, other)) }
            for position in positions.sorted() {
                let token = sentence[position]
                if let left = candidateLeft[token], left > 0, let referenceLeftCount = referenceLeft[token],
                    referenceLeftCount > 0
                {
                    hits += 1
                    candidateLeft[token] = left - 1
                    referenceLeft[token] = referenceLeftCount - 1
                }
            }
        }
        return RougeScore(
            precision: Double(hits) / Double(candidateCount),
            recall: Double(hits) / Double(referenceCount)
        )
    }

    /// The positions in `reference` of one longest common subsequence with `candidate`, read
    /// back from the end of the table with `rouge-score`'s tie-breaking (move up in the
    /// reference unless moving left keeps a strictly longer subsequence).
    static func lcsPositions(_ reference: [Int], _ candidate: [Int]) -> [Int] {
        let rows = reference.count
        let columns = candidate.count
        guard rows > 0 && columns > 0 else { return [] }
        let width = columns + 1
        var table = [Int](repeating: 0, count: (rows + 1) * width)
        for row in 1...rows {
            for column in 1...columns {
                table[row * width + column] =
                    reference[row - 1] == candidate[column - 1]
                    ? table[(row - 1) * width + column - 1] + 1
                    : max(table[(row - 1) * width + column], table[row * width + column - 1])
            }
        }
        var positions: [Int] = []
        var row = rows
        var column = columns
        while row > 0 && column > 0 {
            if reference[row - 1] == candidate[column - 1] {
                positions.append(row - 1)
                row -= 1
                column -= 1
            } else if table[row * width + column - 1] > table[(row - 1) * width + column] {
                column -= 1
            } else {
                row -= 1
            }
        }
        return positions.reversed()
    }
}
