import Dispatch
import Foundation

/// The wall-time limit of one step (`timeout_s:`): a deadline that every computation of the step
/// (the step itself, or its shards and merge) must meet.
///
/// A step is an in-process Swift function and cannot be stopped from outside, so each computation runs
/// on its own thread and the build stops waiting at the deadline: the step fails, nothing of it is
/// stored or published, and the abandoned computation ends with the process.
struct StepTimeLimit: Sendable {
    /// The step's name, for the message.
    let stepName: String
    /// The limit in seconds.
    let seconds: Double
    /// When the limit is reached.
    let deadline: DispatchTime

    /// Starts the clock now.
    init(stepName: String, seconds: Double) {
        self.stepName = stepName
        self.seconds = seconds
        self.deadline = .now() + .nanoseconds(Int((seconds * 1e9).rounded()))
    }

    /// `step NAME exceeded its time limit of N s`.
    var failure: StepFailure {
        let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
        return StepFailure("step \(stepName) exceeded its time limit of \(shown) s (timeout_s)")
    }

    /// Runs `body` on a thread of its own and returns its result, or throws `failure` at the deadline.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        guard DispatchTime.now() < deadline else { throw failure }
        let failure = self.failure
        let deadline = self.deadline
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let once = ResumeOnce(continuation)
            let thread = Thread { once.resume(with: Result { try body() }) }
            // The steps recurse little, but a worker thread's default stack is small; match the main thread's.
            thread.stackSize = 8 << 20
            thread.start()
            DispatchQueue.global().asyncAfter(deadline: deadline) { once.resume(with: .failure(failure)) }
        }
    }
}

/// Resumes a continuation with the first result it is given and ignores the rest.
private final class ResumeOnce<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?

    init(_ continuation: CheckedContinuation<T, any Error>) { self.continuation = continuation }

    func resume(with result: Result<T, any Error>) {
        lock.lock()
        let pending = continuation
        continuation = nil
        lock.unlock()
        pending?.resume(with: result)
    }
}
