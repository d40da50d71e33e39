import Foundation

/// The `thermal-target` step's `table`: the coupling g(m_Z′) giving the observed relic density (docs/PHYSICS.md §4).
///
/// Columns `m_GeV` and `g`.
public struct ThermalTargetTable: InterStepTable, Equatable {
    /// The columns, in order.
    public static let columnNames = ["m_GeV", "g"]

    /// Z′ masses [GeV].
    public var massesGeV: [Double]
    /// g_Z′ on the thermal target.
    public var couplings: [Double]
    /// alpha_dark, mass_ratio, factor, origin (as the step writes them).
    public var metadata: [(key: String, value: String)]

    /// A table from its columns.
    public init(massesGeV: [Double], couplings: [Double], metadata: [(key: String, value: String)] = []) {
        self.massesGeV = massesGeV
        self.couplings = couplings
        self.metadata = metadata
    }

    public var table: Table {
        Table(
            columns: [
                .init("m_GeV", unit: "GeV", "Z' mass m_Z'", massesGeV),
                .init("g", unit: "1", "g_Z' on the thermal target", couplings)
            ], metadata: metadata)
    }

    /// Reads the table.
    public init(decoding data: Data) throws {
        let table = try Table(decoding: data)
        let columns = try table.columns(Self.columnNames)
        self.init(massesGeV: columns[0], couplings: columns[1], metadata: table.metadata)
    }

    public static func == (a: Self, b: Self) -> Bool { a.table == b.table }
}
