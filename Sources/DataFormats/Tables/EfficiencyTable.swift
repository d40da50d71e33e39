import Foundation

/// The `efficiency` step's `table`: η(E_F) on an energy grid (docs/PHYSICS.md §9).
///
/// Columns `energy_GeV` (the Z′ energy leaving the ECAL, increasing) and `efficiency` (in [0, 1]).
public struct EfficiencyTable: InterStepTable, Equatable {
    /// The columns, in order.
    public static let columnNames = ["energy_GeV", "efficiency"]

    /// E_F [GeV], increasing.
    public var energiesGeV: [Double]
    /// η_down(E_F), plateau included, κ not.
    public var efficiencies: [Double]
    /// beam_energy_GeV, threshold_GeV, resolution, plateau (as the step writes them).
    public var metadata: [(key: String, value: String)]

    /// A table from its columns.
    public init(energiesGeV: [Double], efficiencies: [Double], metadata: [(key: String, value: String)] = []) {
        self.energiesGeV = energiesGeV
        self.efficiencies = efficiencies
        self.metadata = metadata
    }

    public var table: Table {
        Table(
            columns: [
                .init("energy_GeV", unit: "GeV", "Z' energy E_F leaving the ECAL", energiesGeV),
                .init("efficiency", unit: "1", "downstream signal efficiency eta_down(E_F), plateau included, kappa not", efficiencies)
            ], metadata: metadata)
    }

    /// Reads the table; it needs ≥ 2 rows with increasing `energy_GeV` and efficiencies in [0, 1].
    public init(decoding data: Data) throws {
        let table = try Table(decoding: data)
        let columns = try table.columns(Self.columnNames)
        guard columns[0].count >= 2, zip(columns[0], columns[0].dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw TableError(line: nil, "the efficiency table needs ≥ 2 rows with increasing energy_GeV")
        }
        guard columns[1].allSatisfy({ $0 >= 0 && $0 <= 1 }) else { throw TableError(line: nil, "efficiency values must lie in [0, 1]") }
        self.init(energiesGeV: columns[0], efficiencies: columns[1], metadata: table.metadata)
    }

    public static func == (a: Self, b: Self) -> Bool { a.table == b.table }
}
