import Foundation

/// Lab-frame kinematics of ℓ(p) N(P_i) → ℓ(p′) N(P_f) V(k) at fixed x = E_V/E₀ and V polar angle θ, nucleus at rest
/// (docs/PHYSICS.md §7, exact tree level).
///
/// With V ≡ p − k and q ≡ P_i − P_f (t = −q² > 0), p′ = V + q. Recoil: q⁰ = −t/(2M), |q⃗|² = t + t²/(4M²) exactly.
/// The lepton mass shell (V + q)² = m_ℓ² fixes the angle between q⃗ and V⃗:
/// cos θ_q = −(D + t(1 + V⁰/M))/(2|V⃗||q⃗|), D ≡ m_ℓ² − V² = 2p·k − m² > 0,
/// and |cos θ_q| ≤ 1 ⇔ a t² + b t + c ≤ 0 with a = (1 + V⁰/M)² − |V⃗|²/M², b = 2D(1 + V⁰/M) − 4|V⃗|², c = D²:
/// t ∈ [t₋, t₊], t₋t₊ = c/a. For M → ∞, t∓ = (|V⃗| ∓ |p⃗′|)² with |p⃗′| = √(V⁰² − m_ℓ²): t₋ is the exact t_min(x, θ).
/// Every small quantity (p·k, 1 − cos θ, t − t₋, sin θ_q) is computed without cancellation.
struct ExactStrahlungKinematics {
    let beamEnergyGeV: Double, beamMomentumGeV: Double
    let leptonMassGeV: Double, bosonMassGeV: Double, nucleusMassGeV: Double
    /// k and V = p − k.
    let boson: FourVector, transfer: FourVector
    /// |V⃗| and D = 2p·k − m².
    let transferMomentumGeV: Double, virtuality: Double
    /// a of the t-quadratic and its roots t₋ < t₊.
    let quadraticA: Double, tLowerGeV2: Double, tUpperGeV2: Double
    /// Unit vector along V⃗ and the perpendicular one in the x–z plane (the third is ŷ).
    let alongV: (x: Double, z: Double), acrossV: (x: Double, z: Double)

    /// nil when the point is outside the physical region (x E₀ ≤ m or E₀(1 − x) ≤ m_ℓ).
    init?(
        beamEnergyGeV e0: Double, energyFraction x: Double, polarAngleRad theta: Double,
        leptonMassGeV ml: Double, bosonMassGeV m: Double, nucleusMassGeV bigM: Double
    ) {
        let ek = x * e0, v0 = e0 - ek
        guard ek > m, v0 > ml else { return nil }
        beamEnergyGeV = e0
        leptonMassGeV = ml
        bosonMassGeV = m
        nucleusMassGeV = bigM
        let p0 = ((e0 - ml) * (e0 + ml)).squareRoot(), km = ((ek - m) * (ek + m)).squareRoot()
        beamMomentumGeV = p0
        let sinT = sin(theta), cosT = cos(theta), halfSin = sin(0.5 * theta)
        // p·k = E₀E_k(1 − cos θ) + cos θ (E₀E_k − |p||k|), E₀E_k − |p||k| = (E₀²m² + m_ℓ²E_k² − m_ℓ²m²)/(E₀E_k + |p||k|).
        let collinear = (e0 * e0 * m * m + ml * ml * ek * ek - ml * ml * m * m) / (e0 * ek + p0 * km)
        let pk = 2 * e0 * ek * halfSin * halfSin + cosT * collinear
        virtuality = 2 * pk - m * m
        boson = FourVector(t: ek, x: km * sinT, y: 0, z: km * cosT)
        transfer = FourVector(t: v0, x: -km * sinT, y: 0, z: p0 - km * cosT)
        let vm = transfer.spatialMagnitude
        transferMomentumGeV = vm
        alongV = (transfer.x / vm, transfer.z / vm)
        acrossV = (alongV.z, -alongV.x)
        let r = 1 + v0 / bigM
        let a = r * r - vm * vm / (bigM * bigM), b = 2 * virtuality * r - 4 * vm * vm, c = virtuality * virtuality
        let root = (b * b - 4 * a * c).squareRoot()
        quadraticA = a
        tUpperGeV2 = (-b + root) / (2 * a)
        tLowerGeV2 = 2 * c / (-b + root)
    }

