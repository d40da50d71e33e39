import Foundation

/// Flavour composition at Earth of a solar ν_e from adiabatic MSW conversion in the Sun.
///
/// The ν_e produced at electron density n_e leaves the Sun adiabatically as an incoherent mixture of
/// mass eigenstates with weights w₁ = c₁₃² cos²θ₁₂ᵐ, w₂ = c₁₃² sin²θ₁₂ᵐ, w₃ = s₁₃² (θ₁₃ matter
/// effects are negligible at ⁷Be energies, A/Δm²₃₁ ~ 5·10⁻³), where the effective mixing angle at
/// production obeys cos 2θ₁₂ᵐ = (cos 2θ₁₂ − β)/√((cos 2θ₁₂ − β)² + sin² 2θ₁₂),
/// β = 2√2 G_F n_e E c₁₃²/Δm²₂₁ (e.g. Maltoni & Smirnov, Eur. Phys. J. A 52, 87 (2016), §3).
/// Over the Sun–Earth distance the mass eigenstates decohere, so P(ν_e → ν_α) = Σᵢ wᵢ |U_αi|²,
/// with U the PMNS matrix (PDG parametrisation). This gives P_ee = c₁₃⁴ ½(1 + cos 2θ₁₂ cos 2θ₁₂ᵐ) + s₁₃⁴
/// and splits 1 − P_ee between ν_μ and ν_τ according to θ₂₃ (and δ_CP). Earth matter (day–night) is neglected.
public struct SolarNeutrinoOscillation: Sendable, Hashable, Codable {
    /// sin²θ₁₂.
    public var sin2Theta12: Double
    /// sin²θ₁₃.
    public var sin2Theta13: Double
    /// sin²θ₂₃.
    public var sin2Theta23: Double
    /// Dirac CP phase δ_CP [degrees].
    public var deltaCPDegrees: Double
    /// Δm²₂₁ [eV²].
    public var deltaMass2_21EV2: Double
    /// Electron density where the neutrinos are produced [N_A cm⁻³] (i.e. in units of Avogadro's number per cm³).
    public var productionElectronDensityAvogadroPerCm3: Double

    /// Memberwise initialiser.
    public init(
        sin2Theta12: Double, sin2Theta13: Double, sin2Theta23: Double, deltaCPDegrees: Double,
        deltaMass2_21EV2: Double, productionElectronDensityAvogadroPerCm3: Double
    ) {
        self.sin2Theta12 = sin2Theta12
        self.sin2Theta13 = sin2Theta13
        self.sin2Theta23 = sin2Theta23
        self.deltaCPDegrees = deltaCPDegrees
        self.deltaMass2_21EV2 = deltaMass2_21EV2
        self.productionElectronDensityAvogadroPerCm3 = productionElectronDensityAvogadroPerCm3
    }

    /// Default for ⁷Be neutrinos: NuFIT 5.2 (2022) normal-ordering best fit with Super-Kamiokande atmospheric
    /// data (sin²θ₁₂ = 0.303, sin²θ₁₃ = 0.02225, sin²θ₂₃ = 0.451, δ_CP = 232°, Δm²₂₁ = 7.41·10⁻⁵ eV²),
    /// and n_e = 90 N_A cm⁻³, the ⁷Be-production-weighted electron density of the standard solar model
    /// (production peaks at r ≈ 0.06 R_⊙; Bahcall, Serenelli & Basu, ApJ 621, L85 (2005), whose central
    /// value is ≈ 100 N_A cm⁻³). For ⁷Be, β ≈ 0.16, so the matter correction to P_ee is only ≈ 3 %.
    public static let nuFit52 = SolarNeutrinoOscillation(
        sin2Theta12: 0.303, sin2Theta13: 0.02225, sin2Theta23: 0.451, deltaCPDegrees: 232,
        deltaMass2_21EV2: 7.41e-5, productionElectronDensityAvogadroPerCm3: 90)

