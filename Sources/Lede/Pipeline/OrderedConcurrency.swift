#if canImport(FoundationEssentials)
internal import FoundationEssentials
#else
internal import Foundation
#endif

/// Runs `work` on each element of a sequence on several cores at once, and hands each result
/// to `onResult` in input order, as soon as it and every result before it are ready.
///
/// This is the engine of ``AnalysisPipeline/run(_:maxConcurrency:onResult:)``; use it when each
/// item needs more than the pipeline (a summary, serialization) and the output must keep the
/// input's order, as a JSON Lines filter must. At most `maxConcurrency` items run at once;
/// finished results wait for the ones before them in a window of at most four times as many,
/// so a long stream runs in bounded memory. The sequence is read on the calling task, lazily.
///
/// ```swift
/// try await forEachInOrder(lines, maxConcurrency: 4) { line in
///     encode(try? pipeline.run(line))
/// } onResult: { _, output in
///     print(output)
/// }
/// ```
///
/// - Parameters:
///   - inputs: The items, read lazily.
///   - maxConcurrency: How many items run at once; defaults to the number of active cores.
///     Values below 1 count as 1, and values above 1,024 as 1,024.
///   - work: What to do with one item; runs concurrently with other items.
///   - onResult: Called with each item's position and result, in input order.
/// - Throws: Only what `onResult` throws; that stops the run.
/// - Complexity: O(*n*) besides the work, holding at most 4 × `maxConcurrency` results.
public func forEachInOrder<Inputs: Sequence, Output: Sendable>(
    _ inputs: Inputs,
    maxConcurrency: Int? = nil,
    work: @escaping @Sendable (Inputs.Element) -> Output,
    onResult: (Int, Output) throws -> Void
) async rethrows where Inputs.Element: Sendable {
    let width = concurrencyWidth(maxConcurrency)
    // The results held for delivery; `width` is at most `maximumConcurrency`, so no overflow.
    let window = width * 4
    var iterator = inputs.makeIterator()
    try await withThrowingTaskGroup(of: (Int, Output).self) { group in
        var submitted = 0
        var running = 0
        var nextToDeliver = 0
        var finished: [Int: Output] = [:]
        var exhausted = false
        func submitMore() {
            while !exhausted && running < width && submitted - nextToDeliver < window {
                guard let input = iterator.next() else {
                    exhausted = true
                    return
                }
                let index = submitted
                group.addTask { (index, work(input)) }
                submitted += 1
                running += 1
            }
        }
        submitMore()
        while let (index, output) = try await group.next() {
            running -= 1
            finished[index] = output
            while let ready = finished.removeValue(forKey: nextToDeliver) {
                try onResult(nextToDeliver, ready)
                nextToDeliver += 1
            }
            submitMore()
        }
    }
}

/// The most items `forEachInOrder` runs at once, whatever its `maxConcurrency` says.
let maximumConcurrency = 1024

/// How many items run at once for a requested concurrency: the active cores when `nil`,
/// clamped to `1...maximumConcurrency`.
func concurrencyWidth(_ requested: Int?) -> Int {
    min(max(1, requested ?? ProcessInfo.processInfo.activeProcessorCount), maximumConcurrency)
}
