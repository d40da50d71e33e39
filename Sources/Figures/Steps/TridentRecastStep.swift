import Foundation
import Physics
import BuildEngine
import DataFormats

/// `recast-ccfr`: the CCFR neutrino-trident bound on g(m_Z′) (docs/PHYSICS.md §12, `TridentRecast`).
///
/// Outputs `table` (m_GeV, g_limit) and `dataset.csv` (the same curve as an external-limit dataset,
/// its parameters in the header notes). The project's heaviest step: the phase-space points are
/// generated once and every mass is one pass over them, so the cost is in the setup.
struct TridentRecastStep: StepKind {
    /// The recast's assumptions; defaults are `TridentParameters.standard` on the default recast grid.
    struct Parameters: ParameterSet {
        var mass_min_GeV: Double = Parameters.grid.massMinimumGeV
        var mass_max_GeV: Double = Parameters.grid.massMaximumGeV
        var points_per_decade: Int = Parameters.grid.pointsPerDecade
        var neutrino_energy_GeV: Double = Parameters.standard.neutrinoEnergyGeV
        var atomic_number: Double = Parameters.standard.atomicNumber
        var mass_number: Double = Parameters.standard.massNumber
        var sin2_theta_w: Double = Parameters.standard.weakMixingAngleSine2
        var measured_ratio: Double = Parameters.standard.measuredRatio
        var measured_ratio_uncertainty: Double = Parameters.standard.measuredRatioUncertainty
        var standard_deviations: Double = Parameters.standard.standardDeviations
        var invariant_mass_nodes: Int = Parameters.standard.invariantMassNodes
        var points_per_node: Int = Parameters.standard.pointsPerNode
        var max_photon_momentum_GeV: Double = Parameters.standard.maximumPhotonMomentumGeV
        var momentum_transfer_floor_GeV2: Double = Parameters.standard.momentumTransferFloorGeV2

        private static let standard = TridentParameters.standard, grid = RecastMassGridParameters()
        static let defaults = Parameters()
        static let parameterDocs: [ParameterDoc] = [
            ParameterDoc("mass_min_GeV", unit: "GeV", "lightest mass of the logarithmic grid"),
            ParameterDoc("mass_max_GeV", unit: "GeV", "heaviest mass of the logarithmic grid"),
            ParameterDoc("points_per_decade", unit: "1", "logarithmic density of the grid (both ends included)"),
            ParameterDoc("neutrino_energy_GeV", unit: "GeV", "ν_μ beam energy"),
            ParameterDoc("atomic_number", unit: "1", "target nucleus Z (iron; Helm form factor)"),
            ParameterDoc("mass_number", unit: "1", "target nucleus A"),
            ParameterDoc("sin2_theta_w", unit: "1", "weak mixing angle sin²θ_W"),
            ParameterDoc("measured_ratio", unit: "1", "CCFR's measured σ/σ_SM"),
            ParameterDoc("measured_ratio_uncertainty", unit: "1", "its one-σ uncertainty"),
            ParameterDoc("standard_deviations", unit: "σ", "how many σ above the measurement are excluded"),
            ParameterDoc(
                "invariant_mass_nodes", unit: "1",
                "Gauss–Legendre nodes in ln s, 2 to 1000 (doubling it moves the curve by ≤ 2·10⁻⁴)"),
            ParameterDoc("points_per_node", unit: "1", "quasi-random point pairs per node (doubling it moves the curve by ≤ 2·10⁻⁴)"),
            ParameterDoc("max_photon_momentum_GeV", unit: "GeV", "largest photon momentum kept"),
            ParameterDoc("momentum_transfer_floor_GeV2", unit: "GeV²", "scale of the logarithmic |K²| sampling channel")
        ]

        /// The mass grid.
        var grid: RecastMassGridParameters {
            RecastMassGridParameters(massMinimumGeV: mass_min_GeV, massMaximumGeV: mass_max_GeV, pointsPerDecade: points_per_decade)
        }

