import Foundation

/// Tsai's elastic and inelastic atomic form factors and the effective photon flux χ they give.
///
/// χ = ∫_{t_min}^{t_max} dt (t − t_min)/t² [G_el(t) + G_inel(t)] (Bjorken, Essig, Schuster, Toro,
/// PRD 80, 075018 (2009), Eq. A.18; Y.-S. Tsai, Rev. Mod. Phys. 46, 815 (1974)), with
/// G_el = Z² (a²t/(1 + a²t))² (1 + t/d)⁻², a = 111 Z^(−1/3)/m_e, d = 0.164 A^(−2/3) GeV²,
/// G_inel = Z (a′²t/(1 + a′²t))² [(1 + t(μ_p² − 1)/(4m_p²)) / (1 + t/0.71 GeV²)⁴]², a′ = 773 Z^(−2/3)/m_e.
/// The screening radii use the electron mass whatever the beam lepton is: they describe the atom.
public struct NuclearPhotonFlux: Sendable, Hashable {
    /// Atomic number Z.
    public let atomicNumber: Double
    /// Mass number A (the molar mass in g/mol, as Tsai uses it in d).
    public let massNumber: Double
    /// Whether the inelastic (quasi-free proton) term is added to the elastic one.
    public let includesInelastic: Bool

    /// t_a = 1/a² [GeV²]: below it the atomic electrons screen the nucleus.
    public let elasticScreeningTGeV2: Double
    /// d [GeV²]: above it the nuclear charge radius suppresses coherent scattering.
    public let nuclearSizeTGeV2: Double
    /// t′_a = 1/a′² [GeV²]: screening scale of the inelastic term.
    public let inelasticScreeningTGeV2: Double

    /// Proton magnetic moment μ_p in nuclear magnetons, as rounded by Tsai.
    static let protonMagneticMoment = 2.79
    /// Dipole scale of the proton form factor [GeV²].
    static let protonDipoleScaleGeV2 = 0.71

    /// The flux of the given material's nucleus.
    public init(material: Material, includesInelastic: Bool = true) {
        self.init(
            atomicNumber: material.atomicNumber, massNumber: material.atomicMassGramsPerMole,
            includesInelastic: includesInelastic)
    }

    /// The flux of a nucleus of charge Z and mass number A.
    public init(atomicNumber: Double, massNumber: Double, includesInelastic: Bool = true) {
        self.atomicNumber = atomicNumber
        self.massNumber = massNumber
        self.includesInelastic = includesInelastic
        let electronMass = PhysicalConstants.electronMassGeV
        let a = 111 * pow(atomicNumber, -1.0 / 3) / electronMass
        let aPrime = 773 * pow(atomicNumber, -2.0 / 3) / electronMass
        elasticScreeningTGeV2 = 1 / (a * a)
        inelasticScreeningTGeV2 = 1 / (aPrime * aPrime)
        nuclearSizeTGeV2 = 0.164 * pow(massNumber, -2.0 / 3)
    }

    /// G_el(t): coherent scattering on the screened nucleus.
    public func elasticFormFactor(tGeV2 t: Double) -> Double {
        let screening = t / (elasticScreeningTGeV2 + t)
        let size = nuclearSizeTGeV2 / (nuclearSizeTGeV2 + t)
        return atomicNumber * atomicNumber * screening * screening * size * size
    }

    /// G_inel(t): incoherent scattering on the Z protons (screened by the atomic electrons).
    public func inelasticFormFactor(tGeV2 t: Double) -> Double {
        let screening = t / (inelasticScreeningTGeV2 + t)
        let protonMass = PhysicalConstants.protonMassGeV
        let mu2 = Self.protonMagneticMoment * Self.protonMagneticMoment
        let dipole = 1 + t / Self.protonDipoleScaleGeV2
        let dipole4 = dipole * dipole * dipole * dipole
        let proton = (1 + t * (mu2 - 1) / (4 * protonMass * protonMass)) / dipole4
        return atomicNumber * screening * screening * proton * proton
    }

    /// G(t) = G_el + G_inel (or G_el alone).
    public func formFactor(tGeV2 t: Double) -> Double {
        includesInelastic ? elasticFormFactor(tGeV2: t) + inelasticFormFactor(tGeV2: t) : elasticFormFactor(tGeV2: t)
    }

    /// χ by adaptive quadrature in ln t (the integrand (1 − t_min/t) G(t) is smooth in ln t), with
    /// break points at the screening and nuclear-size scales where G changes behaviour.
    public func chi(tMinGeV2 tMin: Double, tMaxGeV2 tMax: Double, relativeTolerance: Double = 1e-10) -> Double {
        guard tMax > tMin, tMin > 0 else { return 0 }
        let scales = [elasticScreeningTGeV2, nuclearSizeTGeV2, inelasticScreeningTGeV2, Self.protonDipoleScaleGeV2]
        return AdaptiveQuadrature.integrate(
            from: log(tMin), to: log(tMax), breakpoints: scales.map { log($0) },
            relativeTolerance: relativeTolerance
        ) { logT in
            let t = exp(logT)
            return (1 - tMin / t) * formFactor(tGeV2: t)
        }.value
    }

    /// The elastic part of χ in closed form.
    ///
    /// With t_a = 1/a², G_el(t) = Z² d² t²/((t + t_a)²(t + d)²), so the χ integrand is the rational
    /// function Z² d² (t − t₀)/((t + t_a)²(t + d)²). Partial fractions, using
    /// 1/((t+t_a)(t+d)) = [1/(t+t_a) − 1/(t+d)]/(d − t_a), give the antiderivative
    /// P(t) = [ln(t+t_a) + (t_a+t₀)/(t+t_a) + ln(t+d) + (d+t₀)/(t+d)
    ///         + 2((t_a+t₀) ln(t+t_a) − (d+t₀) ln(t+d))/(d − t_a)] / (d − t_a)².
    /// The logarithms are combined as ratios so that nothing cancels catastrophically.
    public func elasticChiClosedForm(tMinGeV2 tMin: Double, tMaxGeV2 tMax: Double) -> Double {
        guard tMax > tMin else { return 0 }
        let ta = elasticScreeningTGeV2, d = nuclearSizeTGeV2, t0 = tMin
        let gap = d - ta
        let logA = log((tMax + ta) / (tMin + ta))
        let logD = log((tMax + d) / (tMin + d))
        let rationalA = (ta + t0) * (1 / (tMax + ta) - 1 / (tMin + ta))
        let rationalD = (d + t0) * (1 / (tMax + d) - 1 / (tMin + d))
        let bracket = logA + rationalA + logD + rationalD + 2 * ((ta + t0) * logA - (d + t0) * logD) / gap
        return atomicNumber * atomicNumber * d * d * bracket / (gap * gap)
    }
}
