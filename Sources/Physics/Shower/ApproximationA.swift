import ComplexModule
import RealModule

/// Depth-integrated differential track lengths at one energy, from Approximation A [cm per GeV per primary].
public struct ApproximationATrackLength: Sendable, Hashable, Codable {
    /// Energy E [GeV].
    public var energyGeV: Double
    /// e⁺ + e⁻ (the primary included).
    public var allChargedCmPerGeV: Double
    /// The beam particle alone.
    public var primaryCmPerGeV: Double
    /// Secondary particles of either charge (pairs make equal numbers of e⁺ and e⁻ with the
    /// same spectrum, since ψ(x) = ψ(1 − x)); for an electron beam this is T₊.
    public var secondaryPerChargeCmPerGeV: Double

    /// T of the beam's own charge: the primary plus the secondaries of that charge.
    public var sameChargeAsBeamCmPerGeV: Double { primaryCmPerGeV + secondaryPerChargeCmPerGeV }
}

/// Rossi's Approximation A with Tsai's complete-screening spectra, for a homogeneous medium
/// (B. Rossi, High-Energy Particles (1952) §5.3–5.6; Rossi and Greisen, Rev. Mod. Phys. 13 (1941) 240).
///
/// Approximation A keeps only bremsstrahlung and pair production with their asymptotic
/// (complete-screening, energy-independent) cross sections: no ionisation, no Compton scattering,
/// no cut. Integrated over depth, the shower equations for the Mellin transforms
/// Π(s) = ∫ E^s T_e(E) dE and Γ(s) of the electron and photon track lengths are algebraic:
///
///     A(s) Π − B(s) Γ = E₀^s,      σ₀ Γ − C(s) Π = 0,
///
/// with, for φ(v) = a(1 − v) + v² and ψ(u) = 1 − a u(1 − u), a = 4/3 + 2b (Rossi's φ₀, ψ₀):
///
///     A(s) = ∫₀¹ [1 − (1 − v)^s] φ(v) dv/v = a[ψ_Γ(s + 2) + γ − 1] + 1/2 − 1/((s + 1)(s + 2)),
///     B(s) = 2∫₀¹ u^s ψ(u) du = 2[1/(s + 1) − a/((s + 2)(s + 3))],
///     C(s) = ∫₀¹ v^{s−1} φ(v) dv = a/(s(s + 1)) + 1/(s + 2),       σ₀ = 1 − a/6,
///
/// (ψ_Γ the digamma function). Hence, in radiation lengths, Π = E₀^s σ₀/(Aσ₀ − BC), the primary
/// alone E₀^s/A(s), and the positrons of an electron shower E₀^s BC/(2A(Aσ₀ − BC)). With
/// L = ln(E₀/E), E·T(E) is the inverse Laplace transform in L of these without E₀^s; it is
/// computed with ``TalbotInversion``. The pole of 1/(Aσ₀ − BC) at s = 1 (energy conservation:
/// A(1) = C(1), B(1) = σ₀) gives T(E) → c E₀/E² for E ≪ E₀ with c = σ₀/(d/ds (Aσ₀ − BC))|ₛ₌₁.
public struct ApproximationA: Sendable {
    /// Rossi's b (Tsai's spectra: b = ξ/2, see ``TsaiCompleteScreening``).
    public let rossiB: Double
    /// Radiation length [cm], converting X₀ to cm.
    public let radiationLengthCm: Double
    /// The inverse-Laplace method.
    public var inversion = TalbotInversion(nodeCount: 32)

    /// Approximation A with a given b.
    public init(rossiB: Double, radiationLengthCm: Double) {
        self.rossiB = rossiB
        self.radiationLengthCm = radiationLengthCm
    }

    /// Approximation A with Tsai's b for `material`.
    public init(material: Material) {
        self.init(rossiB: TsaiCompleteScreening(material: material).rossiB, radiationLengthCm: material.radiationLengthCm)
    }