    /// β = 2√2 G_F n_e E c₁₃²/Δm²₂₁ for neutrino energy E [GeV] (matter potential over vacuum splitting).
    public func matterParameter(neutrinoEnergyGeV energy: Double) -> Double {
        // n_e [GeV³] = n_e [cm⁻³] (ħc)³, with ħc [GeV cm] = √(1 GeV⁻² in cm²).
        let hbarCInGeVCm = PhysicalConstants.inverseGeV2InCm2.squareRoot()
        let densityGeV3 =
            productionElectronDensityAvogadroPerCm3 * PhysicalConstants.avogadro
            * hbarCInGeVCm * hbarCInGeVCm * hbarCInGeVCm
        let potentialTimesEnergyGeV2 = 2 * 2.0.squareRoot() * PhysicalConstants.fermiConstantPerGeV2 * densityGeV3 * energy
        return potentialTimesEnergyGeV2 * (1 - sin2Theta13) / (deltaMass2_21EV2 * 1e-18)
    }

    /// |U_αi|² for α = e, μ, τ (rows) and i = 1, 2, 3 (columns), PDG parametrisation.
    public var mixingMatrixSquared: [[Double]] {
        let s12 = sin2Theta12.squareRoot(), c12 = (1 - sin2Theta12).squareRoot()
        let s13 = sin2Theta13.squareRoot(), c13 = (1 - sin2Theta13).squareRoot()
        let s23 = sin2Theta23.squareRoot(), c23 = (1 - sin2Theta23).squareRoot()
        let delta = deltaCPDegrees * Double.pi / 180
        let cosDelta = cos(delta)
        // |a + b e^{iδ}|² = a² + b² + 2ab cos δ for real a, b: only cos δ enters the moduli.
        func modulus2(_ a: Double, _ b: Double) -> Double { a * a + b * b + 2 * a * b * cosDelta }
        let electronRow = [c12 * c12 * c13 * c13, s12 * s12 * c13 * c13, s13 * s13]
        // U_μ1 = −s12 c23 − c12 s23 s13 e^{iδ}, U_μ2 = c12 c23 − s12 s23 s13 e^{iδ}, U_μ3 = s23 c13.
        let muonRow = [modulus2(s12 * c23, c12 * s23 * s13), modulus2(c12 * c23, -s12 * s23 * s13), s23 * s23 * c13 * c13]
        // U_τ1 = s12 s23 − c12 c23 s13 e^{iδ}, U_τ2 = −c12 s23 − s12 c23 s13 e^{iδ}, U_τ3 = c23 c13.
        let tauRow = [modulus2(s12 * s23, -c12 * c23 * s13), modulus2(c12 * s23, s12 * c23 * s13), c23 * c23 * c13 * c13]
        return [electronRow, muonRow, tauRow]
    }

    /// Weights of the mass eigenstates ν₁, ν₂, ν₃ in the flux reaching Earth.
    public func massEigenstateWeights(neutrinoEnergyGeV energy: Double) -> [Double] {
        let cos2 = 1 - 2 * sin2Theta12
        let sin2Squared = 1 - cos2 * cos2
        let beta = matterParameter(neutrinoEnergyGeV: energy)
        let cos2Matter = (cos2 - beta) / ((cos2 - beta) * (cos2 - beta) + sin2Squared).squareRoot()
        let c13Squared = 1 - sin2Theta13
        return [c13Squared * 0.5 * (1 + cos2Matter), c13Squared * 0.5 * (1 - cos2Matter), sin2Theta13]
    }

    /// P(ν_e → ν_α) at Earth for α = e, μ, τ, for neutrino energy E [GeV].
    public func flavorProbabilities(neutrinoEnergyGeV energy: Double) -> [Double] {
        let weights = massEigenstateWeights(neutrinoEnergyGeV: energy)
        return mixingMatrixSquared.map { row in zip(row, weights).reduce(0) { $0 + $1.0 * $1.1 } }
    }
}
