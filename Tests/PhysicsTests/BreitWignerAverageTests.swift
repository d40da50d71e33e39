import Foundation
import Testing
@testable import Physics

@Test("a constant |Π|² gives exactly zero difference: the normalised weight averages constants to themselves")
func breitWignerNormalisation() {
    for (mass, alphaDark) in [(0.001, 0.1), (0.2113, 0.1), (0.5, 0.02)] {
        let weight = ZPrimeModel.dark(massGeV: mass, coupling: 1, alphaDark: alphaDark).darkBreitWignerAverage!
        // I and N come from two separate adaptive integrals: they agree to their 1e-11 tolerance.
        let average = weight.average(asymptoticValue: 7.25) { _ in 7.25 }
        #expect(abs(average / 7.25 - 1) < 1e-10)
        // ρ is nearly normalised: N = 1 − O(Γ/m) (lower cut at 4m²/9, √q² vs m).
        #expect(abs(weight.normalization - 1) < 10 * weight.widthGeV / mass)
    }
}

@Test("the analytic q² → ∞ tail of ρ matches a numerical integral")
func breitWignerTail() {
    let weight = ZPrimeModel.dark(massGeV: 0.3, coupling: 1, alphaDark: 0.1).darkBreitWignerAverage!
    let m = weight.massGeV, gamma = weight.widthGeV
    // v = 1/√q²: ∫_{Q²}^{∞} ρ dq² = ∫₀^{1/Q} (2Γ/π) dv / ((1 − m²v²)² + m²Γ²v⁴), smooth on [0, 1/Q].
    let numeric = AdaptiveQuadrature.integrate(from: 0, to: 1 / weight.tailStartQ2GeV2.squareRoot(), relativeTolerance: 1e-14) { v in
        let a = 1 - m * m * v * v
        return 2 * gamma / Double.pi / (a * a + m * m * gamma * gamma * v * v * v * v)
    }.value
    // The two-term expansion omits O((m/Q)⁴) ≤ 10⁻⁸ relative (Q² ≥ 10⁴m²); quadrature ~1e-14: tolerance 1e-7.
    #expect(abs(weight.tailWeight / numeric - 1) < 1e-7)
}

@Test("the t-substituted average equals a direct q² integration of the definition")
func breitWignerSubstitution() {
    let model = ZPrimeModel.dark(massGeV: 0.2, coupling: 1, alphaDark: 0.1)
    let weight = model.darkBreitWignerAverage!
    let m = weight.massGeV, gamma = weight.widthGeV
    func rho(_ q2: Double) -> Double { q2.squareRoot() * gamma / Double.pi / ((q2 - m * m) * (q2 - m * m) + m * m * gamma * gamma) }
    let f: (Double) -> Double = { LoopFunction.normalizedIntegral(q2GeV2: $0).lengthSquared }
    let muon2 = 4 * PhysicalConstants.muonMassGeV * PhysicalConstants.muonMassGeV
    // Direct: plain q² with break points at the pole ± a few widths and at 4m_μ², up to Q².
    let peak = (-8...8).map { m * m + Double($0) * m * gamma }
    let direct = AdaptiveQuadrature.integrate(
        from: weight.lowerQ2GeV2, to: weight.tailStartQ2GeV2, breakpoints: peak + [muon2, 1, 10, 100, 1000],
        relativeTolerance: 1e-12, maxSubintervals: 3000
    ) { rho($0) * f($0) }.value
    let substituted = weight.integral(breakpointsQ2: [muon2], asymptoticValue: 0, f)
    // Both converge to ~1e-11; the tail added to `substituted` is f∞ = 0 here. Tolerance 1e-9 relative.
    #expect(abs(substituted / direct - 1) < 1e-9)
    // The relative difference equals I/N/|Π(m²)|² − 1 computed the plain way (cancellation: ~1e-10 absolute).
    let plain = model.averagedSquaredLoop! / LoopFunction.pi(q2GeV2: m * m, coupling: 1).lengthSquared - 1
    #expect(abs(model.averagedLoopRelativeDifference! - plain) < 1e-9)
}

@Test("Fig. 2 grid resolves 2m_μ and spans 1 MeV – 1 GeV")
func figure2Grid() {
    let masses = AveragedLoopFigure.masses(alphaDark: 0.02)
    #expect(masses.first == 1e-3 && masses.last == 1)
    #expect(masses.contains(2 * PhysicalConstants.muonMassGeV))
    #expect(zip(masses, masses.dropFirst()).allSatisfy { $0 < $1 })
    // Near 2m_μ the spacing is below Γ_χχ(2m_μ)/20 (sinh window, centre spacing ≈ Γ/4 · 2asinh(240)/600 ≈ Γ/190).
    let width = ZPrimeModel.dark(massGeV: 2 * PhysicalConstants.muonMassGeV, coupling: 1, alphaDark: 0.02).darkWidthGeV
    let near = zip(masses, masses.dropFirst()).filter { abs($0.0 - 2 * PhysicalConstants.muonMassGeV) < width }
    #expect(!near.isEmpty && near.allSatisfy { $0.1 - $0.0 < width / 20 })
}
