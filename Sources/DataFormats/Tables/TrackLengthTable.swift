import Foundation

/// The `track-lengths` step's `table` (docs/STEPS.md): binned differential track lengths dT/dE of e∓ in
/// lead and scintillator per primary (docs/PHYSICS.md §8).
///
/// Columns `energy_low_GeV`, `energy_high_GeV`, the four tallies `electrons_lead` … `positrons_scintillator`
/// [cm/GeV, bin averages], their `_error` columns, then `energy_center_GeV` (the geometric mean of the edges,
/// what figures plot). On reading, absent tallies and errors are allowed (a reader asks for the tallies it
/// needs), and an optional `mean_energy_GeV` column (track-weighted bin mean) is kept.
public struct TrackLengthTable: InterStepTable, Equatable {
    /// One tally: particles of one charge in one material.
    public struct Tally: Sendable, Hashable {
        /// Column name, e.g. `electrons_lead`.
        public var column: String
        /// `electrons` or `positrons`.
        public var particles: String
        /// Material name, `lead` or `scintillator`.
        public var material: String
    }

    /// The four tallies, in column order.
    public static let tallies: [Tally] = [
        Tally(column: "electrons_lead", particles: "electrons", material: "lead"),
        Tally(column: "positrons_lead", particles: "positrons", material: "lead"),
        Tally(column: "electrons_scintillator", particles: "electrons", material: "scintillator"),
        Tally(column: "positrons_scintillator", particles: "positrons", material: "scintillator")
    ]

    /// The tally of `particles` (`electrons`, `positrons`) in the material named `material`, if it is one of the four.
    public static func tally(particles: String, material: String) -> Tally? {
        tallies.first { $0.particles == particles && $0.material == material }
    }

    /// The columns the step writes, in order.
    public static let columnNames =
        ["energy_low_GeV", "energy_high_GeV"] + tallies.map(\.column)
        + tallies.map { $0.column + "_error" } + ["energy_center_GeV"]

    /// Lower bin edges [GeV].
    public var lowEdgesGeV: [Double]
    /// Upper bin edges [GeV].
    public var highEdgesGeV: [Double]
    /// Tally column → bin-averaged dT/dE [cm per GeV per primary]; a missing tally is written as zeros.
    public var values: [String: [Double]]
    /// Tally column → one-standard-deviation statistical error, same unit; missing means zeros.
    public var errors: [String: [Double]]
    /// Track-weighted mean energy of each bin [GeV], if the table has one (not written by the step).
    public var meanEnergiesGeV: [Double]?
    /// method, beam, beam_energy_GeV, showers, seed and the method's own keys (as the step writes them).
    public var metadata: [(key: String, value: String)]

    /// A table from its bins and tallies.
    public init(
        lowEdgesGeV: [Double], highEdgesGeV: [Double], values: [String: [Double]], errors: [String: [Double]],
        meanEnergiesGeV: [Double]? = nil, metadata: [(key: String, value: String)] = []
    ) {
        self.lowEdgesGeV = lowEdgesGeV
        self.highEdgesGeV = highEdgesGeV
        self.values = values
        self.errors = errors
        self.meanEnergiesGeV = meanEnergiesGeV
        self.metadata = metadata
    }

    public var table: Table {
        let zeros = [Double](repeating: 0, count: lowEdgesGeV.count)
        var columns: [Table.Column] = [
            .init("energy_low_GeV", unit: "GeV", "lower edge of the energy bin", lowEdgesGeV),
            .init("energy_high_GeV", unit: "GeV", "upper edge of the energy bin", highEdgesGeV)
        ]
        for tally in Self.tallies {
            columns.append(
                .init(
                    tally.column, unit: "cm/GeV",
                    "dT/dE of \(tally.particles) in \(tally.material) per primary, averaged over the bin",
                    values[tally.column] ?? zeros))
        }
        for tally in Self.tallies {
            columns.append(
                .init(
                    tally.column + "_error", unit: "cm/GeV",
                    "statistical error (one standard deviation) of \(tally.column); 0 for analytic methods",
                    errors[tally.column] ?? zeros))
        }
        // Not part of the fixed set above, added last so readers by name are unaffected: figures plot bin centres.
        columns.append(
            .init(
                "energy_center_GeV", unit: "GeV", "bin centre, the geometric mean of the edges",
                zip(lowEdgesGeV, highEdgesGeV).map { ($0 * $1).squareRoot() }))
        if let meanEnergiesGeV {
            columns.append(.init("mean_energy_GeV", unit: "GeV", "track-weighted mean energy of the bin", meanEnergiesGeV))
        }
        return Table(columns: columns, metadata: metadata)
    }

    /// Reads the table: it needs at least one bin, contiguous increasing bins, and finite tallies ≥ 0.
    public init(decoding data: Data) throws {
        let table = try Table(decoding: data)
        let edges = try table.columns(["energy_low_GeV", "energy_high_GeV"])
        let low = edges[0], high = edges[1]
        guard !low.isEmpty else { throw TableError(line: nil, "the track-length table has no bins") }
        for i in low.indices {
            guard low[i] < high[i], i == 0 || abs(low[i] - high[i - 1]) <= 1e-9 * high[i - 1] else {
                throw TableError(line: nil, "track-length bins must be contiguous and increasing (row \(i + 1))")
            }
        }
        var values: [String: [Double]] = [:], errors: [String: [Double]] = [:]
        for tally in Self.tallies {
            if table.hasColumn(tally.column) {
                let column = try table.column(tally.column)
                if let row = column.firstIndex(where: { !($0 >= 0 && $0.isFinite) }) {
                    throw TableError(line: nil, "track lengths must be finite and ≥ 0 (\(tally.column), row \(row + 1))")
                }
                values[tally.column] = column
            }
            if table.hasColumn(tally.column + "_error") { errors[tally.column] = try table.column(tally.column + "_error") }
        }
        let means = table.hasColumn("mean_energy_GeV") ? try table.column("mean_energy_GeV") : nil
        self.init(
            lowEdgesGeV: low, highEdgesGeV: high, values: values, errors: errors, meanEnergiesGeV: means,
            metadata: table.metadata)
    }

    /// The values of `tally`, or a `TableError` if the table does not have it.
    public func values(of tally: Tally) throws -> [Double] {
        guard let column = values[tally.column] else {
            let present = Self.tallies.filter { values[$0.column] != nil }.map(\.column)
            throw TableError(line: nil, "no column '\(tally.column)'; the table has: \(present.joined(separator: ", "))")
        }
        return column
    }

    public static func == (a: Self, b: Self) -> Bool { a.table == b.table }
}
