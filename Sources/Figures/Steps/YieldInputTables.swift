import Foundation
import Physics
import BuildEngine
import DataFormats

/// Decoding of the shower and efficiency tables that the yield and limit steps consume (docs/STEPS.md).
enum YieldInputTables {
    /// T±(E) in lead from a `track-lengths` table (cm per GeV per primary, bin averages).
    ///
    /// Only the lead columns enter: the yield counts Z′ produced on lead nuclei (and lead electrons),
    /// with n_Pb as the target density (docs/PHYSICS.md §10); tracks in the scintillator are not on lead.
    /// An optional `mean_energy_GeV` column (track-weighted bin mean) sharpens the in-bin shape.
    static func trackLengths(_ data: Data, source: String) throws -> TrackLengthHistogram {
        let table = try Table(decoding: data)
        let low = try table.column("energy_low_GeV"), high = try table.column("energy_high_GeV")
        let electrons = try table.column("electrons_lead"), positrons = try table.column("positrons_lead")
        guard !low.isEmpty else { throw StepFailure("\(source): the track-length table has no bins") }
        for i in low.indices {
            guard low[i] < high[i], i == 0 || abs(low[i] - high[i - 1]) <= 1e-9 * high[i - 1] else {
                throw StepFailure("\(source): track-length bins must be contiguous and increasing (row \(i + 1))")
            }
            guard electrons[i] >= 0, positrons[i] >= 0, electrons[i].isFinite, positrons[i].isFinite else {
                throw StepFailure("\(source): track lengths must be finite and ≥ 0 (row \(i + 1))")
            }
        }
        var means: [Double]? = nil
        if table.columns.contains(where: { $0.name == "mean_energy_GeV" }) {
            let values = try table.column("mean_energy_GeV")
            means = values.indices.map { min(high[$0], max(low[$0], values[$0])) }
        }
        return TrackLengthHistogram(binEdgesGeV: low + [high[high.count - 1]], electronsCmPerGeV: electrons,
                                    positronsCmPerGeV: positrons, meanEnergiesGeV: means)
    }

    /// η(E_F) from an `efficiency` table, linear between its points, 0 below the first and the last value above.
    static func efficiency(_ data: Data, source: String) throws -> TabulatedEfficiency {
        let table = try Table(decoding: data)
        let energies = try table.column("energy_GeV"), values = try table.column("efficiency")
        guard energies.count >= 2, zip(energies, energies.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw StepFailure("\(source): the efficiency table needs ≥ 2 rows with increasing energy_GeV")
        }
        guard values.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
            throw StepFailure("\(source): efficiency values must lie in [0, 1]")
        }
        return TabulatedEfficiency(energiesGeV: energies, values: values)
    }
}

/// The signal efficiency η(E) tabulated by the efficiency step, interpolated linearly (docs/PHYSICS.md §9).
struct TabulatedEfficiency: Sendable {
    /// Grid energies [GeV], increasing.
    let energiesGeV: [Double]
    /// η at each grid energy.
    let values: [Double]
    let interpolator: LinearInterpolator

    /// The efficiency from its grid.
    init(energiesGeV: [Double], values: [Double]) {
        self.energiesGeV = energiesGeV
        self.values = values
        interpolator = LinearInterpolator(x: energiesGeV, y: values)
    }

    /// η at `energyGeV`.
    func callAsFunction(_ energyGeV: Double) -> Double {
        if energyGeV < energiesGeV[0] { return 0 }
        if energyGeV >= energiesGeV[energiesGeV.count - 1] { return values[values.count - 1] }
        return interpolator(energyGeV) ?? 0
    }

    /// The energy below which η vanishes identically: the grid point before the first non-zero value
    /// (the yield integrals skip everything below it).
    var lowestSignalEnergyGeV: Double {
        guard let first = values.firstIndex(where: { $0 > 0 }) else { return energiesGeV[energiesGeV.count - 1] }
        return energiesGeV[max(0, first - 1)]
    }
}
