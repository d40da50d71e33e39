import Numerics

extension DiracSpinor {
    /// a̸ψ for a real four-vector in the x–z plane (a_y = 0, as the boson's transverse-in-plane and longitudinal
    /// polarisations are): ``slashed(_:plusMass:)`` with its products by a_y = 0 dropped. Every non-zero component is
    /// the same floating-point number as there (x ± 0 = x); only the sign of a zero can differ, which no later
    /// product, sum or |·|² turns into a different non-zero number.
    @inline(__always)
    func slashedInPlane(_ a: FourVector) -> DiracSpinor {
        let minus = a.t - a.z, plus = a.t + a.z, x = a.x
        return DiracSpinor(
            c0: Complex(minus * c2.real - x * c3.real, minus * c2.imaginary - x * c3.imaginary),
            c1: Complex(plus * c3.real - x * c2.real, plus * c3.imaginary - x * c2.imaginary),
            c2: Complex(plus * c0.real + x * c1.real, plus * c0.imaginary + x * c1.imaginary),
            c3: Complex(minus * c1.real + x * c0.real, minus * c1.imaginary + x * c0.imaginary))
    }

    /// ŷ̸ψ for ŷ = (0, 0, 1, 0): ``slashed(_:plusMass:)`` with its products by 0 and ±1 dropped (x − iy = −i and
    /// x + iy = i, i(a + ib) = −b + ia), the same numbers up to the sign of a zero.
    @inline(__always)
    var slashedAlongY: DiracSpinor {
        DiracSpinor(
            c0: Complex(-c3.imaginary, c3.real), c1: Complex(c2.imaginary, -c2.real),
            c2: Complex(c1.imaginary, -c1.real), c3: Complex(-c0.imaginary, c0.real))
    }

    /// ψ̄χ for a ψ whose components 0 and 2 are real (u(p, +) of `forwardParticles`: ξ₊ starts with cos(θ/2)):
    /// ``barDot(_:)`` without the products by their zero imaginary parts, summed in the same order.
    @inline(__always)
    func barDotEvenReal(_ chi: DiracSpinor) -> Complex<Double> {
        scaled(c0.real, chi.c2) + c1.conjugate * chi.c3 + scaled(c2.real, chi.c0) + c3.conjugate * chi.c1
    }

    /// ψ̄χ for a ψ whose components 1 and 3 are real (u(p, −) of `forwardParticles`).
    @inline(__always)
    func barDotOddReal(_ chi: DiracSpinor) -> Complex<Double> {
        c0.conjugate * chi.c2 + scaled(c1.real, chi.c3) + c2.conjugate * chi.c0 + scaled(c3.real, chi.c1)
    }
}
