import Numerics

/// A Dirac 4-spinor in the chiral (Weyl) basis of Peskin & Schroeder (Eq. 3.25 and 3.40):
/// components 0, 1 are left-handed, 2, 3 right-handed; γ⁵ = diag(−1, −1, 1, 1), γ⁰ swaps the two halves.
///
/// Just enough Dirac algebra to evaluate tree amplitudes numerically: slashed vectors acting on spinors,
/// γ⁵, the Dirac adjoint product ψ̄χ, and the helicity spinors u, v. All functions are O(1) and allocation-free.
struct DiracSpinor: Sendable {
    var c0: Complex<Double>
    var c1: Complex<Double>
    var c2: Complex<Double>
    var c3: Complex<Double>

    static let zero = DiracSpinor(c0: .zero, c1: .zero, c2: .zero, c3: .zero)

    /// γ⁵ψ.
    @inline(__always)
    var gamma5: DiracSpinor { DiracSpinor(c0: -c0, c1: -c1, c2: c2, c3: c3) }

    /// ψ̄χ = ψ†γ⁰χ.
    @inline(__always)
    func barDot(_ chi: DiracSpinor) -> Complex<Double> {
        c0.conjugate * chi.c2 + c1.conjugate * chi.c3 + c2.conjugate * chi.c0 + c3.conjugate * chi.c1
    }

    /// ψ + χ.
    @inline(__always)
    static func + (lhs: DiracSpinor, rhs: DiracSpinor) -> DiracSpinor {
        DiracSpinor(c0: lhs.c0 + rhs.c0, c1: lhs.c1 + rhs.c1, c2: lhs.c2 + rhs.c2, c3: lhs.c3 + rhs.c3)
    }

    /// a·ψ for a real number a.
    @inline(__always)
    static func * (lhs: Double, rhs: DiracSpinor) -> DiracSpinor {
        DiracSpinor(c0: scaled(lhs, rhs.c0), c1: scaled(lhs, rhs.c1), c2: scaled(lhs, rhs.c2), c3: scaled(lhs, rhs.c3))
    }

    /// (a̸ + mass)ψ for a real four-vector a (contravariant components): a̸ = [[0, a·σ], [a·σ̄, 0]],
    /// a·σ = a⁰ − a⃗·σ⃗, a·σ̄ = a⁰ + a⃗·σ⃗.
    @inline(__always)
    func slashed(_ a: FourVector, plusMass mass: Double = 0) -> DiracSpinor {
        let minusXY = Complex(a.x, -a.y), plusXY = Complex(a.x, a.y)
        let upper0 = scaled(a.t - a.z, c2) - minusXY * c3
        let upper1 = scaled(a.t + a.z, c3) - plusXY * c2
        let lower0 = scaled(a.t + a.z, c0) + minusXY * c1
        let lower1 = scaled(a.t - a.z, c1) + plusXY * c0
        if mass == 0 { return DiracSpinor(c0: upper0, c1: upper1, c2: lower0, c3: lower1) }
        return DiracSpinor(
            c0: upper0 + scaled(mass, c0), c1: upper1 + scaled(mass, c1),
            c2: lower0 + scaled(mass, c2), c3: lower1 + scaled(mass, c3))
    }

    /// J̸ψ for a complex four-vector J (contravariant components).
    @inline(__always)
    func slashed(_ j: ComplexFourVector) -> DiracSpinor {
        let minusXY = j.x - Complex(0, 1) * j.y, plusXY = j.x + Complex(0, 1) * j.y
        return DiracSpinor(
            c0: (j.t - j.z) * c2 - minusXY * c3,
            c1: (j.t + j.z) * c3 - plusXY * c2,
            c2: (j.t + j.z) * c0 + minusXY * c1,
            c3: (j.t - j.z) * c1 + plusXY * c0)
    }

