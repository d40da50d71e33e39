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
        Prepared(kinematics: kin).summedSquared(q: q, photon: photon, sDenominatorGeV2: sDen)
    }

    /// The parts of the amplitude fixed by the kinematics (x, θ) alone, computed once for all the exchanges
    /// (t, φ) the cross section integrates over: the beam's helicity spinors u(p, ±), the boson's three
    /// polarisations ε_V and the u-channel stems (p̸ − k̸ + m_ℓ) ε̸_V u. The sum is the same sequence of
    /// operations as evaluating everything per call, so the results are bit for bit those of the plain loops.
    struct Prepared {
        let leptonMassGeV: Double
        let beam: FourVector
        let outgoingBase: FourVector
        let uDenominator: Double
        let incoming: (DiracSpinor, DiracSpinor)
        let polarizations: (FourVector, FourVector, FourVector)
        /// (p̸ − k̸ + m_ℓ) ε̸_V u(p, h) for h = −1, +1 and the three ε_V.
        let uStems: ((DiracSpinor, DiracSpinor, DiracSpinor), (DiracSpinor, DiracSpinor, DiracSpinor))

        init(kinematics kin: ExactStrahlungKinematics) {
            let ml = kin.leptonMassGeV, m = kin.bosonMassGeV
            leptonMassGeV = ml
            let p = FourVector(t: kin.beamEnergyGeV, x: 0, y: 0, z: kin.beamMomentumGeV)
            beam = p
            outgoingBase = kin.transfer
            let k = kin.boson
            let uChannel = kin.transfer
            uDenominator = -kin.virtuality  // (p − k)² − m_ℓ² = m² − 2p·k
            let km = k.spatialMagnitude
            let cosT = k.z / km, sinT = k.x / km
            let longitudinalScale = m / (k.t + km)
            let polarizations = (
                FourVector(t: 0, x: cosT, y: 0, z: -sinT),
                FourVector(t: 0, x: 0, y: 1, z: 0),
                FourVector(t: -longitudinalScale, x: longitudinalScale * sinT, y: 0, z: longitudinalScale * cosT)
            )
            self.polarizations = polarizations
            let incoming = (
                DiracSpinor.forwardParticle(p, massGeV: ml, helicitySign: -1.0),
                DiracSpinor.forwardParticle(p, massGeV: ml, helicitySign: 1.0)
            )
            self.incoming = incoming
            func stems(_ u: DiracSpinor) -> (DiracSpinor, DiracSpinor, DiracSpinor) {
                (
                    u.slashed(polarizations.0).slashed(uChannel, plusMass: ml),
                    u.slashed(polarizations.1).slashed(uChannel, plusMass: ml),
                    u.slashed(polarizations.2).slashed(uChannel, plusMass: ml)
                )
            }
            uStems = (stems(incoming.0), stems(incoming.1))
        }

        /// Σ|ε_γ·A|² for the exchange q with photon polarisation `photon` and (p + q)² − m_ℓ² = `sDen`. The
        /// polarisations' slashes and the outgoing spinors' products skip their zero components (the same numbers up
        /// to the sign of a zero: `slashedInPlane`, `barDotEvenReal`).
        func summedSquared(q: FourVector, photon: FourVector, sDenominatorGeV2 sDen: Double) -> Double {
            let ml = leptonMassGeV
            let pOut = outgoingBase + q
            let sChannel = beam + q
            let outgoing = DiracSpinor.forwardParticles(pOut, massGeV: ml)
            var total = 0.0
            func add(_ u: DiracSpinor, _ stems: (DiracSpinor, DiracSpinor, DiracSpinor)) {
                let sStem = u.slashed(photon).slashed(sChannel, plusMass: ml)
                func term(_ sPart: DiracSpinor, _ uStem: DiracSpinor) {
                    let uPart = uStem.slashed(photon)
                    let spinor = (1 / sDen) * sPart + (1 / uDenominator) * uPart
                    total += outgoing.minus.barDotOddReal(spinor).lengthSquared
                    total += outgoing.plus.barDotEvenReal(spinor).lengthSquared
                }
                // ε_V: in the x–z plane, along ŷ, in the x–z plane.
                term(sStem.slashedInPlane(polarizations.0), stems.0)
                term(sStem.slashedAlongY, stems.1)
                term(sStem.slashedInPlane(polarizations.2), stems.2)
            }
            add(incoming.0, uStems.0)
            add(incoming.1, uStems.1)
            return total
        }
    }
}
