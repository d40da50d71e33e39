import Foundation
import Physics

/// Release benchmarks of the exact-tree-level strahlung (docs/PHYSICS.md §7): the per-mass table against the IWW
/// path, and the K-factors σ_WW/σ_ETL and σ_IWW/σ_ETL at 100 GeV on lead (printed).
enum RadiativeBenchmarks {
    static let massesGeV = [0.001, 0.01, 0.1, 0.25, 0.5]

    static let all: [Benchmark] = [
        Benchmark(name: "radiative-etl-table-100gev-m0.1", unit: "ETL table at one E₀ (24 x nodes) + σ_tot, m = 0.1 GeV") {
            let table = ExactStrahlungTable(exact: ExactStrahlungCrossSection(bosonMassGeV: 0.1),
                                            energyRangeGeV: 100...100)
            return table.totalGeV2(beamEnergyGeV: 100)
        },
        Benchmark(name: "radiative-etl-table-50-100gev-m0.1", unit: "ETL table, 4 E₀ × 24 x nodes, m = 0.1 GeV") {
            let table = ExactStrahlungTable(exact: ExactStrahlungCrossSection(bosonMassGeV: 0.1),
                                            energyRangeGeV: 50...100)
            return table.ratio(x: 0.5, beamEnergyGeV: 75)
        },
        Benchmark(name: "radiative-iww-total-m0.1", unit: "IWW σ_tot at 100 GeV incl. building its flux table, m = 0.1 GeV") {
            StrahlungCrossSection(bosonMassGeV: 0.1, beam: .electron).totalGeV2(beamEnergyGeV: 100)
        },
        Benchmark(name: "radiative-etl-kfactors", unit: "σ_ETL (table), σ_WW, σ_IWW at 100 GeV, 5 masses (printed)") {
            var sum = 0.0
            for m in massesGeV {
                let etl = ExactStrahlungTable(exact: ExactStrahlungCrossSection(bosonMassGeV: m), energyRangeGeV: 100...100)
                    .totalGeV2(beamEnergyGeV: 100)
                let ww = StrahlungCrossSection(bosonMassGeV: m, beam: .electron, approximation: .weizsackerWilliams)
                    .totalGeV2(beamEnergyGeV: 100)
                let iww = StrahlungCrossSection(bosonMassGeV: m, beam: .electron).totalGeV2(beamEnergyGeV: 100)
                print(String(format: "m = %.3f GeV: σ_ETL = %.5e GeV⁻², σ_WW/σ_ETL = %.4f, σ_IWW/σ_ETL = %.4f",
                             m, etl, ww / etl, iww / etl))
                sum += etl
            }
            return sum
        },
    ]
}
