import Foundation
import Testing

@testable import LedeStages

@Suite struct SimilarityGraphTests {
    /// A bag of words from term numbers, with their counts.
    static func bag(_ terms: [Int32]) -> [TermCount] {
        var counts: [Int32: Int32] = [:]
        for term in terms { counts[term, default: 0] += 1 }
        return counts.keys.sorted().map { TermCount(term: $0, count: counts[$0] ?? 0) }
    }

    /// The edges of a node as a dictionary from target to the probability of following it.
    static func edges(_ graph: SimilarityGraph, of node: Int) -> [Int: Double] {
        var result: [Int: Double] = [:]
        for edge in graph.edges(of: node) { result[Int(graph.targets[edge])] = Double(graph.probabilities[edge]) }
        return result
    }

    @Test func aSmallGraphHasEveryCosine() {
        let bags = [[1, 2, 2, 3], [2, 3, 4], [5], [1, 5, 5]].map { Self.bag($0) }
        let graph = SimilarityGraph(bags: bags, termCount: 6, measure: .cosine(termWeights: nil))
        for node in bags.indices {
            var expected: [Int: Double] = [:]
            for other in bags.indices where other != node {
                let cosine = bags[node].cosine(bags[other])
                if cosine > 0 { expected[other] = cosine }
            }
            let found = Self.edges(graph, of: node)
            #expect(found.keys.sorted() == expected.keys.sorted(), "node \(node)")
            // Each edge is followed in proportion to its cosine.
            let total = expected.values.reduce(0, +)
            for (target, weight) in expected { #expect(abs((found[target] ?? 0) - weight / total) < 1e-6) }
        }
    }

    @Test func eachSentenceKeepsItsStrongestEdgesTheNearerFirstAmongEquals() {
        // Sentence 0 shares one word with each of 100 others, and two words with the last 10.
        var bags: [[TermCount]] = [Self.bag(Array(1...20))]
        for index in 1...100 {
            let shared: [Int32] = index > 90 ? [1, 2] : [Int32(1 + index % 20)]
            bags.append(Self.bag(shared + [Int32(100 + index), Int32(300 + index)]))
        }
        let graph = SimilarityGraph(bags: bags, termCount: 500, measure: .overlap)
        let kept = Self.edges(graph, of: 0).keys.sorted()
        #expect(kept.count == SimilarityGraph.maxNeighbours)
        // The ten that share two words, then the nearest 54 of those that share one.
        #expect(kept == Array(1...54) + Array(91...100))
        #expect(graph.targets[graph.edges(of: 0)].elementsEqual(graph.targets[graph.edges(of: 0)].sorted()))
    }

    @Test(arguments: [(1, 64), (4096, 64), (4097, 63), (8192, 32), (16384, 16), (1_000_000, 16)])
    func aLongDocumentKeepsFewerNeighbours(sentences: Int, neighbours: Int) {
        #expect(SimilarityGraph.maxNeighbours(sentenceCount: sentences) == neighbours)
    }

    @Test func aWordInTooManySentencesLinksNone() {
        let common: Int32 = 0
        let many = SimilarityGraph.maxPostings + 1
        let bags = (0..<many).map { Self.bag([common, Int32(1 + $0)]) }
        let graph = SimilarityGraph(bags: bags, termCount: many + 1, measure: .cosine(termWeights: nil))
        #expect((0..<many).allSatisfy { graph.edges(of: $0).isEmpty })
        let fewer = SimilarityGraph(
            bags: Array(bags.prefix(3)),
            termCount: many + 1,
            measure: .cosine(termWeights: nil)
        )
        #expect(Self.edges(fewer, of: 0).keys.sorted() == [1, 2])
    }

    @Test func pageRankSumsToOneAndFavoursTheHub() {
        // A star: the hub shares a word with each leaf; the leaves share nothing else.
        let bags = [Self.bag([1, 2, 3, 4])] + (1...4).map { Self.bag([Int32($0), Int32(10 + $0)]) }
        let ranks = SimilarityGraph(bags: bags, termCount: 20, measure: .cosine(termWeights: nil))
            .pageRank(damping: 0.85)
        #expect(abs(ranks.reduce(0, +) - 1) < 1e-6)
        #expect(ranks.dropFirst().allSatisfy { $0 < ranks[0] })
        #expect(ranks.dropFirst().allSatisfy { abs($0 - ranks[1]) < 1e-9 })
    }

    @Test func sentencesWithoutEdgesShareTheirRank() {
        let bags = [Self.bag([1]), Self.bag([2]), Self.bag([3])]
        let ranks = SimilarityGraph(bags: bags, termCount: 4, measure: .overlap).pageRank(damping: 0.85)
        #expect(ranks.allSatisfy { abs($0 - 1.0 / 3) < 1e-12 })
        #expect(SimilarityGraph(bags: [], termCount: 0, measure: .overlap).pageRank(damping: 0.85).isEmpty)
    }

    @Test func edgesWithinAGroupAreScaled() {
        let bags = [[1, 2], [1, 2], [1, 3]].map { Self.bag($0) }
        let plain = SimilarityGraph(bags: bags, termCount: 4, measure: .cosine(termWeights: nil))
        let grouped = SimilarityGraph(
            bags: bags,
            termCount: 4,
            measure: .cosine(termWeights: nil),
            groups: [0, 0, 1],
            sameGroupWeight: 0.25
        )
        // Node 0 follows its edge within the group a quarter as often, relative to the other.
        let plainRatio = (Self.edges(plain, of: 0)[1] ?? 0) / (Self.edges(plain, of: 0)[2] ?? 1)
        let groupedRatio = (Self.edges(grouped, of: 0)[1] ?? 0) / (Self.edges(grouped, of: 0)[2] ?? 1)
        #expect(abs(groupedRatio - 0.25 * plainRatio) < 1e-6)
        #expect(Self.edges(grouped, of: 2) == Self.edges(plain, of: 2))
        let none = SimilarityGraph(
            bags: bags,
            termCount: 4,
            measure: .cosine(termWeights: nil),
            groups: [0, 0, 0],
            sameGroupWeight: 0
        )
        #expect((0..<3).allSatisfy { none.edges(of: $0).isEmpty })
    }

    @Test func theJumpLandsInProportionToItsWeights() {
        // No edges: the ranks are the jump's distribution itself.
        let bags = [Self.bag([1]), Self.bag([2]), Self.bag([3])]
        let graph = SimilarityGraph(bags: bags, termCount: 4, measure: .overlap)
        let ranks = graph.pageRank(damping: 0.85, jump: [2, 1, 1])
        #expect(abs(ranks[0] - 0.5) < 1e-9 && abs(ranks[1] - 0.25) < 1e-9)
        #expect(graph.pageRank(damping: 0.85, jump: [0, 0, 0]) == graph.pageRank(damping: 0.85))
        // On a star, favouring a leaf raises it above the other leaves.
        let star = [Self.bag([1, 2, 3])] + (1...3).map { Self.bag([Int32($0), Int32(10 + $0)]) }
        let favoured = SimilarityGraph(bags: star, termCount: 20, measure: .cosine(termWeights: nil))
            .pageRank(damping: 0.85, jump: [1, 3, 1, 1])
        #expect(favoured[1] > favoured[2] && abs(favoured[2] - favoured[3]) < 1e-9)
        #expect(abs(favoured.reduce(0, +) - 1) < 1e-6)
    }
}
