import Foundation
import Physics
import BuildEngine
import DataFormats

/// `recast-na64mu`: the NA64-μ missing-momentum bound on g(m_Z′) (PHYSICS.md §12, `NA64MuonRecast`).
///
/// Outputs `table` (m_GeV, g_limit) and `dataset.csv` (the same curve as an external-limit dataset,
/// its parameters in the header notes). The 2022 run and the 10¹¹ MOT projection are two steps of
/// this kind that differ in `muons_on_target` and `projection`.
struct NA64MuonRecastStep: StepKind {
    /// The recast's assumptions; defaults are `NA64MuonParameters.run2022`.
    struct Parameters: Codable, Sendable {
        var mass_min_GeV: Double
        var mass_max_GeV: Double
        var points_per_decade: Int
        /// Muon beam energy [GeV].
        var beam_energy_GeV: Double
        var muons_on_target: Double
        /// Constant signal efficiency, used unless a table is given.
        var efficiency: Double
        /// Efficiency table: masses [GeV] (ascending) and efficiencies, interpolated linearly, clamped outside.
        var efficiency_table_masses_GeV: [Double]
        var efficiency_table_values: [Double]
        /// Target thickness in lead radiation lengths.
        var lead_radiation_lengths: Double
        /// Signal region x = E_Z′/E₀ above this.
        var min_energy_fraction: Double
        /// Upper limit on the signal events (2.3: none observed, 90 % CL).
        var upper_limit_events: Double
        /// True for a projection (no data analysed); said so in the dataset header.
        var projection: Bool
        /// Dark scenario: α_D of Z′ → χχ̄ (absent: vanilla, g_D = 0), which sets BR_inv.
        var alpha_dark: Double?
        /// m_Z′/m_χ of the dark scenario.
        var mass_ratio: Double

