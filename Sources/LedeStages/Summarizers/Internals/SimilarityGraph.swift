internal import Foundation

/// A sparse graph of sentences joined by how much they share, ranked with PageRank.
///
/// A dense sentence-by-sentence matrix costs O(*n*²) in the number of sentences. The graph is
/// built instead from an inverted index of the sentences' content words, so only sentences
/// that share a word are ever compared, with two bounds that keep the cost close to linear:
///
/// - a word found in more than ``maxPostings`` sentences is too common to tell sentences
///   apart and does not link them (it still counts in each sentence's length and norm);
/// - each sentence keeps only its ``maxNeighbours`` strongest edges, and fewer, down to
///   ``minNeighbours``, in a document of more than 4,096 sentences (``edgeBudget``).
///
/// Documents with fewer sentences than both bounds get exactly the dense graph. The edges are
/// directed (a sentence's strongest neighbours need not count it among theirs), and PageRank
/// runs by power iteration on them.
///
/// Both bounds are 64: a word in more than 64 sentences is common in the document however
/// long it is, and with the bound the work per sentence stops growing once a document has a
/// few thousand sentences (with 256, it went on growing past 5,000, and a document of 46,000
/// sentences took three times as long per sentence to link).
///
/// - Complexity: building is O(*w* · ``maxPostings``) in the number of words *w*, plus keeping
///   each sentence's strongest neighbours in a heap; each PageRank iteration is
///   O(*n* · ``maxNeighbours``).
struct SimilarityGraph {
    /// How the weight of an edge between two sentences is measured.
    enum Measure {
        /// The cosine of the two sentences' word-count vectors, each word weighted (`nil`: all
        /// weigh 1; LexRank passes inverse document frequencies).
        case cosine(termWeights: [Double]?)
        /// TextRank's overlap: the number of distinct words the two share, divided by
        /// log |*S₁*| + log |*S₂*|, the logs of their lengths in content words.
        case overlap
    }

    /// The most sentences a word may be found in and still link sentences.
    static let maxPostings = 64
    /// The most edges a sentence keeps.
    static let maxNeighbours = 64
    /// The most edges a graph keeps with ``maxNeighbours`` per sentence.
    ///
    /// 64 for each of 4,096 sentences, far more than any news article has. A longer document
    /// keeps fewer edges per sentence, this many in all, and never fewer than
    /// ``minNeighbours`` per sentence.
    static let edgeBudget = 64 * 4096
    /// The fewest edges a sentence keeps in a long document.
    static let minNeighbours = 16

    /// The most edges each sentence keeps in a graph of `sentenceCount` sentences.
    ///
    /// Each edge costs 8 bytes, and a sentence of a long document about 120 bytes of text:
    /// with 64 edges each, the graph alone took 3.5 times the size of the text. A sentence's
    /// strongest links carry most of its centrality, so a long document keeps those.
    static func maxNeighbours(sentenceCount: Int) -> Int {
        max(minNeighbours, min(maxNeighbours, edgeBudget / max(sentenceCount, 1)))
    }

    /// The number of sentences.
    let nodeCount: Int
    /// Where each sentence's edges start in ``targets`` and ``weights``; one more entry than
    /// there are sentences.
    private(set) var offsets: [Int]
    /// The sentence each edge leads to.
    private(set) var targets: [Int32]
    /// The probability of following each edge from its sentence.
    ///
    /// It is the edge's weight divided by the total weight of the sentence's edges, as a
    /// `Float`. The weights themselves are not kept: a long document has millions of edges,
    /// and PageRank needs only these.
    private(set) var probabilities: [Float]

