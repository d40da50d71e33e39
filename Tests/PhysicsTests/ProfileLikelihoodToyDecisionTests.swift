import Foundation
import Testing
@testable import Physics

/// The toys' shortcuts (`testStatisticReaches`, the hoisted scales, the parallel blocks) must give the answers of the
/// full q̃_μ: these compare them exactly (counts and booleans, no tolerance).
@Suite("Profile-likelihood toy decisions")
struct ProfileLikelihoodToyDecisionTests {
    /// Likelihoods like the letters' (n = 0, log-normal B, small r_s), one with a large count and Gaussian nuisances.
    static let likelihoods = [
        CountingLikelihood(observedEvents: 0, expectedBackground: 0.07, backgroundUncertainty: 0.03, relativeSignalUncertainty: 0.074),
        CountingLikelihood(observedEvents: 0, expectedBackground: 0.3, backgroundUncertainty: 0.2, relativeSignalUncertainty: 0.15),
        CountingLikelihood(
            observedEvents: 12, expectedBackground: 10, backgroundUncertainty: 2, relativeSignalUncertainty: 0.1,
            backgroundConstraint: .gaussian, signalConstraint: .gaussian)
    ]

    @Test("testStatisticReaches answers as q̃_μ ≥ threshold does, at the statistic itself and around it")
    func decisionMatchesFullStatistic() {
        var decided = 0, settledEarly = 0
        for base in Self.likelihoods {
            let scales = base.scales
            for n in [0.0, 1, 2, 3, 5, 8, 13, 20] {
                var toy = base
                toy.observedEvents = n
                for mu in [0.5, 2.3, 6.0] {
                    for globals in [(0.0, 0.0), (1.5, -0.7), (-2.5, 1.2), (3.0, 3.0)] {
                        let q = toy.testStatistic(signal: mu, globals: globals)
                        let thresholds = [q.nextDown, q, q.nextUp, 0.5 * q, 2 * q + 0.1, 1e-9, 4.6, -1e-9]
                        for threshold in thresholds {
                            let answer = toy.testStatisticReaches(threshold, signal: mu, globals: globals, scales: scales)
                            #expect(answer == (q >= threshold), "n = \(n), μ = \(mu), globals \(globals), threshold \(threshold)")
                            decided += 1
                        }
                        // The bounds must actually settle some comparisons, or this test would not test them.
                        if n > 0, q < 4.6, !toy.testStatisticReachesNeedsSearch(4.6, signal: mu, globals: globals) {
                            settledEarly += 1
                        }
                    }
                }
            }
        }
        #expect(decided == 3 * 8 * 3 * 4 * 8)
        #expect(settledEarly > 20)
    }

    @Test(
        "Tail fractions with the shortcuts equal those without, frequentist and hybrid toys",
        arguments: [false, true])
    func tailFractionsMatch(hybrid: Bool) {
        for likelihood in Self.likelihoods {
            let limit = ProfileLikelihoodLimit(likelihood: likelihood)
            for mu in [1.0, 2.4, 4.0] {
                let observed = likelihood.testStatistic(signal: mu)
                for generated in [0.0, mu] {
                    let fast = limit.toyTailFraction(
                        signal: mu, generatedSignal: generated, observed: observed, count: 600, seed: 3, hybrid: hybrid)
                    let full = limit.toyTailFraction(
                        signal: mu, generatedSignal: generated, observed: observed, count: 600, seed: 3, hybrid: hybrid,
                        decidingEarly: false)
                    #expect(fast == full, "μ = \(mu), generated \(generated), \(likelihood)")
                }
            }
        }
    }

    @Test("The hoisted scales give the per-call scale's numbers exactly")
    func scalesMatchPerCallScale() {
        for constraint in [NuisanceConstraint.gaussian, .logNormal] {
            for r in [0.0, 0.074, 0.43, 0.67] {
                let scale = CountingLikelihood.YieldScale(relative: r, constraint)
                for theta in [-3.0, -0.4, 0, 0.25, 2.9] {
                    let hoisted = scale(0.3, theta)
                    // The former per-call form, written out: ln(1 + r) taken on every call.
                    let expected: (Double, Double, Double)
                    if r == 0 {
                        expected = (0.3, 0, 0)
                    } else if constraint == .gaussian {
                        let value = 0.3 * (1 + r * theta)
                        expected = value > 0 ? (value, 0.3 * r, 0) : (0, 0, 0)
                    } else {
                        let l = log1p(r), value = 0.3 * exp(l * theta)
                        expected = (value, value * l, value * l * l)
                    }
                    #expect(hoisted == expected)
                }
            }
        }
    }
}

extension CountingLikelihood {
    /// Whether `testStatisticReaches` would need the golden-section search (neither bound settles it): the two bounds
    /// as that function computes them.
    fileprivate func testStatisticReachesNeedsSearch(_ threshold: Double, signal mu: Double, globals: (Double, Double)) -> Bool {
        let numerator = profiledLogLikelihood(signal: mu, globals: globals).value
        let n = observedEvents
        let ceiling = n * log(n) - n
        if 2 * (ceiling - numerator) + 1e-6 * (1 + abs(ceiling) + abs(numerator)) < threshold { return false }
        return 2 * (profiledLogLikelihood(signal: 0, globals: globals).value - numerator) < threshold
    }
}
