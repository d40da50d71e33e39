import Foundation
import Numerics

/// One phase-space point of ν_μ(k) γ(q) → ν_μ(k′) μ⁻(p₋) μ⁺(p₊), with the pieces of its cross-section weight.
///
/// With the amplitude split as T = C_V T_V − C_A T_A (see `NeutrinoPhotonTrident`), the point contributes
/// C_V² `vectorVector` − 2 C_V C_A `vectorAxial` + C_A² `axialAxial` to σ(νγ) [GeV⁻²]: the quasi-random
/// weight, the phase space, the flux 1/(2s), the couplings and the spin average are already folded in.
public struct TridentSample: Sendable, Hashable {
    /// Weighted Σ|T_V|² part [GeV⁻²].
    public var vectorVector: Double
    /// Weighted Σ Re(T_V T_A*) part [GeV⁻²].
    public var vectorAxial: Double
    /// Weighted Σ|T_A|² part [GeV⁻²].
    public var axialAxial: Double
    /// −K² = −(k − k′)² ≥ 0 [GeV²]: the virtuality carried through the neutrino line (what a Z′ propagator sees).
    public var momentumTransfer2GeV2: Double
}

/// σ(ν_μ γ → ν_μ μ⁺ μ⁻) at tree level from the exact squared matrix element (Altmannshofer, Gori, Pospelov,
/// Yavin, PRL 113, 091801 (2014), arXiv:1406.2332, Eq. 1), integrated with quasi-random points.
///
/// Effective interaction (W and Z exchange, Fierz-ordered): L = −(G_F/√2)[ν̄γ^α(1−γ⁵)ν][μ̄γ_α(C_V − C_Aγ⁵)μ]
/// with C_V = ½ + 2 sin²θ_W, C_A = ½. The photon (charge −e) attaches to either muon leg:
///
///     M = (G_F/√2) e J_α ū(p₋)[ε̸ S(p₋ − q) Γ^α + Γ^α S(q − p₊) ε̸] v(p₊),   Γ^α = γ^α(C_V − C_Aγ⁵),
///     J^α = ū(k′)γ^α(1 − γ⁵)u(k),  S(p) = (p̸ + m_μ)/(p² − m_μ²),
///
/// evaluated numerically with helicity spinors (`DiracSpinor`) and summed over muon spins and the two photon
/// polarisations; the neutrino is purely left-handed, so only the photon is averaged (factor ½).
///
/// Phase space: dΦ₃ = (dM²/2π) dΦ₂(s; k′, X) dΦ₂(M²; p₋, p₊), X = p₋ + p₊, with
/// dΦ₂(s; k′, X) = d|K²|/(8πs) after the trivial azimuth, and dΦ₂(M²) = (β/8π) dcosθ* dφ*/(4π) in the X rest
/// frame about the photon direction there. Importance maps flatten the known structures:
/// M² logarithmic in [4m², s]; |K²| from a half-linear, half-logarithmic mixture (the Z′ propagator
/// 1/(m² + |K²|)² needs |K²| down to ~m², the Standard-Model part is spread up to s); cosθ* through
/// w = artanh(β cosθ*), which flattens the muon propagators 1/(p₋·q) 1/(p₊·q) ∝ 1/(1 − β²cos²θ*).
/// Each point is paired with its μ⁺ ↔ μ⁻ mirror (θ* → π − θ*, φ* → φ* + π): the V–A interference is odd under
/// that exchange (C parity of the pair), so the pairing cancels it point by point up to rounding and halves
/// the variance of the symmetric parts. Cost: 16 helicity amplitudes per pair, ~2 µs.
public struct NeutrinoPhotonTrident: Sendable {
    /// Muon mass [GeV].
    public var muonMassGeV: Double
    /// Scale c [GeV²] of the logarithmic |K²| channel, density ∝ 1/(|K²| + c): should sit below the lightest m_Z′².
    public var momentumTransferFloorGeV2: Double

    /// Memberwise initialiser.
    public init(muonMassGeV: Double = PhysicalConstants.muonMassGeV, momentumTransferFloorGeV2: Double = 1e-7) {
        self.muonMassGeV = muonMassGeV
        self.momentumTransferFloorGeV2 = momentumTransferFloorGeV2
    }

    /// Fraction of points in the linear |K²| channel.
    static let linearChannelFraction = 0.5

