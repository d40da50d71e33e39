import Numerics

extension ExactStrahlungAmplitude.Prepared {
    /// The beam's helicity spinors and the u-channel stems in both lanes (`DiracSpinorLanes(repeating:)`), built once.
    struct Lanes {
        let incoming: (DiracSpinorLanes, DiracSpinorLanes)
        let uStems: ((DiracSpinorLanes, DiracSpinorLanes, DiracSpinorLanes), (DiracSpinorLanes, DiracSpinorLanes, DiracSpinorLanes))

        init(_ prepared: ExactStrahlungAmplitude.Prepared) {
            incoming = (DiracSpinorLanes(repeating: prepared.incoming.0), DiracSpinorLanes(repeating: prepared.incoming.1))
            func lanes(_ stems: (DiracSpinor, DiracSpinor, DiracSpinor)) -> (DiracSpinorLanes, DiracSpinorLanes, DiracSpinorLanes) {
                (DiracSpinorLanes(repeating: stems.0), DiracSpinorLanes(repeating: stems.1), DiracSpinorLanes(repeating: stems.2))
            }
            uStems = (lanes(prepared.uStems.0), lanes(prepared.uStems.1))
        }
    }

    /// `summedSquared(q:photon:sDenominatorGeV2:)` for two exchanges at once, one per lane: the same operations in the
    /// same order on each lane, so each lane is the scalar sum to the bit. Both outgoing momenta must have p′_z ≥ 0
    /// (the forward branch of `DiracSpinor.forwardParticles`; `summedSquaredLanesApply` checks it).
    @inline(__always)
    func summedSquared(lanes: Lanes, q: FourVectorLanes, photon: FourVectorLanes, sDenominatorGeV2 sDen: DoubleLanes)
        -> DoubleLanes
    {
        let ml = leptonMassGeV
        let pOut = FourVectorLanes(repeating: outgoingBase) + q
        let sChannel = FourVectorLanes(repeating: beam) + q
        let outgoing = DiracSpinorLanes.forwardParticles(pOut, massGeV: ml)
        let sScale = DoubleLanes(repeating: 1) / sDen, uScale = 1 / uDenominator
        var total = DoubleLanes(repeating: 0)
        @inline(__always)
        func add(_ u: DiracSpinorLanes, _ stems: (DiracSpinorLanes, DiracSpinorLanes, DiracSpinorLanes)) {
            let sStem = u.slashed(photon).slashed(sChannel, plusMass: ml)
            @inline(__always)
            func term(_ sPart: DiracSpinorLanes, _ uStem: DiracSpinorLanes) {
                let uPart = uStem.slashed(photon)
                let spinor = DiracSpinorLanes.combination(sScale, sPart, uScale, uPart)
                total += outgoing.minus.barDotOddRealLengthSquared(spinor)
                total += outgoing.plus.barDotEvenRealLengthSquared(spinor)
            }
            term(sStem.slashedInPlane(polarizations.0), stems.0)
            term(sStem.slashedAlongY, stems.1)
            term(sStem.slashedInPlane(polarizations.2), stems.2)
        }
        add(lanes.incoming.0, lanes.uStems.0)
        add(lanes.incoming.1, lanes.uStems.1)
        return total
    }
}