        /// The Physics parameters these keys spell out.
        var physics: TridentParameters {
            TridentParameters(
                neutrinoEnergyGeV: neutrino_energy_GeV, atomicNumber: atomic_number, massNumber: mass_number,
                weakMixingAngleSine2: sin2_theta_w, measuredRatio: measured_ratio, measuredRatioUncertainty: measured_ratio_uncertainty,
                standardDeviations: standard_deviations, invariantMassNodes: invariant_mass_nodes, pointsPerNode: points_per_node,
                maximumPhotonMomentumGeV: max_photon_momentum_GeV, momentumTransferFloorGeV2: momentum_transfer_floor_GeV2)
        }
    }

    static let name = "recast-ccfr"
    static let summary = "CCFR neutrino-trident limit on g(m_Z′), as a table and a dataset file (PHYSICS.md §12)"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs: [String] = []

    static func validate(_ p: Parameters) -> String? {
        if let problem = p.grid.problem { return problem }
        for (key, value) in [
            ("neutrino_energy_GeV", p.neutrino_energy_GeV), ("atomic_number", p.atomic_number),
            ("mass_number", p.mass_number), ("measured_ratio_uncertainty", p.measured_ratio_uncertainty),
            ("standard_deviations", p.standard_deviations), ("max_photon_momentum_GeV", p.max_photon_momentum_GeV),
            ("momentum_transfer_floor_GeV2", p.momentum_transfer_floor_GeV2)
        ] where !(value > 0 && value.isFinite) {
            return "\(key): expected a positive number, found \(value)"
        }
        if !(p.sin2_theta_w > 0 && p.sin2_theta_w < 1) { return "sin2_theta_w: expected a value between 0 and 1, found \(p.sin2_theta_w)" }
        // The limit solves σ/σ_SM = bound with σ/σ_SM = 1 at g = 0: a bound ≤ 1 has no positive solution.
        let bound = p.measured_ratio + p.standard_deviations * p.measured_ratio_uncertainty
        if !(bound > 1) {
            return
                "measured_ratio + standard_deviations × measured_ratio_uncertainty = \(bound): expected above 1 (the Standard Model), "
                + "or no coupling is allowed"
        }
        if p.invariant_mass_nodes < 2 || p.invariant_mass_nodes > 1000 {
            return "invariant_mass_nodes: expected 2 to 1000, found \(p.invariant_mass_nodes)"
        }
        if p.points_per_node < 1 || p.points_per_node > 10_000_000 {
            return "points_per_node: expected 1 to 10000000, found \(p.points_per_node)"
        }
        return nil
    }

    /// Where the numbers come from and what they assume.
    static func provenance(_ p: Parameters) -> RecastProvenance {
        // A bound n σ above the measurement is quoted at the two-sided CL erf(n/√2) (1.96 → 95 %), as Altmannshofer et al.
        RecastProvenance(
            experiment: "CCFR",
            paperTitle: "Neutrino tridents and W-Z interference",
            paperArXiv: nil, paperDOI: "10.1103/PhysRevLett.66.3117", paperReference: "Phys. Rev. Lett. 66 (1991) 3117",
            model: .lMuLTauAnyDecay,
            confidenceLevel: RecastCurveOutput.percentText(probability: erf(p.standard_deviations / 2.0.squareRoot())),
            method:
                "coherent nu_mu Fe -> nu_mu Fe mu+ mu- in the equivalent-photon approximation, as Altmannshofer, Gori, Pospelov, Yavin, "
                + "arXiv:1406.2332 (PHYSICS.md section 12)",
            notes: [
                "independent of the Z' decays: the bound comes from Z' exchange in the trident amplitude",
                "sigma/sigma_SM < measured_ratio + standard_deviations x measured_ratio_uncertainty; Helm form factor of iron",
                "phase space by quasi-random (mirrored) points: \(p.invariant_mass_nodes) nodes x \(p.points_per_node) pairs"
            ])
    }

    /// What `run` writes, for the load-time check of the figures' columns.
    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        RecastCurveOutput.declaredOutputs
    }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let masses = p.grid.massesGeV
        context.reportProgress(0, masses.count + 1)
        let recast = TridentRecast(parameters: p.physics)
        context.reportProgress(1, masses.count + 1)
        let curve = recast.limitCurve(massesGeV: masses)
        context.reportProgress(masses.count + 1, masses.count + 1)
        return try RecastCurveOutput.artifacts(
            curve: curve, stepName: context.stepName, kindName: name, provenance: provenance(p),
            parameterNotes: [p.grid.note] + RecastCurveOutput.parameterNotes(p))
    }
}
