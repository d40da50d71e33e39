import Foundation
import Physics
import BuildEngine
import Synchronization

extension NA64MuonRecastStep {
    /// Everything the profile-likelihood N_up depends on: the likelihood (B, σ_B, r_s, n = 0), the toys, the seed
    /// and the confidence level (the criterion, CL_s, is fixed by the step).
    struct UpperLimitKey: Hashable, Sendable {
        var likelihood: CountingLikelihood
        var toys: Int
        var seed: UInt64
        var confidenceLevel: Double
    }

    /// One N_up per key in this process: `na64mu-2024-letter` and `na64mu-2024-letter-dark` ask for the same one,
    /// and its toys are nearly all of either step's time. The first caller computes while later callers with the
    /// same key wait for its result (the steps run on threads of their own). The engine's cache stays the source of
    /// truth across processes; this only spares a second computation of a pure function within one.
    final class UpperLimitMemo: Sendable {
        private final class Entry: Sendable {
            let result = Mutex<Result<Double, StepFailure>?>(nil)
        }
        private let entries = Mutex<[UpperLimitKey: Entry]>([:])
        private let computed = Mutex<[UpperLimitKey: Int]>([:])

        /// `compute(key)` the first time `key` is asked for; its result (a value or the failure) after that.
        func value(for key: UpperLimitKey, _ compute: (UpperLimitKey) -> Result<Double, StepFailure>) throws(StepFailure) -> Double {
            let entry = entries.withLock { entries in
                if let known = entries[key] { return known }
                let created = Entry()
                entries[key] = created
                return created
            }
            let result = entry.result.withLock { stored in
                if let stored { return stored }
                let fresh = compute(key)
                computed.withLock { $0[key, default: 0] += 1 }
                stored = fresh
                return fresh
            }
            return try result.get()
        }

        /// How many times `key`'s N_up was computed (the tests' evidence of "once").
        func computations(of key: UpperLimitKey) -> Int { computed.withLock { $0[key] ?? 0 } }
    }

    /// The process's N_up memo.
    static let upperLimitMemo = UpperLimitMemo()

    /// The memo key of the profile-likelihood N_up for `p`.
    static func upperLimitKey(_ p: Parameters) -> UpperLimitKey {
        UpperLimitKey(
            likelihood: CountingLikelihood(
                observedEvents: 0, expectedBackground: p.background_events, backgroundUncertainty: p.background_uncertainty,
                relativeSignalUncertainty: SignalUncertaintyBudget.quadrature(p.signal_uncertainties)),
            toys: p.likelihood_toys, seed: 1, confidenceLevel: 0.9)
    }

    /// N_up from the one-sided profile-likelihood test (zero observed events, log-normal background, Gaussian signal
    /// scale), CL_s at 90 % with toys: the limit procedure of the 2024 letter (docs/PHYSICS.md §12). Once per key
    /// and process (`upperLimitMemo`).
    static func profileLikelihoodUpperLimit(_ p: Parameters) throws -> Double {
        try upperLimitMemo.value(for: upperLimitKey(p)) { key in
            do {
                return .success(
                    try ProfileLikelihoodLimit(likelihood: key.likelihood, confidenceLevel: key.confidenceLevel)
                        .upperLimit(method: .toys(count: key.toys, seed: key.seed), criterion: .cls))
            } catch {
                return .failure(StepFailure("the profile-likelihood upper limit did not converge (\(error))"))
            }
        }
    }
}
