/// The ECAL energy threshold E_ECAL^thr sampled over run periods, as the 2024 NA64-e letter does for its signal
/// uncertainty (docs/PHYSICS.md §10): thresholds with weights (e.g. each period's EOT), normalised to 1.
public struct ThresholdDistribution: Sendable, Hashable {
    /// The sampled thresholds [GeV].
    public let thresholdsGeV: [Double]
    /// Their weights, normalised to sum 1.
    public let weights: [Double]

    /// A distribution from thresholds and positive weights (any normalisation), at least one of each, equal counts.
    public init(thresholdsGeV: [Double], weights: [Double]) {
        precondition(!thresholdsGeV.isEmpty && thresholdsGeV.count == weights.count, "one weight per threshold")
        let total = weights.reduce(0, +)
        precondition(total > 0 && weights.allSatisfy { $0 >= 0 }, "weights must be ≥ 0 with a positive sum")
        self.thresholdsGeV = thresholdsGeV
        self.weights = weights.map { $0 / total }
    }

    /// The weighted mean ⟨Y⟩ of `yields` (one per threshold).
    public func mean(of yields: [Double]) -> Double {
        precondition(yields.count == weights.count, "one yield per threshold")
        return zip(weights, yields).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// r_thr = σ_Y/⟨Y⟩, the weighted standard deviation of `yields` (one per threshold) over their weighted mean;
    /// 0 when the mean is 0 (no signal at any threshold: there is no limit to make uncertain).
    public func relativeSpread(of yields: [Double]) -> Double {
        let average = mean(of: yields)
        guard average > 0 else { return 0 }
        let variance = zip(weights, yields).reduce(0) { $0 + $1.0 * ($1.1 - average) * ($1.1 - average) }
        return variance.squareRoot() / average
    }
}
