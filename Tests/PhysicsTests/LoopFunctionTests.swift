import Foundation
import Numerics
import Testing
@testable import Physics

/// Direct numerical integration of the DEFINITION of the bare loop integral (docs/PHYSICS.md §1),
/// independent of the closed form: ∫₀¹ x(1−x) ln[(m_τ² − x(1−x)q² − i0)/(m_μ² − x(1−x)q² − i0)] dx.
/// The −i0 prescription: ln(A − i0) = ln|A| − iπ θ(−A). The x-range is split where A or B vanishes
/// (x± = (1 ± √(1 − 4m²/q²))/2), and each piece is mapped x = edge ± u² near a root so that the
/// integrable log singularity becomes u² ln u (smooth enough for Gauss–Kronrod).
private func numericalBareIntegral(q2: Double) -> Complex<Double> {
    let mu2 = PhysicalConstants.muonMassGeV * PhysicalConstants.muonMassGeV
    let tau2 = PhysicalConstants.tauMassGeV * PhysicalConstants.tauMassGeV
    var roots: [Double] = []
    for m2 in [mu2, tau2] where q2 > 4 * m2 {
        let beta = (1 - 4 * m2 / q2).squareRoot()
        roots += [(1 - beta) / 2, (1 + beta) / 2]
    }
    let edges = [0.0] + roots.sorted() + [1.0]
    func realIntegrand(_ x: Double) -> Double {
        let w = x * (1 - x)
        let ratio = abs((tau2 - w * q2) / (mu2 - w * q2))
        // Exactly at a root (reached only when u² underflows against x) the integrand's limit
        // 2u·w·ln(u²) is 0: return it rather than ±∞.
        return ratio > 0 && ratio.isFinite ? w * log(ratio) : 0
    }
    func imaginaryIntegrand(_ x: Double) -> Double {
        let w = x * (1 - x)
        let tauPhase = (tau2 - w * q2) < 0 ? -Double.pi : 0
        let muonPhase = (mu2 - w * q2) < 0 ? -Double.pi : 0
        return w * (tauPhase - muonPhase)
    }
    var real = 0.0, imaginary = 0.0
    for i in 0..<(edges.count - 1) {
        let a = edges[i], b = edges[i + 1]
        let mid = 0.5 * (a + b)
        // [a, mid] with x = a + u², [mid, b] with x = b − u²: removes the log singularity at a root.
        let ua = (mid - a).squareRoot(), ub = (b - mid).squareRoot()
        real +=
            AdaptiveQuadrature.integrate(from: 0, to: ua, relativeTolerance: 1e-13, maxSubintervals: 1000) { u in
                2 * u * realIntegrand(a + u * u)
            }.value
        real +=
            AdaptiveQuadrature.integrate(from: 0, to: ub, relativeTolerance: 1e-13, maxSubintervals: 1000) { u in
                2 * u * realIntegrand(b - u * u)
            }.value
        imaginary += AdaptiveQuadrature.integrate(from: a, to: b, relativeTolerance: 1e-14) { imaginaryIntegrand($0) }.value
    }
    return Complex(real, imaginary)
}

private let mu2 = PhysicalConstants.muonMassGeV * PhysicalConstants.muonMassGeV
private let tau2 = PhysicalConstants.tauMassGeV * PhysicalConstants.tauMassGeV

/// q² values on both sides of both thresholds, near them, far above, and space-like.
private let sampleQ2: [Double] = [
    -100, -3, -0.05, -1e-3, -1e-6, 1e-6, 1e-3, 0.01,
    4 * mu2 * 0.999, 4 * mu2 * 0.999999, 4 * mu2 * 1.000001, 4 * mu2 * 1.001, 0.1, 1.0, 5.0,
    4 * tau2 * 0.999, 4 * tau2 * 1.001, 20, 100, 1e4
]

@Test("closed form of Π equals the numerical integral of its definition (−i0), all q² regions")
func closedFormMatchesDefinition() {
    for q2 in sampleQ2 {
        let closed = LoopFunction.normalizedIntegral(q2GeV2: q2)
        let numeric = numericalBareIntegral(q2: q2)
        // Scale: the q² = 0 value (1/6)ln(m_τ²/m_μ²) ≈ 0.94 or |Π| itself, whichever is larger.
        // The quadrature is converged to ~1e-14 relative; the closed form loses at most ~1e-13 near
        // the series switch (see LoopFunction.seriesThreshold). 1e-11 leaves room for log(β) near thresholds.
        let scale = max(closed.length, LoopFunction.logMassRatioTerm)
        #expect(abs(closed.real - numeric.real) <= 1e-11 * scale, "Re at q² = \(q2): \(closed.real) vs \(numeric.real)")
        #expect(abs(closed.imaginary - numeric.imaginary) <= 1e-11 * scale, "Im at q² = \(q2): \(closed.imaginary) vs \(numeric.imaginary)")
    }
}

