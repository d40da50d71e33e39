import Foundation
import Numerics
import Testing
@testable import Physics

@Test("σ_νν and σ_χχ equal 12πΓ_ee(√s)Γ_X(√s)/D (PHYSICS.md §6)")
func crossSectionsMatchWidthIdentity() {
    let models = [
        ZPrimeModel.vanilla(massGeV: 0.225, coupling: 0.03),
        ZPrimeModel.dark(massGeV: 0.5, coupling: 1e-3, alphaDark: 0.1),
        ZPrimeModel.dark(massGeV: 0.05, coupling: 1e-4, alphaDark: 0.02)
    ]
    for model in models {
        let m2 = model.massGeV * model.massGeV
        for factor in [0.3, 0.5, 0.99, 1.0, 1.0001, 1.7, 4.0] {
            let s = factor * m2
            let energy = s.squareRoot()
            let d = model.breitWignerDenominator(sGeV2: s)
            let gammaEE = model.electronWidthGeV(atEnergyGeV: energy)
            let neutrino = 12 * Double.pi * gammaEE * model.neutrinoWidthGeV(atEnergyGeV: energy) / d
            let dark = 12 * Double.pi * gammaEE * model.darkWidthGeV(atEnergyGeV: energy) / d
            // Different arrangements of the same products: agreement to a few ulps (1e-13 relative).
            #expect(abs(model.neutrinoAnnihilationCrossSection(sGeV2: s) - neutrino) <= 1e-13 * neutrino)
            #expect(abs(model.darkAnnihilationCrossSection(sGeV2: s) - dark) <= 1e-13 * max(dark, 1e-300))
            let total = model.invisibleAnnihilationCrossSection(sGeV2: s)
            #expect(abs(total - neutrino - dark) <= 1e-13 * total)
        }
    }
}

@Test("resonance energy and the narrow-width integral ∫dE₊σ = 2π²α|Π(m²)|²BR_inv/m_e")
func narrowWidthIntegral() {
    let me = PhysicalConstants.electronMassGeV
    for model in [
        ZPrimeModel.vanilla(massGeV: 0.225, coupling: 1e-3),
        ZPrimeModel.vanilla(massGeV: 0.05, coupling: 1e-3),
        ZPrimeModel.dark(massGeV: 0.3, coupling: 1e-3, alphaDark: 1e-5)
    ] {
        let m = model.massGeV, width = model.totalWidthGeV
        // The pole: s(E_res) = m².
        #expect(abs(ZPrimeModel.restFrameS(positronEnergyGeV: model.resonancePositronEnergyGeV) - m * m) <= 1e-15 * m * m)
        // ∫dE₊ σ = ∫ds σ/(2m_e), in t = asinh((s − m²)/(mΓ)) over s ∈ [4m_e², 100m²]; the Lorentzian
        // beyond that range is a fraction ≲ (2/π)Γ/m ≲ 10⁻⁵ (m ≤ 0.3 GeV, g = 10⁻³, α_D = 10⁻⁵).
        let scale = m * width
        let lower = asinh((4 * me * me - m * m) / scale), upper = asinh(99 * m * m / scale)
        let numeric =
            AdaptiveQuadrature.integrate(from: lower, to: upper, breakpoints: [0], relativeTolerance: 1e-11) { t in
                let s = m * m + scale * sinh(t)
                return model.invisibleAnnihilationCrossSection(sGeV2: s) * scale * cosh(t)
            }.value / (2 * me)
        // Deviations from the narrow-width form are O(Γ/m) ≲ 10⁻⁵ (running of |Π(s)|² s Γ_X(√s) across the
        // peak, plus the non-resonant σ ∝ 1/s far tail, both suppressed by Γ/m): tolerance 10⁻⁴ relative.
        #expect(abs(numeric / model.narrowWidthIntegralPerGeV - 1) < 1e-4, "m = \(m): \(numeric) vs \(model.narrowWidthIntegralPerGeV)")
    }
}
