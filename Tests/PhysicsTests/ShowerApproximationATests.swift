import ComplexModule
import Foundation
import Testing
@testable import Physics

/// Rossi's Approximation A (docs/PHYSICS.md §8, method 2) and the Talbot inversion behind it.
struct ShowerApproximationATests {
    /// Fixed Talbot on transforms with known inverses (Abate and Valkó 2004, Table 1 kinds):
    /// 1/(s − 1) → eᵗ (a pole needing the shift), 1/s² → t, and ln(s)/s → −γ − ln t (a logarithmic
    /// transform like Approximation A's). 32 nodes promise ≈ 10⁻¹⁰; tolerance 10⁻⁸.
    @Test func talbotInvertsKnownTransforms() {
        let talbot = TalbotInversion(nodeCount: 32)
        for t in [0.01, 0.7, 5.0, 12.0] {
            let exponential = talbot.invert(at: t, shift: 1.5) { 1 / ($0 - 1) }
            #expect(abs(exponential / exp(t) - 1) < 1e-8)
            let ramp = talbot.invert(at: t) { 1 / ($0 * $0) }
            #expect(abs(ramp / t - 1) < 1e-8)
            let logarithm = talbot.invert(at: t) { Complex.log($0) / $0 }
            #expect(abs(logarithm - (-0.5772156649015329 - log(t))) < 1e-8 * max(1, abs(log(t))))
        }
    }

    /// Rossi's constant: with his b = 0.0135, T(E)E²/E₀ → 0.437 X₀ (High-Energy Particles §5.6);
    /// the residue formula must give it to his three digits. With b = 0 (no small term) it is 0.4439.
    @Test func lowEnergyConstantReproducesRossi() {
        let rossi = ApproximationA(rossiB: 0.0135, radiationLengthCm: 1)
        #expect(abs(rossi.lowEnergyConstant - 0.437) < 5e-4)
        let noSmallTerm = ApproximationA(rossiB: 0, radiationLengthCm: 1)
        #expect(abs(noSmallTerm.lowEnergyConstant - 0.443898) < 1e-5)  // mpmath: σ₀/D′(1) at b = 0
    }

    /// The inversion approaches the residue: at E/E₀ = 10⁻⁴, T E²/(E₀X₀) = c up to the next pole
    /// (s = 0, a relative correction ~E/E₀·ln) — tolerance 10⁻³; positrons are half of all there
    /// (B(1)C(1)/(2A(1)σ₀) = ½ by energy conservation), and the primary is negligible (∝ E/E₀).
    @Test func inversionApproachesLowEnergyLimit() {
        let model = ApproximationA(material: .lead)
        let energy = 1e-2, beam = 100.0
        let t = model.trackLength(energyGeV: energy, beamEnergyGeV: beam)
        let scaled = t.allChargedCmPerGeV * energy * energy / beam / Material.lead.radiationLengthCm
        #expect(abs(scaled / model.lowEnergyConstant - 1) < 1e-3)
        #expect(abs(t.secondaryPerChargeCmPerGeV / t.allChargedCmPerGeV - 0.5) < 1e-3)
        #expect(t.primaryCmPerGeV / t.allChargedCmPerGeV < 1e-3)
    }

    /// The inversion is consistent with the transform it inverts: ∫₀^∞ e^{−sL} g(L) dL = G(s)
    /// for the secondaries (g = E·T/X₀, L = ln(E₀/E)) at s = 2 and 3, by adaptive quadrature of
    /// the inverted values. Tolerance 10⁻⁶: quadrature 10⁻⁸, inversion ≈ 10⁻¹⁰, and the cut
    /// L ∈ [10⁻⁶, 40] drops < 10⁻⁸ of the integral (g ~ L² at small L, e^{(1−s)L} at large L).
    @Test func inversionReproducesMellinMoments() {
        let model = ApproximationA(rossiB: TsaiCompleteScreening(material: .lead).rossiB, radiationLengthCm: 1)
        for s in [2.0, 3.0] {
            let moment = AdaptiveQuadrature.integrate(from: 1e-6, to: 40, breakpoints: [0.1, 1, 5], relativeTolerance: 1e-8) { l in
                let energy = exp(-l)
                return exp(-s * l) * energy * model.trackLength(energyGeV: energy, beamEnergyGeV: 1).secondaryPerChargeCmPerGeV
            }.value
            let exact = model.secondaryPerChargeTransform(Complex(s)).real
            #expect(abs(moment / exact - 1) < 1e-6)
        }
    }

    /// The primary's transform 1/A(s) does not decay (T_primary has an integrable singularity at
    /// E₀), so moments near E₀ converge badly. Instead: H(L) = ∫₀^L g dL′ (g = E·T_primary) is the
    /// inverse of 1/(s A(s)), a different transform; H(3) − H(0.2) must equal the quadrature of
    /// the inverted g over [0.2, 3]. Tolerance 10⁻⁶ (quadrature 10⁻⁹, inversions ≈ 10⁻¹⁰).
    @Test func primaryIntegratesToItsCumulativeTransform() {
        let model = ApproximationA(rossiB: 0.0162, radiationLengthCm: 1)
        // H(L) = ∫₀^L g(L′) dL′ has Laplace transform 1/(s A(s)); g = E T.
        func cumulative(_ l: Double) -> Double {
            model.inversion.invert(at: l, shift: 0.5) { model.primaryTransform($0) / $0 }
        }
        let lowL = 0.2, highL = 3.0
        let direct = AdaptiveQuadrature.integrate(from: lowL, to: highL, relativeTolerance: 1e-9) { l in
            let energy = exp(-l)
            return energy * model.trackLength(energyGeV: energy, beamEnergyGeV: 1).primaryCmPerGeV
        }.value
        #expect(abs(direct / (cumulative(highL) - cumulative(lowL)) - 1) < 1e-6)
    }
}
