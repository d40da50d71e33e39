import Foundation
import Testing
@testable import Physics

/// Checks of the A′/Z′-strahlung cross section (docs/PHYSICS.md §7, §11).
@Suite struct RadiativeCrossSectionTests {
    let electronMass = PhysicalConstants.electronMassGeV

    /// ∫ dcosθ of the double-differential form equals the closed-form dσ/dx.
    ///
    /// The formula is a small-angle expression, so dcosθ = θ dθ is its own measure (sinθ would add an
    /// O(θ²) ~ U₀/(E₀²x) ≲ 10⁻⁴ difference that tests the approximation, not the algebra). θ runs over
    /// ±15 e-folds around the typical angle √(U₀/E₀²x), leaving tails below e⁻³⁰. Quadrature tolerance
    /// 10⁻¹⁰, so 10⁻⁸ is a safe bound for the comparison.
    @Test(arguments: [0.01, 0.1, 0.5], [0.3, 0.7, 0.999])
    func angleIntegralMatchesClosedForm(massGeV: Double, x: Double) {
        let energy = 100.0
        let sigma = StrahlungCrossSection(bosonMassGeV: massGeV, leptonMassGeV: electronMass)
        let u0 = massGeV * massGeV * (1 - x) / x + electronMass * electronMass * x
        let typical = log((u0 / (energy * energy * x)).squareRoot())
        let numeric = AdaptiveQuadrature.integrate(from: typical - 15, to: typical + 15, relativeTolerance: 1e-10) { v in
            let theta = exp(v)
            return sigma.doubleDifferentialGeV2(x: x, polarAngleRad: theta, beamEnergyGeV: energy) * theta * theta
        }.value
        let closed = sigma.differentialGeV2(x: x, beamEnergyGeV: energy)
        #expect(closed > 0)
        #expect(abs(numeric / closed - 1) < 1e-8)
    }

    /// The WW (Kim–Tsai) dσ/dx, computed in the flattened variable s, equals the direct angular integral of
    /// its double-differential form, where χ changes with θ. Table ~10⁻⁸ (see below), outer 10⁻⁹: 10⁻⁶.
    @Test(arguments: [0.1, 0.3], [0.5, 0.95])
    func kimTsaiAngleIntegral(massGeV: Double, x: Double) {
        let energy = 100.0
        let sigma = StrahlungCrossSection(
            bosonMassGeV: massGeV, leptonMassGeV: electronMass,
            approximation: .weizsackerWilliams)
        let u0 = massGeV * massGeV * (1 - x) / x + electronMass * electronMass * x
        let typical = log((u0 / (energy * energy * x)).squareRoot())
        let numeric = AdaptiveQuadrature.integrate(from: typical - 15, to: typical + 15, relativeTolerance: 1e-9) { v in
            let theta = exp(v)
            return sigma.doubleDifferentialGeV2(x: x, polarAngleRad: theta, beamEnergyGeV: energy) * theta * theta
        }.value
        let closed = sigma.differentialGeV2(x: x, beamEnergyGeV: energy)
        #expect(closed > 0)
        #expect(abs(numeric / closed - 1) < 1e-6)
    }

    /// For m_ℓ → 0 the IWW dσ/dx is 4α³χβ x(1 − x + x²/3)/(m²(1 − x)) (BEST 2009, App. A), derived here
    /// independently of the code's bracket. With m_ℓ = 10⁻¹² GeV the neglected terms are
    /// O(m_ℓ²/m²) ≤ 10⁻²⁰; only rounding remains (10⁻¹²).
    @Test(arguments: [0.001, 0.05, 0.4], [0.2, 0.6, 0.99])
    func masslessLeptonLimit(massGeV: Double, x: Double) {
        let energy = 100.0
        let sigma = StrahlungCrossSection(bosonMassGeV: massGeV, leptonMassGeV: 1e-12)
        let chi = sigma.improvedChi(beamEnergyGeV: energy)
        let beta = (1 - pow(massGeV / (x * energy), 2)).squareRoot()
        let alpha3 = pow(PhysicalConstants.alpha, 3)
        let limit = 4 * alpha3 * chi * beta * x * (1 - x + x * x / 3) / (massGeV * massGeV * (1 - x))
        #expect(abs(sigma.differentialGeV2(x: x, beamEnergyGeV: energy) / limit - 1) < 1e-12)
    }

