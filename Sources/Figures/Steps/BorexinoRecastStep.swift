import Foundation
import Physics
import BuildEngine
import DataFormats

/// `recast-borexino`: the Borexino ⁷Be ν–e scattering bound on g(m_Z′) (docs/PHYSICS.md §12, `BorexinoRecast`).
///
/// Outputs `table` (m_GeV, g_limit) and `dataset.csv` (the same curve as an external-limit dataset,
/// its parameters in the header notes).
struct BorexinoRecastStep: StepKind {
    /// The recast's assumptions; defaults are `BorexinoParameters.standard` on the default recast grid.
    struct Parameters: ParameterSet {
        var mass_min_GeV: Double = Parameters.grid.massMinimumGeV
        var mass_max_GeV: Double = Parameters.grid.massMaximumGeV
        var points_per_decade: Int = Parameters.grid.pointsPerDecade
        var neutrino_energy_GeV: Double = Parameters.standard.neutrinoEnergyGeV
        var recoil_min_GeV: Double = Parameters.standard.recoilMinimumGeV
        var recoil_max_GeV: Double = Parameters.standard.recoilMaximumGeV
        var sin2_theta_w: Double = Parameters.standard.weakMixingAngleSine2
        var observed_rate_ratio: Double = Parameters.standard.observedRateRatio
        var rate_ratio_uncertainty: Double = Parameters.standard.rateRatioUncertainty
        var delta_chi2: Double = Parameters.standard.deltaChiSquared
        var sin2_theta12: Double = Parameters.standard.oscillation.sin2Theta12
        var sin2_theta13: Double = Parameters.standard.oscillation.sin2Theta13
        var sin2_theta23: Double = Parameters.standard.oscillation.sin2Theta23
        var delta_cp_deg: Double = Parameters.standard.oscillation.deltaCPDegrees
        var delta_m2_21_eV2: Double = Parameters.standard.oscillation.deltaMass2_21EV2
        var production_electron_density_NA_per_cm3: Double = Parameters.standard.oscillation.productionElectronDensityAvogadroPerCm3
        var recoil_quadrature_points: Int = Parameters.standard.recoilQuadraturePoints

        private static let standard = BorexinoParameters.standard, grid = RecastMassGridParameters()
        static let defaults = Parameters()
        static let parameterDocs: [ParameterDoc] = [
            ParameterDoc("mass_min_GeV", unit: "GeV", "lightest mass of the logarithmic grid"),
            ParameterDoc("mass_max_GeV", unit: "GeV", "heaviest mass of the logarithmic grid"),
            ParameterDoc("points_per_decade", unit: "1", "logarithmic density of the grid (both ends included)"),
            ParameterDoc("neutrino_energy_GeV", unit: "GeV", "the ⁷Be line energy"),
            ParameterDoc("recoil_min_GeV", unit: "GeV", "lower end of the electron recoil window"),
            ParameterDoc("recoil_max_GeV", unit: "GeV", "upper end of the electron recoil window"),
            ParameterDoc("sin2_theta_w", unit: "1", "low-energy weak mixing angle sin²θ_W"),
            ParameterDoc("observed_rate_ratio", unit: "1", "Borexino Phase-II ⁷Be rate over the high-metallicity SSM"),
            ParameterDoc("rate_ratio_uncertainty", unit: "1", "one-σ uncertainty of that ratio"),
            ParameterDoc("delta_chi2", unit: "1", "Δχ² of the limit (2.71: 90 % CL, one parameter)"),
            ParameterDoc("sin2_theta12", unit: "1", "sin²θ₁₂ (NuFIT 5.2)"),
            ParameterDoc("sin2_theta13", unit: "1", "sin²θ₁₃ (NuFIT 5.2)"),
            ParameterDoc("sin2_theta23", unit: "1", "sin²θ₂₃ (NuFIT 5.2)"),
            ParameterDoc("delta_cp_deg", unit: "°", "CP phase δ_CP (NuFIT 5.2)"),
            ParameterDoc("delta_m2_21_eV2", unit: "eV²", "solar mass splitting Δm²₂₁ (NuFIT 5.2)"),
            ParameterDoc("production_electron_density_NA_per_cm3", unit: "N_A cm⁻³", "electron density where ⁷Be neutrinos are made"),
            ParameterDoc("recoil_quadrature_points", unit: "1", "Gauss–Legendre points over the recoil window, 2 to 1000")
        ]

        /// The mass grid.
        var grid: RecastMassGridParameters {
            RecastMassGridParameters(massMinimumGeV: mass_min_GeV, massMaximumGeV: mass_max_GeV, pointsPerDecade: points_per_decade)
        }

