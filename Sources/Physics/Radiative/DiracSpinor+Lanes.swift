import Numerics

/// Two lanes of doubles, one per azimuth of a pair: SSE2's packed operations do both exchanges' arithmetic in one
/// instruction, each lane through the scalar code's IEEE operations (the relic integrand has its own four lanes).
typealias AzimuthPair = SIMD2<Double>

/// A real four-vector per lane: two exchanges q (two azimuths of the exact-strahlung t integral) side by side.
struct FourVectorLanes {
    var t: AzimuthPair, x: AzimuthPair, y: AzimuthPair, z: AzimuthPair

    /// The same vector in both lanes.
    @inline(__always)
    init(repeating a: FourVector) {
        t = AzimuthPair(repeating: a.t)
        x = AzimuthPair(repeating: a.x)
        y = AzimuthPair(repeating: a.y)
        z = AzimuthPair(repeating: a.z)
    }

    @inline(__always)
    init(t: AzimuthPair, x: AzimuthPair, y: AzimuthPair, z: AzimuthPair) {
        self.t = t
        self.x = x
        self.y = y
        self.z = z
    }

    /// `FourVector.+` lane by lane.
    @inline(__always)
    static func + (a: FourVectorLanes, b: FourVectorLanes) -> FourVectorLanes {
        FourVectorLanes(t: a.t + b.t, x: a.x + b.x, y: a.y + b.y, z: a.z + b.z)
    }

    /// The vector of one lane.
    func lane(_ i: Int) -> FourVector { FourVector(t: t[i], x: x[i], y: y[i], z: z[i]) }
}

/// Two Dirac spinors side by side, stored as the real and imaginary parts of each component, one spinor per lane.
///
/// Every operation here is its `DiracSpinor` namesake written out in real arithmetic with the same IEEE operations
/// in the same order (swift-numerics' Complex product is the plain (ac − bd, ad + bc), its sum the plain one), so
/// each lane is the scalar result to the bit; SSE2 does the two lanes in one instruction.
struct DiracSpinorLanes {
    var r0: AzimuthPair, i0: AzimuthPair, r1: AzimuthPair, i1: AzimuthPair
    var r2: AzimuthPair, i2: AzimuthPair, r3: AzimuthPair, i3: AzimuthPair

    @inline(__always)
    init(
        r0: AzimuthPair, i0: AzimuthPair, r1: AzimuthPair, i1: AzimuthPair,
        r2: AzimuthPair, i2: AzimuthPair, r3: AzimuthPair, i3: AzimuthPair
    ) {
        self.r0 = r0
        self.i0 = i0
        self.r1 = r1
        self.i1 = i1
        self.r2 = r2
        self.i2 = i2
        self.r3 = r3
        self.i3 = i3
    }

    /// The same spinor in both lanes (its stored parts).
    init(repeating psi: DiracSpinor) {
        let (a0, b0) = psi.c0.rawStorage, (a1, b1) = psi.c1.rawStorage
        let (a2, b2) = psi.c2.rawStorage, (a3, b3) = psi.c3.rawStorage
        self.init(
            r0: AzimuthPair(repeating: a0), i0: AzimuthPair(repeating: b0), r1: AzimuthPair(repeating: a1),
            i1: AzimuthPair(repeating: b1), r2: AzimuthPair(repeating: a2), i2: AzimuthPair(repeating: b2),
            r3: AzimuthPair(repeating: a3), i3: AzimuthPair(repeating: b3))
    }

    /// The spinor of one lane.
    func lane(_ i: Int) -> DiracSpinor {
        DiracSpinor(
            c0: Complex(r0[i], i0[i]), c1: Complex(r1[i], i1[i]), c2: Complex(r2[i], i2[i]), c3: Complex(r3[i], i3[i]))
    }

    /// z·w of swift-numerics: (z.x w.x − z.y w.y, z.x w.y + z.y w.x).
    @inline(__always)
    static func product(_ zr: AzimuthPair, _ zi: AzimuthPair, _ wr: AzimuthPair, _ wi: AzimuthPair) -> (AzimuthPair, AzimuthPair) {
        (zr * wr - zi * wi, zr * wi + zi * wr)
    }

    /// `DiracSpinor.slashed(_:plusMass:)`: (a̸ + mass)ψ, lane by lane.
    @inline(__always)
    func slashed(_ a: FourVectorLanes, plusMass mass: Double = 0) -> DiracSpinorLanes {
        let minusT = a.t - a.z, plusT = a.t + a.z
        let minusY = -a.y  // minusXY = Complex(a.x, −a.y), plusXY = Complex(a.x, a.y)
        // upper0 = scaled(a.t − a.z, c2) − minusXY c3
        let m3 = Self.product(a.x, minusY, r3, i3)
        let u0r = minusT * r2 - m3.0, u0i = minusT * i2 - m3.1
        // upper1 = scaled(a.t + a.z, c3) − plusXY c2
        let p2 = Self.product(a.x, a.y, r2, i2)
        let u1r = plusT * r3 - p2.0, u1i = plusT * i3 - p2.1
        // lower0 = scaled(a.t + a.z, c0) + minusXY c1
        let m1 = Self.product(a.x, minusY, r1, i1)
        let l0r = plusT * r0 + m1.0, l0i = plusT * i0 + m1.1
        // lower1 = scaled(a.t − a.z, c1) + plusXY c0
        let p0 = Self.product(a.x, a.y, r0, i0)
        let l1r = minusT * r1 + p0.0, l1i = minusT * i1 + p0.1
        if mass == 0 { return DiracSpinorLanes(r0: u0r, i0: u0i, r1: u1r, i1: u1i, r2: l0r, i2: l0i, r3: l1r, i3: l1i) }
        return DiracSpinorLanes(
            r0: u0r + mass * r0, i0: u0i + mass * i0, r1: u1r + mass * r1, i1: u1i + mass * i1,
            r2: l0r + mass * r2, i2: l0i + mass * i2, r3: l1r + mass * r3, i3: l1i + mass * i3)
    }