        init() {
            let grid = RecastMassGridParameters(), standard = NA64MuonParameters.run2022
            mass_min_GeV = grid.massMinimumGeV
            mass_max_GeV = grid.massMaximumGeV
            points_per_decade = grid.pointsPerDecade
            beam_energy_GeV = standard.beamEnergyGeV
            muons_on_target = standard.muonsOnTarget
            switch standard.efficiency {
            case .constant(let value):
                efficiency = value
                efficiency_table_masses_GeV = []
                efficiency_table_values = []
            case .table(let masses, let values):
                efficiency = values.first ?? 0
                efficiency_table_masses_GeV = masses
                efficiency_table_values = values
            }
            lead_radiation_lengths = standard.leadRadiationLengths
            min_energy_fraction = standard.minimumEnergyFraction
            upper_limit_events = standard.upperLimitEvents
            projection = false
            alpha_dark = nil
            mass_ratio = 3
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let d = Parameters()
            mass_min_GeV = try c.decodeIfPresent(Double.self, forKey: .mass_min_GeV) ?? d.mass_min_GeV
            mass_max_GeV = try c.decodeIfPresent(Double.self, forKey: .mass_max_GeV) ?? d.mass_max_GeV
            points_per_decade = try c.decodeIfPresent(Int.self, forKey: .points_per_decade) ?? d.points_per_decade
            beam_energy_GeV = try c.decodeIfPresent(Double.self, forKey: .beam_energy_GeV) ?? d.beam_energy_GeV
            muons_on_target = try c.decodeIfPresent(Double.self, forKey: .muons_on_target) ?? d.muons_on_target
            efficiency = try c.decodeIfPresent(Double.self, forKey: .efficiency) ?? d.efficiency
            efficiency_table_masses_GeV = try c.decodeIfPresent([Double].self, forKey: .efficiency_table_masses_GeV) ?? d.efficiency_table_masses_GeV
            efficiency_table_values = try c.decodeIfPresent([Double].self, forKey: .efficiency_table_values) ?? d.efficiency_table_values
            lead_radiation_lengths = try c.decodeIfPresent(Double.self, forKey: .lead_radiation_lengths) ?? d.lead_radiation_lengths
            min_energy_fraction = try c.decodeIfPresent(Double.self, forKey: .min_energy_fraction) ?? d.min_energy_fraction
            upper_limit_events = try c.decodeIfPresent(Double.self, forKey: .upper_limit_events) ?? d.upper_limit_events
            projection = try c.decodeIfPresent(Bool.self, forKey: .projection) ?? d.projection
            alpha_dark = try c.decodeIfPresent(Double.self, forKey: .alpha_dark)
            mass_ratio = try c.decodeIfPresent(Double.self, forKey: .mass_ratio) ?? d.mass_ratio
        }

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
            NA64MuonParameters(beamEnergyGeV: beam_energy_GeV, muonsOnTarget: muons_on_target, efficiency: signalEfficiency,
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
        for (key, value) in [("beam_energy_GeV", p.beam_energy_GeV), ("muons_on_target", p.muons_on_target),
                             ("lead_radiation_lengths", p.lead_radiation_lengths),
                             ("upper_limit_events", p.upper_limit_events)] where !(value > 0 && value.isFinite) {
            return "\(key): expected a positive number, found \(value)"
        }
        if !(p.min_energy_fraction > 0 && p.min_energy_fraction < 1) {
            return "min_energy_fraction: expected a value between 0 and 1, found \(p.min_energy_fraction)"
        }
        if let alpha = p.alpha_dark, !(alpha > 0 && alpha.isFinite) { return "alpha_dark: expected a positive number, found \(alpha)" }
        if !(p.mass_ratio > 2 && p.mass_ratio.isFinite) {
            return "mass_ratio: expected m_Z'/m_chi > 2 (so that Z' -> chi chi is open), found \(p.mass_ratio)"
        }
        if !(p.efficiency > 0 && p.efficiency <= 1) { return "efficiency: expected a value in (0, 1], found \(p.efficiency)" }
        let masses = p.efficiency_table_masses_GeV, values = p.efficiency_table_values
        if masses.count != values.count {
            return "efficiency_table_masses_GeV has \(masses.count) entries and efficiency_table_values \(values.count); expected the same number"
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
            p.alpha_dark.map { "dark scenario: Z' -> invisible (nu nu and chi chi) with alpha_D = \($0), m_Z'/m_chi = \(p.mass_ratio), BR_inv iterated with g; all production put on lead; muon energy loss in the target neglected" }
                ?? "Z' -> invisible with the vanilla branching ratio (g_D = 0); all production put on lead; muon energy loss in the target neglected",
            "Weizsaecker-Williams with the full muon-mass 2->2 amplitude of mu gamma -> mu Z' and angle-dependent t_min",
            p.efficiency_table_masses_GeV.isEmpty
                ? "signal efficiency: constant \(p.efficiency) (the letter quotes a peak near 12% for 100 MeV-1 GeV; no curve is published)"
                : "signal efficiency: a table of \(p.efficiency_table_masses_GeV.count) masses, interpolated linearly in mass",
        ]
        if p.projection {
            notes.insert("a projection for \(String(format: "%.3g", p.muons_on_target)) muons on target, background-free: not a result of analysed data", at: 0)
        }
        return RecastProvenance(
            experiment: "NA64",
            paperTitle: "Exploration of the muon g-2 and light dark matter explanations in NA64 with the CERN SPS high energy muon beam",
            paperArXiv: "2401.01708", paperDOI: "10.1103/PhysRevLett.132.211803", paperReference: "Phys. Rev. Lett. 132 (2024) 211803",
            model: p.alpha_dark == nil ? .lMuLTauVanilla : .lMuLTauDark,
            confidenceLevel: RecastCurveOutput.percentText(probability: 1 - exp(-p.upper_limit_events)),
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
        let recast = NA64MuonRecast(parameters: p.physics)
        // Each mass is a separate two-dimensional integral: report per mass.
        var limits: [Double?] = []
        limits.reserveCapacity(masses.count)
        for (index, mass) in masses.enumerated() {
            limits.append(recast.couplingLimit(massGeV: mass))
            context.reportProgress(index + 1, masses.count)
        }
        let curve = CouplingLimitCurve(massesGeV: masses, couplingLimits: limits)
        return try RecastCurveOutput.artifacts(
            curve: curve, stepName: context.stepName, kindName: name, provenance: provenance(p),
            parameterNotes: [p.grid.note] + RecastCurveOutput.parameterNotes(p))
    }
}
