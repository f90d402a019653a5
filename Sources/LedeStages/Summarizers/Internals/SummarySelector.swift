internal import Lede

/// Chooses the sentences of a summary from scored candidates: the part every summarizer
/// shares.
///
/// Candidates are taken best first. Each comes with the rest of its closure
/// (``SummaryInput``): the other sentences of its quotation, and the sentence that attributes
/// it, are chosen with it, and each counts toward the length, so a candidate competes with the
/// mean score of the sentences it would add. (Each sentence still reports its own score, and
/// ranks by it.) A closure that would make the summary longer than asked is passed over for the
/// next one that fits; only when none fits at all is the best one taken whole, so a summary
/// is never empty while there are body sentences. A closure that is not body text throughout
/// is never taken.
///
/// A candidate whose words are nearly those of a sentence already chosen — the cosine of their
/// word counts is at least ``duplicateThreshold`` — is a near-duplicate and is passed over: the
/// same sentence reported by two articles is chosen once.
///
/// Without ``redundancy`` a candidate's value is that mean score; with it, the choice is by
/// maximal marginal relevance (Carbonell and Goldstein, 1998): each step takes the candidate
/// with the best λ · score / best score − (1 − λ) · its greatest similarity to a chosen sentence
/// (− ``balance`` for each sentence already chosen from its document). A priority queue finds
/// it lazily, since a candidate's value only falls as the summary grows, except when part of
/// its closure is chosen with another: then it is queued again with its new value.
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
    ///     with another's closure record `quote-unit`.
    /// - Returns: The summary.
    func select(from input: SummaryInput, scores: [Double], stage: String, rule: String) -> Summary {
        let target = length.sentenceCount(outOf: input.candidates.count)
        guard target > 0 else { return Summary(sentences: [], method: stage) }
        let blocks = input.blocks
        let closures = input.closures
        // Each block's total score, so that a closure's mean costs one step per block.
        var blockTotals = [Double](repeating: 0, count: blocks.count)
        for (block, members) in blocks.enumerated() { blockTotals[block] = members.reduce(0) { $0 + scores[$1] } }
        let best = scores.max().map { $0 > 0 ? $0 : 1 } ?? 1
        let lambda = redundancy ?? 1

        var chosen: [(candidate: Int, rule: String)] = []
        var isChosen = [Bool](repeating: false, count: blocks.count)
        // Blocks passed over for good (a near-duplicate), and for now (too long to fit).
        var isRefused = [Bool](repeating: false, count: blocks.count)
        var isTooLong = [Bool](repeating: false, count: blocks.count)
        var chosenFrom = [Int](repeating: 0, count: input.documents.count)
        var index = ChosenIndex(termCount: input.termCount)
        var fallback: (candidate: Int, blocks: [Int])?

        /// The candidate's value now, or `nil` if it cannot be taken.
        func value(_ candidate: Int) -> Double? {
            let block = input.candidates[candidate].block
            guard !isChosen[block], !isRefused[block], !isTooLong[block], input.closureIsEligible[block] else {
                return nil
            }
            var total = 0.0
            var count = 0
            for other in closures[block] where !isChosen[other] {
                total += blockTotals[other]
                count += blocks[other].count
            }
            let mean = total / Double(max(count, 1))
            guard redundancy != nil else { return mean / best }
            return lambda * mean / best - (1 - lambda) * index.maxCosine(input.bags[candidate])
                - balance * Double(chosenFrom[input.candidates[candidate].document])
        }

        var queue = MaxQueue()
        for candidate in scores.indices {
            if let value = value(candidate) { queue.push(value, candidate) }
        }
        while let top = queue.pop() {
            guard let current = value(top.item) else { continue }
            if let next = queue.peek, MaxQueue.precedes((next.value, next.item), (current, top.item)) {
                queue.push(current, top.item)
                continue
            }
            let block = input.candidates[top.item].block
            let adding = closures[block].filter { !isChosen[$0] }
            let members = adding.flatMap { blocks[$0] }.sorted()
            guard chosen.count + members.count <= target else {
                if fallback == nil { fallback = (top.item, adding) }
                isTooLong[block] = true
                continue
            }
            if members.contains(where: { index.maxCosine(input.bags[$0]) >= SummarySelector.duplicateThreshold }) {
                isRefused[block] = true
                continue
            }
            for member in members {
                chosen.append((member, member == top.item ? rule : "quote-unit"))
                index.add(input.bags[member])
                chosenFrom[input.candidates[member].document] += 1
            }
            for other in adding { isChosen[other] = true }
            if chosen.count >= target { break }
            // The candidates whose closures just shrank: queued again, as their values changed.
            for other in adding {
                for dependent in input.dependents[other] where !isChosen[dependent] {
                    isTooLong[dependent] = false
                    for candidate in blocks[dependent] {
                        if let value = value(candidate) { queue.push(value, candidate) }
                    }
                }
            }
        }
        if chosen.isEmpty, let fallback {
            for member in fallback.blocks.flatMap({ blocks[$0] }).sorted() {
                chosen.append((member, member == fallback.candidate ? rule : "quote-unit"))
            }
        }

        let byScore = chosen.sorted {
            scores[$0.candidate] != scores[$1.candidate]
                ? scores[$0.candidate] > scores[$1.candidate] : $0.candidate < $1.candidate
        }
        var sentences: [SummarySentence] = []
        for (rank, item) in byScore.enumerated() {
            sentences.append(
                input.summarySentence(
                    item.candidate,
                    score: scores[item.candidate],
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
