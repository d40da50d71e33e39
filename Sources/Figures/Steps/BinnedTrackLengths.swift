import Physics
import BuildEngine
import DataFormats

/// Binned differential track lengths in the four tallies (e∓ in lead and scintillator): the
/// common result of every `track-lengths` method, and its fixed table format (docs/STEPS.md).
struct BinnedTrackLengths: Equatable {
    /// The tallies, in column order: (column name, material name, charge).
    static let tallies: [(column: String, material: String, charge: LeptonCharge)] = [
        ("electrons_lead", Material.lead.name, .electron),
        ("positrons_lead", Material.lead.name, .positron),
        ("electrons_scintillator", Material.plasticScintillator.name, .electron),
        ("positrons_scintillator", Material.plasticScintillator.name, .positron),
    ]

    /// The column of the tally of `charge` in the material named `material`, if it is one of the four.
    static func column(material: String, charge: LeptonCharge) -> String? {
        tallies.first { $0.material == material && $0.charge == charge }?.column
    }

    /// Lower bin edges [GeV].
    var lowEdgesGeV: [Double]
    /// Upper bin edges [GeV].
    var highEdgesGeV: [Double]
    /// Column name → bin-averaged dT/dE [cm per GeV per primary]; a missing tally is all zeros.
    var values: [String: [Double]]
    /// Column name → one-standard-deviation statistical error, same unit; missing means zeros.
    var errors: [String: [Double]]

    /// The fixed output table, with `metadata` after the columns' own description.
    func table(metadata: [(key: String, value: String)]) -> Table {
        let zeros = [Double](repeating: 0, count: lowEdgesGeV.count)
        var columns: [Table.Column] = [
            .init("energy_low_GeV", unit: "GeV", "lower edge of the energy bin", lowEdgesGeV),
            .init("energy_high_GeV", unit: "GeV", "upper edge of the energy bin", highEdgesGeV),
        ]
        for tally in Self.tallies {
            let particles = tally.charge == .electron ? "electrons" : "positrons"
            columns.append(.init(tally.column, unit: "cm/GeV",
                                 "dT/dE of \(particles) in \(tally.material) per primary, averaged over the bin",
                                 values[tally.column] ?? zeros))
        }
        for tally in Self.tallies {
            columns.append(.init(tally.column + "_error", unit: "cm/GeV",
                                 "statistical error (one standard deviation) of \(tally.column); 0 for analytic methods",
                                 errors[tally.column] ?? zeros))
        }
        // Not part of the fixed set above, added last so readers by name are unaffected: figures plot bin centres.
        columns.append(.init("energy_center_GeV", unit: "GeV", "bin centre, the geometric mean of the edges",
                             zip(lowEdgesGeV, highEdgesGeV).map { ($0 * $1).squareRoot() }))
        return Table(columns: columns, metadata: metadata)
    }
}
