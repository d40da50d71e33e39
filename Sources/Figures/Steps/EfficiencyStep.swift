import Foundation
import Physics
import BuildEngine
import DataFormats

/// `efficiency`: the downstream signal efficiency η_down(E_F) of PHYSICS.md §9 on an E_F grid
/// from 0 to E₀, dense around the step at E_F = E₀ − E_thr.
///
/// Output `table`: `energy_GeV` (E_F) and `efficiency` (η_down, the plateau included, κ not).
struct EfficiencyStep: StepKind {
    struct Parameters: Codable, Sendable {
        /// ECAL threshold E_thr [GeV].
        var threshold_GeV: Double = 50
        /// Beam energy E₀ [GeV].
        var beam_energy_GeV: Double = 100
        /// Stochastic resolution term a in σ/E = a/√E [fraction·√GeV] (0.10 is 10 %/√E).
        var stochastic_term_sqrt_GeV: Double = 0.10
        /// Constant resolution term b [fraction].
        var constant_term: Double = 0.04
        /// `quadrature` (a/√E ⊕ b) or `linear` (a/√E + b, as the papers write it).
        var combination: ResolutionCombination = .quadrature
        /// The plateau η_max.
        var plateau: Double = 1
        /// Points of the uniform grid over [0, E₀].
        var points: Int = 201
        /// Extra points inside ± `dense_width_sigmas` σ of E₀ − E_thr, where η rises.
        var dense_points: Int = 200
        /// Half-width of the dense region in units of σ(E_thr).
        var dense_width_sigmas: Double = 5

        init() {}
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let d = Parameters()
            threshold_GeV = try c.decodeIfPresent(Double.self, forKey: .threshold_GeV) ?? d.threshold_GeV
            beam_energy_GeV = try c.decodeIfPresent(Double.self, forKey: .beam_energy_GeV) ?? d.beam_energy_GeV
            stochastic_term_sqrt_GeV = try c.decodeIfPresent(Double.self, forKey: .stochastic_term_sqrt_GeV) ?? d.stochastic_term_sqrt_GeV
            constant_term = try c.decodeIfPresent(Double.self, forKey: .constant_term) ?? d.constant_term
            combination = try c.decodeIfPresent(ResolutionCombination.self, forKey: .combination) ?? d.combination
            plateau = try c.decodeIfPresent(Double.self, forKey: .plateau) ?? d.plateau
            points = try c.decodeIfPresent(Int.self, forKey: .points) ?? d.points
            dense_points = try c.decodeIfPresent(Int.self, forKey: .dense_points) ?? d.dense_points
            dense_width_sigmas = try c.decodeIfPresent(Double.self, forKey: .dense_width_sigmas) ?? d.dense_width_sigmas
        }

        /// The efficiency model these parameters describe.
        var model: SignalEfficiency {
            SignalEfficiency(beamEnergyGeV: beam_energy_GeV, thresholdGeV: threshold_GeV, maximumEfficiency: plateau,
                             resolution: CalorimeterResolution(stochasticTerm: stochastic_term_sqrt_GeV,
                                                               constantTerm: constant_term, combination: combination))
        }
    }

    static let name = "efficiency"
    static let summary = "downstream signal efficiency η(E_F) of the ECAL threshold (PHYSICS.md §9)"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs: [String] = []

    static func validate(_ p: Parameters) -> String? {
        if !(p.beam_energy_GeV > 0 && p.beam_energy_GeV.isFinite) { return "beam_energy_GeV: expected a positive number" }
        if !(p.threshold_GeV > 0 && p.threshold_GeV < p.beam_energy_GeV) { return "threshold_GeV: expected between 0 and beam_energy_GeV" }
        if !(p.stochastic_term_sqrt_GeV >= 0 && p.constant_term >= 0) { return "resolution terms must be ≥ 0" }
        if p.stochastic_term_sqrt_GeV == 0 && p.constant_term == 0 { return "resolution terms are both 0: the efficiency would be a bare step" }
        if !(p.plateau > 0 && p.plateau <= 1) { return "plateau: expected in (0, 1]" }
        if p.points < 2 || p.points > 1_000_000 { return "points: expected 2 to 1000000" }
        if p.dense_points < 0 || p.dense_points > 1_000_000 { return "dense_points: expected 0 to 1000000" }
        if !(p.dense_width_sigmas > 0) { return "dense_width_sigmas: expected a positive number" }
        return nil
    }

    /// What `run` writes, for the load-time check of the figures' columns.
    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        .table(columns: EfficiencyTable.columnNames)
    }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let model = p.model
        let beam = p.beam_energy_GeV
        let grid = model.energyGridGeV(points: p.points, densePoints: p.dense_points, denseWidthSigmas: p.dense_width_sigmas)
        let table = EfficiencyTable(energiesGeV: grid, efficiencies: grid.map { model.efficiency(zPrimeEnergyGeV: $0) }, metadata: [
            ("beam_energy_GeV", canonicalNumber(beam)), ("threshold_GeV", canonicalNumber(p.threshold_GeV)),
            ("resolution", "\(canonicalNumber(p.stochastic_term_sqrt_GeV))/sqrt(E) \(p.combination.rawValue) "
                + canonicalNumber(p.constant_term)),
            ("plateau", canonicalNumber(p.plateau)),
        ])
        return [Artifact(name: "table", data: try table.encoded())]
    }
}
