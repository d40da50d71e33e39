import Foundation
import Testing
@testable import Physics

/// The shortcuts of the limits step's yield integrals give the numbers of the plain computation to the bit (`==`):
/// shared Kronrod panels, the batch of calculators at one mass, the packed efficiency interpolation.
@Suite struct SharedYieldIntegralTests {
    /// A peaked integrand split as f(x) = combine(x, s(x)): two integrals sharing s through one memo equal their scalar
    /// forms exactly, the second finds panels the first computed, and other key words do not see them.
    @Test func sharedPanelsGiveTheScalarIntegrals() {
        func shared(_ x: Double) -> Double { 1 / (1e-8 + (x - 0.3) * (x - 0.3)) + 1 / (1e-6 + (x - 1.7) * (x - 1.7)) }
        let weights: [(Double) -> Double] = [{ exp(-$0) }, { 1 + 0.2 * $0 * $0 }]
        let memo = SharedPanelValues(componentCount: 1)
        for (index, weight) in weights.enumerated() {
            let plain = AdaptiveQuadrature.integrate(from: 0, to: 2, breakpoints: [0.3], relativeTolerance: 1e-12) {
                shared($0) * weight($0)
            }
            let viaMemo = AdaptiveQuadrature.integrate(
                from: 0, to: 2, breakpoints: [0.3], relativeTolerance: 1e-12, sharing: memo,
                shared: { x, out in out[0] = shared(x) }, combine: { x, values in values[0] * weight(x) })
            #expect(viaMemo == plain)
            #expect(plain.evaluations > 64 * 15, "enough panels to make the memo grow")
            if index == 1 { #expect(memo.hits > 0) }
        }
        let before = memo.misses
        let otherKey = AdaptiveQuadrature.integrate(
            from: 0, to: 2, breakpoints: [0.3], relativeTolerance: 1e-12, sharing: memo, keys: 1, 0,
            shared: { x, out in out[0] = 2 * shared(x) }, combine: { _, values in values[0] })
        let plainOther = AdaptiveQuadrature.integrate(from: 0, to: 2, breakpoints: [0.3], relativeTolerance: 1e-12) {
            2 * shared($0)
        }
        #expect(otherKey == plainOther)
        #expect(memo.misses > before)
        memo.removeAll()
        #expect(memo.misses == 0)
        let reversed = AdaptiveQuadrature.integrate(
            from: 2, to: 0, breakpoints: [0.3], relativeTolerance: 1e-12, sharing: memo,
            shared: { x, out in out[0] = shared(x) }, combine: { _, values in values[0] })
        #expect(reversed == AdaptiveQuadrature.integrate(from: 2, to: 0, breakpoints: [0.3], relativeTolerance: 1e-12, shared))
    }

    /// The packed interpolation of `TabulatedEfficiency` against `LinearInterpolator` with the old guards, at every
    /// node, between nodes, at the ends, outside the grid and for NaN, on a uniform grid and on a merged one.
    @Test func tabulatedEfficiencyMatchesLinearInterpolation() {
        let model = SignalEfficiency()
        let grid = model.energyGridGeV(points: 201, densePoints: 41, denseWidthSigmas: 4)
        let tables = [
            model.tabulated(followingGrid: grid, madeForThresholdGeV: model.thresholdGeV),
            model.withThreshold(47.338105).tabulated(followingGrid: grid, madeForThresholdGeV: model.thresholdGeV)
        ]
        for table in tables {
            let x = table.energiesGeV, y = table.values
            let line = LinearInterpolator(x: x, y: y)
            func reference(_ energy: Double) -> Double {
                if energy < x[0] { return 0 }
                if energy >= x[x.count - 1] { return y[y.count - 1] }
                return line(energy) ?? 0
            }
            var points: [Double] = x
            for i in 0..<(x.count - 1) {
                let lo: Double = x[i], hi: Double = x[i + 1]
                let between: [Double] = [0.5 * (lo + hi), lo.nextUp, hi.nextDown, lo + 0.37 * (hi - lo)]
                points += between
            }
            points += [-1, x[0].nextDown, x[x.count - 1].nextUp, 1e3, Double.infinity, -Double.infinity]
            for point in points { #expect(table(point) == reference(point), "at E = \(point)") }
            #expect(table(.nan) == 0)
        }
    }

    /// `integrals(massGeV:calculators:)` equals each calculator's own `integrals(massGeV:)`: two beams' histograms,
    /// three efficiencies, lead and scintillator electrons, one calculator without atomic motion, one with other bins,
    /// one with the WW cross section and one with K(m); masses below, inside and above the resonance window.
    @Test(arguments: [0.01, 0.05, 0.1, 0.1401, 0.25])
    func batchOfCalculatorsGivesEachCalculatorsIntegrals(massGeV: Double) {
        let electrons = YieldTestFixtures.histogram()
        let positrons = electrons.scaled(by: 0.93)
        let coarse = TrackLengthHistogram(
            binEdgesGeV: stride(from: 1.0, through: 99, by: 2).map { $0 },
            electronsCmPerGeV: Array(repeating: 3, count: 49), positronsCmPerGeV: Array(repeating: 1.5, count: 49))
        let model = SignalEfficiency()
        let grid = model.energyGridGeV(points: 201, densePoints: 41, denseWidthSigmas: 4)
        let efficiencies = [50.0, 47.338105, 49.661895].map {
            model.withThreshold($0).tabulated(followingGrid: grid, madeForThresholdGeV: model.thresholdGeV)
        }
        func calculator(
            _ histogram: TrackLengthHistogram, _ efficiency: TabulatedEfficiency, atomicMotion: Bool = true,
            approximation: StrahlungApproximation = .improvedWeizsackerWilliams, factors: StrahlungKFactorCurve? = nil
        ) -> YieldIntegralCalculator {
            YieldIntegralCalculator(
                trackLengths: histogram, efficiency: efficiency, approximation: approximation, atomicMotion: atomicMotion,
                resonantTargets: [.lead(histogram), .scintillator(histogram.scaled(by: 0.5))], exactTreeLevelFactors: factors)
        }
        let calculators = [
            calculator(electrons, efficiencies[0]), calculator(positrons, efficiencies[0]),
            calculator(electrons, efficiencies[1]), calculator(electrons, efficiencies[2]),
            calculator(positrons, efficiencies[1], atomicMotion: false), calculator(coarse, efficiencies[0]),
            calculator(electrons, efficiencies[2], approximation: .weizsackerWilliams),
            calculator(electrons, efficiencies[1], factors: StrahlungKFactorCurve(massesGeV: [0.001, 1], factors: [0.9, 0.8]))
        ]
        let batch = YieldIntegralCalculator.integrals(massGeV: massGeV, calculators: calculators)
        #expect(batch.count == calculators.count)
        for (index, calculator) in calculators.enumerated() {
            let alone = calculator.integrals(massGeV: massGeV)
            #expect(batch[index] == alone, "calculator \(index)")
        }
        #expect(batch.contains { $0.radiativeCm3 > 0 })
        if massGeV >= 0.05 { #expect(batch.contains { $0.resonantCm3 > 0 }) }
    }
}
