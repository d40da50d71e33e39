import Numerics

/// The four non-zero parts of a spinor whose other four are exactly zero (the beam's helicity spinors and the
/// u-channel stems of the exact-strahlung amplitude).
struct SpinorParts {
    var p0: Double, p1: Double, p2: Double, p3: Double
}

extension DiracSpinorLanes {
    // Slashes of the photon (a lane vector a) on spinors with exactly zero parts: `slashed(_:plusMass:)` with the
    // products by those zeros dropped. Every non-zero part is the same floating-point number as there: x ± 0 = x,
    // 0 − x = −x and (−a)b = −(ab) exactly; only the sign of a zero can differ, which no later product, sum or |·|²
    // turns into a different non-zero number. Tests/PhysicsTests/ExactStrahlungLaneTests compares them with `==`.

    /// a̸ u(p, −) for a beam along ẑ: u = (0, L, 0, S), L and S real.
    @inline(__always)
    static func slashedBeamMinus(_ a: FourVectorLanes, large: Double, small: Double) -> DiracSpinorLanes {
        let minusT = a.t - a.z, plusT = a.t + a.z
        let zero = AzimuthPair(repeating: 0)
        return DiracSpinorLanes(
            r0: -(a.x * small), i0: a.y * small, r1: plusT * small, i1: zero,
            r2: a.x * large, i2: -(a.y * large), r3: minusT * large, i3: zero)
    }

    /// a̸ u(p, +) for a beam along ẑ: u = (S, 0, L, 0).
    @inline(__always)
    static func slashedBeamPlus(_ a: FourVectorLanes, large: Double, small: Double) -> DiracSpinorLanes {
        let minusT = a.t - a.z, plusT = a.t + a.z
        let zero = AzimuthPair(repeating: 0)
        return DiracSpinorLanes(
            r0: minusT * large, i0: zero, r1: -(a.x * large), i1: -(a.y * large),
            r2: plusT * small, i2: zero, r3: a.x * small, i3: a.y * small)
    }

    /// a̸ψ for a real ψ (imaginary parts zero) with real parts `c`.
    @inline(__always)
    static func slashed(real c: SpinorParts, _ a: FourVectorLanes) -> DiracSpinorLanes {
        let minusT = a.t - a.z, plusT = a.t + a.z
        return DiracSpinorLanes(
            r0: minusT * c.p2 - a.x * c.p3, i0: a.y * c.p3,
            r1: plusT * c.p3 - a.x * c.p2, i1: -(a.y * c.p2),
            r2: plusT * c.p0 + a.x * c.p1, i2: -(a.y * c.p1),
            r3: minusT * c.p1 + a.x * c.p0, i3: a.y * c.p0)
    }

    /// a̸ψ for an imaginary ψ (real parts zero) with imaginary parts `c`.
    @inline(__always)
    static func slashed(imaginary c: SpinorParts, _ a: FourVectorLanes) -> DiracSpinorLanes {
        let minusT = a.t - a.z, plusT = a.t + a.z
        return DiracSpinorLanes(
            r0: -(a.y * c.p3), i0: minusT * c.p2 - a.x * c.p3,
            r1: a.y * c.p2, i1: plusT * c.p3 - a.x * c.p2,
            r2: a.y * c.p1, i2: plusT * c.p0 + a.x * c.p1,
            r3: -(a.y * c.p0), i3: minusT * c.p1 + a.x * c.p0)
    }
}

extension DiracSpinor {
    /// The real parts if every imaginary part is zero, else nil.
    var realParts: SpinorParts? {
        let (a0, b0) = c0.rawStorage, (a1, b1) = c1.rawStorage, (a2, b2) = c2.rawStorage, (a3, b3) = c3.rawStorage
        return b0 == 0 && b1 == 0 && b2 == 0 && b3 == 0 ? SpinorParts(p0: a0, p1: a1, p2: a2, p3: a3) : nil
    }

    /// The imaginary parts if every real part is zero, else nil.
    var imaginaryParts: SpinorParts? {
        let (a0, b0) = c0.rawStorage, (a1, b1) = c1.rawStorage, (a2, b2) = c2.rawStorage, (a3, b3) = c3.rawStorage
        return a0 == 0 && a1 == 0 && a2 == 0 && a3 == 0 ? SpinorParts(p0: b0, p1: b1, p2: b2, p3: b3) : nil
    }
}
