import Numerics

extension ExactStrahlungAmplitude.Prepared {
    /// The beam's helicity spinors and the u-channel stems by their non-zero parts, for `summedSquared(lanes:…)`.
    /// nil unless the zeros the lane slashes skip are there: u(p, −) = (0, L, 0, S) and u(p, +) = (S′, 0, L′, 0)
    /// (a beam along ẑ), the stems of the x–z-plane polarisations real and that of ŷ imaginary (p − k in the x–z
    /// plane). The cross section then takes the scalar path.
    struct Lanes {
        let minusLarge: Double, minusSmall: Double, plusLarge: Double, plusSmall: Double
        /// Per helicity (−, +): the real parts of the stems of ε_V 0 and 2, the imaginary parts of that of ε_V 1.
        let uStems: ((SpinorParts, SpinorParts, SpinorParts), (SpinorParts, SpinorParts, SpinorParts))

        init?(_ prepared: ExactStrahlungAmplitude.Prepared) {
            guard let minus = prepared.incoming.0.realParts, minus.p0 == 0, minus.p2 == 0,
                let plus = prepared.incoming.1.realParts, plus.p1 == 0, plus.p3 == 0
            else { return nil }
            minusLarge = minus.p1
            minusSmall = minus.p3
            plusLarge = plus.p2
            plusSmall = plus.p0
            func parts(_ stems: (DiracSpinor, DiracSpinor, DiracSpinor)) -> (SpinorParts, SpinorParts, SpinorParts)? {
                guard let first = stems.0.realParts, let second = stems.1.imaginaryParts, let third = stems.2.realParts
                else { return nil }
                return (first, second, third)
            }
            guard let minusStems = parts(prepared.uStems.0), let plusStems = parts(prepared.uStems.1) else { return nil }
            uStems = (minusStems, plusStems)
        }
    }

    /// `summedSquared(q:photon:sDenominatorGeV2:)` for two exchanges at once, one per lane: the same operations in the
    /// same order on each lane, so each lane is the scalar sum to the bit. Both outgoing momenta must have p′_z ≥ 0
    /// (the forward branch of `DiracSpinor.forwardParticles`; `summedSquaredLanesApply` checks it).
    @inline(__always)
    func summedSquared(lanes: Lanes, q: FourVectorLanes, photon: FourVectorLanes, sDenominatorGeV2 sDen: AzimuthPair)
        -> AzimuthPair
    {
        let ml = leptonMassGeV
        let pOut = FourVectorLanes(repeating: outgoingBase) + q
        let sChannel = FourVectorLanes(repeating: beam) + q
        let outgoing = DiracSpinorLanes.forwardParticles(pOut, massGeV: ml)
        let sScale = AzimuthPair(repeating: 1) / sDen, uScale = 1 / uDenominator
        var total = AzimuthPair(repeating: 0)
        // ε̸_γ u and ε̸_γ × stem skip the zero parts of u and of the stems (`DiracSpinor+LaneZeros`).
        @inline(__always)
        func add(_ slashedU: DiracSpinorLanes, _ stems: (SpinorParts, SpinorParts, SpinorParts)) {
            let sStem = slashedU.slashed(sChannel, plusMass: ml)
            @inline(__always)
            func term(_ sPart: DiracSpinorLanes, _ uPart: DiracSpinorLanes) {
                let spinor = DiracSpinorLanes.combination(sScale, sPart, uScale, uPart)
                total += outgoing.minus.barDotOddRealLengthSquared(spinor)
                total += outgoing.plus.barDotEvenRealLengthSquared(spinor)
            }
            term(sStem.slashedInPlane(polarizations.0), DiracSpinorLanes.slashed(real: stems.0, photon))
            term(sStem.slashedAlongY, DiracSpinorLanes.slashed(imaginary: stems.1, photon))
            term(sStem.slashedInPlane(polarizations.2), DiracSpinorLanes.slashed(real: stems.2, photon))
        }
        add(DiracSpinorLanes.slashedBeamMinus(photon, large: lanes.minusLarge, small: lanes.minusSmall), lanes.uStems.0)
        add(DiracSpinorLanes.slashedBeamPlus(photon, large: lanes.plusLarge, small: lanes.plusSmall), lanes.uStems.1)
        return total
    }
}
