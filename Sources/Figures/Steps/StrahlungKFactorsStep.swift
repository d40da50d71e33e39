import Foundation
import Physics
import BuildEngine
import DataFormats

/// `strahlung-k-factors`: σ_WW/σ_ETL and σ_IWW/σ_ETL of Z′-strahlung by electrons on lead vs m_Z′ at one beam
/// energy (docs/PHYSICS.md §7).
///
/// Output `table`: `m_GeV`, `sigma_etl_inv_GeV2`, `ww_over_etl`, `iww_over_etl` on a logarithmic mass grid.
struct StrahlungKFactorsStep: StepKind {
    struct Parameters: ParameterSet {
        var beam_energy_GeV: Double = 100
        var mass_min_GeV: Double = 1e-3
        var mass_max_GeV: Double = 1
        var points_per_decade: Int = 10

        static let defaults = Parameters()
        static let parameterDocs: [ParameterDoc] = [
            ParameterDoc("beam_energy_GeV", unit: "GeV", "electron beam energy E₀, above mass_max_GeV and ≤ 1000 GeV"),
            ParameterDoc("mass_min_GeV", unit: "GeV", "lower end of the logarithmic mass grid"),
            ParameterDoc("mass_max_GeV", unit: "GeV", "upper end of the logarithmic mass grid"),
            ParameterDoc(
                "points_per_decade", unit: "1",
                "grid density (10 puts 1, 10, 100 MeV on the grid; each mass costs ~0.07 s of release CPU time)")
        ]
    }

    static let name = "strahlung-k-factors"
    static let summary = "σ_WW/σ_ETL and σ_IWW/σ_ETL of Z′-strahlung on lead vs m_Z′ (PHYSICS.md §7)"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs: [String] = []

    static func validate(_ p: Parameters) -> String? {
        if let problem = massRangeProblem(p.mass_min_GeV, p.mass_max_GeV) { return problem }
        if !(p.beam_energy_GeV > 2 * p.mass_max_GeV && p.beam_energy_GeV <= 1000) {
            return "beam_energy_GeV: expected above 2 × mass_max_GeV and at most 1000 GeV"
        }
        if p.points_per_decade < 1 || p.points_per_decade > 1000 { return "points_per_decade: expected 1 to 1000" }
        return nil
    }

    /// What `run` writes, for the load-time check of the figures' columns.
    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        .table(columns: StrahlungKFactorTable.columnNames)
    }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let energy = p.beam_energy_GeV
        let masses = LogarithmicGrid(
            from: p.mass_min_GeV, to: p.mass_max_GeV, pointsPerDecade: p.points_per_decade, evaluation: .decimalPower
        ).points
        let rows: [(etl: Double, ww: Double, iww: Double)] = OrderedParallelMap.map(
            count: masses.count, progress: context.reportProgress
        ) { index in
            let mass = masses[index]
            let etl = ExactStrahlungTable(exact: ExactStrahlungCrossSection(bosonMassGeV: mass), energyRangeGeV: energy...energy)
                .totalGeV2(beamEnergyGeV: energy)
            let ww = StrahlungCrossSection(bosonMassGeV: mass, beam: .electron, approximation: .weizsackerWilliams)
                .totalGeV2(beamEnergyGeV: energy)
            let iww = StrahlungCrossSection(bosonMassGeV: mass, beam: .electron).totalGeV2(beamEnergyGeV: energy)
            return (etl, ww, iww)
        }
        let table = StrahlungKFactorTable(
            massesGeV: masses, exactCrossSectionsGeV2: rows.map(\.etl),
            weizsackerWilliamsRatios: rows.map { $0.ww / $0.etl }, improvedRatios: rows.map { $0.iww / $0.etl },
            metadata: [
                ("beam_energy_GeV", canonicalNumber(energy)),
                ("material", "lead"),
                ("origin", "computed by this project: ETL, WW and IWW sigma_tot, PHYSICS.md section 7")
            ])
        return [Artifact(name: "table", data: try table.encoded())]
    }
}