    /// Builds the graph.
    ///
    /// - Parameters:
    ///   - bags: Each sentence's content words with their counts, sorted by word.
    ///   - termCount: The number of distinct words.
    ///   - measure: How edges are weighed.
    ///   - threshold: Edges lighter than this are dropped; with `binary`, kept edges weigh 1
    ///     (LexRank's threshold variant).
    ///   - binary: Whether kept edges weigh 1.
    ///   - groups: The group of each sentence, such as its document, or `nil` for one group.
    ///   - sameGroupWeight: What an edge between two sentences of one group is multiplied by,
    ///     before the strongest edges are kept.
    init(
        bags: [[TermCount]],
        termCount: Int,
        measure: Measure,
        threshold: Double = 0,
        binary: Bool = false,
        groups: [Int]? = nil,
        sameGroupWeight: Double = 1
    ) {
        let count = bags.count
        nodeCount = count
        offsets = [0]
        offsets.reserveCapacity(count + 1)
        targets = []
        probabilities = []

        var termWeights: [Double]?
        if case .cosine(let given) = measure { termWeights = given }
        let isCosine: Bool
        switch measure {
        case .cosine: isCosine = true
        case .overlap: isCosine = false
        }
        // Each word's weight, squared: what one shared occurrence adds to a dot product.
        var squaredWeights = [Double](repeating: 1, count: termCount)
        if let termWeights {
            for term in 0..<termCount { squaredWeights[term] = pow2(term < termWeights.count ? termWeights[term] : 1) }
        }

        // Each sentence's norm (cosine) or length (overlap), over all its words.
        var sizes = [Double](repeating: 0, count: count)
        for (index, bag) in bags.enumerated() {
            if isCosine {
                sizes[index] =
                    bag.reduce(0) { $0 + pow2((termWeights?[Int($1.term)] ?? 1) * Double($1.count)) }.squareRoot()
            } else {
                let length = bag.reduce(0) { $0 + Int($1.count) }
                sizes[index] = length > 0 ? log(Double(length)) : 0
            }
        }

        // The inverted index, as flat arrays: the sentences of each word and its count there.
        var postingStart = [Int](repeating: 0, count: termCount + 1)
        for bag in bags { for entry in bag { postingStart[Int(entry.term) + 1] += 1 } }
        for term in 0..<termCount { postingStart[term + 1] += postingStart[term] }
        var fill = postingStart
        var postingSentence = [Int32](repeating: 0, count: postingStart[termCount])
        var postingCount = [Int32](repeating: 0, count: postingStart[termCount])
        for (index, bag) in bags.enumerated() {
            for entry in bag {
                let slot = fill[Int(entry.term)]
                postingSentence[slot] = Int32(index)
                postingCount[slot] = entry.count
                fill[Int(entry.term)] += 1
            }
        }

        // What each sentence shares with the one being linked; positive once touched, as every
        // shared word adds a positive amount.
        var accumulated = [Double](repeating: 0, count: count)
        var touched: [Int32] = []
        var found: [Edge] = []
        let maxNeighbours = SimilarityGraph.maxNeighbours(sentenceCount: count)
        // At most `edgeBudget` edges, or 16 per sentence: reserved once rather than doubled.
        targets.reserveCapacity(count * min(max(count - 1, 0), maxNeighbours))
        probabilities.reserveCapacity(targets.capacity)
        for (index, bag) in bags.enumerated() {
            // The words each sentence shares with this one, summed over the inverted index.
            accumulated.withUnsafeMutableBufferPointer { accumulated in
                postingSentence.withUnsafeBufferPointer { postingSentence in
                    postingCount.withUnsafeBufferPointer { postingCount in
                        for entry in bag {
                            let term = Int(entry.term)
                            let first = postingStart[term]
                            let end = postingStart[term + 1]
                            let factor = squaredWeights[term] * Double(entry.count)
                            guard end - first <= SimilarityGraph.maxPostings, factor > 0 else { continue }
                            for slot in first..<end {
                                let other = Int(postingSentence[slot])
                                guard other != index else { continue }
                                if accumulated[other] == 0 { touched.append(Int32(truncatingIfNeeded: other)) }
                                if isCosine {
                                    accumulated[other] += factor * Double(postingCount[slot])
                                } else {
                                    accumulated[other] += 1
                                }
                            }
                        }
                    }
                }
            }
            // The strongest edges: the heaviest, the earlier sentence first among equals, kept in
            // a min-heap of at most `maxNeighbours`, whose root is the weakest kept.
            found.removeAll(keepingCapacity: true)
            for other in touched {
                let shared = accumulated[Int(other)]
                accumulated[Int(other)] = 0
                var value: Double
                if isCosine {
                    let denominator = sizes[index] * sizes[Int(other)]
                    value = denominator > 0 ? shared / denominator : 0
                } else {
                    let sum = sizes[index] + sizes[Int(other)]
                    value = sum > 0 ? shared / sum : 0
                }
                if let groups, groups[index] == groups[Int(other)] { value *= sameGroupWeight }
                guard value > 0, value >= threshold else { continue }
                Edge.keep(Edge(target: other, weight: value), in: &found, atMost: maxNeighbours)
            }
            touched.removeAll(keepingCapacity: true)
            found.sort { $0.target < $1.target }
            // The total in target order, as PageRank has always summed it.
            var total = 0.0
            for edge in found { total += binary ? 1 : edge.weight }
            if total > 0 {
                for edge in found {
                    targets.append(edge.target)
                    probabilities.append(Float((binary ? 1 : edge.weight) / total))
                }
            }
            offsets.append(targets.count)
        }
    }

    /// The edges of a sentence.
    ///
    /// - Parameter node: The sentence.
    /// - Returns: The range of its edges in ``targets`` and ``weights``.
    func edges(of node: Int) -> Range<Int> { offsets[node]..<offsets[node + 1] }

