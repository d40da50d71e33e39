import Foundation
import Physics

/// Release benchmarks of the exact-tree-level strahlung (docs/PHYSICS.md §7): the per-mass table against the IWW
/// path, and the K-factors σ_WW/σ_ETL and σ_IWW/σ_ETL at 100 GeV on lead (printed).
enum RadiativeBenchmarks {
    static let massesGeV = [0.001, 0.01, 0.1, 0.25, 0.5]

    static let all: [Benchmark] = [
        Benchmark(name: "radiative-etl-table-100gev-m0.1", unit: "ETL table at one E₀ (32 x nodes) + σ_tot, m = 0.1 GeV") {
            let table = ExactStrahlungTable(
                exact: ExactStrahlungCrossSection(bosonMassGeV: 0.1),
                energyRangeGeV: 100...100)
            return table.totalGeV2(beamEnergyGeV: 100)
        },
        Benchmark(name: "radiative-etl-table-50-100gev-m0.1", unit: "ETL table, 4 E₀ × 32 x nodes, m = 0.1 GeV") {
            let table = ExactStrahlungTable(
                exact: ExactStrahlungCrossSection(bosonMassGeV: 0.1),
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
                print(
                    String(
                        format: "m = %.3f GeV: σ_ETL = %.5e GeV⁻², σ_WW/σ_ETL = %.4f, σ_IWW/σ_ETL = %.4f",
                        m, etl, ww / etl, iww / etl))
                sum += etl
            }
            return sum
        },
        Benchmark(name: "limits-profile-likelihood-na64", unit: "NA64-e and NA64-μ event limits, 10⁴ toys each (printed)") {
            var sum = 0.0
            let settings: [(String, Double, Double, Double)] = [
                ("NA64-e  B = 0.3 ± 0.2, r_s = 15 %", 0.3, 0.2, 0.15),
                ("NA64-μ  B = 0.07 ± 0.03, r_s = 7.4 %", 0.07, 0.03, SignalUncertaintyBudget.na64Muon)
            ]
            for (label, b, sigmaB, rs) in settings {
                let limit = ProfileLikelihoodLimit(
                    likelihood: CountingLikelihood(
                        observedEvents: 0, expectedBackground: b, backgroundUncertainty: sigmaB, relativeSignalUncertainty: rs))
                var line = label
                for (name, method) in [
                    ("asymptotic", ProfileLikelihoodMethod.asymptotic),
                    ("toys", .toys(count: 10_000, seed: 1)), ("hybrid", .hybridToys(count: 10_000, seed: 1))
                ] {
                    let sb = (try? limit.upperLimit(method: method, criterion: .signalPlusBackground)) ?? .nan
                    let cls = (try? limit.upperLimit(method: method, criterion: .cls)) ?? .nan
                    line += String(format: " | %@ CLs+b %.3f CLs %.3f", name, sb, cls)
                    sum += sb + cls
                }
                let ch =
                    (try? EventUpperLimit(
                        observedEvents: 0, expectedBackground: b, relativeBackgroundUncertainty: sigmaB / b,
                        relativeSignalUncertainty: rs
                    ).signalEvents()) ?? .nan
                print(line + String(format: " | Cousins–Highland CLs %.3f", ch))
            }
            return sum
        }
    ]
}
