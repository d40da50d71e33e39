import Foundation
import Physics
import BuildEngine
import DataFormats

/// `averaged-coupling`: the 2024 letter's Fig. 2 curve, (I_|Π|²/N − |Π(m²)|²)/|Π(m²)|² vs m_Z′, for
/// several α_D (docs/PHYSICS.md §5).
///
/// Output `table`: `m_GeV` and one column `relative_difference_alpha_d_<α_D>` per α_D (the value with
/// `.` written `p`, e.g. `relative_difference_alpha_d_0p1`, since column names are identifiers).
/// All α_D share one mass grid: the union of `AveragedLoopFigure.masses` for each α_D, so every curve
/// resolves every α_D's window around 2m_μ (the window width scales with Γ_χχ ∝ α_D).
struct AveragedCouplingStep: StepKind {
    struct Parameters: ParameterSet {
        var alpha_dark: [Double] = [0.1, 0.02]
        var mass_ratio: Double = 3
        var mass_min_GeV: Double = 1e-3
        var mass_max_GeV: Double = 1
        var log_points: Int = 600
        var window_points: Int = 600

        static let defaults = Parameters()
        static let parameterDocs: [ParameterDoc] = [
            ParameterDoc(
                "alpha_dark", unit: "1",
                "α_D = g_D²/4π values, one output column each; each in (0, 1], distinct (papers: 0.1 and 0.02)"),
            ParameterDoc("mass_ratio", unit: "1", "m_Z′/m_χ; > 2 so that Z′ → χχ* (whose width is the Breit–Wigner width) is open"),
            ParameterDoc("mass_min_GeV", unit: "GeV", "lower end of the mass grid"),
            ParameterDoc("mass_max_GeV", unit: "GeV", "upper end of the mass grid"),
            ParameterDoc("log_points", unit: "1", "points of the logarithmic part of the grid"),
            ParameterDoc(
                "window_points", unit: "1",
                "points of the sinh-spaced window around 2m_μ, per α_D (centre spacing ~Γ_χχ/40, reach ±60Γ_χχ)")
        ]
    }

    static let name = "averaged-coupling"
    static let summary = "Fig. 2: relative difference of the q²-averaged |Π|² and |Π(m²)|² vs m_Z′ (PHYSICS.md §5)"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs: [String] = []

    static func validate(_ p: Parameters) -> String? {
        if p.alpha_dark.isEmpty { return "alpha_dark: expected at least one value" }
        // α_D ≤ 1: beyond it Γ_χχ/m ≳ 5 % and the Breit–Wigner average of §5 is no longer a resonance.
        if let bad = p.alpha_dark.first(where: { !($0 > 0 && $0 <= 1) }) {
            return "alpha_dark: expected values in (0, 1], found \(canonicalNumber(bad))"
        }
        if Set(p.alpha_dark.map { columnName(alphaDark: $0) }).count != p.alpha_dark.count { return "alpha_dark: values must be distinct" }
        // m_χ < m_Z′/2 is needed for Z′ → χχ*, whose width Γ_χχ is the Breit–Wigner width of §5.
        if !(p.mass_ratio > 2 && p.mass_ratio.isFinite) { return "mass_ratio: expected m_Z'/m_chi > 2 (Z' -> chi chi* must be open)" }
        if let problem = massRangeProblem(p.mass_min_GeV, p.mass_max_GeV) { return problem }
        if p.log_points < 2 || p.log_points > 100_000 { return "log_points: expected 2 to 100000" }
        if p.window_points < 2 || p.window_points > 100_000 { return "window_points: expected 2 to 100000" }
        return nil
    }

    /// The column holding α_D's curve (`AveragedCouplingTable.columnName`).
    static func columnName(alphaDark: Double) -> String { AveragedCouplingTable.columnName(alphaDark: alphaDark) }

    /// The shared grid: the union of the Physics grids of every α_D.
    static func masses(_ p: Parameters) -> [Double] {
        let grids = p.alpha_dark.map {
            AveragedLoopFigure.masses(
                alphaDark: $0, massRatio: p.mass_ratio, lowerMassGeV: p.mass_min_GeV,
                upperMassGeV: p.mass_max_GeV, logarithmicCount: p.log_points, windowCount: p.window_points)
        }
        return Grid.merged(grids, lower: p.mass_min_GeV, upper: p.mass_max_GeV)
    }

    /// What `run` writes, for the load-time check of the figures' columns.
    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        .table(columns: AveragedCouplingTable.columnNames(alphaDark: p.alpha_dark))
    }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let grid = masses(p)
        let total = grid.count * p.alpha_dark.count
        // Every (α_D, mass) is independent: spread them over the cores, results in index order.
        let massRatio = p.mass_ratio, alphas = p.alpha_dark
        let values: [Double?] = OrderedParallelMap.map(count: total, progress: context.reportProgress) { flat in
            // g drops out of the ratio (§5), so g = 1 is as good as any.
            ZPrimeModel.dark(massGeV: grid[flat % grid.count], coupling: 1, alphaDark: alphas[flat / grid.count], massRatio: massRatio)
                .averagedLoopRelativeDifference
        }
        var curves: [AveragedCouplingTable.Curve] = []
        for (index, alphaDark) in alphas.enumerated() {
            var column: [Double] = []
            column.reserveCapacity(grid.count)
            for (massIndex, mass) in grid.enumerated() {
                guard let difference = values[index * grid.count + massIndex] else {
                    throw StepFailure("no dark sector at m = \(canonicalNumber(mass)) GeV")
                }
                column.append(difference)
            }
            curves.append(AveragedCouplingTable.Curve(alphaDark: alphaDark, relativeDifferences: column))
        }
        context.reportProgress(total, total)
        let table = AveragedCouplingTable(
            massesGeV: grid, curves: curves,
            metadata: [
                ("model", "dark: complex scalar chi, m_Z'/m_chi = \(canonicalNumber(p.mass_ratio)); independent of g"),
                ("alpha_dark", p.alpha_dark.map(canonicalNumber).joined(separator: " ")),
                (
                    "average",
                    "Breit-Wigner rho with Gamma = Gamma_chichi from 4 m_chi^2, normalised by N = integral of rho (PHYSICS.md section 5)"
                )
            ])
        return [Artifact(name: "table", data: try table.encoded())]
    }
}
