import Foundation
import Physics
import BuildEngine
import DataFormats

/// `efficiency`: the downstream signal efficiency η_down(E_F) of docs/PHYSICS.md §9 on an E_F grid
/// from 0 to E₀, dense around the step at E_F = E₀ − E_thr.
///
/// Output `table`: `energy_GeV` (E_F) and `efficiency` (η_down, the plateau included, κ not).
struct EfficiencyStep: StepKind {
    struct Parameters: ParameterSet {
        var threshold_GeV: Double = 50
        var beam_energy_GeV: Double = 100
        var stochastic_term_sqrt_GeV: Double = 0.10
        var constant_term: Double = 0.04
        var combination: ResolutionCombination = .quadrature
        var plateau: Double = 1
        var points: Int = 201
        var dense_points: Int = 200
        var dense_width_sigmas: Double = 5

        static let defaults = Parameters()
        static let parameterDocs: [ParameterDoc] = [
            ParameterDoc("threshold_GeV", unit: "GeV", "ECAL threshold E_thr, between 0 and E₀"),
            ParameterDoc("beam_energy_GeV", unit: "GeV", "beam energy E₀"),
            ParameterDoc("stochastic_term_sqrt_GeV", unit: "√GeV", "a in σ/E = a/√E (0.10 is 10 %/√E)"),
            ParameterDoc("constant_term", unit: "1", "b, the constant term of σ/E"),
            ParameterDoc("combination", "`quadrature` (a/√E ⊕ b) or `linear` (a/√E + b, as the papers write it)"),
            ParameterDoc("plateau", unit: "1", "the plateau η_max, in (0, 1]"),
            ParameterDoc("points", unit: "1", "points of the uniform E_F grid over [0, E₀]"),
            ParameterDoc("dense_points", unit: "1", "extra points within ± `dense_width_sigmas` σ(E_thr) of E₀ − E_thr, where η rises"),
            ParameterDoc("dense_width_sigmas", unit: "σ", "half-width of the dense region in units of σ(E_thr)")
        ]

        /// The efficiency model these parameters describe.
        var model: SignalEfficiency {
            SignalEfficiency(
                beamEnergyGeV: beam_energy_GeV, thresholdGeV: threshold_GeV, maximumEfficiency: plateau,
                resolution: CalorimeterResolution(
                    stochasticTerm: stochastic_term_sqrt_GeV,
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
        if p.stochastic_term_sqrt_GeV == 0 && p.constant_term == 0 {
            return "resolution terms are both 0: the efficiency would be a bare step"
        }
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
        let table = EfficiencyTable(
            energiesGeV: grid, efficiencies: grid.map { model.efficiency(zPrimeEnergyGeV: $0) },
            metadata: [
                ("beam_energy_GeV", canonicalNumber(beam)), ("threshold_GeV", canonicalNumber(p.threshold_GeV)),
                (
                    "resolution",
                    "\(canonicalNumber(p.stochastic_term_sqrt_GeV))/sqrt(E) \(p.combination.rawValue) "
                        + canonicalNumber(p.constant_term)
                ),
                ("plateau", canonicalNumber(p.plateau)),
                // The model's parameters one by one, for the limits step's threshold sampling (it recomputes η from them).
                ("stochastic_term_sqrt_GeV", canonicalNumber(p.stochastic_term_sqrt_GeV)),
                ("constant_term", canonicalNumber(p.constant_term)), ("combination", p.combination.rawValue)
            ])
        return [Artifact(name: "table", data: try table.encoded())]
    }
}
