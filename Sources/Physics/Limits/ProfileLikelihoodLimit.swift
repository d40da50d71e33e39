import Dispatch
import Foundation
import Synchronization

/// How the distribution of q̃_μ is obtained.
public enum ProfileLikelihoodMethod: Sendable, Hashable, Codable {
    /// The asymptotic (Wald) formulae with σ from the Asimov data set (arXiv:1007.1727, Eqs. 30–32, 65–67).
    /// Valid for large counts; for n = 0 it is far from the exact answer (docs/PHYSICS.md §10).
    case asymptotic
    /// Toy experiments: n and the global observables drawn with the nuisances at their conditional fit to the
    /// data (the usual frequentist construction); deterministic for a seed.
    case toys(count: Int, seed: UInt64)
    /// Hybrid toys (Cousins–Highland): the nuisances are drawn from their constraints (θ ~ N(θ̃_obs, 1)) and the global
    /// observables stay at their observed values. q̃_μ then depends on n only and falls with n (for n < μ), so the
    /// p-value is P(n ≤ n_obs) averaged over the nuisances: what `EventUpperLimit` computes by quadrature.
    case hybridToys(count: Int, seed: UInt64)
}

/// Which p-value sets the limit.
public enum ProfileLikelihoodCriterion: String, Sendable, Hashable, Codable {
    /// p_{s+b} = 1 − CL (the Neyman limit; for n = 0, B = 0 and no systematics, 2.303 at 90 %).
    case signalPlusBackground
    /// CL_s = p_{s+b}/(1 − p_b) = 1 − CL (Read 2002), as NA64 quotes.
    case cls
}

/// Upper limit on the signal events μ of a `CountingLikelihood` by the one-sided profile-likelihood test q̃_μ.
public struct ProfileLikelihoodLimit: Sendable, Hashable {
    /// The likelihood of the observed count.
    public var likelihood: CountingLikelihood
    /// Confidence level (0.9).
    public var confidenceLevel: Double

    /// The limit for a likelihood at `confidenceLevel`.
    public init(likelihood: CountingLikelihood, confidenceLevel: Double = 0.9) {
        self.likelihood = likelihood
        self.confidenceLevel = confidenceLevel
    }

    /// Φ(z), the standard normal distribution function.
    static func normalCDF(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }

    /// (p_{s+b}, 1 − p_b) for signal μ from the asymptotic formulae (CCGV Eqs. 66–67 and the analogous F(q̃|0)):
    /// with q_A = q̃_μ of the Asimov set (n_A = b(θ̂̂₀), θ̃_A = θ̂̂₀; σ² = μ²/q_A),
    /// p_{s+b} = 1 − Φ(√q̃) and 1 − p_b = Φ(√q̃ − √q_A) for q̃ ≤ q_A; otherwise
    /// p_{s+b} = 1 − Φ((q̃ + q_A)/(2√q_A)) and 1 − p_b = Φ((q̃ − q_A)/(2√q_A)).
    public func asymptoticPValues(signal mu: Double) -> (signalPlusBackground: Double, backgroundComplement: Double) {
        let observed = likelihood.testStatistic(signal: mu)
        let fit = likelihood.profiledLogLikelihood(signal: 0)
        var asimov = likelihood
        asimov.observedEvents = likelihood.backgroundScale(likelihood.expectedBackground, fit.backgroundTheta).0
        let qA = asimov.testStatistic(signal: mu, globals: (fit.backgroundTheta, fit.signalTheta))
        guard qA > 0 else { return (1, 1) }
        if observed <= qA {
            return (1 - Self.normalCDF(observed.squareRoot()), Self.normalCDF(observed.squareRoot() - qA.squareRoot()))
        }
        let rootA = qA.squareRoot()
        return (1 - Self.normalCDF((observed + qA) / (2 * rootA)), Self.normalCDF((observed - qA) / (2 * rootA)))
    }

    /// Poisson variate by inversion (means here are ≲ 50).
    static func poisson(_ mean: Double, _ rng: inout Xoshiro256StarStar) -> Double {
        poisson(mean, expNegativeMean: exp(-mean), &rng)
    }

    /// The same with e^(−mean) given (the frequentist toys share one mean).
    static func poisson(_ mean: Double, expNegativeMean: Double, _ rng: inout Xoshiro256StarStar) -> Double {
        let u = rng.nextOpenUnit()
        var k = 0.0, term = expNegativeMean, cumulative = term
        while cumulative < u && k < 10 * mean + 100 {
            k += 1
            term *= mean / k
            cumulative += term
        }
        return k
    }

    /// A standard normal variate (Box–Muller, one of the pair).
    static func normal(_ rng: inout Xoshiro256StarStar) -> Double {
        (-2 * log(rng.nextOpenUnit())).squareRoot() * cos(2 * Double.pi * rng.nextOpenUnit())
    }

