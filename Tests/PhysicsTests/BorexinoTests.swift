import Foundation
import Testing
@testable import Physics

/// Checks of the Borexino ⁷Be recast: cross section, oscillations, the quadratic expansion and the limit.
struct BorexinoTests {
    let sin2W = 0.2387

    /// Integrating dσ/dT over all recoils at E ≫ m_e must reproduce 't Hooft's total cross sections
    /// σ(ν_μ e) = (G_F² m_e E/2π)(1 − 4s² + 16s⁴/3), σ(ν_e e) = (G_F² m_e E/2π)(1 + 4s² + 16s⁴/3)
    /// ('t Hooft, PLB 37, 195 (1971); e.g. Giunti & Kim, "Fundamentals of Neutrino Physics", Eq. 5.79).
    /// Those hold for T_max = E and drop the m_e T/E² term; at E = 10 GeV the corrections are O(m_e/E) ≈ 5·10⁻⁵,
    /// so a 2·10⁻⁴ relative tolerance tests the normalisation, the couplings and the (1 − T/E)² shape.
    @Test func totalCrossSectionMatchesTHooft() {
        let energy = 10.0
        let prefactor =
            PhysicalConstants.fermiConstantPerGeV2 * PhysicalConstants.fermiConstantPerGeV2
            * PhysicalConstants.electronMassGeV * energy / (2 * Double.pi)
        let s2 = sin2W
        let expected: [NeutrinoElectronScattering.Flavor: Double] = [
            .muon: prefactor * (1 - 4 * s2 + 16 * s2 * s2 / 3),
            .electron: prefactor * (1 + 4 * s2 + 16 * s2 * s2 / 3)
        ]
        for (flavor, value) in expected {
            let scattering = NeutrinoElectronScattering.standardModel(flavor: flavor, weakMixingAngleSine2: s2)
            let tMax = NeutrinoElectronScattering.maximumRecoilGeV(neutrinoEnergyGeV: energy)
            let integral = GaussLegendre(pointCount: 8).integrate(from: 0, to: tMax) {
                scattering.differentialCrossSection(recoilGeV: $0, neutrinoEnergyGeV: energy)
            }
            #expect(abs(integral / value - 1) < 2e-4, "\(flavor): \(integral) vs \(value)")
        }
        // Absolute scale: σ(ν_μ e)/E ≈ 1.5·10⁻⁴² cm²/GeV at tree level (CHARM-II measured 1.5–1.6·10⁻⁴²).
        let perGeV = expected[.muon]! / energy * PhysicalConstants.inverseGeV2InCm2
        #expect(perGeV > 1.45e-42 && perGeV < 1.55e-42)
    }

    /// Spot check of dσ/dT at low energy against the Vogel–Engel form written with g_V, g_A
    /// (dσ/dT = (G_F² m_e/2π)[(g_V+g_A)² + (g_V−g_A)²(1−T/E)² − (g_V²−g_A²) m_e T/E²], g_V = ½ + 2s², g_A = ½ for ν_e).
    @Test func differentialMatchesVogelEngel() {
        let energy = 0.862e-3, recoil = 0.4e-3
        let gV = 0.5 + 2 * sin2W, gA = 0.5
        let y = 1 - recoil / energy
        let expected =
            PhysicalConstants.fermiConstantPerGeV2 * PhysicalConstants.fermiConstantPerGeV2
            * PhysicalConstants.electronMassGeV / (2 * Double.pi)
            * ((gV + gA) * (gV + gA) + (gV - gA) * (gV - gA) * y * y
                - (gV * gV - gA * gA) * PhysicalConstants.electronMassGeV * recoil / (energy * energy))
        let value = NeutrinoElectronScattering.standardModel(flavor: .electron, weakMixingAngleSine2: sin2W)
            .differentialCrossSection(recoilGeV: recoil, neutrinoEnergyGeV: energy)
        #expect(abs(value / expected - 1) < 1e-13)
        #expect(abs(NeutrinoElectronScattering.maximumRecoilGeV(neutrinoEnergyGeV: energy) * 1e3 - 0.665) < 1e-3)
    }