@Test("the small-|z| power series joins the closed form continuously at the switch |z| = 0.5")
func seriesMatchesClosedForm() {
    // Evaluate the closed-form branch formulas directly just outside and the series just inside the
    // switch; the series truncation is < 1e-17 and the closed form there is good to ~1e-13 relative.
    for z in [0.5, -0.5] {
        let below = LoopFunction.vacuumPolarizationIntegral(z: z * (1 - 1e-12))
        let above = LoopFunction.vacuumPolarizationIntegral(z: z * (1 + 1e-12))
        // I'(z) ≈ −1/30, so the 1e-12 relative step moves I by ~2e-14 of |I| ~ z/30: tolerance 1e-11 relative.
        #expect(abs(below.real - above.real) <= 1e-11 * abs(above.real), "z = \(z)")
    }
    // Deep inside: leading term −z/30 − z²/280 (B₂ = (3!)²/7! = 1/140, divided by n = 2).
    for z in [1e-4, -1e-4, 1e-8] {
        // B₁ = 1/30, B₂ = 36/5040 = 1/140, B₃ = 576/362880 = 1/630.
        let expected = -z / 30 - z * z / 280 - z * z * z / 1890
        // Omitted term z⁴B₄/4 = z⁴/11088 ≈ 3e-15 relative at |z| = 1e-4: tolerance 1e-13 relative.
        #expect(abs(LoopFunction.vacuumPolarizationIntegral(z: z).real - expected) <= 1e-13 * abs(expected))
    }
}

@Test("Π(0) = e g ln(m_τ/m_μ)/(6π²) ≈ 0.0144 g")
func piAtZero() {
    let g = 1.0
    let value = LoopFunction.pi(q2GeV2: 0, coupling: g)
    #expect(abs(value.real - LoopFunction.atZero(coupling: g)) <= 1e-15)
    #expect(value.imaginary == 0)
    // docs/PHYSICS.md §1 quotes ≈ 0.0144 g (three digits): e = 0.302822, ln(1776.86/105.658) = 2.8223.
    #expect(abs(LoopFunction.atZero(coupling: g) - 0.0144) < 0.00005)
    // Normalised integral at 0 is (1/3) ln(m_τ/m_μ).
    #expect(
        abs(LoopFunction.normalizedIntegral(q2GeV2: 0).real - log(PhysicalConstants.tauMassGeV / PhysicalConstants.muonMassGeV) / 3) < 1e-15
    )
}

@Test("|Π| is largest at q² = 4m_μ², ≈ 1.5 Π(0) ≈ 0.021 g, with a cusp there")
func piMaximumAtMuonThreshold() {
    let threshold = 4 * mu2
    let atThreshold = LoopFunction.normalizedIntegral(q2GeV2: threshold).length
    // Scan q² from −1 to 20 GeV² on a fine grid: nothing exceeds the threshold value.
    var largest = 0.0, largestQ2 = 0.0
    for i in 0...200_000 {
        let q2 = -1 + 21 * Double(i) / 200_000
        let value = LoopFunction.normalizedIntegral(q2GeV2: q2).length
        if value > largest { largest = value; largestQ2 = q2 }
    }
    #expect(largest <= atThreshold * (1 + 1e-12))
    // The grid spacing is 1.05e-4 GeV², so the grid maximum lies within one step of 4m_μ².
    #expect(abs(largestQ2 - threshold) <= 1.1e-4)
    // Ratio to Π(0): the quoted "about 1.5"; here it is computed, checked to ±0.05.
    let ratio = atThreshold / LoopFunction.normalizedIntegral(q2GeV2: 0).real
    #expect(abs(ratio - 1.5) < 0.05, "ratio \(ratio)")
    // In coupling units: 0.021 g (2024 letter; correct value, wrong location: docs/PHYSICS.md §13 item 4).
    #expect(abs(LoopFunction.pi(q2GeV2: threshold, coupling: 1).length - 0.021) < 0.0005)
    // Cusp: one-sided slopes have opposite signs (rises to the threshold, falls after).
    let h = 1e-6
    #expect(LoopFunction.normalizedIntegral(q2GeV2: threshold - h).length < atThreshold)
    #expect(LoopFunction.normalizedIntegral(q2GeV2: threshold + h).length < atThreshold)
}

@Test("Im Π follows the threshold formula for every q², including above 4m_τ²")
func imaginaryPartFormula() {
    for q2 in sampleQ2 + [4 * tau2 * 3, 1e6] {
        func term(_ m2: Double) -> Double {
            guard q2 > 4 * m2 else { return 0 }
            let r = m2 / q2
            return (1 - 4 * r).squareRoot() * (1 + 2 * r)
        }
        let g = 0.7
        let expected = PhysicalConstants.electronCharge * g / (12 * Double.pi) * (term(mu2) - term(tau2))
        let computed = LoopFunction.pi(q2GeV2: q2, coupling: g).imaginary
        // Same formula evaluated in a different arrangement: agreement to rounding (1e-14 absolute
        // on values ≲ 0.006).
        #expect(abs(computed - expected) <= 1e-14, "q² = \(q2)")
    }
    // Above 4m_τ² the τ loop subtracts but does not cancel the μ loop (the papers say Im Π = 0 there).
    #expect(LoopFunction.pi(q2GeV2: 4 * tau2 * 1.5, coupling: 1).imaginary > 1e-4)
}