    /// Fraction of toys generated at signal `generated` (nuisances at their conditional fit to the data) whose q̃_μ
    /// is at least the observed one. Toy i uses stream i of `seed`, so the toys are independent of each other and run
    /// in parallel blocks whose counts add up to the same integer whatever the blocks. `decidingEarly` lets bounds
    /// settle a toy's comparison without its full q̃_μ (`testStatisticReaches`; the same answers).
    func toyTailFraction(
        signal mu: Double, generatedSignal generated: Double, observed: Double,
        count: Int, seed: UInt64, hybrid: Bool = false, decidingEarly: Bool = true
    ) -> Double {
        let scales = likelihood.scales
        let fit = likelihood.profiledLogLikelihood(signal: generated, globals: (0, 0), scales: scales)
        let b = scales.background(likelihood.expectedBackground, fit.backgroundTheta).0
        let s = scales.signal(generated, fit.signalTheta).0
        let expNegativeMean = exp(-(b + s))
        // Ties (the statistic is discrete when there are no nuisances) count as "at least as extreme".
        let threshold = observed - 1e-9
        let likelihood = likelihood
        @Sendable func reaches(_ toy: CountingLikelihood, _ globals: (Double, Double)) -> Bool {
            decidingEarly
                ? toy.testStatisticReaches(threshold, signal: mu, globals: globals, scales: scales)
                : toy.testStatistic(signal: mu, globals: globals) >= threshold
        }
        @Sendable func above(in range: Range<Int>) -> Int {
            var above = 0
            // Hybrid toys keep the global observables at 0, so a toy's q̃_μ depends on its count n alone: decided once
            // per distinct n (a handful), the same answers as deciding per toy.
            var answerByCount: [Double: Bool] = [:]
            for index in range {
                var rng = Xoshiro256StarStar(seed: seed, streamIndex: UInt64(index))
                let draws = (Self.normal(&rng), Self.normal(&rng))
                var toy = likelihood
                if hybrid {
                    let bToy = scales.background(likelihood.expectedBackground, draws.0).0
                    let sToy = scales.signal(generated, draws.1).0
                    toy.observedEvents = Self.poisson(bToy + sToy, &rng)
                    let answer = answerByCount[toy.observedEvents] ?? reaches(toy, (0, 0))
                    answerByCount[toy.observedEvents] = answer
                    if answer { above += 1 }
                } else {
                    toy.observedEvents = Self.poisson(b + s, expNegativeMean: expNegativeMean, &rng)
                    if reaches(toy, (fit.backgroundTheta + draws.0, fit.signalTheta + draws.1)) { above += 1 }
                }
            }
            return above
        }
        let blocks = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count / 500))
        let total = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: blocks) { block in
            let counted = above(in: (block * count / blocks)..<((block + 1) * count / blocks))
            total.withLock { $0 += counted }
        }
        return Double(total.withLock { $0 }) / Double(count)
    }

    /// (p_{s+b}, 1 − p_b) from toys.
    public func toyPValues(signal mu: Double, count: Int, seed: UInt64, hybrid: Bool = false)
        -> (signalPlusBackground: Double, backgroundComplement: Double)
    {
        let observed = likelihood.testStatistic(signal: mu)
        return (
            toyTailFraction(signal: mu, generatedSignal: mu, observed: observed, count: count, seed: seed, hybrid: hybrid),
            toyTailFraction(
                signal: mu, generatedSignal: 0, observed: observed, count: count, seed: seed ^ 0x5bd1e995,
                hybrid: hybrid)
        )
    }

    /// The p-value the criterion compares with 1 − CL.
    func pValue(signal mu: Double, _ method: ProfileLikelihoodMethod, _ criterion: ProfileLikelihoodCriterion) -> Double {
        let p: (signalPlusBackground: Double, backgroundComplement: Double)
        switch method {
        case .asymptotic: p = asymptoticPValues(signal: mu)
        case let .toys(count, seed): p = toyPValues(signal: mu, count: count, seed: seed)
        case let .hybridToys(count, seed): p = toyPValues(signal: mu, count: count, seed: seed, hybrid: true)
        }
        switch criterion {
        case .signalPlusBackground: return p.signalPlusBackground
        case .cls: return p.backgroundComplement > 0 ? p.signalPlusBackground / p.backgroundComplement : 1
        }
    }

    /// μ_up: the smallest μ with p(μ) ≤ 1 − CL, by bisection to 10⁻⁴ relative (toy p-values are step functions
    /// of μ with common random numbers, so a bracketing method is the right tool).
    public func upperLimit(method: ProfileLikelihoodMethod, criterion: ProfileLikelihoodCriterion) throws -> Double {
        guard confidenceLevel > 0, confidenceLevel < 1 else { throw UpperLimitError.invalidConfidenceLevel(confidenceLevel) }
        let target = 1 - confidenceLevel
        var lo = 0.0, hi = 1.0 + likelihood.observedEvents + likelihood.expectedBackground
        while pValue(signal: hi, method, criterion) > target {
            lo = hi
            hi *= 2
            if hi > 1e6 { throw UpperLimitError.noPositiveLimit }
        }
        while hi - lo > 1e-4 * hi {
            let mid = 0.5 * (lo + hi)
            if pValue(signal: mid, method, criterion) > target { lo = mid } else { hi = mid }
        }
        return 0.5 * (lo + hi)
    }
}

/// Relative signal uncertainties combined in quadrature (independent sources).
public enum SignalUncertaintyBudget {
    /// √(Σ r_i²).
    public static func quadrature(_ relative: [Double]) -> Double {
        relative.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// NA64-μ (PRL 132, 211803 (2024)): MOT 1 %, cross section 2 %, 2.4 % and 1.4 %, Pb purity 1 %, efficiency 4 % and
    /// 5 % (both upper values), in quadrature: 7.40 %.
    public static let na64Muon = quadrature([0.01, 0.02, 0.024, 0.014, 0.01, 0.04, 0.05])
    /// NA64-μ background 0.07 ± 0.03 events.
    public static let na64MuonBackground = (events: 0.07, uncertainty: 0.03)
}
