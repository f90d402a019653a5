#if canImport(FoundationEssentials)
internal import FoundationEssentials
#else
internal import Foundation
#endif

extension Array where Element: Sendable {
    /// Transforms every element in parallel, at most `maxConcurrency` at once, and returns the
    /// results in the order of the elements.
    ///
    /// The first error thrown stops the work and is rethrown.
    func concurrentMap<Transformed: Sendable>(
        maxConcurrency: Int?,
        _ transform: @escaping @Sendable (Element) throws -> Transformed
    ) async throws -> [Transformed] {
        let width = Swift.max(1, maxConcurrency ?? ProcessInfo.processInfo.activeProcessorCount)
        var results = [Transformed?](repeating: nil, count: count)
        try await withThrowingTaskGroup(of: (Int, Transformed).self) { group in
            var next = 0
            func submit() {
                guard next < count else { return }
                let index = next
                let element = self[index]
                group.addTask { (index, try transform(element)) }
                next += 1
            }
            for _ in 0..<width { submit() }
            while let (index, result) = try await group.next() {
                results[index] = result
                submit()
            }
        }
        return results.compactMap { $0 }
    }
}
