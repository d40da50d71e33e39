import Numerics

/// Σ|M|² of γ(q) + ℓ(p) → ℓ(p′) + V(k) for a lepton of any mass and a vector V of any mass, both bosons coupled to
/// the lepton's vector current with unit charges: M = ū(p′)[ε̸_V* S(p + q) ε̸_γ + ε̸_γ S(p − k) ε̸_V*] u(p).
///
/// This is the 2 → 2 core of the Weizsäcker–Williams master formula for μ N → μ N Z′; multiply by e²g² for the
/// physical process. It is evaluated numerically with helicity spinors (`DiracSpinor`), keeping every power of the
/// lepton mass (the point of docs/PHYSICS.md §12: the electron formula with m_e → m_μ misses O(m_μ²/U) terms).
/// Both currents are conserved, so the polarisation sums can use −g_μν for the photon and for V
/// (the k^μk^ν/M² part of the massive propagator drops out); the sum runs over the four basis vectors with the
/// metric signs. Kinematics from the invariants: s̃ = s − m² = 2p·q and ũ = u − m² = (p − k)² − m² = M² − 2p·k.
public enum VectorComptonAmplitude {
    /// Σ over all spins and polarisations of |M|² (not averaged), for lepton mass m, vector mass M [GeV],
    /// s̃ = s − m² > 0 and ũ = (p − k)² − m² [GeV²]. Returns nil outside the physical region.
    public static func summedSquared(
        leptonMassGeV m: Double, vectorMassGeV vectorMass: Double,
        sTildeGeV2 sTilde: Double, uTildeGeV2 uTilde: Double
    ) -> Double? {
        let m2 = m * m, vectorMass2 = vectorMass * vectorMass
        let s = sTilde + m2, rootS = s.squareRoot()
        // Centre-of-mass frame: photon along +z, lepton along −z.
        let incomingMomentum = sTilde / (2 * rootS)
        let q = FourVector(t: incomingMomentum, x: 0, y: 0, z: incomingMomentum)
        let p = FourVector(t: (incomingMomentum * incomingMomentum + m2).squareRoot(), x: 0, y: 0, z: -incomingMomentum)
        let lambda = (s - (vectorMass + m) * (vectorMass + m)) * (s - (vectorMass - m) * (vectorMass - m))
        guard lambda > 0 else { return nil }
        let outgoingMomentum = lambda.squareRoot() / (2 * rootS)
        let vectorEnergy = (outgoingMomentum * outgoingMomentum + vectorMass2).squareRoot()
        // ũ = M² − 2p·k with p·k = E_p E_k + |p||k| cosθ (p along −z, k at angle θ to +z).
        let cosTheta = ((vectorMass2 - uTilde) / 2 - p.t * vectorEnergy) / (incomingMomentum * outgoingMomentum)
        guard cosTheta >= -1 - 1e-9, cosTheta <= 1 + 1e-9 else { return nil }
        let c = max(-1, min(1, cosTheta)), sinTheta = max(0, (1 - c) * (1 + c)).squareRoot()
        let k = FourVector(t: vectorEnergy, x: outgoingMomentum * sinTheta, y: 0, z: outgoingMomentum * c)
        let pOut = p + q - k
        let sChannel = p + q, uChannel = p - k
        let sDenominator = sTilde, uDenominator = uTilde  // (p+q)² − m², (p−k)² − m²
        // Everything that does not depend on the innermost indices is computed once, and the basis
        // vectors are slashed without their products by 0 and ±1 (the same non-zero numbers in the
        // same order as the plain nested loops, so the sum is bit-identical).
        // −g_μν for both sums: sign (−g^{μμ})(−g^{νν}) = g^{μμ}g^{νν}, with g^{μμ} = (1, −1, −1, −1).
        func metric(_ index: Int) -> Double { index == 0 ? 1 : -1 }
        let outgoing = (
            DiracSpinor.particle(pOut, helicitySign: -1.0), DiracSpinor.particle(pOut, helicitySign: 1.0)
        )
        let inverseS = 1 / sDenominator, inverseU = 1 / uDenominator
        var total = 0.0
        for incomingHelicity in [-1.0, 1.0] {
            let u = DiracSpinor.particle(p, helicitySign: incomingHelicity)
            // (u̸Channel + m) ε̸_V u for the four basis vectors ε_V.
            let uHeads = (
                u.slashedBasis(0).slashed(uChannel, plusMass: m), u.slashedBasis(1).slashed(uChannel, plusMass: m),
                u.slashedBasis(2).slashed(uChannel, plusMass: m), u.slashedBasis(3).slashed(uChannel, plusMass: m)
            )
            for photonIndex in 0..<4 {
                let sHead = u.slashedBasis(photonIndex).slashed(sChannel, plusMass: m)
                for vectorIndex in 0..<4 {
                    let sign = metric(photonIndex) * metric(vectorIndex)
                    let sPart = sHead.slashedBasis(vectorIndex)
                    let uHead: DiracSpinor
                    switch vectorIndex {
                    case 0: uHead = uHeads.0
                    case 1: uHead = uHeads.1
                    case 2: uHead = uHeads.2
                    default: uHead = uHeads.3
                    }
                    let uPart = uHead.slashedBasis(photonIndex)
                    let spinor = inverseS * sPart + inverseU * uPart
                    total += sign * outgoing.0.barDot(spinor).lengthSquared
                    total += sign * outgoing.1.barDot(spinor).lengthSquared
                }
            }
        }
        return total
    }
}

extension DiracSpinor {
    /// ε̸ψ for the basis vector e_index (contravariant components (1,0,0,0), (0,1,0,0), (0,0,1,0), (0,0,0,1)):
    /// ``slashed(_:plusMass:)`` with its products by 0 and ±1 dropped. Every non-zero component is the same
    /// floating-point number as there (x·1 = x, x ± 0 = x); only the sign of a zero can differ, which no
    /// later product, sum or |·|² turns into a different non-zero number.
    @inline(__always)
    fileprivate func slashedBasis(_ index: Int) -> DiracSpinor {
        switch index {
        case 0: return DiracSpinor(c0: c2, c1: c3, c2: c0, c3: c1)
        case 1: return DiracSpinor(c0: -c3, c1: -c2, c2: c1, c3: c0)
        // x − iy = −i and x + iy = i: i(a + ib) = −b + ia.
        case 2:
            return DiracSpinor(
                c0: Complex(-c3.imaginary, c3.real), c1: Complex(c2.imaginary, -c2.real),
                c2: Complex(c1.imaginary, -c1.real), c3: Complex(-c0.imaginary, c0.real))
        default: return DiracSpinor(c0: -c2, c1: c3, c2: c0, c3: -c1)
        }
    }
}
