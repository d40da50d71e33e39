import Foundation
import Testing
@testable import Physics

/// The smooth T(E) reconstructed from a track-length histogram (docs/PHYSICS.md §8, "Energy integral").
@Suite struct SmoothTrackLengthTests {
    /// A histogram of T = c/E² (Rossi's low-energy form, c = 1 cm GeV) on `bins` logarithmic bins from 0.5 to 100 GeV.
    static func inverseSquare(bins: Int) -> TrackLengthHistogram {
        let edges: [Double] = (0...bins).map { (k: Int) -> Double in 0.5 * pow(200.0, Double(k) / Double(bins)) }
        let densities: [Double] = (0..<bins).map { (i: Int) -> Double in
            let low = edges[i], high = edges[i + 1]
            return (1 / low - 1 / high) / (high - low)
        }
        return TrackLengthHistogram(binEdgesGeV: edges, electronsCmPerGeV: densities, positronsCmPerGeV: densities)
    }

    /// The largest |T_smooth E² − 1| on 5000 logarithmic points (T = 1/E² exactly).
    static func worstRelativeError(bins: Int) -> Double {
        let smooth = SmoothTrackLength(inverseSquare(bins: bins), .electrons)
        return (1..<5000).map { (k: Int) -> Double in
            let energy = 0.5 * pow(200.0, Double(k) / 5000)
            return abs(smooth.densityCmPerGeV(atEnergyGeV: energy) * energy * energy - 1)
        }.max()!
    }

    /// A known smooth T is recovered to second order in the bin width: 100 bins (h = ln 200/100 = 0.053 in ln E) give
    /// ≤ 1.5·10⁻³ (the cubic's slope error is about h²/3 = 9·10⁻⁴ at the ends, where the slope is one-sided; the bound
    /// leaves room for it), and halving the bins divides the error by 4 (between 3 and 5: second order, not first).
    @Test func inverseSquareIsRecoveredToSecondOrder() {
        let coarse = Self.worstRelativeError(bins: 100), fine = Self.worstRelativeError(bins: 200)
        #expect(coarse < 1.5e-3)
        #expect(coarse / fine > 3 && coarse / fine < 5)
    }

    /// Every bin's integral is kept: the density integrated numerically (adaptive Gauss–Kronrod, an independent
    /// route from the cubic's closed-form cumulative) gives each bin's content, including next to an empty bin and a
    /// spike (where the limiter acts), and the density is never negative. 10⁻⁹: the quadrature's tolerance.
    @Test func binIntegralsAreKeptAndDensityIsNonNegative() {
        let edges: [Double] = [1, 2, 3, 5, 8, 9, 9.5, 9.9, 10]
        let densities: [Double] = [4, 3, 0, 1, 2, 0.5, 30, 400]
        let histogram = TrackLengthHistogram(binEdgesGeV: edges, electronsCmPerGeV: densities, positronsCmPerGeV: densities)
        let smooth = SmoothTrackLength(histogram, .electrons)
        for i in densities.indices {
            let content = densities[i] * (edges[i + 1] - edges[i])
            let integral = AdaptiveQuadrature.integrate(from: edges[i], to: edges[i + 1], relativeTolerance: 1e-12) {
                smooth.densityCmPerGeV(atEnergyGeV: $0)
            }.value
            #expect(abs(integral - content) <= 1e-9 * max(content, 1), "bin \(i)")
            for k in 0...100 {
                let energy = edges[i] + (edges[i + 1] - edges[i]) * Double(k) / 100
                #expect(smooth.densityCmPerGeV(atEnergyGeV: energy) >= 0, "E = \(energy)")
            }
        }
        // The empty bin stays empty.
        #expect(smooth.densityCmPerGeV(atEnergyGeV: 4) == 0)
    }

    /// The energy integral uses the smooth T: ∫ T E dE = ln(100/0.5) for T = 1/E²; the 4-point rule per bin is
    /// exact for the quadratic C′(u), so what remains is the reconstruction's error averaged over each bin: 10⁻⁷ (a
    /// midpoint sum of the same reconstruction), the pointwise O(h²) error of ≤ 10⁻³ cancelling inside each bin. Bound
    /// 10⁻⁵; T flat in each bin (the literal histogram) would be off by about h²/12 = 2·10⁻⁴.
    @Test func energyIntegralUsesTheSmoothDensity() {
        let histogram = Self.inverseSquare(bins: 100)
        let total = histogram.integrate(.electrons) { _ in 1 }
        #expect(abs(total - (1 / 0.5 - 1 / 100.0)) < 1e-12)
        let firstMoment = histogram.integrate(.electrons) { $0 }
        #expect(abs(firstMoment / log(200) - 1) < 1e-5)
    }

    /// A narrow resonance on electrons at rest sees T₊ at E_R: continuous across a bin edge (the literal histogram
    /// jumps there by the ratio of neighbouring bins, 1.11 here) and equal to 1/E_R² to the reconstruction's accuracy.
    @Test func narrowResonanceIsContinuousAcrossBinEdges() {
        let histogram = Self.inverseSquare(bins: 100)
        let edge = histogram.binEdgesGeV[80]
        func yield(_ energy: Double) -> Double {
            ResonantYieldIntegral.integralCm3(
                crossSection: .narrowWidthAtRest(resonanceEnergyGeV: energy, energyIntegralCm2GeV: 1), trackLengths: histogram,
                atomicNumber: 1, efficiency: { _ in 1 })
        }
        let below = yield(edge * (1 - 1e-9)), above = yield(edge * (1 + 1e-9))
        // 10⁻⁸: the two energies differ by 2·10⁻⁹, over which 1/E² changes by 4·10⁻⁹.
        #expect(abs(below / above - 1) < 1e-8)
        // 1.5·10⁻³: the bound of `inverseSquareIsRecoveredToSecondOrder`.
        #expect(abs(below * edge * edge - 1) < 1.5e-3)
    }
}
