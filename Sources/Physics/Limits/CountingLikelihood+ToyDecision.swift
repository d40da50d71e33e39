import Foundation

extension CountingLikelihood {
    /// Whether q̃_μ ≥ `threshold`: the answer of `testStatistic(signal: mu, globals: globals) >= threshold`, with the
    /// golden-section search over μ′ (≈ 45 profile fits) skipped when a bound settles the comparison.
    ///
    /// For n > 0, q̃_μ = max(0, 2(E − N)) with N = ln L(μ, θ̂̂_μ) and E the largest of ln L(0, θ̂̂₀), N and the search's
    /// best value. Every ln L is at most n ln n − n (the Poisson term's maximum over λ; the constraint term is ≤ 0),
    /// so 2(n ln n − n − N) < threshold means "no"; and E ≥ ln L(0, θ̂̂₀) exactly (the same fit, and `max` never
    /// returns less than its first element), so 2(ln L(0, θ̂̂₀) − N) ≥ threshold means "yes". Otherwise the full q̃_μ.
    func testStatisticReaches(_ threshold: Double, signal mu: Double, globals: (Double, Double), scales: Scales) -> Bool {
        let numerator = profiledLogLikelihood(signal: mu, globals: globals, scales: scales).value
        guard observedEvents > 0, numerator.isFinite else {
            return testStatistic(signal: mu, globals: globals, scales: scales, numerator: numerator) >= threshold
        }
        let n = observedEvents
        if threshold > 0 {
            let ceiling = n * log(n) - n
            // A computed ln L = n·log(λ) − λ + constraint exceeds the exact one by a few ulps of n|ln λ| + λ, ≲ 10⁻¹⁴ of
            // the numbers compared here wherever it comes near the ceiling (far from λ = n it is far below it): a
            // margin of 10⁻⁶ of them keeps the bound strict whatever the rounding.
            let margin = 1e-6 * (1 + abs(ceiling) + abs(numerator))
            if 2 * (ceiling - numerator) + margin < threshold { return false }
        }
        let atZero = profiledLogLikelihood(signal: 0, globals: globals, scales: scales).value
        if 2 * (atZero - numerator) >= threshold { return true }
        return testStatistic(signal: mu, globals: globals, scales: scales, numerator: numerator, atZero: atZero) >= threshold
    }
}
