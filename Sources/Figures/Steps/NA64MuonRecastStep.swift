import Foundation
import Physics
import BuildEngine
import DataFormats

/// `recast-na64mu`: the NA64-μ missing-momentum bound on g(m_Z′) (docs/PHYSICS.md §12, `NA64MuonRecast`).
///
/// Outputs `table` (m_GeV, g_limit) and `dataset.csv` (the same curve as an external-limit dataset,
/// its parameters in the header notes). The 2022 run and the 10¹¹ MOT projection are two steps of
/// this kind that differ in `muons_on_target` and `projection`.
struct NA64MuonRecastStep: StepKind {
    /// The recast's assumptions; defaults are `NA64MuonParameters.run2022` on the default recast grid.
    struct Parameters: ParameterSet {
        var mass_min_GeV: Double = Parameters.grid.massMinimumGeV
        var mass_max_GeV: Double = Parameters.grid.massMaximumGeV
        var points_per_decade: Int = Parameters.grid.pointsPerDecade
        var beam_energy_GeV: Double = Parameters.standard.beamEnergyGeV
        var muons_on_target: Double = Parameters.standard.muonsOnTarget
        var efficiency: Double = Parameters.standardEfficiency.constant
        var efficiency_table_masses_GeV: [Double] = Parameters.standardEfficiency.masses
        var efficiency_table_values: [Double] = Parameters.standardEfficiency.values
        var lead_radiation_lengths: Double = Parameters.standard.leadRadiationLengths
        var min_energy_fraction: Double = Parameters.standard.minimumEnergyFraction
        var upper_limit_events: Double = Parameters.standard.upperLimitEvents
        var projection: Bool = false
        var alpha_dark: Double?
        var mass_ratio: Double = 3
        var upper_limit_method: String = "fixed"
        var background_events: Double = SignalUncertaintyBudget.na64MuonBackground.events
        var background_uncertainty: Double = SignalUncertaintyBudget.na64MuonBackground.uncertainty
        var signal_uncertainties: [Double] = [0.01, 0.02, 0.024, 0.014, 0.01, 0.04, 0.05]
        var likelihood_toys: Int = 20000

        private static let standard = NA64MuonParameters.run2022, grid = RecastMassGridParameters()
        /// The standard efficiency as the keys spell it: a constant, or a table (whose first value stands as the constant).
        private static let standardEfficiency: (constant: Double, masses: [Double], values: [Double]) = {
            switch standard.efficiency {
            case .constant(let value): (value, [], [])
            case .table(let masses, let values): (values.first ?? 0, masses, values)
            }
        }()
        static let defaults = Parameters()
        static let parameterDocs: [ParameterDoc] = [
            ParameterDoc("mass_min_GeV", unit: "GeV", "lightest mass of the logarithmic grid"),
            ParameterDoc("mass_max_GeV", unit: "GeV", "heaviest mass of the logarithmic grid"),
            ParameterDoc("points_per_decade", unit: "1", "logarithmic density of the grid (both ends included)"),
            ParameterDoc("beam_energy_GeV", unit: "GeV", "μ⁻ beam energy"),
            ParameterDoc("muons_on_target", unit: "1", "muons on target (the 2022 run; 10¹¹ for the projection)"),
            ParameterDoc(
                "efficiency", unit: "1",
                "constant signal efficiency, used unless a table is given (the letter quotes a peak near 12 % for 100 MeV–1 GeV)"),
            ParameterDoc(
                "efficiency_table_masses_GeV", unit: "GeV",
                "efficiency table: masses, strictly increasing (linear in m, clamped outside); [] for none"),
            ParameterDoc("efficiency_table_values", unit: "1", "efficiency table: the efficiencies at those masses, in [0, 1]"),
            ParameterDoc("lead_radiation_lengths", unit: "X₀", "the Pb/Sc ECAL counted as this much lead"),
            ParameterDoc("min_energy_fraction", unit: "1", "signal region x = E_Z′/E₀ above this"),
            ParameterDoc("upper_limit_events", unit: "1", "N_up, the upper limit on signal events (2.3: none observed, 90 % CL)"),
            ParameterDoc("projection", "a projection (no data analysed); said so in the dataset header"),
            .optional(
                "alpha_dark", unit: "1", "dark scenario: α_D of Z′ → χχ̄, so that BR_inv includes it (iterated in g)",
                whenAbsent: "the vanilla model, g_D = 0"),
            ParameterDoc("mass_ratio", unit: "1", "m_Z′/m_χ of the dark scenario, > 2"),
            ParameterDoc(
                "upper_limit_method",
                "`fixed` (N_up = upper_limit_events) or `profile-likelihood` (zero observed events, the background and "
                    + "signal uncertainties below, one-sided q̃_μ with toys, CL_s at 90 %: the 2024 letter's procedure)"),
            ParameterDoc("background_events", unit: "events", "profile likelihood: expected background B (letter: 0.07)"),
            ParameterDoc("background_uncertainty", unit: "events", "profile likelihood: its uncertainty (letter: 0.03)"),
            ParameterDoc(
                "signal_uncertainties", unit: "1",
                "profile likelihood: relative signal uncertainties added in quadrature (letter: MOT 1 %, cross section 2 %, "
                    + "2.4 %, 1.4 %, Pb purity 1 %, efficiency 4 % and 5 %)"),
            ParameterDoc("likelihood_toys", unit: "1", "profile likelihood: toy experiments per p-value (seed fixed: deterministic)")
        ]

