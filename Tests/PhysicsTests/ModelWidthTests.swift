import Numerics
import Testing
@testable import Physics

@Test("widths follow PHYSICS.md §2; vanilla BR_inv is independent of g; Γ_ee is negligible")
func widthsAndBranchingRatios() {
    let mu = PhysicalConstants.muonMassGeV
    let g = 0.03, alphaG = g * g / (4 * Double.pi)
    // Below 2m_μ only νν̄: BR_inv = 1 exactly.
    let light = ZPrimeModel.vanilla(massGeV: 0.1, coupling: g)
    #expect(light.muonWidthGeV == 0 && light.tauWidthGeV == 0)
    #expect(light.invisibleBranchingRatio == 1)
    // Γ_νν = α_g m/3 (two flavours × α_g m/6).
    #expect(abs(light.neutrinoWidthGeV - alphaG * 0.1 / 3) <= 1e-15 * light.neutrinoWidthGeV)
    // Above threshold, Γ_μμ → Γ_νν·(1 + 2r²)√(1 − 4r²) → Γ_νν for m ≫ m_μ (massless limit: a Dirac
    // lepton has twice the helicity states of a ν_L, and Γ_μμ(massless) = α_g m/3 = Γ_νν summed).
    let heavy = ZPrimeModel.vanilla(massGeV: 100, coupling: g)
    // Relative deviation of (1 + 2r²)√(1 − 4r²) from 1 is −6r⁴ + … ≈ 8e-11 at r = m_τ/100.
    #expect(abs(heavy.muonWidthGeV / heavy.neutrinoWidthGeV - 1) < 1e-9)
    #expect(abs(heavy.tauWidthGeV / heavy.neutrinoWidthGeV - 1) < 1e-6)  // r_τ⁴·6 ≈ 6e-7
    // m = 225 MeV: explicit formula with r = m_μ/m.
    let fig3 = ZPrimeModel.vanilla(massGeV: 0.225, coupling: g)
    let r = mu / 0.225
    let expected = alphaG * 0.225 / 3 * (1 + 2 * r * r) * (1 - 4 * r * r).squareRoot()
    #expect(abs(fig3.muonWidthGeV - expected) <= 1e-15 * expected)
    // Vanilla: every width ∝ g², so BR_inv does not depend on g (docs/PHYSICS.md §10). Rounding only.
    #expect(abs(fig3.invisibleBranchingRatio - fig3.with(coupling: 1e-4).invisibleBranchingRatio) < 1e-14)
    // Loop-induced Γ_ee ~ α|Π|²m/3 ≈ 10⁻⁵ Γ_νν (docs/PHYSICS.md §2): it is < 10⁻⁴ of Γ_νν for any g.
    #expect(fig3.electronWidthGeV / fig3.neutrinoWidthGeV < 1e-4)
    #expect(fig3.electronWidthGeV / fig3.neutrinoWidthGeV > 1e-6)
}

@Test("dark width: (α_D m/12)(1 − 4r²)^{3/2}; closed below 2m_χ; it dominates the total width")
func darkWidth() {
    let model = ZPrimeModel.dark(massGeV: 0.3, coupling: 1e-3, alphaDark: 0.1)
    let velocity2 = 1 - 4.0 / 9.0
    let expected = 0.1 * 0.3 / 12 * velocity2 * velocity2.squareRoot()
    #expect(abs(model.darkWidthGeV - expected) <= 1e-15 * expected)
    #expect(abs(model.darkMatterMassGeV! - 0.1) < 1e-16)  // 0.3/3: one rounding
    #expect(model.darkWidthGeV(atEnergyGeV: 0.19) == 0)  // √s < 2m_χ = 0.2 GeV
    #expect(model.invisibleBranchingRatio > 0.999)
    // BR_inv = (Γ_νν + Γ_χχ)/Γ_tot by definition.
    let ratio = (model.neutrinoWidthGeV + model.darkWidthGeV) / model.totalWidthGeV
    #expect(model.invisibleBranchingRatio == ratio)
}
