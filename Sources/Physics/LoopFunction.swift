import Foundation
import Numerics

/// The μ/τ loop function Π(q²) that couples an L_μ−L_τ Z′ to electrons (docs/PHYSICS.md §1).
///
/// The effective vertex is e·Π(q²)·Z′_μ ēγ^μe, so Π plays the role of a dark photon's ε:
///
///     Π(q²) = (e g/2π²) ∫₀¹ dx x(1−x) ln[(m_τ² − x(1−x)q² − i0)/(m_μ² − x(1−x)q² − i0)].
///
/// Implemented in closed form (2022 paper Eq. A.1 with the misprint 2(r_μ − 2r_τ) → 2(r_μ − r_τ)
/// corrected, docs/PHYSICS.md §13 item 1), with a power series near q² = 0 where the closed form cancels.
/// The imaginary part follows from the same −i0 prescription and is non-zero for every q² > 4m_μ²,
/// including above 4m_τ² where the τ loop subtracts (docs/PHYSICS.md §13 item 2). Cost: O(1), no allocation.
public enum LoopFunction {
    /// Π(q²) for a Z′ coupling g to μ and τ; q² in GeV² (any sign).
    @inlinable
    public static func pi(q2GeV2: Double, coupling: Double) -> Complex<Double> {
        let prefactor = PhysicalConstants.electronCharge * coupling / (2 * Double.pi * Double.pi)
        let bare = normalizedIntegral(q2GeV2: q2GeV2)
        return Complex(prefactor * bare.real, prefactor * bare.imaginary)
    }

    /// The bare x-integral ∫₀¹ dx x(1−x) ln[...], i.e. Π for g = 2π²/e (what the paper's figure of Π plots).
    @inlinable
    public static func normalizedIntegral(q2GeV2: Double) -> Complex<Double> {
        let muonMass2 = PhysicalConstants.muonMassGeV * PhysicalConstants.muonMassGeV
        let tauMass2 = PhysicalConstants.tauMassGeV * PhysicalConstants.tauMassGeV
        let tau = vacuumPolarizationIntegral(z: q2GeV2 / tauMass2)
        let muon = vacuumPolarizationIntegral(z: q2GeV2 / muonMass2)
        return Complex(logMassRatioTerm + tau.real - muon.real, tau.imaginary - muon.imaginary)
    }

    /// Π(0) = e g ln(m_τ/m_μ)/(6π²) ≈ 0.0144 g (docs/PHYSICS.md §1): the low-q² electron coupling in units of e.
    @inlinable
    public static func atZero(coupling: Double) -> Double {
        PhysicalConstants.electronCharge * coupling
            * log(PhysicalConstants.tauMassGeV / PhysicalConstants.muonMassGeV) / (6 * Double.pi * Double.pi)
    }

    /// (1/6) ln(m_τ²/m_μ²): the q² = 0 value of the bare integral.
    @usableFromInline
    static let logMassRatioTerm: Double = {
        let ratio = PhysicalConstants.tauMassGeV / PhysicalConstants.muonMassGeV
        return log(ratio * ratio) / 6
    }()

    /// Below this |z| the power series is used: the closed form loses ~120 ε/z² relative accuracy
    /// (terms of size 4/z cancel to a result of size z/30), i.e. ≲ 5·10⁻¹⁴ at |z| = 0.5, while the
    /// series converges with ratio ≈ |z|/4 ≤ 1/8, i.e. 18 terms for double precision.
    @usableFromInline
    static let seriesThreshold = 0.5

    /// I(z) = ∫₀¹ x(1−x) ln[1 − z x(1−x) − i0] dx with z = q²/m² (docs/PHYSICS.md §1, all branches).
    @inlinable
    public static func vacuumPolarizationIntegral(z: Double) -> Complex<Double> {
        if abs(z) < seriesThreshold {
            // I(z) = −Σ_{n≥1} zⁿ Bₙ/n, Bₙ = ((n+1)!)²/(2n+3)! = B(n+2, n+2);
            // Bₙ₊₁/Bₙ = (n+2)²/((2n+4)(2n+5)) = (n+2)/(2(2n+5)).
            var sum = 0.0
            var power = z  // zⁿ
            var beta = 1.0 / 30.0  // B₁ = (2!)²/5! = 4/120
            var n = 1.0
            while n < 80 {
                let term = power * beta / n
                sum += term
                if abs(term) <= 1e-17 * abs(sum) { break }
                beta *= (n + 2) / (2 * (2 * n + 5))
                power *= z
                n += 1
            }
            return Complex(-sum, 0)
        }
        let r = 1 / z
        if z >= 4 {
            // Above threshold: β = √(1−4r) ∈ [0, 1); the −i0 gives ln|...| − iπ on the cut.
            // (1+β)/(1−β) = (1+β)²/(4r): avoids 1 − β → 0 for q² ≫ m² (no cancellation up to q² ~ 10³⁰⁰).
            let beta = (1 - 4 * r).squareRoot()
            let logTerm = log((1 + beta) * (1 + beta) / (4 * r))
            let real = -(5.0 / 3.0 + 4 * r - (1 + 2 * r) * beta * logTerm) / 6
            let imaginary = -(1 + 2 * r) * beta * Double.pi / 6
            return Complex(real, imaginary)
        } else if z > 0 {
            // Below threshold: b = √(4r−1) > 0, arccot b = atan(1/b).
            let b = (4 * r - 1).squareRoot()
            let real = -(5.0 / 3.0 + 4 * r - 2 * (1 + 2 * r) * b * atan(1 / b)) / 6
            return Complex(real, 0)
        } else {
            // Space-like: β = √(1−4r) > 1.
            // (β+1)/(β−1) = (β+1)²/(−4r) with −4r > 0: same cancellation-free form for q² → −∞.
            let beta = (1 - 4 * r).squareRoot()
            let real = -(5.0 / 3.0 + 4 * r - (1 + 2 * r) * beta * log((beta + 1) * (beta + 1) / (-4 * r))) / 6
            return Complex(real, 0)
        }
    }
}