    /// Probabilities are a unitary split of the flux, and the vacuum limit is the averaged two-flavour formula.
    @Test func flavorProbabilities() {
        let oscillation = SolarNeutrinoOscillation.nuFit52
        for energy in [0.3e-3, 0.862e-3, 10e-3] {
            let p = oscillation.flavorProbabilities(neutrinoEnergyGeV: energy)
            #expect(abs(p.reduce(0, +) - 1) < 1e-14)
            #expect(p.allSatisfy { $0 > 0 && $0 < 1 })
        }
        for row in oscillation.mixingMatrixSquared { #expect(abs(row.reduce(0, +) - 1) < 1e-14) }
        var vacuum = oscillation
        vacuum.productionElectronDensityAvogadroPerCm3 = 0
        let c13 = 1 - oscillation.sin2Theta13, s12 = oscillation.sin2Theta12
        let expectedVacuum = c13 * c13 * (1 - 2 * s12 * (1 - s12)) + oscillation.sin2Theta13 * oscillation.sin2Theta13
        #expect(abs(vacuum.flavorProbabilities(neutrinoEnergyGeV: 0.862e-3)[0] - expectedVacuum) < 1e-14)
        // ⁷Be: β ≈ 0.16 and P_ee ≈ 0.53–0.56 (Borexino measures 0.52 ± 0.07 at 862 keV).
        let beta = oscillation.matterParameter(neutrinoEnergyGeV: 0.862e-3)
        #expect(beta > 0.12 && beta < 0.2)
        let pee = oscillation.flavorProbabilities(neutrinoEnergyGeV: 0.862e-3)[0]
        #expect(pee > 0.5 && pee < 0.58)
        // θ₂₃ = 45° with δ_CP = 90° makes μ and τ equal (μ–τ reflection symmetry).
        var symmetric = oscillation
        symmetric.sin2Theta23 = 0.5
        symmetric.deltaCPDegrees = 90
        let ps = symmetric.flavorProbabilities(neutrinoEnergyGeV: 0.862e-3)
        #expect(abs(ps[1] - ps[2]) < 1e-14)
    }

    /// The closed-form quadratic coefficients agree with the direct ratio of shifted cross sections.
    @Test func quadraticExpansionMatchesDirectRatio() {
        let recast = BorexinoRecast()
        for (mass, coupling) in [(0.001, 3e-4), (0.01, 2e-3), (0.3, 0.05)] {
            let (a, b) = recast.rateRatioCoefficients(massGeV: mass)
            let y = coupling * coupling
            let direct = recast.rateRatio(coupling: coupling, massGeV: mass)
            #expect(abs((1 + a * y + b * y * y) - direct) < 1e-12, "m = \(mass)")
        }
    }

    /// At the limit the rate ratio sits exactly Δχ² = 2.71 above the (profiled) minimum, and the
    /// heavy-Z′ limit scales as g ∝ m (contact interaction: R depends on g²/m² only).
    @Test func limitProperties() {
        let recast = BorexinoRecast()
        let parameters = recast.parameters
        for mass in [0.003, 0.05] {
            let g = recast.couplingLimit(massGeV: mass)
            let r = recast.rateRatio(coupling: g, massGeV: mass)
            let (a, b) = recast.rateRatioCoefficients(massGeV: mass)
            let rMinimum = a < 0 ? 1 - a * a / (4 * b) : 1
            let chi2Min =
                parameters.observedRateRatio >= rMinimum
                ? 0
                : pow((rMinimum - parameters.observedRateRatio) / parameters.rateRatioUncertainty, 2)
            let chi2 = pow((r - parameters.observedRateRatio) / parameters.rateRatioUncertainty, 2)
            #expect(abs(chi2 - chi2Min - 2.71) < 1e-9)
        }
        // 2m_eT ≤ 6.8·10⁻⁷ GeV² ≪ m² for m ≥ 0.1 GeV, so g/m is constant to ~10⁻⁵.
        let ratio = (recast.couplingLimit(massGeV: 1) / 1) / (recast.couplingLimit(massGeV: 0.1) / 0.1)
        #expect(abs(ratio - 1) < 1e-4)
    }
}
