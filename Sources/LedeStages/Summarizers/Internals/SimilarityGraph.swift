internal import Foundation

/// A sparse graph of sentences joined by how much they share, ranked with PageRank.
///
/// A dense sentence-by-sentence matrix costs O(*n*²) in the number of sentences. The graph is
/// built instead from an inverted index of the sentences' content words, so only sentences
/// that share a word are ever compared, with two bounds that keep the cost close to linear:
///
/// - a word found in more than ``maxPostings`` sentences is too common to tell sentences
///   apart and does not link them (it still counts in each sentence's length and norm);
/// - each sentence keeps only its ``maxNeighbours`` strongest edges.
///
/// Documents with fewer sentences than both bounds get exactly the dense graph. The edges are
/// directed (a sentence's strongest neighbours need not count it among theirs), and PageRank
/// runs by power iteration on them.
///
/// - Complexity: building is O(*w* · ``maxPostings``) in the number of words *w*, plus sorting
///   each sentence's candidate neighbours; each PageRank iteration is O(*n* · ``maxNeighbours``).
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
    static let maxPostings = 256
    /// The most edges a sentence keeps.
    static let maxNeighbours = 64

    /// The number of sentences.
    let nodeCount: Int
    /// Where each sentence's edges start in ``targets`` and ``weights``; one more entry than
    /// there are sentences.
    private(set) var offsets: [Int]
    /// The sentence each edge leads to.
    private(set) var targets: [Int32]
    /// The weight of each edge.
    private(set) var weights: [Double]

    /// Builds the graph.
    ///
    /// - Parameters:
    ///   - bags: Each sentence's content words with their counts, sorted by word.
    ///   - termCount: The number of distinct words.
    ///   - measure: How edges are weighed.
    ///   - threshold: Edges lighter than this are dropped; with `binary`, kept edges weigh 1
    ///     (LexRank's threshold variant).
    ///   - binary: Whether kept edges weigh 1.
    init(bags: [[TermCount]], termCount: Int, measure: Measure, threshold: Double = 0, binary: Bool = false) {
        let count = bags.count
        nodeCount = count
        offsets = [0]
        offsets.reserveCapacity(count + 1)
        targets = []
        weights = []

        var termWeights: [Double]?
        if case .cosine(let given) = measure { termWeights = given }
        func weight(_ term: Int32) -> Double { termWeights?[Int(term)] ?? 1 }

        // Each sentence's norm (cosine) or length (overlap), over all its words.
        var sizes = [Double](repeating: 0, count: count)
        for (index, bag) in bags.enumerated() {
            switch measure {
            case .cosine:
                sizes[index] = bag.reduce(0) { $0 + pow2(weight($1.term) * Double($1.count)) }.squareRoot()
            case .overlap:
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

        var accumulated = [Double](repeating: 0, count: count)
        var seenFrom = [Int](repeating: -1, count: count)
        var touched: [Int32] = []
        var edges: [(target: Int32, weight: Double)] = []
        for (index, bag) in bags.enumerated() {
            for entry in bag {
                let term = Int(entry.term)
                let range = postingStart[term]..<postingStart[term + 1]
                guard range.count <= SimilarityGraph.maxPostings else { continue }
                let factor: Double
                switch measure {
                case .cosine: factor = pow2(weight(entry.term)) * Double(entry.count)
                case .overlap: factor = 1
                }
                for slot in range {
                    let other = Int(postingSentence[slot])
                    guard other != index else { continue }
                    if seenFrom[other] != index {
                        seenFrom[other] = index
                        touched.append(Int32(other))
                    }
                    switch measure {
                    case .cosine: accumulated[other] += factor * Double(postingCount[slot])
                    case .overlap: accumulated[other] += 1
                    }
                }
            }
            edges.removeAll(keepingCapacity: true)
            // The strongest edges, kept in a min-heap of at most `maxNeighbours` by weight.
            func weaker(_ a: (target: Int32, weight: Double), _ b: (target: Int32, weight: Double)) -> Bool {
                a.weight != b.weight ? a.weight < b.weight : a.target > b.target
            }
            func keep(_ edge: (target: Int32, weight: Double)) {
                if edges.count < SimilarityGraph.maxNeighbours {
                    edges.append(edge)
                    var child = edges.count - 1
                    while child > 0 {
                        let parent = (child - 1) / 2
                        guard weaker(edges[child], edges[parent]) else { break }
                        edges.swapAt(child, parent)
                        child = parent
                    }
                    return
                }
                guard weaker(edges[0], edge) else { return }
                edges[0] = edge
                var parent = 0
                while true {
                    let left = 2 * parent + 1
                    var weakest = parent
                    if left < edges.count && weaker(edges[left], edges[weakest]) { weakest = left }
                    if left + 1 < edges.count && weaker(edges[left + 1], edges[weakest]) { weakest = left + 1 }
                    guard weakest != parent else { break }
                    edges.swapAt(parent, weakest)
                    parent = weakest
                }
            }
            for other in touched {
                let shared = accumulated[Int(other)]
                accumulated[Int(other)] = 0
                let denominator = sizes[index] * sizes[Int(other)]
                var value: Double
                switch measure {
                case .cosine: value = denominator > 0 ? shared / denominator : 0
                case .overlap:
                    let sum = sizes[index] + sizes[Int(other)]
                    value = sum > 0 ? shared / sum : 0
                }
                guard value > 0, value >= threshold else { continue }
                keep((other, value))
            }
            touched.removeAll(keepingCapacity: true)
            edges.sort { $0.target < $1.target }
            for edge in edges {
                targets.append(edge.target)
                weights.append(binary ? 1 : edge.weight)
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
    /// A sentence with no edges spreads its rank evenly over all sentences.
    ///
    /// - Parameters:
    ///   - damping: The probability of following an edge, from 0 to 1.
    ///   - tolerance: Iteration stops when the ranks change by less than this in total.
    ///   - maxIterations: The most iterations.
    /// - Returns: Each sentence's rank; the ranks sum to 1.
    /// - Complexity: O(*i* · *e*) for *i* iterations over *e* edges.
    func pageRank(damping: Double, tolerance: Double = 1e-10, maxIterations: Int = 200) -> [Double] {
        let count = nodeCount
        guard count > 0 else { return [] }
        var outWeight = [Double](repeating: 0, count: count)
        for node in 0..<count {
            for edge in edges(of: node) { outWeight[node] += weights[edge] }
        }
        var rank = [Double](repeating: 1 / Double(count), count: count)
        var next = [Double](repeating: 0, count: count)
        for _ in 0..<maxIterations {
            var dangling = 0.0
            for node in 0..<count {
                guard outWeight[node] > 0 else {
                    dangling += rank[node]
                    continue
                }
                let share = rank[node] / outWeight[node]
                for edge in edges(of: node) { next[Int(targets[edge])] += share * weights[edge] }
            }
            let base = (1 - damping) / Double(count) + damping * dangling / Double(count)
            var change = 0.0
            for node in 0..<count {
                let value = base + damping * next[node]
                change += abs(value - rank[node])
                rank[node] = value
                next[node] = 0
            }
            if change < tolerance { break }
        }
        return rank
    }
}

/// The square of a number.
@inline(__always) func pow2(_ value: Double) -> Double { value * value }