        /// The Physics parameters these keys spell out.
        var physics: BorexinoParameters {
            BorexinoParameters(
                neutrinoEnergyGeV: neutrino_energy_GeV, recoilMinimumGeV: recoil_min_GeV, recoilMaximumGeV: recoil_max_GeV,
                weakMixingAngleSine2: sin2_theta_w, observedRateRatio: observed_rate_ratio, rateRatioUncertainty: rate_ratio_uncertainty,
                deltaChiSquared: delta_chi2,
                oscillation: SolarNeutrinoOscillation(
                    sin2Theta12: sin2_theta12, sin2Theta13: sin2_theta13, sin2Theta23: sin2_theta23, deltaCPDegrees: delta_cp_deg,
                    deltaMass2_21EV2: delta_m2_21_eV2, productionElectronDensityAvogadroPerCm3: production_electron_density_NA_per_cm3),
                recoilQuadraturePoints: recoil_quadrature_points)
        }
    }

    static let name = "recast-borexino"
    static let summary = "Borexino ⁷Be ν–e scattering limit on g(m_Z′), as a table and a dataset file (PHYSICS.md §12)"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs: [String] = []

    static func validate(_ p: Parameters) -> String? {
        if let problem = p.grid.problem { return problem }
        if !(p.neutrino_energy_GeV > 0) { return "neutrino_energy_GeV: expected a positive energy, found \(p.neutrino_energy_GeV)" }
        if !(p.recoil_min_GeV >= 0 && p.recoil_max_GeV > p.recoil_min_GeV) {
            return "expected 0 ≤ recoil_min_GeV < recoil_max_GeV, found \(p.recoil_min_GeV) and \(p.recoil_max_GeV)"
        }
        if p.recoil_min_GeV >= NeutrinoElectronScattering.maximumRecoilGeV(neutrinoEnergyGeV: p.neutrino_energy_GeV) {
            return
                "recoil_min_GeV: \(p.recoil_min_GeV) is above the Compton edge of a \(p.neutrino_energy_GeV) GeV neutrino; the window "
                + "is empty"
        }
        for (key, value) in [
            ("sin2_theta_w", p.sin2_theta_w), ("sin2_theta12", p.sin2_theta12),
            ("sin2_theta13", p.sin2_theta13), ("sin2_theta23", p.sin2_theta23)
        ] where !(value > 0 && value < 1) {
            return "\(key): expected a value between 0 and 1, found \(value)"
        }
        if !(p.observed_rate_ratio > 0) { return "observed_rate_ratio: expected a positive ratio, found \(p.observed_rate_ratio)" }
        if !(p.rate_ratio_uncertainty > 0) {
            return "rate_ratio_uncertainty: expected a positive uncertainty, found \(p.rate_ratio_uncertainty)"
        }
        if !(p.delta_chi2 > 0) { return "delta_chi2: expected a positive Δχ², found \(p.delta_chi2)" }
        if !(p.delta_m2_21_eV2 > 0) { return "delta_m2_21_eV2: expected a positive splitting, found \(p.delta_m2_21_eV2)" }
        if !(p.production_electron_density_NA_per_cm3 >= 0) {
            return "production_electron_density_NA_per_cm3: expected a density ≥ 0, found \(p.production_electron_density_NA_per_cm3)"
        }
        if p.recoil_quadrature_points < 2 || p.recoil_quadrature_points > 1000 {
            return "recoil_quadrature_points: expected 2 to 1000, found \(p.recoil_quadrature_points)"
        }
        return nil
    }

    /// Where the numbers come from and what they assume.
    static func provenance(_ p: Parameters) -> RecastProvenance {
        // Δχ² for one parameter ↔ CL = erf(√(Δχ²/2)).
        RecastProvenance(
            experiment: "Borexino",
            paperTitle: "Comprehensive measurement of pp-chain solar neutrinos",
            paperArXiv: "1707.09279", paperDOI: "10.1038/s41586-018-0624-y", paperReference: "Nature 562 (2018) 505",
            model: .lMuLTauAnyDecay,
            confidenceLevel: RecastCurveOutput.percentText(probability: erf((p.delta_chi2 / 2).squareRoot())),
            method:
                "rate of 7Be nu-e elastic scattering over the Standard Model with the loop-induced Z' electron coupling (PHYSICS.md "
                + "section 12)",
            notes: [
                "independent of the Z' decays: the bound comes from Z' exchange",
                "tree-level nu-e scattering; adiabatic MSW flavour composition at Earth; day-night effect neglected",
                "a rate-only bound: below m ~ sqrt(2 m_e T_min) (0.44 MeV for the default window) it depends on the recoil threshold"
            ])
    }

    /// What `run` writes, for the load-time check of the figures' columns.
    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        RecastCurveOutput.declaredOutputs
    }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let masses = p.grid.massesGeV
        let recast = BorexinoRecast(parameters: p.physics)
        context.reportProgress(0, masses.count)
        let curve = recast.limitCurve(massesGeV: masses)
        context.reportProgress(masses.count, masses.count)
        return try RecastCurveOutput.artifacts(
            curve: curve, stepName: context.stepName, kindName: name, provenance: provenance(p),
            parameterNotes: [p.grid.note] + RecastCurveOutput.parameterNotes(p))
    }
}
