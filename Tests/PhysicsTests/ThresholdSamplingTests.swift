import Foundation
import Testing
@testable import Physics

/// The 3-point Gauss–Legendre rule for E_thr uniform on 47–50 GeV (the figures.yaml default).
private let gaussLegendreThresholds = ThresholdDistribution(
    thresholdsGeV: [48.5 - 1.5 * 0.6.squareRoot(), 48.5, 48.5 + 1.5 * 0.6.squareRoot()], weights: [5, 8, 5])

@Suite("E_ECAL^thr sampling and N_up(r_s)")
struct ThresholdSamplingTests {
    /// For a yield linear in E_thr, Y = a + b t with t uniform on [47, 50], σ_Y = |b| · 3/√12 and ⟨Y⟩ = a + 48.5 b
    /// (the uniform distribution's moments). Gauss–Legendre with 3 nodes is exact for the quadratic (Y − ⟨Y⟩)², so
    /// only rounding remains (1e-12 relative: a few ulps of sums of three terms).
    @Test func spreadOfALinearYieldIsTheUniformDistributionsSpread() {
        let a = 3.0, b = 0.04
        let yields = gaussLegendreThresholds.thresholdsGeV.map { a + b * $0 }
        let expected = b * 3 / 12.0.squareRoot() / (a + 48.5 * b)
        #expect(abs(gaussLegendreThresholds.relativeSpread(of: yields) / expected - 1) < 1e-12)
        // Weights are normalised: scaling them changes nothing; equal yields have no spread; no yield: 0, not NaN.
        let scaled = ThresholdDistribution(thresholdsGeV: gaussLegendreThresholds.thresholdsGeV, weights: [50, 80, 50])
        #expect(abs(scaled.relativeSpread(of: yields) / expected - 1) < 1e-12)
        #expect(gaussLegendreThresholds.relativeSpread(of: [2, 2, 2]) == 0)
        #expect(gaussLegendreThresholds.relativeSpread(of: [0, 0, 0]) == 0)
    }

    /// Two run periods (weights 1 : 3) with yields 1 and 2: mean 1.75, σ = √(0.25·0.75²+0.75·0.25²) = √0.1875.
    @Test func spreadOfTwoPeriodsIsTheBinomialOne() {
        let periods = ThresholdDistribution(thresholdsGeV: [50, 47], weights: [1, 3])
        #expect(abs(periods.relativeSpread(of: [1, 2]) - 0.1875.squareRoot() / 1.75) < 1e-15)
    }

    /// The model moved to another threshold: its step (η = η_max/2, Φ(0)) sits at E_F = E₀ − E_thr′, which the moved
    /// grid holds as a node, so the tabulated value there is exact; at its own threshold the table is the model's.
    @Test func efficiencyFollowsTheThreshold() {
        let nominal = SignalEfficiency(maximumEfficiency: 0.9)
        let grid = nominal.energyGridGeV(points: 201, densePoints: 200, denseWidthSigmas: 5)
        let same = nominal.tabulated(followingGrid: grid, madeForThresholdGeV: 50)
        #expect(same.energiesGeV == grid)
        #expect(same.values == grid.map { nominal.efficiency(zPrimeEnergyGeV: $0) })
        let lowered = nominal.withThreshold(47.5).tabulated(followingGrid: grid, madeForThresholdGeV: 50)
        #expect(lowered(52.5) == 0.45)
        #expect(lowered(50) < 0.45 / 2, "2.5 GeV (> σ ≈ 2.1 GeV) below the moved step")
        // Every moved node carries the moved model's value (dense points 0.2 GeV apart around 52.5 GeV).
        for energy in grid.map({ $0 + 2.5 }) where energy <= 100 {
            #expect(lowered(energy) == nominal.withThreshold(47.5).efficiency(zPrimeEnergyGeV: energy))
        }
    }

    @Test func nodesCoverTheLargestSpread() {
        #expect(SignalUncertaintyLimitCurve.nodes(covering: 0) == [0, 0.025])
        #expect(SignalUncertaintyLimitCurve.nodes(covering: 0.12) == [0, 0.025, 0.05, 0.1, 0.15])
        #expect(SignalUncertaintyLimitCurve.nodes(covering: 1.2) == nil)
        #expect(SignalUncertaintyLimitCurve.signalUncertainty(base: 0.15, thresholdSpread: 0.2) == 0.25)
    }

    /// The NA64-e 2016–2022 likelihood (n = 0, B = 0.3 ± 0.2) with r_s = √(0.15² + r_thr²), hybrid toys.
    func upperLimit(thresholdSpread: Double, toys: Int = 5000) throws -> Double {
        let likelihood = CountingLikelihood(
            observedEvents: 0, expectedBackground: 0.3, backgroundUncertainty: 0.2,
            relativeSignalUncertainty: SignalUncertaintyLimitCurve.signalUncertainty(base: 0.15, thresholdSpread: thresholdSpread))
        return try ProfileLikelihoodLimit(likelihood: likelihood)
            .upperLimit(method: .hybridToys(count: toys, seed: 1), criterion: .signalPlusBackground)
    }

    /// The interpolated N_up at off-grid r_thr agrees with a direct toy computation there. Tolerance 0.04 events, the
    /// toys' statistical error of N_up at 5000 toys: σ_p = √(0.1·0.9/5000) = 0.0042 on p = 0.1, and dp/dμ ≈ −p
    /// (p ≈ e^{−μ−B}), so σ_μ ≈ 0.042 events. Interpolation error is far smaller, and the nodes and the direct value
    /// share the toys' random numbers, so this bounds the whole difference generously but would catch a wrong r_s
    /// (r_thr = 0.12 raises N_up by ≈ 0.03 only, so the test also checks the curve is above its r_thr = 0 value).
    @Test func interpolationReproducesDirectToysOffTheNodes() throws {
        let nodes = try #require(SignalUncertaintyLimitCurve.nodes(covering: 0.35))
        let curve = SignalUncertaintyLimitCurve(thresholdSpreads: nodes, upperLimits: try nodes.map { try upperLimit(thresholdSpread: $0) })
        // r_thr = 0 is the r_s = 15 % limit itself, the documented 2.026 events at 5000 toys.
        #expect(curve.upperLimit(thresholdSpread: 0) == (try upperLimit(thresholdSpread: 0)))
        #expect(abs(try #require(curve.upperLimit(thresholdSpread: 0)) - 2.026) < 5e-4, "the documented value, 4 digits")
        for spread in [0.12, 0.25, 0.35] {
            let interpolated = try #require(curve.upperLimit(thresholdSpread: spread))
            let direct = try upperLimit(thresholdSpread: spread)
            #expect(abs(interpolated - direct) < 0.04, "r_thr = \(spread): \(interpolated) vs \(direct)")
        }
        #expect(try #require(curve.upperLimit(thresholdSpread: 0.35)) > curve.upperLimits[0] + 0.2, "N_up grows with r_s")
        #expect(curve.upperLimit(thresholdSpread: 0.41) == nil, "outside the nodes")
    }
}
