import Foundation

/// How an upper limit on the number of signal events is set from a Poisson count.
public enum UpperLimitMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// Neyman (classical) limit from CL_{s+b} = P(n ≤ n_obs | s + b) = 1 − CL. With background it can
    /// be small or even negative when fewer events are seen than expected.
    case classical
    /// Modified frequentist CL_s = CL_{s+b}/CL_b = 1 − CL (Read, J. Phys. G 28, 2693 (2002)), as used
    /// by NA64. For a Poisson count it equals the Bayesian limit with a flat prior in s; for n_obs = 0 it
    /// is −ln(1 − CL) = 2.303 (90 %) whatever the background.
    case cls
}

/// Errors from the event upper-limit computation.
public enum UpperLimitError: Error, Sendable, Equatable {
    /// The requested confidence level is outside (0, 1).
    case invalidConfidenceLevel(Double)
    /// The classical limit is at or below zero (far fewer events than the background predicts).
    case noPositiveLimit
}

/// Upper limit N_up on the expected signal events of a counting experiment (docs/PHYSICS.md §10).
///
/// Systematics (Cousins and Highland, NIM A 320, 331 (1992)): the Poisson probabilities are averaged
/// over a Gaussian of relative width σ_s on the signal and σ_b on the background, each truncated at
/// zero and renormalised; the averages use a 48-point Gauss–Legendre rule over ±6σ.
public struct EventUpperLimit: Sendable, Hashable, Codable {
    /// Observed events n_obs.
    public var observedEvents: Int
    /// Expected background B.
    public var expectedBackground: Double
    /// Relative uncertainty σ_b/B.
    public var relativeBackgroundUncertainty: Double
    /// Relative uncertainty on the signal expectation (efficiency, EOT, …).
    public var relativeSignalUncertainty: Double
    /// Confidence level (0.9 for the NA64 limits).
    public var confidenceLevel: Double
    /// CL_s or classical.
    public var method: UpperLimitMethod

    /// Memberwise initialiser; defaults: no events, no background, no systematics, 90 % CL, CL_s.
    public init(
        observedEvents: Int = 0, expectedBackground: Double = 0, relativeBackgroundUncertainty: Double = 0,
        relativeSignalUncertainty: Double = 0, confidenceLevel: Double = 0.9, method: UpperLimitMethod = .cls
    ) {
        self.observedEvents = observedEvents
        self.expectedBackground = expectedBackground
        self.relativeBackgroundUncertainty = relativeBackgroundUncertainty
        self.relativeSignalUncertainty = relativeSignalUncertainty
        self.confidenceLevel = confidenceLevel
        self.method = method
    }

    /// P(n ≤ k | μ) = e^{−μ} Σ_{j≤k} μ^j/j!.
    public static func poissonCumulative(_ k: Int, mean: Double) -> Double {
        var term = exp(-mean), sum = term
        if k > 0 {
            for j in 1...k {
                term *= mean / Double(j)
                sum += term
            }
        }
        return sum
    }

    static let smearingRule = GaussLegendre(pointCount: 48)

    /// Nodes and normalised weights of a Gaussian 1 + σ z truncated at zero (one node at 1 when σ = 0).
    static func smearing(_ sigma: Double) -> [(factor: Double, weight: Double)] {
        guard sigma > 0 else { return [(1, 1)] }
        let lower = max(-6.0, -1 / sigma)  // 1 + σ z ≥ 0
        var points: [(Double, Double)] = []
        var norm = 0.0
        let mid = 0.5 * (lower + 6), half = 0.5 * (6 - lower)
        for i in smearingRule.nodes.indices {
            let z = mid + half * smearingRule.nodes[i]
            let w = smearingRule.weights[i] * exp(-0.5 * z * z)
            points.append((1 + sigma * z, w))
            norm += w
        }
        return points.map { ($0.0, $0.1 / norm) }
    }

    /// ⟨P(n ≤ n_obs | s(1+δ_s) + B(1+δ_b))⟩ over the systematics.
    func averagedCumulative(
        signal: Double, signalPoints: [(factor: Double, weight: Double)],
        backgroundPoints: [(factor: Double, weight: Double)]
    ) -> Double {
        var total = 0.0
        for s in signalPoints {
            for b in backgroundPoints {
                total +=
                    s.weight * b.weight
                    * Self.poissonCumulative(observedEvents, mean: signal * s.factor + expectedBackground * b.factor)
            }
        }
        return total
    }

    /// N_up: the signal expectation excluded at `confidenceLevel`.
    public func signalEvents() throws -> Double {
        guard confidenceLevel > 0, confidenceLevel < 1 else { throw UpperLimitError.invalidConfidenceLevel(confidenceLevel) }
        let target = 1 - confidenceLevel
        let signalPoints = Self.smearing(relativeSignalUncertainty)
        let backgroundPoints = Self.smearing(relativeBackgroundUncertainty)
        let backgroundOnly = averagedCumulative(signal: 0, signalPoints: [(1, 1)], backgroundPoints: backgroundPoints)
        let statistic: (Double) -> Double = { signal in
            let p = averagedCumulative(signal: signal, signalPoints: signalPoints, backgroundPoints: backgroundPoints)
            switch method {
            case .classical: return p - target
            case .cls: return p / backgroundOnly - target
            }
        }
        if statistic(0) <= 0 { throw UpperLimitError.noPositiveLimit }
        // Bracket: the statistic falls monotonically in s; double the upper end until it is negative.
        var upper = 2.0 + 2 * Double(observedEvents) + expectedBackground
        while statistic(upper) > 0 { upper *= 2 }
        return try RootFinding.brent(in: 0...upper, tolerance: 1e-12, statistic)
    }
}