    /// With the physical electron mass the m_e → 0 form is recovered where 1 − x ≫ m_e²/m²: the
    /// correction is O(m_e² x/(m²(1 − x))), ≈ 3·10⁻⁴ at m = 50 MeV, x = 0.5, so 10⁻³ bounds it.
    @Test func electronMassIsNegligibleAwayFromEndpoint() {
        let energy = 100.0, mass = 0.05, x = 0.5
        let physical = StrahlungCrossSection(bosonMassGeV: mass, leptonMassGeV: electronMass)
        let massless = StrahlungCrossSection(bosonMassGeV: mass, leptonMassGeV: 1e-12)
        let ratio = physical.differentialGeV2(x: x, beamEnergyGeV: energy) / massless.differentialGeV2(x: x, beamEnergyGeV: energy)
        #expect(abs(ratio - 1) < 1e-3)
    }

    /// Electrons and positrons radiate identically (the charge enters squared); a muon beam, heavier,
    /// radiates less at the same energy and mass.
    @Test func beamLeptons() {
        let electron = StrahlungCrossSection(bosonMassGeV: 0.1, beam: .electron)
        let positron = StrahlungCrossSection(bosonMassGeV: 0.1, beam: .positron)
        let muon = StrahlungCrossSection(bosonMassGeV: 0.1, beam: .muon)
        #expect(electron.totalGeV2(beamEnergyGeV: 100) == positron.totalGeV2(beamEnergyGeV: 100))
        #expect(muon.totalGeV2(beamEnergyGeV: 100) < electron.totalGeV2(beamEnergyGeV: 100))
        #expect(muon.kinematicRangeOfX(beamEnergyGeV: 100)!.upperBound == 1 - PhysicalConstants.muonMassGeV / 100)
    }

    /// The leading-log total: for m_e ≪ m ≪ E₀, σ ≈ (4/3)α³χ ln(m²/m_e²)/m² up to O(1) inside the
    /// logarithm (BEST 2009, Eq. A.17 with the endpoint cut at 1 − x ~ m_e²/m²). A factor-of-1.3 window
    /// checks normalisation and units without pretending the leading log is exact.
    @Test func leadingLogTotal() {
        let mass = 0.1, energy = 100.0
        let sigma = StrahlungCrossSection(bosonMassGeV: mass, leptonMassGeV: electronMass)
        let chi = sigma.improvedChi(beamEnergyGeV: energy)
        let leadingLog = 4.0 / 3 * pow(PhysicalConstants.alpha, 3) * chi * log(mass * mass / (electronMass * electronMass)) / (mass * mass)
        let ratio = sigma.totalGeV2(beamEnergyGeV: energy) / leadingLog
        #expect(ratio > 1 / 1.3 && ratio < 1.3)
        #expect(abs(sigma.totalCm2(beamEnergyGeV: energy) / sigma.totalGeV2(beamEnergyGeV: energy) - 0.3893794e-27) < 1e-36)
    }
}

/// The tabulated WW angular integrals (`KimTsaiAngularTable`) against the adaptive s-integral they
/// replace, over masses 1 MeV–1 GeV, x from threshold to 1 − m_e/E₀ and E₀ = 5–100 GeV. The Hermite
/// error scales as h⁴ and was measured at ≤ 6.6·10⁻⁸ (m = 1 GeV; 40 nodes per decade gave 1.1·10⁻⁶);
/// the direct integral is converged to 10⁻¹⁰. Bound 10⁻⁶: a 15× margin, far below what a limit resolves.
@Test(arguments: [0.001, 0.02, 0.225, 1.0])
func kimTsaiTableMatchesDirectIntegral(massGeV: Double) {
    let electronMass = PhysicalConstants.electronMassGeV
    let sigma = StrahlungCrossSection(
        bosonMassGeV: massGeV, leptonMassGeV: electronMass,
        approximation: .weizsackerWilliams, maximumBeamEnergyGeV: 100)
    var worst = 0.0, compared = 0
    for energy in [5.0, 30.0, 100.0] where massGeV < energy {
        let lower = massGeV / energy, upper = 1 - electronMass / energy
        for step in 1..<40 {
            // x spread in w = −ln(1 − x), as the yield integral samples it.
            let w = -log1p(-lower) + (-log1p(-upper) + log1p(-lower)) * Double(step) / 40
            let x = -expm1(-w)
            let direct = sigma.kimTsaiDifferentialDirectGeV2(x: x, beamEnergyGeV: energy)
            guard direct > 0 else { continue }
            worst = max(worst, abs(sigma.kimTsaiDifferentialGeV2(x: x, beamEnergyGeV: energy) / direct - 1))
            compared += 1
        }
    }
    #expect(compared >= 39, "m = \(massGeV): only \(compared) points had a non-zero cross section")
    #expect(worst < 1e-6, "m = \(massGeV): worst relative difference \(worst)")
}
