import Foundation
import Synchronization
import Testing
import Physics
@testable import Figures

@Suite("NA64-μ profile-likelihood N_up memo")
struct NA64MuonUpperLimitMemoTests {
    @Test("Two steps asking at once for the same N_up get the same value, computed once, and it is the Physics one")
    func sameValueComputedOnce() throws {
        var p = NA64MuonRecastStep.Parameters()
        p.upper_limit_method = "profile-likelihood"
        // A key of its own (no other test or step uses B = 0.0713), few toys for speed.
        p.background_events = 0.0713
        p.likelihood_toys = 300
        let key = NA64MuonRecastStep.upperLimitKey(p)
        let parameters = p
        let values = Mutex<[Double]>([])
        DispatchQueue.concurrentPerform(iterations: 3) { _ in
            let value = try? NA64MuonRecastStep.profileLikelihoodUpperLimit(parameters)
            values.withLock { $0.append(value ?? .nan) }
        }
        let direct = try ProfileLikelihoodLimit(likelihood: key.likelihood, confidenceLevel: 0.9)
            .upperLimit(method: .toys(count: 300, seed: 1), criterion: .cls)
        #expect(values.withLock { $0 } == [direct, direct, direct])
        #expect(NA64MuonRecastStep.upperLimitMemo.computations(of: key) == 1)
        // Another key is another computation.
        p.likelihood_toys = 301
        _ = try NA64MuonRecastStep.profileLikelihoodUpperLimit(p)
        #expect(NA64MuonRecastStep.upperLimitMemo.computations(of: NA64MuonRecastStep.upperLimitKey(p)) == 1)
        #expect(NA64MuonRecastStep.upperLimitMemo.computations(of: key) == 1)
    }
}
