import Foundation
import Physics
import BuildEngine
import DataFormats

/// `etl-yield-factors`: K(m) = I_rad^ETL/I_rad^IWW, the radiative yield integral with exact-tree-level strahlung over
/// the IWW one, on a coarse logarithmic mass grid, for the yields and limits (`approximation: etl`, docs/PHYSICS.md §7).
///
/// Output `table`: an `ExactTreeLevelFactorTable` (m_GeV, etl_radiative_cm3, iww_radiative_cm3, k_factor).
struct ExactTreeLevelFactorsStep: StepKind {
    struct Parameters: ParameterSet {
        var mass_min_GeV: Double = 1e-3
        var mass_max_GeV: Double = 1
        var points_per_decade: Int = 2
        var energy_nodes: Int = 3
        var fraction_nodes: Int = 16
        var negligible_efficiency: Double = 1e-6

        static let defaults = Parameters()
        static let parameterDocs: [ParameterDoc] = [
            ParameterDoc("mass_min_GeV", unit: "GeV", "lower end of the logarithmic mass grid (at or below the yields' and limits')"),
            ParameterDoc("mass_max_GeV", unit: "GeV", "upper end (at or above the yields' and limits')"),
            ParameterDoc(
                "points_per_decade", unit: "1",
                "grid density, 1 to 100 (K is smooth in ln m: 2 per decade interpolate it to the accuracy PHYSICS.md §7 states)"),
            ParameterDoc("energy_nodes", unit: "1", "Chebyshev nodes of the ETL table in ln E, 1 to 16"),
            ParameterDoc(
                "fraction_nodes", unit: "1",
                "Chebyshev nodes of the ETL table in ln(x/(1 − x)), 4 to 128 (3 × 16 agree with 4 × 32 to 3·10⁻⁴ on I_ETL)"),
            ParameterDoc(
                "negligible_efficiency", unit: "1",
                "the ETL table starts where η first exceeds this fraction of its maximum (below, its lowest energy is used)")
        ]
    }

    static let name = "etl-yield-factors"
    static let summary = "K(m) = I_rad(ETL)/I_rad(IWW) of the NA64-e radiative yield on a coarse mass grid (PHYSICS.md §7)"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs = ["track-lengths", "efficiency"]

    static func validate(_ p: Parameters) -> String? {
        if let problem = massRangeProblem(p.mass_min_GeV, p.mass_max_GeV) { return problem }
        if p.points_per_decade < 1 || p.points_per_decade > 100 { return "points_per_decade: expected 1 to 100" }
        if p.energy_nodes < 1 || p.energy_nodes > 16 { return "energy_nodes: expected 1 to 16" }
        if p.fraction_nodes < 4 || p.fraction_nodes > 128 { return "fraction_nodes: expected 4 to 128" }
        if !(p.negligible_efficiency > 0 && p.negligible_efficiency < 1) { return "negligible_efficiency: expected in (0, 1)" }
        return nil
    }

    /// What `run` writes, for the load-time check of the figures' columns.
    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        .table(columns: ExactTreeLevelFactorTable.columnNames)
    }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let efficiency = try YieldInputTables.efficiency(inputs.data("efficiency"), source: inputs.sources["efficiency"] ?? "efficiency")
        let trackLengths = try YieldInputTables.trackLengths(
            inputs.data("track-lengths"), source: inputs.sources["track-lengths"] ?? "track-lengths")
        let largest = efficiency.values.max() ?? 0
        let significant = efficiency.values.firstIndex { $0 > p.negligible_efficiency * largest }.map { efficiency.energiesGeV[$0] }
        let masses = LogarithmicGrid(
            from: p.mass_min_GeV, to: p.mass_max_GeV, pointsPerDecade: p.points_per_decade, evaluation: .decimalPower
        ).points
        let lowest = efficiency.lowestSignalEnergyGeV
        let rows: [(exact: Double, improved: Double)] = OrderedParallelMap.map(count: masses.count, progress: context.reportProgress) {
            index in
            ExactTreeLevelYieldFactor.radiativeIntegrals(
                massGeV: masses[index], trackLengths: trackLengths, efficiency: { efficiency($0) }, lowestSignalEnergyGeV: lowest,
                tableLowestEnergyGeV: significant ?? lowest, energyNodes: p.energy_nodes, fractionNodes: p.fraction_nodes)
        }
        if let row = rows.firstIndex(where: { !($0.exact > 0 && $0.improved > 0) }) {
            throw StepFailure("no radiative yield at m = \(canonicalNumber(masses[row])) GeV: K(m) is undefined there (raise mass_min_GeV)")
        }
        let table = ExactTreeLevelFactorTable(
            massesGeV: masses, exactIntegralsCm3: rows.map(\.exact), improvedIntegralsCm3: rows.map(\.improved),
            metadata: [
                ("origin", "computed by this project: ETL and IWW radiative yield integrals, PHYSICS.md section 7"),
                ("table_lowest_energy_GeV", canonicalNumber(significant ?? lowest)),
                ("energy_nodes", String(p.energy_nodes)), ("fraction_nodes", String(p.fraction_nodes))
            ])
        return [Artifact(name: "table", data: try table.encoded())]
    }
}

extension ExactTreeLevelFactorsStep {
    static let details = """
        At each mass of a logarithmic grid: I_rad = ∫dE T(E) ∫dx (dσ/dx) η(xE) (T₋ + T₊ in lead of input `track-lengths`,
        η of input `efficiency`) with the ETL dσ/dx (an `ExactStrahlungTable` over the energies where η is not negligible)
        and with IWW; K = I_ETL/I_IWW. The yields and limits with `approximation: etl` interpolate K linearly in ln m
        (their mass range must lie inside this grid) and multiply their IWW integral by it; the e⁺ beam uses the
        same K (the strahlung cross section is charge-blind and T₋ + T₊ differ between the beams only in the primary's
        charge). The masses are independent and computed in parallel.

        Output `table`: `m_GeV` [GeV], `etl_radiative_cm3`, `iww_radiative_cm3` [cm³ per primary], `k_factor` [1].
        """
}
