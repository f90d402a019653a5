import Lede

extension Array where Element: Sendable {
    /// Transforms every element in parallel, at most `maxConcurrency` at once, and returns the
    /// results in the order of the elements.
    ///
    /// A thin layer over Lede's `forEachInOrder(_:maxConcurrency:work:onResult:)`, so that the
    /// evaluation code and the pipeline share one ordered concurrent map. The first error
    /// thrown, in element order, stops the work and is rethrown.
    func concurrentMap<Transformed: Sendable>(
        maxConcurrency: Int?,
        _ transform: @escaping @Sendable (Element) throws -> Transformed
    ) async throws -> [Transformed] {
        var results: [Transformed] = []
        results.reserveCapacity(count)
        try await forEachInOrder(self, maxConcurrency: maxConcurrency) { element in
            Result { try transform(element) }
        } onResult: { _, result in
            results.append(try result.get())
        }
        return results
    }
}