    /// `pointCount` mirrored pairs of phase-space points at ν γ invariant mass² s [GeV²], from point `offset` of `sequence`.
    public func samples(centerOfMassEnergy2 s: Double, pointCount: Int, sequence: QuasiRandomSequence, offset: Int = 0) -> [TridentSample] {
        let m = muonMassGeV, m2 = m * m
        guard s > 4 * m2 * (1 + 1e-12), pointCount > 0 else { return [] }
        precondition(sequence.dimension >= 4, "the trident phase space needs four dimensions")
        let rootS = s.squareRoot()
        let k = FourVector(t: 0.5 * rootS, x: 0, y: 0, z: 0.5 * rootS)
        let q = FourVector(t: 0.5 * rootS, x: 0, y: 0, z: -0.5 * rootS)
        let incoming = DiracSpinor.particle(k, helicitySign: -1)
        let polarizations = [FourVector(t: 0, x: 1, y: 0, z: 0), FourVector(t: 0, x: 0, y: 1, z: 0)]
        let logPairRange = log(s / (4 * m2))
        let floor = momentumTransferFloorGeV2
        let alpha = Self.linearChannelFraction
        // Constant factors: flux 1/(2s), photon average ½, |coupling|² (G_F/√2)² e², and the phase-space
        // normalisation (1/2π)(1/8πs)(1/8π)(1/4π) (β and the Jacobians are per point).
        let fermi = PhysicalConstants.fermiConstantPerGeV2
        let constant =
            (1 / (2 * s)) * 0.5 * (fermi * fermi / 2) * (4 * Double.pi * PhysicalConstants.alpha)
            / (2 * Double.pi) / (8 * Double.pi * s) / (8 * Double.pi) / (4 * Double.pi)
        var result: [TridentSample] = []
        result.reserveCapacity(pointCount)
        for n in offset..<(offset + pointCount) {
            // Pair mass M² (logarithmic).
            let pairMass2 = 4 * m2 * exp(logPairRange * sequence.coordinate(0, ofPoint: n))
            let pairJacobian = pairMass2 * logPairRange
            // |K²| ∈ [0, s − M²] from the linear/logarithmic mixture.
            let transferMaximum = s - pairMass2
            let logRange = log1p(transferMaximum / floor)
            let u1 = sequence.coordinate(1, ofPoint: n)
            let transfer =
                u1 < alpha
                ? transferMaximum * u1 / alpha
                : floor * expm1(logRange * (u1 - alpha) / (1 - alpha))
            let density = alpha / transferMaximum + (1 - alpha) / ((transfer + floor) * logRange)
            // Outgoing neutrino in the ν γ centre-of-mass frame (azimuth 0).
            let neutrinoEnergy = transferMaximum / (2 * rootS)
            let cosTheta = max(-1, min(1, 1 - 2 * transfer / transferMaximum))
            let sinTheta = max(0, (1 - cosTheta) * (1 + cosTheta)).squareRoot()
            let kOut = FourVector(t: neutrinoEnergy, x: neutrinoEnergy * sinTheta, y: 0, z: neutrinoEnergy * cosTheta)
            let pair = k + q - kOut
            // Decay of X = μ⁻μ⁺ in its rest frame, about the photon direction there.
            let bx = pair.x / pair.t, by = pair.y / pair.t, bz = pair.z / pair.t
            let qRest = q.boosted(velocityX: -bx, velocityY: -by, velocityZ: -bz)
            let axis = (qRest.x, qRest.y, qRest.z)
            let axisNorm = qRest.spatialMagnitude
            let ez = (axis.0 / axisNorm, axis.1 / axisNorm, axis.2 / axisNorm)
            // x̂* = ŷ × ẑ*: the photon direction in X's frame lies in the x–z plane (k, q, k′ all do), so ŷ ⟂ ẑ*.
            let exNorm = (ez.2 * ez.2 + ez.0 * ez.0).squareRoot()
            let exUnit = (ez.2 / exNorm, 0.0, -ez.0 / exNorm)
            let ey = (ez.1 * exUnit.2 - ez.2 * exUnit.1, ez.2 * exUnit.0 - ez.0 * exUnit.2, ez.0 * exUnit.1 - ez.1 * exUnit.0)
            let beta = max(0, 1 - 4 * m2 / pairMass2).squareRoot()
            let wMaximum = atanh(beta)
            let w = wMaximum * (2 * sequence.coordinate(2, ofPoint: n) - 1)
            let cosStar = tanh(w) / beta
            let angleJacobian = 2 * wMaximum * (1 - beta * beta * cosStar * cosStar) / beta
            let sinStar = max(0, (1 - cosStar) * (1 + cosStar)).squareRoot()
            let phiStar = 2 * Double.pi * sequence.coordinate(3, ofPoint: n)
            let momentum = 0.5 * pairMass2.squareRoot() * beta
            let energy = 0.5 * pairMass2.squareRoot()
            let dx = sinStar * cos(phiStar), dy = sinStar * sin(phiStar)
            let direction = (
                cosStar * ez.0 + dx * exUnit.0 + dy * ey.0,
                cosStar * ez.1 + dx * exUnit.1 + dy * ey.1,
                cosStar * ez.2 + dx * exUnit.2 + dy * ey.2
            )
            let muonRest = FourVector(t: energy, x: momentum * direction.0, y: momentum * direction.1, z: momentum * direction.2)
            let antimuonRest = FourVector(t: energy, x: -muonRest.x, y: -muonRest.y, z: -muonRest.z)
            let muon = muonRest.boosted(velocityX: bx, velocityY: by, velocityZ: bz)
            let antimuon = antimuonRest.boosted(velocityX: bx, velocityY: by, velocityZ: bz)
            // Neutrino current J^α = ū(k′)γ^α(1 − γ⁵)u(k) = 2 u_L(k′)† σ̄^α u_L(k).
            let outgoing = DiracSpinor.particle(kOut, helicitySign: -1)
            let current = Self.leftHandedCurrent(outgoing: outgoing, incoming: incoming)
            let first = squaredAmplitudes(muon: muon, antimuon: antimuon, photon: q, current: current, polarizations: polarizations)
            let mirrored = squaredAmplitudes(muon: antimuon, antimuon: muon, photon: q, current: current, polarizations: polarizations)
            let weight = constant * pairJacobian / density * angleJacobian * 2 * Double.pi * beta / Double(pointCount) * 0.5
            result.append(
                TridentSample(
                    vectorVector: weight * (first.vv + mirrored.vv),
                    vectorAxial: weight * (first.va + mirrored.va),
                    axialAxial: weight * (first.aa + mirrored.aa),
                    momentumTransfer2GeV2: transfer))
        }
        return result
    }

