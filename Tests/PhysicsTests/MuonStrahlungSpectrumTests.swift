import Foundation
import Testing
@testable import Physics

/// The normalised Z′ energy spectra of muon bremsstrahlung (NA64-μ prospects paper, Fig. 4).
struct MuonStrahlungSpectrumTests {
    static let strahlung = MuonBeamStrahlung(beamEnergyGeV: 160, flux: NuclearPhotonFlux(material: .lead))

    /// The total σ/g² the spectrum is normalised by, split at x = ½: its upper part must equal the recast's own
    /// σ(x > ½) (`crossSectionCm2`, the same integrand on another path); both use 48-point rules in ln(1 − x)
    /// over the same interval, so they agree to rounding: 1e-9.
    @Test func upperPartMatchesTheRecastCrossSection() {
        for mass in [0.01, 0.1, 1.0] {
            let fractions = (0..<400).map { 0.5 + 0.4999 * Double($0) / 399 }
            let spectrum = Self.strahlung.spectrum(massGeV: mass, energyFractions: fractions)
            let recast = Self.strahlung.crossSectionCm2(minimumEnergyFraction: 0.5, massGeV: mass) / PhysicalConstants.inverseGeV2InCm2
            #expect(spectrum.total > recast, "m = \(mass): the whole range holds more than x > 1/2")
            // The upper part alone, from the same split as `spectrum`: Gauss–Legendre in ln(1 − x).
            let rule = GaussLegendre(pointCount: Self.strahlung.energyFractionPoints)
            let table = Self.strahlung.fluxTable(massGeV: mass)
            let xMaximum = 1 - PhysicalConstants.muonMassGeV / 160
            let upper = rule.integrate(from: log(1 - xMaximum), to: log(0.5)) { w in
                exp(w) * Self.strahlung.differential(energyFraction: 1 - exp(w), massGeV: mass, fluxTable: table)
            }
            #expect(abs(upper / recast - 1) < 1e-9, "m = \(mass): \(upper) vs \(recast)")
        }
    }

    /// The normalised spectrum integrates to 1: an independent trapezoid rule on 20 000 points, logarithmic in x
    /// below ½ and in 1 − x above (the integrand's natural variables), against the Gauss–Legendre normalisation.
    /// The trapezoid's error on that grid is below 1e-4 of the total; the 48-point rule's below 1e-6: 1e-3.
    @Test func normalisedSpectrumIntegratesToOne() {
        for mass in [0.01, 0.1, 1.0] {
            let xMinimum = mass / 160, xMaximum = 1 - PhysicalConstants.muonMassGeV / 160
            let lower = (0...10_000).map { xMinimum * pow(0.5 / xMinimum, Double($0) / 10_000) }
            let upper = (1...10_000).map { 1 - 0.5 * pow((1 - xMaximum) / 0.5, Double($0) / 10_000) }
            let xs = lower + upper
            let values = Self.strahlung.normalizedSpectrum(massGeV: mass, energyFractions: xs)
            var area = 0.0
            for i in 1..<xs.count { area += 0.5 * (values[i] + values[i - 1]) * (xs[i] - xs[i - 1]) }
            #expect(abs(area - 1) < 1e-3, "m = \(mass): area \(area)")
        }
    }

    /// What the caption says: a light Z′ (m ≪ m_μ) is emitted soft (its spectrum falls with x, like a photon's
    /// ∝ 1/x), a heavy one (m ≫ m_μ) hard (its spectrum rises towards x → 1, like a heavy dark photon's).
    @Test func lightIsSoftHeavyIsHard() {
        let light = Self.strahlung.normalizedSpectrum(massGeV: 0.01, energyFractions: [0.05, 0.5, 0.9])
        #expect(light[0] > light[1] && light[1] > light[2], "\(light)")
        let heavy = Self.strahlung.normalizedSpectrum(massGeV: 1, energyFractions: [0.1, 0.5, 0.95])
        #expect(heavy[0] < heavy[1] && heavy[1] < heavy[2], "\(heavy)")
        #expect(Self.strahlung.normalizedSpectrum(massGeV: 1, energyFractions: [0.005, 1]) == [0, 0], "outside m/E < x < 1 − m_μ/E")
    }
}
