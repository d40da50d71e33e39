import Foundation
import Testing
@testable import Physics

/// Checks of the yield integrals (docs/PHYSICS.md §10, §11).
@Suite struct YieldIntegralTests {
    /// A single narrow bin of width 10⁻³ GeV at E with η ≡ 1 gives T ΔE σ_tot(E): this checks the x
    /// integration (in w = −ln(1 − x)) against the cross section's own total. σ changes by ~10⁻⁵ across
    /// the bin and both quadratures are at ≤ 10⁻⁷, so 10⁻⁵ bounds the difference.
    @Test(arguments: [0.005, 0.1, 0.3])
    func singleBinGivesTotalCrossSection(massGeV: Double) {
        let energy = 80.0
        let histogram = TrackLengthHistogram(
            binEdgesGeV: [energy - 5e-4, energy + 5e-4], electronsCmPerGeV: [2],
            positronsCmPerGeV: [0])
        let sigma = StrahlungCrossSection(bosonMassGeV: massGeV, beam: .electron)
        let integral = RadiativeYieldIntegral.integralCm3(
            crossSection: sigma, trackLengths: histogram,
            lowestSignalEnergyGeV: 0
        ) { _ in 1 }
        #expect(abs(integral / (2 * 1e-3 * sigma.totalCm2(beamEnergyGeV: energy)) - 1) < 1e-5)
    }

    /// The binned E integral against the adaptive integral of the continuous T(E) = c/E² behind the
    /// histogram (1 GeV bins). The integral uses the smooth reconstruction of T (`SmoothTrackLength`), whose
    /// pointwise error is O(h²) in the bin width h in ln E (≲ 10⁻⁴ at 50 GeV) and cancels in part inside each bin;
    /// T flat per bin would leave ~ (T′ΔE/T)(F′ΔE/F)/12 ≈ 10⁻⁴ at E ≈ 60 GeV. Measured 6·10⁻⁶; bound 3·10⁻⁵,
    /// which the flat histogram would fail.
    /// The bins' mean energies are not used, so the histogram with them gives the same number.
    @Test func binnedEnergyIntegralMatchesContinuous() {
        let sigma = StrahlungCrossSection(bosonMassGeV: 0.1, beam: .electron)
        let inner: (Double) -> Double = { energy in
            RadiativeYieldIntegral.efficiencyWeightedCrossSectionCm2(
                crossSection: sigma, beamEnergyGeV: energy, lowestSignalEnergyGeV: YieldTestFixtures.lowestSignalEnergyGeV,
                efficiency: YieldTestFixtures.efficiency)
        }
        let reference = AdaptiveQuadrature.integrate(
            from: YieldTestFixtures.lowestSignalEnergyGeV, to: 100,
            relativeTolerance: 1e-9
        ) { YieldTestFixtures.continuousTotal($0) * inner($0) }.value
        let withMeans = YieldTestFixtures.radiativeIntegral(massGeV: 0.1, withMeans: true)
        let flat = YieldTestFixtures.radiativeIntegral(massGeV: 0.1, withMeans: false)
        #expect(withMeans == flat)
        #expect(abs(flat / reference - 1) < 3e-5, "relative error \(flat / reference - 1)")
    }