    /// J^α = 2 u_L(k′)† σ̄^α u_L(k) with σ̄ = (1, −σ⃗), for left-handed (upper-component) spinors.
    static func leftHandedCurrent(outgoing a: DiracSpinor, incoming b: DiracSpinor) -> ComplexFourVector {
        let a0 = a.c0.conjugate, a1 = a.c1.conjugate
        let i = Complex<Double>(0, 1)
        let sigmaX = a0 * b.c1 + a1 * b.c0
        let sigmaY = -i * a0 * b.c1 + i * a1 * b.c0
        let sigmaZ = a0 * b.c0 - a1 * b.c1
        return ComplexFourVector(t: scaled(2, a0 * b.c0 + a1 * b.c1), x: scaled(-2, sigmaX), y: scaled(-2, sigmaY), z: scaled(-2, sigmaZ))
    }

    /// Σ over muon helicities and photon polarisations of |T_V|², Re(T_V T_A*), |T_A|².
    func squaredAmplitudes(
        muon: FourVector, antimuon: FourVector, photon q: FourVector, current: ComplexFourVector,
        polarizations: [FourVector]
    ) -> (vv: Double, va: Double, aa: Double) {
        let m = muonMassGeV
        let propagatorA = muon - q, denominatorA = -2 * muon.dot(q)
        let propagatorB = q - antimuon, denominatorB = -2 * q.dot(antimuon)
        var vv = 0.0, va = 0.0, aa = 0.0
        for antimuonHelicity in [-1.0, 1.0] {
            let v = DiracSpinor.antiparticle(antimuon, helicitySign: antimuonHelicity)
            let jv = v.slashed(current), jv5 = v.gamma5.slashed(current)
            for epsilon in polarizations {
                // Diagram A: ū ε̸ S(p₋ − q) J̸ (C_V − C_A γ⁵) v.
                let aVector = jv.slashed(propagatorA, plusMass: m).slashed(epsilon)
                let aAxial = jv5.slashed(propagatorA, plusMass: m).slashed(epsilon)
                // Diagram B: ū J̸ (C_V − C_A γ⁵) S(q − p₊) ε̸ v.
                let bInner = v.slashed(epsilon).slashed(propagatorB, plusMass: m)
                let bVector = bInner.slashed(current), bAxial = bInner.gamma5.slashed(current)
                let vectorSpinor = (1 / denominatorA) * aVector + (1 / denominatorB) * bVector
                let axialSpinor = (1 / denominatorA) * aAxial + (1 / denominatorB) * bAxial
                for muonHelicity in [-1.0, 1.0] {
                    let u = DiracSpinor.particle(muon, helicitySign: muonHelicity)
                    let tv = u.barDot(vectorSpinor), ta = u.barDot(axialSpinor)
                    vv += tv.lengthSquared
                    aa += ta.lengthSquared
                    va += tv.real * ta.real + tv.imaginary * ta.imaginary
                }
            }
        }
        return (vv, va, aa)
    }

    /// σ(ν_μ γ → ν_μ μ⁺μ⁻) [GeV⁻²] at s [GeV²] for constant couplings C_V, C_A (contact interaction).
    public func crossSection(
        centerOfMassEnergy2 s: Double, vectorCoupling: Double, axialCoupling: Double,
        pointCount: Int, sequence: QuasiRandomSequence = QuasiRandomSequence(dimension: 4)
    ) -> Double {
        samples(centerOfMassEnergy2: s, pointCount: pointCount, sequence: sequence).reduce(0) {
            $0 + vectorCoupling * vectorCoupling * $1.vectorVector - 2 * vectorCoupling * axialCoupling * $1.vectorAxial
                + axialCoupling * axialCoupling * $1.axialAxial
        }
    }
}
