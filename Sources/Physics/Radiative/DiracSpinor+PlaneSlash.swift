import Numerics

extension DiracSpinor {
    /// a̸ψ for a real four-vector in the x–z plane (a_y = 0, as the boson's transverse-in-plane and longitudinal
    /// polarisations are): ``slashed(_:plusMass:)`` with its products by a_y = 0 dropped. Every non-zero component is
    /// the same floating-point number as there (x ± 0 = x); only the sign of a zero can differ, which no later
    /// product, sum or |·|² turns into a different non-zero number. Parts are read as stored (`scaled`).
    @inline(__always)
    func slashedInPlane(_ a: FourVector) -> DiracSpinor {
        let minus = a.t - a.z, plus = a.t + a.z, x = a.x
        let (r0, i0) = c0.rawStorage, (r1, i1) = c1.rawStorage, (r2, i2) = c2.rawStorage, (r3, i3) = c3.rawStorage
        return DiracSpinor(
            c0: Complex(minus * r2 - x * r3, minus * i2 - x * i3),
            c1: Complex(plus * r3 - x * r2, plus * i3 - x * i2),
            c2: Complex(plus * r0 + x * r1, plus * i0 + x * i1),
            c3: Complex(minus * r1 + x * r0, minus * i1 + x * i0))
    }

    /// ŷ̸ψ for ŷ = (0, 0, 1, 0): ``slashed(_:plusMass:)`` with its products by 0 and ±1 dropped (x − iy = −i and
    /// x + iy = i, i(a + ib) = −b + ia), the same numbers up to the sign of a zero.
    @inline(__always)
    var slashedAlongY: DiracSpinor {
        let (r0, i0) = c0.rawStorage, (r1, i1) = c1.rawStorage, (r2, i2) = c2.rawStorage, (r3, i3) = c3.rawStorage
        return DiracSpinor(c0: Complex(-i3, r3), c1: Complex(i2, -r2), c2: Complex(i1, -r1), c3: Complex(-i0, r0))
    }

    /// ψ̄χ for a ψ whose components 0 and 2 are real (u(p, +) of `forwardParticles`: ξ₊ starts with cos(θ/2)):
    /// ``barDot(_:)`` without the products by their zero imaginary parts, summed in the same order.
    @inline(__always)
    func barDotEvenReal(_ chi: DiracSpinor) -> Complex<Double> {
        scaled(c0.rawStorage.x, chi.c2) + c1.conjugate * chi.c3 + scaled(c2.rawStorage.x, chi.c0) + c3.conjugate * chi.c1
    }

    /// ψ̄χ for a ψ whose components 1 and 3 are real (u(p, −) of `forwardParticles`).
    @inline(__always)
    func barDotOddReal(_ chi: DiracSpinor) -> Complex<Double> {
        c0.conjugate * chi.c2 + scaled(c1.rawStorage.x, chi.c3) + c2.conjugate * chi.c0 + scaled(c3.rawStorage.x, chi.c1)
    }
}