    /// The narrow-width resonant integral equals the bin-by-bin integral of a finite-width Breit–Wigner
    /// σ(s) = 12π Γ_ee Γ/((s − m²)² + m²Γ²) per electron (BR_inv = 1, Γ_ee = αε²m/3) under a constant T₊.
    /// Γ/m = 10⁻⁶ and a support of ±10⁴ half-widths in E₊: the Lorentzian tails outside it carry
    /// 2/(π·10⁴) ≈ 6·10⁻⁵, and the s-dependence of the prefactor O(Γ/m); 2·10⁻⁴ bounds the difference.
    @Test func narrowWidthMatchesBreitWigner() {
        let mass = 0.2, epsilon2 = 1e-8, me = PhysicalConstants.electronMassGeV, alpha = PhysicalConstants.alpha
        let width = 1e-6 * mass
        let gammaEE = alpha * epsilon2 * mass / 3
        let histogram = TrackLengthHistogram(
            binEdgesGeV: (1...100).map(Double.init),
            electronsCmPerGeV: Array(repeating: 0, count: 99),
            positronsCmPerGeV: Array(repeating: 0.3, count: 99))
        let peak = (mass * mass - 2 * me * me) / (2 * me)
        let halfWidthInEnergy = mass * width / (2 * me)
        let breitWigner = ResonantCrossSection.perAtom(
            supportGeV: (peak - 1e4 * halfWidthInEnergy)...(peak + 1e4 * halfWidthInEnergy), peakEnergyGeV: peak
        ) { energy in
            let s = 2 * me * me + 2 * me * energy
            let denominator = (s - mass * mass) * (s - mass * mass) + mass * mass * width * width
            return 82 * 12 * Double.pi * gammaEE * width / denominator * PhysicalConstants.inverseGeV2InCm2
        }
        let narrow = ResonantCrossSection.narrowWidth(bosonMassGeV: mass, piSquaredTimesBranching: epsilon2)
        let efficiency: @Sendable (Double) -> Double = { _ in 0.8 }
        let full = ResonantYieldIntegral.integralCm3(
            crossSection: breitWigner, trackLengths: histogram, atomicNumber: 82,
            efficiency: efficiency)
        let approximated = ResonantYieldIntegral.integralCm3(
            crossSection: narrow, trackLengths: histogram,
            atomicNumber: 82, efficiency: efficiency)
        #expect(approximated > 0)
        #expect(abs(full / approximated - 1) < 2e-4)
    }

    /// N ∝ N_EOT, and in the vanilla narrow-width regime N ∝ g²: the yield recomputed from scratch at two
    /// couplings (new resonant cross section, new |Π|²) scales by exactly (g₂/g₁)² (rounding only: 10⁻¹²),
    /// and doubling the EOT doubles it. |Π(m²)| = 0.0144 g (its value at q² → 0) stands in for the loop.
    @Test func yieldScalesWithExposureAndCouplingSquared() {
        let mass = 0.225
        let radiative = YieldTestFixtures.radiativeIntegral(massGeV: mass)
        func events(coupling g: Double, exposure: Exposure) -> Double {
            let piSquaredTimesBranching = pow(0.0144 * g, 2)  // vanilla: BR_inv independent of g
            let resonant = ResonantYieldIntegral.integralCm3(
                crossSection: .narrowWidth(bosonMassGeV: mass, piSquaredTimesBranching: piSquaredTimesBranching),
                trackLengths: YieldTestFixtures.histogram(), atomicNumber: 82, efficiency: YieldTestFixtures.efficiency)
            return exposure.eventsPerCm3 * (radiative * piSquaredTimesBranching + resonant)
        }
        let base = YieldTestFixtures.leadExposure
        var doubled = base
        doubled.particlesOnTarget *= 2
        let n1 = events(coupling: 1e-4, exposure: base)
        #expect(n1 > 0)
        #expect(abs(events(coupling: 3e-4, exposure: base) / n1 - 9) < 1e-11)
        #expect(abs(events(coupling: 1e-4, exposure: doubled) / n1 - 2) < 1e-12)
        // The stored-per-unit form gives the same numbers.
        let resonantPerUnit = ResonantYieldIntegral.integralCm3(
            crossSection: .narrowWidth(bosonMassGeV: mass, piSquaredTimesBranching: 1),
            trackLengths: YieldTestFixtures.histogram(), atomicNumber: 82, efficiency: YieldTestFixtures.efficiency)
        let yield = SignalYield(exposure: base, radiativeIntegralCm3: radiative, resonantIntegralCm3: resonantPerUnit)
        #expect(abs(yield.events(piSquaredTimesBranching: pow(0.0144e-4, 2)) / n1 - 1) < 1e-12)
    }
}
