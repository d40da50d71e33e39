import Foundation
import Synchronization

/// Maps over indices on all cores and returns the results in index order, so a step's output bytes do not
/// depend on the thread count or scheduling (the engine's purity contract, StepKind.swift).
enum OrderedParallelMap {
    /// `[transform(0), …, transform(count − 1)]`, computed concurrently; `progress(done, count)` after each.
    static func map<Result: Sendable>(
        count: Int, progress: @Sendable (Int, Int) -> Void = { _, _ in },
        _ transform: @Sendable (Int) -> Result
    ) -> [Result] {
        let results = Mutex([Result?](repeating: nil, count: count))
        let finished = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let value = transform(index)
            results.withLock { $0[index] = value }
            let done = finished.add(1, ordering: .relaxed).newValue
            progress(done, count)
        }
        return results.withLock { $0.map { $0! } }
    }
}
