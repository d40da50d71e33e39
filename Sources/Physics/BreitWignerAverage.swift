import Foundation

/// The normalised Breit–Wigner average over q² used for the q²-averaged coupling (docs/PHYSICS.md §5,
/// 2024 letter Fig. 2):  ⟨f⟩ = ∫_{q²_min}^{∞} dq² f(q²) ρ(q²) / N,
/// ρ(q²) = (1/π) √q² Γ/((q² − m²)² + m²Γ²),  N = ∫_{q²_min}^{∞} ρ dq².
///
/// Normalisation choice (documented as docs/PHYSICS.md §5 asks): ρ is not exactly normalised (√q² in place of
/// m, the lower cut at q²_min = 4m_χ², and its 1/q³ tail), so we divide by N computed over the same range
/// with the same quadrature; then a constant f averages to itself (exactly, up to rounding) and the
/// relative difference measures only the q²-dependence of f.
///
/// Quadrature: t = asinh((q² − m²)/(mΓ)) flattens the peak (ρ dq² = √q²/(π m cosh t) dt); the integral
/// runs to Q² = 10⁴ max(m², 4m_τ²) with break points at t = 0 and at the caller's q² (e.g. 4m_μ², the cusp
/// of Π); the tail beyond Q² is added analytically: ∫_{Q²}^{∞} ρ dq² = (2Γ/π)(1/Q + 2m²/(3Q³) + O(m⁴/Q⁵)),
/// multiplied by f's limit at infinity (for f = |Π|², f ~ (m_τ²/q²)² there, so its tail is < 10⁻¹⁶).
public struct BreitWignerAverage: Sendable, Hashable {
    /// Pole mass m [GeV].
    public var massGeV: Double
    /// Width Γ [GeV].
    public var widthGeV: Double
    /// Lower end of the q² range [GeV²].
    public var lowerQ2GeV2: Double

    /// A weight with pole m, width Γ, integrated from `lowerQ2GeV2` to ∞.
    public init(massGeV: Double, widthGeV: Double, lowerQ2GeV2: Double) {
        precondition(massGeV > 0 && widthGeV > 0, "the Breit–Wigner needs m > 0 and Γ > 0")
        self.massGeV = massGeV
        self.widthGeV = widthGeV
        self.lowerQ2GeV2 = lowerQ2GeV2
    }

    /// Q²: where the numerical integral stops and the analytic tail takes over.
    public var tailStartQ2GeV2: Double {
        let tau2 = PhysicalConstants.tauMassGeV * PhysicalConstants.tauMassGeV
        return 1e4 * max(massGeV * massGeV, 4 * tau2)
    }

    /// ∫_{Q²}^{∞} ρ dq², two terms of the 1/Q expansion (next term relative (m/Q)⁴ ≤ 10⁻⁸ of a tail that
    /// is itself ~Γ/Q ≲ 10⁻⁴ of N).
    public var tailWeight: Double {
        let q = tailStartQ2GeV2.squareRoot()
        let m2 = massGeV * massGeV
        return 2 * widthGeV / Double.pi * (1 / q + 2 * m2 / (3 * q * q * q))
    }

    /// ∫ ρ f dq² over [q²_min, Q²] plus f∞ × tail. `asymptoticValue` is lim f(q²) for q² → ∞.
    public func integral(
        breakpointsQ2 breakpoints: [Double] = [], asymptoticValue: Double,
        relativeTolerance: Double = 1e-11, _ f: (Double) -> Double
    ) -> Double {
        let m = massGeV, scale = massGeV * widthGeV
        func t(_ q2: Double) -> Double { asinh((q2 - m * m) / scale) }
        let lower = t(lowerQ2GeV2), upper = t(tailStartQ2GeV2)
        let result = AdaptiveQuadrature.integrate(
            from: lower, to: upper, breakpoints: [0] + breakpoints.map(t),
            relativeTolerance: relativeTolerance, maxSubintervals: 4000
        ) { tValue in
            let q2 = m * m + scale * sinh(tValue)
            return f(q2) * q2.squareRoot() / (Double.pi * m * cosh(tValue))
        }
        return result.value + asymptoticValue * tailWeight
    }

    /// N = ∫ρ dq² over the whole range.
    public var normalization: Double { integral(asymptoticValue: 1) { _ in 1 } }

    /// ⟨f⟩ = ∫ρf/N.
    public func average(breakpointsQ2: [Double] = [], asymptoticValue: Double, _ f: (Double) -> Double) -> Double {
        integral(breakpointsQ2: breakpointsQ2, asymptoticValue: asymptoticValue, f) / normalization
    }
}