    /// Two-component helicity eigenvectors ξ± of p̂·σ⃗ (eigenvalue ±1) for the direction of p⃗.
    static func helicityBasis(_ p: FourVector) -> (plus: (Complex<Double>, Complex<Double>), minus: (Complex<Double>, Complex<Double>)) {
        let momentum = p.spatialMagnitude
        let cosTheta = momentum > 0 ? p.z / momentum : 1
        let cosHalf = (0.5 * (1 + cosTheta)).squareRoot(), sinHalf = max(0, 0.5 * (1 - cosTheta)).squareRoot()
        let transverse = (p.x * p.x + p.y * p.y).squareRoot()
        let phase = transverse > 0 ? Complex(p.x / transverse, p.y / transverse) : Complex<Double>(1, 0)
        let plus = (Complex<Double>(cosHalf, 0), scaled(sinHalf, phase))
        let minus = (scaled(-sinHalf, phase.conjugate), Complex<Double>(cosHalf, 0))
        return (plus, minus)
    }

    /// u(p, h) = (√(E − h|p|) ξ_h, √(E + h|p|) ξ_h), h = ±1 (twice the helicity).
    static func particle(_ p: FourVector, helicitySign h: Double) -> DiracSpinor {
        let basis = helicityBasis(p)
        let xi = h > 0 ? basis.plus : basis.minus
        let momentum = p.spatialMagnitude
        let lower = max(0, p.t - h * momentum).squareRoot(), upper = (p.t + h * momentum).squareRoot()
        return DiracSpinor(c0: scaled(lower, xi.0), c1: scaled(lower, xi.1), c2: scaled(upper, xi.0), c3: scaled(upper, xi.1))
    }

    /// v(p, η) = (√(p·σ) η, −√(p·σ̄) η) with η = ξ_h; the two h span the spin sum Σ v v̄ = p̸ − m.
    static func antiparticle(_ p: FourVector, helicitySign h: Double) -> DiracSpinor {
        let basis = helicityBasis(p)
        let eta = h > 0 ? basis.plus : basis.minus
        let momentum = p.spatialMagnitude
        let lower = max(0, p.t - h * momentum).squareRoot(), upper = (p.t + h * momentum).squareRoot()
        return DiracSpinor(c0: scaled(lower, eta.0), c1: scaled(lower, eta.1), c2: scaled(-upper, eta.0), c3: scaled(-upper, eta.1))
    }
}

/// a·z for real a and complex z (swift-numerics defines no mixed real–complex product). It reads z's stored parts
/// (`rawStorage`): `real` and `imaginary` test both parts for finiteness on every read (a non-finite z reads as NaN),
/// which was a fifth of the exact-strahlung amplitude's time; for finite z the numbers are the same.
@inline(__always)
func scaled(_ a: Double, _ z: Complex<Double>) -> Complex<Double> {
    let (x, y) = z.rawStorage
    return Complex(a * x, a * y)
}

/// A real four-vector (t, x, y, z) with the metric (+, −, −, −).
struct FourVector: Sendable {
    var t: Double, x: Double, y: Double, z: Double

    @inline(__always) static func + (a: FourVector, b: FourVector) -> FourVector {
        FourVector(t: a.t + b.t, x: a.x + b.x, y: a.y + b.y, z: a.z + b.z)
    }
    @inline(__always) static func - (a: FourVector, b: FourVector) -> FourVector {
        FourVector(t: a.t - b.t, x: a.x - b.x, y: a.y - b.y, z: a.z - b.z)
    }
    @inline(__always) static func * (s: Double, a: FourVector) -> FourVector {
        FourVector(t: s * a.t, x: s * a.x, y: s * a.y, z: s * a.z)
    }
    /// Minkowski product a·b.
    @inline(__always) func dot(_ b: FourVector) -> Double { t * b.t - x * b.x - y * b.y - z * b.z }
    /// |p⃗|.
    var spatialMagnitude: Double { (x * x + y * y + z * z).squareRoot() }

    /// This vector boosted by velocity β⃗ (from the frame where the moving system is at rest to the lab).
    func boosted(velocityX bx: Double, velocityY by: Double, velocityZ bz: Double) -> FourVector {
        let b2 = bx * bx + by * by + bz * bz
        if b2 == 0 { return self }
        let gamma = 1 / (1 - b2).squareRoot()
        let bp = bx * x + by * y + bz * z
        let factor = (gamma - 1) * bp / b2 + gamma * t
        return FourVector(t: gamma * (t + bp), x: x + factor * bx, y: y + factor * by, z: z + factor * bz)
    }
}

/// A complex four-vector (a fermion current), contravariant components.
struct ComplexFourVector: Sendable {
    var t: Complex<Double>, x: Complex<Double>, y: Complex<Double>, z: Complex<Double>
}
