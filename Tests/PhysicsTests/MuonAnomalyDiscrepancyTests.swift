import Testing
@testable import Physics

@Test("Δa_μ = a_μ(Exp) − a_μ(SM) = (249 ± 48)×10⁻¹¹ with the errors in quadrature; 251 ± 59 selectable")
func muonAnomalyDiscrepancyCombines() {
    // From the two values (×10⁻¹¹): 116592059(22) − 116591810(43). The nine-digit values carry ~10⁻¹⁶ relative
    // rounding each, i.e. ~10⁻⁸ × 10⁻¹¹ absolute on their difference: 10⁻¹⁸ absolute is a safe bound.
    let combined = MuonAnomalyDiscrepancy(
        experimental: 116_592_059e-11, experimentalUncertainty: 22e-11,
        standardModel: 116_591_810e-11, standardModelUncertainty: 43e-11)
    #expect(abs(combined.value - 249e-11) < 1e-18)
    // √(22² + 43²) = √2333 = 48.301…; it rounds to the quoted 48.
    #expect(abs(combined.uncertainty - 2333.0.squareRoot() * 1e-11) < 1e-24)
    #expect((combined.uncertainty / 1e-11).rounded() == 48)
    // The preset is the same combination (exact integer difference; equal to rounding, 10⁻¹⁸).
    #expect(abs(MuonAnomalyDiscrepancy.standard.value - combined.value) < 1e-18)
    #expect(abs(MuonAnomalyDiscrepancy.standard.uncertainty - combined.uncertainty) < 1e-24)
    #expect(MuonAnomalyDiscrepancy() == .standard)
    // The older value is not a combination, it is quoted as is.
    #expect(MuonAnomalyDiscrepancy.paper2022.value == 251e-11)
    #expect(MuonAnomalyDiscrepancy.paper2022.uncertainty == 59e-11)
}

@Test("MuonAnomaly(discrepancy:) gives the band of Δa_μ ± kσ")
func muonAnomalyFromDiscrepancy() {
    let band = MuonAnomaly(discrepancy: .standard)
    #expect(band.anomaly == MuonAnomalyDiscrepancy.standard.value)
    #expect(band.uncertainty == MuonAnomalyDiscrepancy.standard.uncertainty)
    #expect(band.standardDeviations == 2)
    // The paper2022 discrepancy reproduces the existing default band exactly (same stored numbers).
    #expect(MuonAnomaly(discrepancy: .paper2022) == MuonAnomaly())
    // The edges move as Δa_μ ± 2σ, g² = 8π²(Δa ± 2σ)/F. 249 + 2·48.3 = 345.6 vs 251 + 118 = 369:
    // the new upper edge is lower by √(345.6/369) ≈ 0.968. F cancels in the ratio, so only rounding (~10⁻¹⁵) is left.
    let new = band.band(massGeV: 1e-6), old = MuonAnomaly().band(massGeV: 1e-6)
    let expected = ((249 + 2 * 2333.0.squareRoot()) / 369).squareRoot()
    #expect(abs(new.upper / old.upper / expected - 1) < 1e-9)
}
