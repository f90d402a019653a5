internal import Lede

/// Chooses the sentences of a summary from scored candidates: the part every summarizer
/// shares.
///
/// Candidates are taken best first. Each comes with the rest of its unit (``SummaryInput``):
/// the sentences of a quotation and of its attribution are chosen together, and each counts
/// toward the length, so a unit competes with the mean score of its sentences. (Each sentence
/// still reports its own score, and ranks by it.) A unit that would make the summary longer than asked is passed over for
/// the next one that fits; only when no unit fits at all is the best one taken whole, so a
/// summary is never empty while there are body sentences. A unit that is not body text
/// throughout is never taken.
///
/// A candidate whose words are nearly those of a sentence already chosen — the cosine of their
/// word counts is at least ``duplicateThreshold`` — is a near-duplicate and is passed over: the
/// same sentence reported by two articles is chosen once.
///
/// With ``redundancy`` set, the choice is by maximal marginal relevance (Carbonell and
/// Goldstein, 1998): each step takes the candidate with the best
/// λ · score / best score − (1 − λ) · its greatest similarity to a chosen sentence, found
/// lazily with a priority queue (the value of a candidate only falls as the summary grows).
struct SummarySelector {
    /// The cosine of word counts from which two sentences are the same sentence.
    static let duplicateThreshold = 0.8

    /// How long the summary is.
    var length: SummaryLength
    /// The order of the result.
    var order: SummaryOrder
    /// λ of maximal marginal relevance, or `nil` to take candidates by score alone.
    var redundancy: Double?
    /// With ``redundancy``, what each sentence already chosen from a document takes off the
    /// value of the document's other sentences.
    var balance: Double = 0

    /// Chooses the summary.
    ///
    /// - Parameters:
    ///   - input: The candidates.
    ///   - scores: A score per candidate; higher is better.
    ///   - stage: The summarizer's name, for the summary and the provenance.
    ///   - rule: The rule recorded for sentences chosen on their score; sentences that come
    ///     with a unit record `quote-unit`.
    /// - Returns: The summary.
    func select(from input: SummaryInput, scores: [Double], stage: String, rule: String) -> Summary {
        let ownScores = scores
        // A unit competes with the mean score of its sentences, as it takes a place for each.
        var scores = scores
        for members in input.units where members.count > 1 {
            let mean = members.reduce(0) { $0 + ownScores[$1] } / Double(members.count)
            for member in members { scores[member] = mean }
        }
        let target = length.sentenceCount(outOf: input.candidates.count)
        var chosen: [(candidate: Int, rule: String)] = []
        guard target > 0 else { return Summary(sentences: [], method: stage) }

        var settled = [Bool](repeating: false, count: input.units.count)
        var index = ChosenIndex(termCount: input.termCount)
        var fallback: Int?

        /// Takes a candidate's unit if it fits and is new; returns whether the summary is full.
        func offer(_ candidate: Int) -> Bool {
            let unit = input.candidates[candidate].unit
            guard !settled[unit] else { return false }
            guard input.unitIsEligible[unit] else {
                settled[unit] = true
                return false
            }
            let members = input.units[unit]
            guard chosen.count + members.count <= target else {
                if fallback == nil { fallback = candidate }
                return false
            }
            settled[unit] = true
            for member in members where index.maxCosine(input.bags[member]) >= SummarySelector.duplicateThreshold {
                return false
            }
            for member in members {
                chosen.append((member, member == candidate ? rule : "quote-unit"))
                index.add(input.bags[member])
            }
            return chosen.count >= target
        }

        if let lambda = redundancy {
            let best = scores.max().map { $0 > 0 ? $0 : 1 } ?? 1
            var queue = MaxQueue()
            for candidate in scores.indices { queue.push(lambda * scores[candidate] / best, candidate) }
            var chosenFrom = [Int](repeating: 0, count: input.documents.count)
            while let top = queue.pop() {
                guard !settled[input.candidates[top.item].unit] else { continue }
                let similarity = index.maxCosine(input.bags[top.item])
                let value =
                    lambda * scores[top.item] / best - (1 - lambda) * similarity
                    - balance * Double(chosenFrom[input.candidates[top.item].document])
                if let next = queue.peek, MaxQueue.precedes((next.value, next.item), (value, top.item)) {
                    queue.push(value, top.item)
                    continue
                }
                let before = chosen.count
                if offer(top.item) { break }
                for item in chosen[before...] { chosenFrom[input.candidates[item.candidate].document] += 1 }
            }
        } else {
            let ranked = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
            for candidate in ranked where offer(candidate) { break }
        }
        if chosen.isEmpty, let fallback {
            for member in input.units[input.candidates[fallback].unit] {
                chosen.append((member, member == fallback ? rule : "quote-unit"))
            }
        }

        let byScore = chosen.sorted {
            ownScores[$0.candidate] != ownScores[$1.candidate]
                ? ownScores[$0.candidate] > ownScores[$1.candidate] : $0.candidate < $1.candidate
        }
        var sentences: [SummarySentence] = []
        for (rank, item) in byScore.enumerated() {
            sentences.append(
                input.summarySentence(
                    item.candidate,
                    score: ownScores[item.candidate],
                    rank: rank + 1,
                    provenance: Provenance(stage: stage, rule: item.rule)
                )
            )
        }
        if order == .document {
            sentences.sort { ($0.documentIndex, $0.sentenceIndex) < ($1.documentIndex, $1.sentenceIndex) }
        }
        return Summary(sentences: sentences, method: stage)
    }
}

