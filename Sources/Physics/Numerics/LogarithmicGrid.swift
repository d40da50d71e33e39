import Foundation

/// Points equally spaced in log x from `lower` to `upper`: the one logarithmic grid of the project
/// (mass grids, q² grids, shower energy bins, figure energy grids).
///
/// Ends: the first point is exactly `lower` and the last exactly `upper` (no rounding drift, so a grid
/// spanning a parameter range reproduces the range's ends bit for bit). Cost: O(`count`) time and memory,
/// one `exp` or `pow` per point. `count` is given directly or from a density, ⌈decades · density⌉ + 1
/// (at least 2), so the spacing never exceeds 1/density decades.
///
/// The `evaluation` is the floating-point recipe of the interior points. The three recipes describe the
/// same real numbers but round differently in the last bit (between 10 % and 80 % of the interior points of
/// the project's grids differ between any two of them); each grid keeps the recipe its published data were
/// made with, so that the committed figure data stay byte-identical. A new grid should use the default.
public struct LogarithmicGrid: Sendable, Hashable {
    /// How an interior point i of n is computed, with r = ln(upper/lower) and d = log₁₀(upper/lower).
    public enum Evaluation: Sendable, Hashable {
        /// lower · exp(r · i / (n − 1)): the default.
        case exponentOfFraction
        /// lower · exp((r / (n − 1)) · i): the step is computed once (recast mass grids, shower bin edges).
        case exponentOfStep
        /// lower · 10^(d · i / (n − 1)) (the yield, limit and loop-function grids).
        case decimalPower
    }

    /// First point (> 0).
    public var lower: Double
    /// Last point (> lower).
    public var upper: Double
    /// Number of points (≥ 2).
    public var count: Int
    /// The rounding recipe of the interior points.
    public var evaluation: Evaluation

    /// `count` points from `lower` to `upper`, both included.
    public init(from lower: Double, to upper: Double, count: Int, evaluation: Evaluation = .exponentOfFraction) {
        precondition(lower > 0 && upper > lower && count >= 2, "a log grid needs 0 < lower < upper and ≥ 2 points")
        self.lower = lower
        self.upper = upper
        self.count = count
        self.evaluation = evaluation
    }

    /// ⌈decades · `pointsPerDecade`⌉ + 1 points (at least 2) from `lower` to `upper`, both included.
    public init(from lower: Double, to upper: Double, pointsPerDecade: Int, evaluation: Evaluation = .exponentOfFraction) {
        precondition(lower > 0 && upper > lower && pointsPerDecade >= 1, "a log grid needs 0 < lower < upper and a density ≥ 1")
        let decades = log10(upper / lower)
        self.init(
            from: lower, to: upper, count: max(2, Int((decades * Double(pointsPerDecade)).rounded(.up)) + 1),
            evaluation: evaluation)
    }

    /// The points, increasing; `points[0] == lower`, `points[count − 1] == upper`.
    public var points: [Double] {
        let last = count - 1
        let point: (Int) -> Double
        switch evaluation {
        case .exponentOfFraction:
            let ratio = log(upper / lower)
            point = { [lower] in lower * exp(ratio * Double($0) / Double(last)) }
        case .exponentOfStep:
            let step = log(upper / lower) / Double(last)
            point = { [lower] in lower * exp(step * Double($0)) }
        case .decimalPower:
            let decades = log10(upper / lower)
            point = { [lower] in lower * pow(10, decades * Double($0) / Double(last)) }
        }
        return (0...last).map { $0 == 0 ? lower : $0 == last ? upper : point($0) }
    }
}