    /// The stationary distribution of a random walk that follows edges in proportion to their
    /// weights with probability `damping` and jumps to a random sentence otherwise (PageRank).
    ///
    /// A sentence with no edges spreads its rank evenly over all sentences. The ranks are
    /// found by power iteration, with each edge's probability held as a `Float`: a long
    /// document's edges then take half the memory to stream through on each iteration, and
    /// the ranks are still far more precise than any ranking of sentences needs.
    ///
    /// - Parameters:
    ///   - damping: The probability of following an edge, from 0 to 1.
    ///   - tolerance: Iteration stops when the ranks change by less than this in total; the
    ///     ranks then lie within about `tolerance` · `damping` / (1 − `damping`) of the
    ///     stationary distribution, in total.
    ///   - maxIterations: The most iterations.
    ///   - jump: Where the random jump lands, in proportion to these non-negative weights, one
    ///     per sentence (personalized PageRank; a sentence with no edges spreads its rank the
    ///     same way); `nil`, or weights that sum to 0, for every sentence alike.
    /// - Returns: Each sentence's rank; the ranks sum to 1.
    /// - Complexity: O(*i* · *e*) for *i* iterations over *e* edges; with the default
    ///   tolerance and damping, *i* is about 50.
    func pageRank(
        damping: Double,
        tolerance: Double = 1e-7,
        maxIterations: Int = 200,
        jump: [Double]? = nil
    ) -> [Double] {
        let count = nodeCount
        guard count > 0 else { return [] }
        let jumpTotal = jump?.reduce(0, +) ?? 0
        let landing: [Double]? =
            jump.map { weights in jumpTotal > 0 ? weights.map { $0 / jumpTotal } : [] }.flatMap {
                $0.isEmpty ? nil : $0
            }
        let isDangling = (0..<count).map { edges(of: $0).isEmpty }
        var rank = [Double](repeating: 1 / Double(count), count: count)
        var next = [Double](repeating: 0, count: count)
        offsets.withUnsafeBufferPointer { offsets in
            targets.withUnsafeBufferPointer { targets in
                probabilities.withUnsafeBufferPointer { probabilities in
                    rank.withUnsafeMutableBufferPointer { rank in
                        next.withUnsafeMutableBufferPointer { next in
                            for _ in 0..<maxIterations {
                                var dangling = 0.0
                                for node in 0..<count {
                                    let share = rank[node]
                                    guard !isDangling[node] else {
                                        dangling += share
                                        continue
                                    }
                                    for edge in offsets[node]..<offsets[node + 1] {
                                        next[Int(targets[edge])] += share * Double(probabilities[edge])
                                    }
                                }
                                let base = (1 - damping) / Double(count) + damping * dangling / Double(count)
                                let spread = 1 - damping + damping * dangling
                                var change = 0.0
                                for node in 0..<count {
                                    let value =
                                        (landing.map { spread * $0[node] } ?? base) + damping * next[node]
                                    change += abs(value - rank[node])
                                    rank[node] = value
                                    next[node] = 0
                                }
                                if change < tolerance { break }
                            }
                        }
                    }
                }
            }
        }
        return rank
    }
}

/// An edge of the graph while it is built.
struct Edge {
    /// The sentence it leads to.
    var target: Int32
    /// Its weight.
    var weight: Double

    /// Whether `self` is kept before `other`: it is heavier, or as heavy and nearer the start.
    @inline(__always)
    func isStronger(than other: Edge) -> Bool {
        weight != other.weight ? weight > other.weight : target < other.target
    }

    /// Adds an edge to a min-heap of at most `limit` edges, whose root is the weakest: while
    /// the heap is not full the edge joins it, and then it replaces the root if it is stronger.
    ///
    /// - Complexity: O(1) for an edge weaker than the root, O(log *limit*) otherwise.
    @inline(__always)
    static func keep(_ edge: Edge, in heap: inout [Edge], atMost limit: Int) {
        if heap.count < limit {
            heap.append(edge)
            heap.withUnsafeMutableBufferPointer { heap in
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    guard heap[parent].isStronger(than: heap[child]) else { break }
                    heap.swapAt(child, parent)
                    child = parent
                }
            }
            return
        }
        guard edge.isStronger(than: heap[0]) else { return }
        heap.withUnsafeMutableBufferPointer { heap in
            heap[0] = edge
            var parent = 0
            while true {
                let left = 2 * parent + 1
                var weakest = parent
                if left < heap.count && heap[weakest].isStronger(than: heap[left]) { weakest = left }
                if left + 1 < heap.count && heap[weakest].isStronger(than: heap[left + 1]) { weakest = left + 1 }
                guard weakest != parent else { break }
                heap.swapAt(parent, weakest)
                parent = weakest
            }
        }
    }
}

/// The square of a number.
@inline(__always) func pow2(_ value: Double) -> Double { value * value }
