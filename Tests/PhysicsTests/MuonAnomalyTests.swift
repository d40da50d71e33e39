#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import Physics

@Test("F(0) = 1 and F(x) → 2/(3x²) for x ≫ 1")
func muonLoopFunctionLimits() {
    // F(0) = ∫2z dz = 1; the quadrature is exact for this polynomial up to rounding.
    #expect(abs(MuonAnomaly.loopFunction(massRatio: 0) - 1) < 1e-13)
    // Small x: F(x) = 1 − O(x) (the (1−z)² + x²z denominator); at x = 10⁻⁶ F differs from 1 by < 10⁻⁵.
    #expect(abs(MuonAnomaly.loopFunction(massRatio: 1e-6) - 1) < 1e-5)
    // Large x: F = (2/(3x²))(1 + O(ln(x²)/x²)); relative correction ≈ 3ln(x²)/x²: 4e-5 at 10³, 6e-7 at 10⁴.
    for (x, tolerance) in [(1e3, 1e-4), (1e4, 1e-6)] {
        let asymptote = 2 / (3 * x * x)
        #expect(abs(MuonAnomaly.loopFunction(massRatio: x) / asymptote - 1) < tolerance)
    }
    // F decreases monotonically in x.
    var previous = 1.0 + 1e-12
    for x in LogarithmicGrid(from: 1e-3, to: 1e3, count: 60).points {
        let value = MuonAnomaly.loopFunction(massRatio: x)
        #expect(value < previous)
        previous = value
    }
}

@Test("coupling(forContribution:) inverts δa_μ; band edges at m → 0 are √(8π²(Δa ∓ 2σ))")
func muonBand() {
    for mass in [1e-3, 0.05, 0.3, 2.0] {
        let g = MuonAnomaly.coupling(forContribution: 2.51e-9, massGeV: mass)
        // Round trip through the same F: rounding only.
        #expect(abs(MuonAnomaly.contribution(massGeV: mass, coupling: g) / 2.51e-9 - 1) < 1e-13)
    }
    let band = MuonAnomaly()  // (251 ± 59)×10⁻¹¹, ±2σ
    let lightMass = 1e-6  // x ≈ 10⁻⁵: F = 1 − O(x) to < 10⁻⁴
    let expectedLower = (8 * Double.pi * Double.pi * (251e-11 - 118e-11)).squareRoot()
    let expectedUpper = (8 * Double.pi * Double.pi * (251e-11 + 118e-11)).squareRoot()
    #expect(abs(band.lowerCoupling(massGeV: lightMass) / expectedLower - 1) < 1e-4)
    #expect(abs(band.upperCoupling(massGeV: lightMass) / expectedUpper - 1) < 1e-4)
    let both = band.band(massGeV: 0.1)
    #expect(both.lower == band.lowerCoupling(massGeV: 0.1) && both.upper == band.upperCoupling(massGeV: 0.1))
    // A band reaching δa ≤ 0 has lower edge 0.
    #expect(MuonAnomaly(anomaly: 1e-10, uncertainty: 1e-10).lowerCoupling(massGeV: 0.1) == 0)
}

@Test("the thermal target solves g_D² g² (m_χ/m_Z′)⁴ = f·3×10⁻¹⁵(m_χ/MeV)²")
func thermalTarget() {
    for alphaDark in [0.1, 0.02] {
        let target = ThermalTarget(alphaDark: alphaDark)
        for mass in [0.003, 0.03, 0.3, 1.0] {
            let g = target.coupling(massGeV: mass)
            // The defining equation, written out independently of the type's helpers.
            let darkMassMeV = mass / 3 * 1000
            let lhs = 4 * Double.pi * alphaDark * g * g * pow(1.0 / 3.0, 4)
            let rhs = 3e-15 * darkMassMeV * darkMassMeV
            #expect(abs(lhs / rhs - 1) < 1e-13)  // closed-form solution: rounding only
        }
    }
    // g ∝ m_Z′ at fixed ratio and α_D.
    let target = ThermalTarget(alphaDark: 0.1)
    #expect(abs(target.coupling(massGeV: 0.2) / target.coupling(massGeV: 0.1) - 2) < 1e-13)
}
