import Foundation
import Physics
import BuildEngine
import DataFormats

/// `thermal-target`: the coupling g(m_Z′) giving the observed relic density for complex-scalar dark
/// matter annihilating through the Z′ (docs/PHYSICS.md §4).
///
/// Output `table`: `m_GeV`, `g` on a logarithmic mass grid, from
/// g_D² g² (m_χ/m_Z′)⁴ = f · 3×10⁻¹⁵ (m_χ/1 MeV)² with g_D² = 4πα_D and m_χ = m_Z′/mass_ratio.
struct ThermalTargetStep: StepKind {
    struct Parameters: ParameterSet {
        var alpha_dark: Double
        var mass_ratio: Double = 3
        var factor: Double = 1
        var mass_min_GeV: Double = 1e-3
        var mass_max_GeV: Double = 1
        var points: Int = 200
        var method: String = "formula"
        var dark_matter: String = DarkMatterKind.complexScalar.rawValue
        var steps: Int = 2000

        init(alphaDark: Double) { alpha_dark = alphaDark }

        /// `alpha_dark` is required: its value here is a placeholder that is never used.
        static let defaults = Parameters(alphaDark: 0.1)
        static let parameterDocs: [ParameterDoc] = [
            .required("alpha_dark", unit: "1", "α_D = g_D²/4π, in (0, 1] (papers: 0.1 or 0.02)"),
            ParameterDoc("mass_ratio", unit: "1", "m_Z′/m_χ (papers: 3)"),
            ParameterDoc("factor", unit: "1", "the order-one factor f of the relic condition (1 for a complex scalar)"),
            ParameterDoc("mass_min_GeV", unit: "GeV", "lower end of the logarithmic mass grid"),
            ParameterDoc("mass_max_GeV", unit: "GeV", "upper end of the logarithmic mass grid"),
            ParameterDoc("points", unit: "1", "points of the logarithmic mass grid"),
            ParameterDoc(
                "method",
                "`formula` (the relic condition above, the letter's Eq. 2) or `boltzmann` (Ω h² = 0.12 from the Boltzmann "
                    + "equation, PHYSICS.md §14; needs the input `degrees-of-freedom`; `factor` is then unused)"),
            ParameterDoc("dark_matter", "boltzmann: complex-scalar, pseudo-dirac or majorana"),
            ParameterDoc("steps", unit: "1", "boltzmann: BDF2 steps of the Boltzmann equation")
        ]
    }

    static let name = "thermal-target"
    static let summary = "relic-density target g(m_Z′) for complex-scalar dark matter (PHYSICS.md §4)"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs: [String] = []
    static let optionalInputs = ["degrees-of-freedom"]

    static func validate(_ p: Parameters) -> String? {
        // α_D ≤ 1 keeps the dark coupling perturbative, as the relic formula of §4 assumes.
        if !(p.alpha_dark > 0 && p.alpha_dark <= 1) {
            return "alpha_dark: expected a value in (0, 1], found \(canonicalNumber(p.alpha_dark))"
        }
        if !(p.mass_ratio > 0 && p.mass_ratio.isFinite) { return "mass_ratio: expected a positive m_Z'/m_chi" }
        if !(p.factor > 0 && p.factor.isFinite) { return "factor: expected a positive number" }
        if let problem = massRangeProblem(p.mass_min_GeV, p.mass_max_GeV) { return problem }
        if p.points < 2 || p.points > 1_000_000 { return "points: expected 2 to 1000000" }
        if p.method != "formula" && p.method != "boltzmann" { return "method: expected 'formula' or 'boltzmann', found '\(p.method)'" }
        if DarkMatterKind(rawValue: p.dark_matter) == nil {
            return "dark_matter: expected complex-scalar, pseudo-dirac or majorana, found '\(p.dark_matter)'"
        }
        if p.method == "boltzmann" && !(p.mass_ratio > 2) { return "mass_ratio: the boltzmann method needs m_Z'/m_chi > 2" }
        if p.steps < 50 || p.steps > 1_000_000 { return "steps: expected 50 to 1000000" }
        return nil
    }

    /// What `run` writes, for the load-time check of the figures' columns.
    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        .table(columns: ThermalTargetTable.columnNames)
    }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        if p.method == "boltzmann" { return try runBoltzmann(p, inputs: inputs, context: context) }
        let target = ThermalTarget(alphaDark: p.alpha_dark, massRatio: p.mass_ratio, factor: p.factor)
        let masses = LogarithmicGrid(from: p.mass_min_GeV, to: p.mass_max_GeV, count: p.points).points
        let table = ThermalTargetTable(
            massesGeV: masses, couplings: masses.map { target.coupling(massGeV: $0) },
            metadata: [
                ("alpha_dark", canonicalNumber(p.alpha_dark)),
                ("mass_ratio", canonicalNumber(p.mass_ratio)),
                ("factor", canonicalNumber(p.factor)),
                ("origin", "computed by this project: complex-scalar relic condition, PHYSICS.md section 4")
            ])
        return [Artifact(name: "table", data: try table.encoded())]
    }

    /// The `boltzmann` method: g(m_Z′) with Ω h² = 0.12 for m_χ = m_Z′/mass_ratio and g_χ = √(4πα_D).
    static func runBoltzmann(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        guard inputs.artifacts["degrees-of-freedom"] != nil else {
            throw StepFailure("method 'boltzmann' needs the input 'degrees-of-freedom: external:NAME' (a g* table dataset)")
        }
        let degrees = try RelicTargetsStep.degreesOfFreedom(inputs, role: "degrees-of-freedom")
        let kind = DarkMatterKind(rawValue: p.dark_matter)!
        let masses = LogarithmicGrid(from: p.mass_min_GeV, to: p.mass_max_GeV, count: p.points).points
        let target = RelicTarget(
            kind: kind, massRatio: p.mass_ratio, darkCoupling: (4 * Double.pi * p.alpha_dark).squareRoot(), steps: p.steps)
        let points = OrderedParallelMap.map(count: masses.count, progress: context.reportProgress) {
            target.point(darkMatterMassGeV: masses[$0] / p.mass_ratio, degrees: degrees)
        }
        if let bad = zip(masses, points).first(where: { $0.1 == nil }) {
            throw StepFailure("no coupling in [1e-9, 10] gives Omega h^2 = 0.12 at m_Z' = \(bad.0) GeV")
        }
        let table = ThermalTargetTable(
            massesGeV: masses, couplings: points.map { $0!.coupling },
            metadata: [
                ("alpha_dark", canonicalNumber(p.alpha_dark)),
                ("mass_ratio", canonicalNumber(p.mass_ratio)),
                ("dark_matter", p.dark_matter),
                ("origin", "computed by this project: Boltzmann equation, Omega h^2 = 0.12, PHYSICS.md section 14")
            ])
        return [Artifact(name: "table", data: try table.encoded())]
    }
}