    /// a = 4/3 + 2b.
    var a: Double { 4.0 / 3.0 + 2 * rossiB }
    /// σ₀ = 7/9 − b/3: photon absorption per radiation length.
    public var photonAbsorptionPerRadiationLength: Double { 1 - a / 6 }

    func functionA(_ s: Complex<Double>) -> Complex<Double> {
        (ComplexDigamma.value(s + 2) + Complex(0.5772156649015329 - 1)).multiplied(by: a) + Complex(0.5) - 1 / ((s + 1) * (s + 2))
    }
    func functionB(_ s: Complex<Double>) -> Complex<Double> { 2 * (1 / (s + 1) - Complex(a) / ((s + 2) * (s + 3))) }
    func functionC(_ s: Complex<Double>) -> Complex<Double> { Complex(a) / (s * (s + 1)) + 1 / (s + 2) }

    /// Mellin transform of the primary's depth-integrated track length [X₀], without E₀^s.
    public func primaryTransform(_ s: Complex<Double>) -> Complex<Double> { 1 / functionA(s) }

    /// Mellin transform of the secondaries of one charge [X₀], without E₀^s.
    public func secondaryPerChargeTransform(_ s: Complex<Double>) -> Complex<Double> {
        let aa = functionA(s), bb = functionB(s), cc = functionC(s)
        return bb * cc / (2 * aa * (aa.multiplied(by: photonAbsorptionPerRadiationLength) - bb * cc))
    }

    /// The constant c of T(E) → c E₀/E² (E ≪ E₀), in radiation lengths: the residue at s = 1,
    /// c = σ₀ / [σ₀(A′(1) − C′(1)) − B′(1)C(1)], with A′(1) = a ψ′(3) + 5/36, ψ′(3) = π²/6 − 5/4,
    /// B′(1) = 2(−1/4 + 7a/144), C(1) = a/2 + 1/3, C′(1) = −3a/4 − 1/9.
    /// Rossi's b = 0.0135 gives 0.4368 (his 0.437); b = 0 gives 0.4439; Tsai's b for lead 0.4354.
    public var lowEnergyConstant: Double {
        let sigma0 = photonAbsorptionPerRadiationLength
        let aPrime = a * (Double.pi * Double.pi / 6 - 1.25) + 5.0 / 36
        let bPrime = 2 * (-0.25 + 7 * a / 144)
        let c1 = a / 2 + 1.0 / 3
        let cPrime = -0.75 * a - 1.0 / 9
        return sigma0 / (sigma0 * (aPrime - cPrime) - bPrime * c1)
    }

    /// The track lengths at `energyGeV` < `beamEnergyGeV` [cm per GeV per primary].
    /// Cost: two inversions of 32 nodes each (≈ 64 complex digammas).
    public func trackLength(energyGeV: Double, beamEnergyGeV: Double) -> ApproximationATrackLength {
        precondition(energyGeV > 0 && energyGeV < beamEnergyGeV, "Approximation A is evaluated below the beam energy")
        let logRatio = Double.log(beamEnergyGeV / energyGeV)
        let scale = radiationLengthCm / energyGeV
        // Shifts put every singularity left of the contour: 1/A has its rightmost pole at s = 0,
        // 1/(Aσ₀ − BC) at s = 1; the remaining zeros of A and of Aσ₀ − BC lie at Re s < 0 with
        // |Im s| < 1 (checked by the argument principle), well inside the contour.
        let primary = inversion.invert(at: logRatio, shift: 0.5, primaryTransform) * scale
        let secondary = inversion.invert(at: logRatio, shift: 1.5, secondaryPerChargeTransform) * scale
        return ApproximationATrackLength(
            energyGeV: energyGeV, allChargedCmPerGeV: primary + 2 * secondary,
            primaryCmPerGeV: primary, secondaryPerChargeCmPerGeV: secondary)
    }
}
