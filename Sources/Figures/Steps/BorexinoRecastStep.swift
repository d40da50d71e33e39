import Foundation
import Physics
import BuildEngine
import DataFormats

/// `recast-borexino`: the Borexino ⁷Be ν–e scattering bound on g(m_Z′) (PHYSICS.md §12, `BorexinoRecast`).
///
/// Outputs `table` (m_GeV, g_limit) and `dataset.csv` (the same curve as an external-limit dataset,
/// its parameters in the header notes).
struct BorexinoRecastStep: StepKind {
    /// The recast's assumptions; defaults are `BorexinoParameters.standard`.
    struct Parameters: Codable, Sendable {
        var mass_min_GeV: Double
        var mass_max_GeV: Double
        var points_per_decade: Int
        /// ⁷Be line energy [GeV].
        var neutrino_energy_GeV: Double
        /// Recoil window [GeV].
        var recoil_min_GeV: Double
        var recoil_max_GeV: Double
        var sin2_theta_w: Double
        /// Measured rate over the Standard Model, and its one-σ uncertainty.
        var observed_rate_ratio: Double
        var rate_ratio_uncertainty: Double
        /// Δχ² of the limit (2.71: 90 % CL, one parameter).
        var delta_chi2: Double
        var sin2_theta12: Double
        var sin2_theta13: Double
        var sin2_theta23: Double
        var delta_cp_deg: Double
        var delta_m2_21_eV2: Double
        /// Electron density at ⁷Be production [N_A cm⁻³].
        var production_electron_density_NA_per_cm3: Double
        var recoil_quadrature_points: Int

        init() {
            let grid = RecastMassGridParameters(), standard = BorexinoParameters.standard, oscillation = standard.oscillation
            mass_min_GeV = grid.massMinimumGeV
            mass_max_GeV = grid.massMaximumGeV
            points_per_decade = grid.pointsPerDecade
            neutrino_energy_GeV = standard.neutrinoEnergyGeV
            recoil_min_GeV = standard.recoilMinimumGeV
            recoil_max_GeV = standard.recoilMaximumGeV
            sin2_theta_w = standard.weakMixingAngleSine2
            observed_rate_ratio = standard.observedRateRatio
            rate_ratio_uncertainty = standard.rateRatioUncertainty
            delta_chi2 = standard.deltaChiSquared
            sin2_theta12 = oscillation.sin2Theta12
            sin2_theta13 = oscillation.sin2Theta13
            sin2_theta23 = oscillation.sin2Theta23
            delta_cp_deg = oscillation.deltaCPDegrees
            delta_m2_21_eV2 = oscillation.deltaMass2_21EV2
            production_electron_density_NA_per_cm3 = oscillation.productionElectronDensityAvogadroPerCm3
            recoil_quadrature_points = standard.recoilQuadraturePoints
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let d = Parameters()
            mass_min_GeV = try c.decodeIfPresent(Double.self, forKey: .mass_min_GeV) ?? d.mass_min_GeV
            mass_max_GeV = try c.decodeIfPresent(Double.self, forKey: .mass_max_GeV) ?? d.mass_max_GeV
            points_per_decade = try c.decodeIfPresent(Int.self, forKey: .points_per_decade) ?? d.points_per_decade
            neutrino_energy_GeV = try c.decodeIfPresent(Double.self, forKey: .neutrino_energy_GeV) ?? d.neutrino_energy_GeV
            recoil_min_GeV = try c.decodeIfPresent(Double.self, forKey: .recoil_min_GeV) ?? d.recoil_min_GeV
            recoil_max_GeV = try c.decodeIfPresent(Double.self, forKey: .recoil_max_GeV) ?? d.recoil_max_GeV
            sin2_theta_w = try c.decodeIfPresent(Double.self, forKey: .sin2_theta_w) ?? d.sin2_theta_w
            observed_rate_ratio = try c.decodeIfPresent(Double.self, forKey: .observed_rate_ratio) ?? d.observed_rate_ratio
            rate_ratio_uncertainty = try c.decodeIfPresent(Double.self, forKey: .rate_ratio_uncertainty) ?? d.rate_ratio_uncertainty
            delta_chi2 = try c.decodeIfPresent(Double.self, forKey: .delta_chi2) ?? d.delta_chi2
            sin2_theta12 = try c.decodeIfPresent(Double.self, forKey: .sin2_theta12) ?? d.sin2_theta12
            sin2_theta13 = try c.decodeIfPresent(Double.self, forKey: .sin2_theta13) ?? d.sin2_theta13
            sin2_theta23 = try c.decodeIfPresent(Double.self, forKey: .sin2_theta23) ?? d.sin2_theta23
            delta_cp_deg = try c.decodeIfPresent(Double.self, forKey: .delta_cp_deg) ?? d.delta_cp_deg
            delta_m2_21_eV2 = try c.decodeIfPresent(Double.self, forKey: .delta_m2_21_eV2) ?? d.delta_m2_21_eV2
            production_electron_density_NA_per_cm3 = try c.decodeIfPresent(Double.self, forKey: .production_electron_density_NA_per_cm3)
                ?? d.production_electron_density_NA_per_cm3
            recoil_quadrature_points = try c.decodeIfPresent(Int.self, forKey: .recoil_quadrature_points) ?? d.recoil_quadrature_points
        }

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
            return "recoil_min_GeV: \(p.recoil_min_GeV) is above the Compton edge of a \(p.neutrino_energy_GeV) GeV neutrino; the window is empty"
        }
        for (key, value) in [("sin2_theta_w", p.sin2_theta_w), ("sin2_theta12", p.sin2_theta12),
                             ("sin2_theta13", p.sin2_theta13), ("sin2_theta23", p.sin2_theta23)] where !(value > 0 && value < 1) {
            return "\(key): expected a value between 0 and 1, found \(value)"
        }
        if !(p.observed_rate_ratio > 0) { return "observed_rate_ratio: expected a positive ratio, found \(p.observed_rate_ratio)" }
        if !(p.rate_ratio_uncertainty > 0) { return "rate_ratio_uncertainty: expected a positive uncertainty, found \(p.rate_ratio_uncertainty)" }
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
            method: "rate of 7Be nu-e elastic scattering over the Standard Model with the loop-induced Z' electron coupling (PHYSICS.md section 12)",
            notes: [
                "independent of the Z' decays: the bound comes from Z' exchange",
                "tree-level nu-e scattering; adiabatic MSW flavour composition at Earth; day-night effect neglected",
                "a rate-only bound: below m ~ sqrt(2 m_e T_min) (0.44 MeV for the default window) it depends on the recoil threshold",
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