    /// `DiracSpinor.slashedInPlane(_:)` for one x–z-plane vector in both lanes.
    @inline(__always)
    func slashedInPlane(_ a: FourVector) -> DiracSpinorLanes {
        let minus = a.t - a.z, plus = a.t + a.z, x = a.x
        return DiracSpinorLanes(
            r0: minus * r2 - x * r3, i0: minus * i2 - x * i3, r1: plus * r3 - x * r2, i1: plus * i3 - x * i2,
            r2: plus * r0 + x * r1, i2: plus * i0 + x * i1, r3: minus * r1 + x * r0, i3: minus * i1 + x * i0)
    }

    /// `DiracSpinor.slashedAlongY`.
    @inline(__always)
    var slashedAlongY: DiracSpinorLanes {
        DiracSpinorLanes(r0: -i3, i0: r3, r1: i2, i1: -r2, r2: i1, i2: -r1, r3: -i0, i3: r0)
    }

    /// a·ψ + b·χ (`(a * ψ) + (b * χ)` of `DiracSpinor`) with a per lane and b in both.
    @inline(__always)
    static func combination(_ a: AzimuthPair, _ psi: DiracSpinorLanes, _ b: Double, _ chi: DiracSpinorLanes) -> DiracSpinorLanes {
        DiracSpinorLanes(
            r0: a * psi.r0 + b * chi.r0, i0: a * psi.i0 + b * chi.i0, r1: a * psi.r1 + b * chi.r1, i1: a * psi.i1 + b * chi.i1,
            r2: a * psi.r2 + b * chi.r2, i2: a * psi.i2 + b * chi.i2, r3: a * psi.r3 + b * chi.r3, i3: a * psi.i3 + b * chi.i3)
    }

    /// |ψ̄χ|² of `barDotEvenReal` (ψ's components 0 and 2 real: only their real parts are read).
    @inline(__always)
    func barDotEvenRealLengthSquared(_ chi: DiracSpinorLanes) -> AzimuthPair {
        // scaled(c0.x, chi.c2) + c1.conjugate · chi.c3 + scaled(c2.x, chi.c0) + c3.conjugate · chi.c1
        let b = Self.product(r1, -i1, chi.r3, chi.i3)
        let d = Self.product(r3, -i3, chi.r1, chi.i1)
        let re = ((r0 * chi.r2 + b.0) + r2 * chi.r0) + d.0
        let im = ((r0 * chi.i2 + b.1) + r2 * chi.i0) + d.1
        return re * re + im * im
    }

    /// |ψ̄χ|² of `barDotOddReal` (ψ's components 1 and 3 real).
    @inline(__always)
    func barDotOddRealLengthSquared(_ chi: DiracSpinorLanes) -> AzimuthPair {
        // c0.conjugate · chi.c2 + scaled(c1.x, chi.c3) + c2.conjugate · chi.c0 + scaled(c3.x, chi.c1)
        let a = Self.product(r0, -i0, chi.r2, chi.i2)
        let c = Self.product(r2, -i2, chi.r0, chi.i0)
        let re = ((a.0 + r1 * chi.r3) + c.0) + r3 * chi.r1
        let im = ((a.1 + r1 * chi.i3) + c.1) + r3 * chi.i1
        return re * re + im * im
    }

    /// `DiracSpinor.forwardParticles` for momenta with p_z ≥ 0 in both lanes (the caller checks): u(p, −) and
    /// u(p, +), the same operations lane by lane. The imaginary parts of the real components (+0) are not stored
    /// (`barDotOddReal` and `barDotEvenReal` do not read them): they are left zero here.
    @inline(__always)
    static func forwardParticles(_ p: FourVectorLanes, massGeV m: Double) -> (minus: DiracSpinorLanes, plus: DiracSpinorLanes) {
        let momentum = (p.x * p.x + p.y * p.y + p.z * p.z).squareRoot()
        let energy = (momentum * momentum + AzimuthPair(repeating: m * m)).squareRoot()
        let sum = momentum + p.z
        let cosHalf = (sum / (2 * momentum)).squareRoot()
        let norm = AzimuthPair(repeating: 1) / (2 * momentum * sum).squareRoot()
        let sinX = p.x * norm, sinY = p.y * norm  // e^{iφ} sin(θ/2)
        // −(sinPhase.conjugate): SignedNumeric's negation is 0 − z, part by part.
        let zero = AzimuthPair(repeating: 0)
        let minusXiR = zero - sinX, minusXiI = zero - (-sinY)
        let small = m / (energy + momentum).squareRoot(), large = (energy + momentum).squareRoot()
        return (
            DiracSpinorLanes(
                r0: large * minusXiR, i0: large * minusXiI, r1: large * cosHalf, i1: zero,
                r2: small * minusXiR, i2: small * minusXiI, r3: small * cosHalf, i3: zero),
            DiracSpinorLanes(
                r0: small * cosHalf, i0: zero, r1: small * sinX, i1: small * sinY,
                r2: large * cosHalf, i2: zero, r3: large * sinX, i3: large * sinY)
        )
    }
}