    /// q and the photon "polarisation" P/(2M) = (P_i + P_f)/(2M) at t = t₋ + Δ (Δ = t − t₋ ≥ 0 given directly, so
    /// that sin θ_q near t₋ keeps its digits) and azimuth φ of q⃗ around V⃗.
    func exchange(deltaAboveLowerGeV2 delta: Double, azimuthRad phi: Double) -> (q: FourVector, polarization: FourVector, t: Double) {
        exchange(deltaAboveLowerGeV2: delta, azimuthCosine: cos(phi), azimuthSine: sin(phi))
    }

    /// The same with cos φ and sin φ given (the azimuths repeat for every t, so callers tabulate them).
    func exchange(deltaAboveLowerGeV2 delta: Double, azimuthCosine cp: Double, azimuthSine sp: Double)
        -> (q: FourVector, polarization: FourVector, t: Double)
    {
        exchanges(deltaAboveLowerGeV2: delta).at(azimuthCosine: cp, azimuthSine: sp)
    }

    /// The exchanges at t = t₋ + Δ for any azimuth: what does not depend on φ, computed once for all of them.
    func exchanges(deltaAboveLowerGeV2 delta: Double) -> ExchangesAtT {
        let t = tLowerGeV2 + delta
        let bigM = nucleusMassGeV
        let qm = (t + t * t / (4 * bigM * bigM)).squareRoot()
        let r = 1 + transfer.t / bigM
        let cosQ = -(virtuality + t * r) / (2 * transferMomentumGeV * qm)
        // 4|V|²|q|² sin²θ_q = a (t − t₋)(t₊ − t).
        let sinQ = max(0, quadraticA * delta * (tUpperGeV2 - t)).squareRoot() / (2 * transferMomentumGeV * qm)
        return ExchangesAtT(
            t: t, nucleusMassGeV: bigM, q0: -t / (2 * bigM), qm: qm, cosQ: cosQ, sinQ: sinQ,
            photonTime: 1 + t / (4 * bigM * bigM), alongV: alongV, acrossV: acrossV)
    }
}

/// The exchanges q at one t, by azimuth φ of q⃗ around V⃗ (`ExactStrahlungKinematics.exchanges`).
struct ExchangesAtT {
    /// t = −q² [GeV²].
    let t: Double
    let nucleusMassGeV: Double
    /// q⁰, |q⃗| and the polar angle of q⃗ from V⃗.
    let q0: Double, qm: Double, cosQ: Double, sinQ: Double
    /// The photon polarisation's time component 1 + t/(4M²).
    let photonTime: Double
    let alongV: (x: Double, z: Double), acrossV: (x: Double, z: Double)

    /// q, the photon "polarisation" P/(2M) and t at azimuth φ (cos φ, sin φ given).
    func at(azimuthCosine cp: Double, azimuthSine sp: Double) -> (q: FourVector, polarization: FourVector, t: Double) {
        let bigM = nucleusMassGeV
        let qx = qm * (cosQ * alongV.x + sinQ * cp * acrossV.x)
        let qy = qm * sinQ * sp
        let qz = qm * (cosQ * alongV.z + sinQ * cp * acrossV.z)
        let q = FourVector(t: q0, x: qx, y: qy, z: qz)
        let polarization = FourVector(t: photonTime, x: -qx / (2 * bigM), y: -qy / (2 * bigM), z: -qz / (2 * bigM))
        return (q, polarization, t)
    }
}

extension ExchangesAtT {
    /// `at(azimuthCosine:azimuthSine:)` for two azimuths, one per lane: the same operations lane by lane (a negation's
    /// zero may differ in sign). t is `self.t`.
    @inline(__always)
    func at(azimuthCosines cp: AzimuthPair, azimuthSines sp: AzimuthPair) -> (q: FourVectorLanes, polarization: FourVectorLanes) {
        let bigM = nucleusMassGeV
        let alongX = cosQ * alongV.x, alongZ = cosQ * alongV.z
        let across = sinQ * cp
        let qx = qm * (alongX + across * acrossV.x)
        let qy = (qm * sinQ) * sp
        let qz = qm * (alongZ + across * acrossV.z)
        let q = FourVectorLanes(t: AzimuthPair(repeating: q0), x: qx, y: qy, z: qz)
        let twiceMass = AzimuthPair(repeating: 2 * bigM)
        let polarization = FourVectorLanes(
            t: AzimuthPair(repeating: photonTime), x: -qx / twiceMass, y: -qy / twiceMass, z: -qz / twiceMass)
        return (q, polarization)
    }
}
