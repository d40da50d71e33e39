import Foundation
import Physics
import BuildEngine
import DataFormats

/// `muon-g2-band`: the (m_Z′, g) band where the Z′ loop explains Δa_μ within ±kσ (docs/PHYSICS.md §3).
///
/// Output `table`: `m_GeV`, `g_lower` (δa_μ = Δa_μ − kσ; 0 where that is ≤ 0) and `g_upper`
/// (δa_μ = Δa_μ + kσ) on a logarithmic mass grid. `discrepancy` selects the Δa_μ ± σ the papers drew
/// (`2024`: (249 ± 48)×10⁻¹¹, `2022`: (251 ± 59)×10⁻¹¹); `delta_a_mu` and `sigma_a_mu`, when given, override it
/// for newer evaluations.
struct MuonG2BandStep: StepKind {
    struct Parameters: ParameterSet {
        var discrepancy: MuonAnomalyDiscrepancyChoice = .letters2024
        var delta_a_mu: Double?
        var sigma_a_mu: Double?
        var standard_deviations: Double = 2
        var mass_min_GeV: Double = 1e-3
        var mass_max_GeV: Double = 1
        var points: Int = 400

        static let defaults = Parameters()
        static let parameterDocs: [ParameterDoc] = [
            ParameterDoc(
                "discrepancy",
                "the Δa_μ ± σ the band explains: `2024` (the 2024 letters: a_μ(Exp) 116 592 059(22) − a_μ(SM) 116 591 810(43), "
                    + "(249 ± 48)×10⁻¹¹) or `2022` (the 2022 paper: (251 ± 59)×10⁻¹¹)"),
            .optional("delta_a_mu", unit: "1", "the anomaly Δa_μ to explain, overriding `discrepancy`'s", whenAbsent: "`discrepancy`'s"),
            .optional(
                "sigma_a_mu", unit: "1", "its one-standard-deviation uncertainty σ, > 0, overriding `discrepancy`'s",
                whenAbsent: "`discrepancy`'s"),
            ParameterDoc("standard_deviations", unit: "σ", "k, the band's half-width in units of σ (papers: 2)"),
            ParameterDoc("mass_min_GeV", unit: "GeV", "lower end of the logarithmic mass grid"),
            ParameterDoc("mass_max_GeV", unit: "GeV", "upper end of the logarithmic mass grid"),
            ParameterDoc("points", unit: "1", "points of the logarithmic mass grid")
        ]
    }

    static let name = "muon-g2-band"
    static let summary = "band in (m_Z′, g) explaining Δa_μ ± kσ (PHYSICS.md §3)"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs: [String] = []

    /// Δa_μ ± σ: the chosen inputs, with `delta_a_mu` and `sigma_a_mu` overriding them when given.
    static func discrepancy(_ p: Parameters) -> MuonAnomalyDiscrepancy {
        let chosen = p.discrepancy.discrepancy
        return MuonAnomalyDiscrepancy(value: p.delta_a_mu ?? chosen.value, uncertainty: p.sigma_a_mu ?? chosen.uncertainty)
    }

    static func validate(_ p: Parameters) -> String? {
        if let value = p.delta_a_mu, !value.isFinite { return "delta_a_mu: expected a finite number" }
        if let sigma = p.sigma_a_mu, !(sigma > 0 && sigma.isFinite) { return "sigma_a_mu: expected a positive uncertainty" }
        let d = discrepancy(p)
        if !(p.standard_deviations > 0 && p.standard_deviations.isFinite) { return "standard_deviations: expected a positive number" }
        // Without a positive upper edge the band is empty: the Z′ contribution δa_μ is always positive.
        if !(d.value + p.standard_deviations * d.uncertainty > 0) {
            return "the band is empty: delta_a_mu + standard_deviations * sigma_a_mu must be positive (the Z' adds a positive delta a_mu)"
        }
        if let problem = massRangeProblem(p.mass_min_GeV, p.mass_max_GeV) { return problem }
        if p.points < 2 || p.points > 1_000_000 { return "points: expected 2 to 1000000" }
        return nil
    }

    /// What `run` writes, for the load-time check of the figures' columns.
    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        .table(columns: MuonG2BandTable.columnNames)
    }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let d = discrepancy(p)
        let anomaly = MuonAnomaly(discrepancy: d, standardDeviations: p.standard_deviations)
        let masses = LogarithmicGrid(from: p.mass_min_GeV, to: p.mass_max_GeV, count: p.points).points
        let edges = masses.map { anomaly.band(massGeV: $0) }
        let table = MuonG2BandTable(
            massesGeV: masses, lowerCouplings: edges.map { $0.lower }, upperCouplings: edges.map { $0.upper },
            metadata: [
                ("discrepancy", p.discrepancy.rawValue),
                ("delta_a_mu", canonicalNumber(d.value)),
                ("sigma_a_mu", canonicalNumber(d.uncertainty)),
                ("standard_deviations", canonicalNumber(p.standard_deviations)),
                ("origin", "computed by this project: delta a_mu = (g^2/8 pi^2) F(m/m_mu), PHYSICS.md section 3")
            ])
        return [Artifact(name: "table", data: try table.encoded())]
    }
}
