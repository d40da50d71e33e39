/// Σ|ε_γ·A|² of the 2 → 2 core ℓ(p) γ*(q) → ℓ(p′) V(k) of exact-tree-level strahlung, with the virtual photon's
/// polarisation replaced by ε_γ = (P_i + P_f)/(2M) (the nucleus current; docs/PHYSICS.md §7).
///
/// A = ū(p′)[ε̸_V S(p + q) ε̸_γ + ε̸_γ S(p − k) ε̸_V] u(p), S(ℓ) = (ℓ̸ + m_ℓ)/(ℓ² − m_ℓ²), unit couplings, summed
/// (not averaged) over both lepton helicities and the three physical V polarisations. The longitudinal one is
/// used in the equivalent form ε_L − k/m = (m/(E_k + |k⃗|))(−1, k̂) (allowed because k·A = 0), which has no
/// large components: the naive ε_L ~ E/m would cancel to 10⁻¹⁰ at m = 1 MeV, E = 50 GeV.
/// The denominators are passed in (computed from cancellation-free invariants).
enum ExactStrahlungAmplitude {
    static func summedSquared(
        kinematics kin: ExactStrahlungKinematics, q: FourVector, photon: FourVector,
        sDenominatorGeV2 sDen: Double
    ) -> Double {
        let ml = kin.leptonMassGeV, m = kin.bosonMassGeV
        let e0 = kin.beamEnergyGeV
        let p = FourVector(t: e0, x: 0, y: 0, z: kin.beamMomentumGeV)
        let k = kin.boson
        let pOut = kin.transfer + q
        let sChannel = p + q, uChannel = kin.transfer
        let uDen = -kin.virtuality  // (p − k)² − m_ℓ² = m² − 2p·k
        let km = k.spatialMagnitude
        let cosT = k.z / km, sinT = k.x / km
        let longitudinalScale = m / (k.t + km)
        let polarizations = [
            FourVector(t: 0, x: cosT, y: 0, z: -sinT),
            FourVector(t: 0, x: 0, y: 1, z: 0),
            FourVector(t: -longitudinalScale, x: longitudinalScale * sinT, y: 0, z: longitudinalScale * cosT)
        ]
        let outgoing = [
            DiracSpinor.forwardParticle(pOut, massGeV: ml, helicitySign: -1),
            DiracSpinor.forwardParticle(pOut, massGeV: ml, helicitySign: 1)
        ]
        var total = 0.0
        for helicity in [-1.0, 1.0] {
            let u = DiracSpinor.forwardParticle(p, massGeV: ml, helicitySign: helicity)
            let photonU = u.slashed(photon)
            let sStem = photonU.slashed(sChannel, plusMass: ml)
            for vector in polarizations {
                let sPart = sStem.slashed(vector)
                let uPart = u.slashed(vector).slashed(uChannel, plusMass: ml).slashed(photon)
                let spinor = (1 / sDen) * sPart + (1 / uDen) * uPart
                for uBar in outgoing {
                    total += uBar.barDot(spinor).lengthSquared
                }
            }
        }
        return total
    }
}
