import Lede
import Synchronization
import Testing

@Suite struct OrderedConcurrencyTests {
    /// Counts the items running at once, and the most ever seen.
    final class Gauge: Sendable {
        private let state = Mutex<(running: Int, most: Int)>((0, 0))
        var most: Int { state.withLock { $0.most } }
        func enter() {
            state.withLock {
                $0.running += 1
                $0.most = max($0.most, $0.running)
            }
        }
        func leave() { state.withLock { $0.running -= 1 } }
    }

    /// Busy work long enough for other tasks to start meanwhile.
    static func spin(_ seed: Int) -> Int {
        var value = seed
        for step in 0..<200_000 { value = value &* 31 &+ step }
        return value
    }

    @Test("runs at most maxConcurrency items at once, and delivers all in order", arguments: [1, 2, 3])
    func limit(width: Int) async {
        let gauge = Gauge()
        var delivered: [Int] = []
        await forEachInOrder(0..<40, maxConcurrency: width) { item in
            gauge.enter()
            defer { gauge.leave() }
            _ = Self.spin(item)
            return item
        } onResult: { index, item in
            #expect(index == item)
            delivered.append(item)
        }
        #expect(delivered == Array(0..<40))
        #expect(gauge.most <= width)
    }

    @Test("takes any maxConcurrency without trapping", arguments: [Int.min, -1, 0, Int.max])
    func extremeWidths(width: Int) async {
        var delivered: [Int] = []
        await forEachInOrder(0..<10, maxConcurrency: width) {
            $0 * 2
        } onResult: { _, value in
            delivered.append(value)
        }
        #expect(delivered == (0..<10).map { $0 * 2 })
    }
}