        /// The mass grid.
        var grid: RecastMassGridParameters {
            RecastMassGridParameters(massMinimumGeV: mass_min_GeV, massMaximumGeV: mass_max_GeV, pointsPerDecade: points_per_decade)
        }

        /// The efficiency: the table if one is given, else the constant.
        var signalEfficiency: MuonSignalEfficiency {
            efficiency_table_masses_GeV.isEmpty
                ? .constant(efficiency) : .table(massesGeV: efficiency_table_masses_GeV, efficiencies: efficiency_table_values)
        }

        /// The Physics parameters these keys spell out.
        var physics: NA64MuonParameters {
            NA64MuonParameters(
                beamEnergyGeV: beam_energy_GeV, muonsOnTarget: muons_on_target, efficiency: signalEfficiency,
                leadRadiationLengths: lead_radiation_lengths, minimumEnergyFraction: min_energy_fraction,
                upperLimitEvents: upper_limit_events,
                darkSector: alpha_dark.map { ZPrimeModel.DarkSector(alphaDark: $0, massRatio: mass_ratio) })
        }
    }

    static let name = "recast-na64mu"
    static let summary = "NA64-μ missing-momentum limit on g(m_Z′), as a table and a dataset file (PHYSICS.md §12)"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs: [String] = []

    static func validate(_ p: Parameters) -> String? {
        if let problem = p.grid.problem { return problem }
        for (key, value) in [
            ("beam_energy_GeV", p.beam_energy_GeV), ("muons_on_target", p.muons_on_target),
            ("lead_radiation_lengths", p.lead_radiation_lengths),
            ("upper_limit_events", p.upper_limit_events)
        ] where !(value > 0 && value.isFinite) {
            return "\(key): expected a positive number, found \(value)"
        }
        if !(p.min_energy_fraction > 0 && p.min_energy_fraction < 1) {
            return "min_energy_fraction: expected a value between 0 and 1, found \(p.min_energy_fraction)"
        }
        if let alpha = p.alpha_dark, !(alpha > 0 && alpha.isFinite) { return "alpha_dark: expected a positive number, found \(alpha)" }
        if !(p.mass_ratio > 2 && p.mass_ratio.isFinite) {
            return "mass_ratio: expected m_Z'/m_chi > 2 (so that Z' -> chi chi is open), found \(p.mass_ratio)"
        }
        if p.upper_limit_method != "fixed" && p.upper_limit_method != "profile-likelihood" {
            return "upper_limit_method: expected 'fixed' or 'profile-likelihood', found '\(p.upper_limit_method)'"
        }
        if !(p.background_events >= 0 && p.background_uncertainty >= 0 && p.background_events.isFinite) {
            return "background_events, background_uncertainty: expected non-negative numbers"
        }
        if let bad = p.signal_uncertainties.first(where: { !($0 >= 0 && $0 < 1) }) {
            return "signal_uncertainties: expected relative uncertainties in [0, 1), found \(bad)"
        }
        if p.likelihood_toys < 100 || p.likelihood_toys > 10_000_000 { return "likelihood_toys: expected 100 to 10000000" }
        if !(p.efficiency > 0 && p.efficiency <= 1) { return "efficiency: expected a value in (0, 1], found \(p.efficiency)" }
        let masses = p.efficiency_table_masses_GeV, values = p.efficiency_table_values
        if masses.count != values.count {
            return
                "efficiency_table_masses_GeV has \(masses.count) entries and efficiency_table_values \(values.count); expected the same "
                + "number"
        }
        if !masses.isEmpty {
            if masses.count < 2 { return "efficiency_table_masses_GeV: expected at least 2 masses, found \(masses.count)" }
            if !zip(masses, masses.dropFirst()).allSatisfy({ $0 < $1 }) || !(masses[0] > 0) {
                return "efficiency_table_masses_GeV: expected positive, strictly increasing masses"
            }
            if let bad = values.first(where: { !($0 >= 0 && $0 <= 1) }) {
                return "efficiency_table_values: expected efficiencies in [0, 1], found \(bad)"
            }
        }
        return nil
    }