/// The chosen sentences' words, indexed so that the greatest similarity of a new sentence to
/// any of them costs time in proportion to the words they share.
struct ChosenIndex {
    /// A word found in more chosen sentences than this is left out of the comparison.
    static let maxPostings = 256

    private var postings: [[(sentence: Int32, count: Int32)]]
    private var norms: [Double] = []

    /// Creates an empty index.
    ///
    /// - Parameter termCount: The number of distinct words.
    init(termCount: Int) {
        postings = Array(repeating: [], count: termCount)
    }

    /// Adds a chosen sentence.
    ///
    /// - Parameter bag: Its content words with their counts.
    mutating func add(_ bag: [TermCount]) {
        let sentence = Int32(norms.count)
        var norm = 0.0
        for entry in bag {
            postings[Int(entry.term)].append((sentence, entry.count))
            norm += pow2(Double(entry.count))
        }
        norms.append(norm.squareRoot())
    }

    /// The greatest cosine of word counts between a sentence and a chosen sentence.
    ///
    /// - Parameter bag: The sentence's content words with their counts.
    /// - Returns: A value from 0 to 1; 0 when nothing is chosen or the bag is empty.
    func maxCosine(_ bag: [TermCount]) -> Double {
        guard !norms.isEmpty, !bag.isEmpty else { return 0 }
        var dots: [Int32: Double] = [:]
        var norm = 0.0
        for entry in bag {
            norm += pow2(Double(entry.count))
            let list = postings[Int(entry.term)]
            guard list.count <= ChosenIndex.maxPostings else { continue }
            for posting in list { dots[posting.sentence, default: 0] += Double(entry.count) * Double(posting.count) }
        }
        norm = norm.squareRoot()
        var best = 0.0
        for (sentence, dot) in dots { best = max(best, dot / (norm * norms[Int(sentence)])) }
        return best
    }
}

/// A binary max-heap of scored items; ties go to the lower item, so results are deterministic.
struct MaxQueue {
    private var heap: [(value: Double, item: Int)] = []

    /// Whether `a` comes out before `b`.
    static func precedes(_ a: (Double, Int), _ b: (Double, Int)) -> Bool {
        a.0 != b.0 ? a.0 > b.0 : a.1 < b.1
    }

    /// The next item, without removing it.
    var peek: (value: Double, item: Int)? { heap.first }

    /// Adds an item.
    mutating func push(_ value: Double, _ item: Int) {
        heap.append((value, item))
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard MaxQueue.precedes(heap[child], heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the best item.
    mutating func pop() -> (value: Double, item: Int)? {
        guard let first = heap.first else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var best = parent
                if left < heap.count && MaxQueue.precedes(heap[left], heap[best]) { best = left }
                if right < heap.count && MaxQueue.precedes(heap[right], heap[best]) { best = right }
                guard best != parent else { break }
                heap.swapAt(parent, best)
                parent = best
            }
        }
        return first
    }
}
