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
        // Everything that does not depend on the innermost indices is computed once (the same
        // operations in the same order as the plain nested loops, so the sum is bit-identical).
        let basis = (
            FourVector(t: 1, x: 0, y: 0, z: 0), FourVector(t: 0, x: 1, y: 0, z: 0),
            FourVector(t: 0, x: 0, y: 1, z: 0), FourVector(t: 0, x: 0, y: 0, z: 1)
        )
        func basisVector(_ index: Int) -> FourVector {
            switch index {
            case 0: return basis.0
            case 1: return basis.1
            case 2: return basis.2
            default: return basis.3
            }
        }
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
                u.slashed(basis.0).slashed(uChannel, plusMass: m), u.slashed(basis.1).slashed(uChannel, plusMass: m),
                u.slashed(basis.2).slashed(uChannel, plusMass: m), u.slashed(basis.3).slashed(uChannel, plusMass: m)
            )
            for photonIndex in 0..<4 {
                let photon = basisVector(photonIndex)
                let sHead = u.slashed(photon).slashed(sChannel, plusMass: m)
                for vectorIndex in 0..<4 {
                    let sign = metric(photonIndex) * metric(vectorIndex)
                    let sPart = sHead.slashed(basisVector(vectorIndex))
                    let uHead: DiracSpinor
                    switch vectorIndex {
                    case 0: uHead = uHeads.0
                    case 1: uHead = uHeads.1
                    case 2: uHead = uHeads.2
                    default: uHead = uHeads.3
                    }
                    let uPart = uHead.slashed(photon)
                    let spinor = inverseS * sPart + inverseU * uPart
                    total += sign * outgoing.0.barDot(spinor).lengthSquared
                    total += sign * outgoing.1.barDot(spinor).lengthSquared
                }
            }
        }
        return total
    }
}