    /// Where the numbers come from and what they assume.
    static func provenance(_ p: Parameters) -> RecastProvenance {
        // Zero observed events: N_up is the Poisson mean excluded at CL = 1 − e^(−N_up) (2.3 → 90 %).
        var notes = [
            p.alpha_dark.map {
                "dark scenario: Z' -> invisible (nu nu and chi chi) with alpha_D = \($0), m_Z'/m_chi = \(p.mass_ratio), BR_inv iterated "
                    + "with g; all production put on lead; muon energy loss in the target neglected"
            }
                ?? "Z' -> invisible with the vanilla branching ratio (g_D = 0); all production put on lead; muon energy loss in the "
                + "target neglected",
            "Weizsaecker-Williams with the full muon-mass 2->2 amplitude of mu gamma -> mu Z' and angle-dependent t_min",
            p.efficiency_table_masses_GeV.isEmpty
                ? "signal efficiency: constant \(p.efficiency) (the letter quotes a peak near 12% for 100 MeV-1 GeV; no curve is published)"
                : "signal efficiency: a table of \(p.efficiency_table_masses_GeV.count) masses, interpolated linearly in mass"
        ]
        if p.upper_limit_method == "profile-likelihood" {
            notes.append(
                "N_up from the one-sided profile likelihood (CLs, 90%, toys), B = \(p.background_events) +- \(p.background_uncertainty), "
                    + "signal uncertainties \(p.signal_uncertainties) in quadrature")
        }
        if p.projection {
            notes.insert(
                "a projection for \(String(format: "%.3g", p.muons_on_target)) muons on target, background-free: not a result of "
                    + "analysed data",
                at: 0)
        }
        return RecastProvenance(
            experiment: "NA64",
            paperTitle: "Exploration of the muon g-2 and light dark matter explanations in NA64 with the CERN SPS high energy muon beam",
            paperArXiv: "2401.01708", paperDOI: "10.1103/PhysRevLett.132.211803", paperReference: "Phys. Rev. Lett. 132 (2024) 211803",
            model: p.alpha_dark == nil ? .lMuLTauVanilla : .lMuLTauDark,
            confidenceLevel: p.upper_limit_method == "fixed"
                ? RecastCurveOutput.percentText(probability: 1 - exp(-p.upper_limit_events)) : "90%",
            method: (p.projection ? "projected " : "")
                + "NA64-mu missing-momentum limit, mu N -> mu N Z' on \(p.lead_radiation_lengths) X0 of lead (PHYSICS.md section 12)",
            notes: notes)
    }

    /// What `run` writes, for the load-time check of the figures' columns.
    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        RecastCurveOutput.declaredOutputs
    }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let masses = p.grid.massesGeV
        var physics = p.physics
        if p.upper_limit_method == "profile-likelihood" { physics.upperLimitEvents = try profileLikelihoodUpperLimit(p) }
        let recast = NA64MuonRecast(parameters: physics)
        // Each mass is a separate two-dimensional integral: report per mass.
        var limits: [Double?] = []
        limits.reserveCapacity(masses.count)
        for (index, mass) in masses.enumerated() {
            limits.append(recast.couplingLimit(massGeV: mass))
            context.reportProgress(index + 1, masses.count)
        }
        let curve = CouplingLimitCurve(massesGeV: masses, couplingLimits: limits)
        var provenance = provenance(p)
        if p.upper_limit_method == "profile-likelihood" {
            provenance.notes.append(
                "N_up = \(String(format: "%.4f", physics.upperLimitEvents)) signal events (upper_limit_events is not used)")
        }
        return try RecastCurveOutput.artifacts(
            curve: curve, stepName: context.stepName, kindName: name, provenance: provenance,
            parameterNotes: [p.grid.note] + RecastCurveOutput.parameterNotes(p))
    }
}
