import Foundation

/// The `etl-yield-factors` step's `table`: the radiative yield integral with exact-tree-level and IWW strahlung on a
/// coarse mass grid and their ratio K(m), which the yields and limits multiply their IWW integral by
/// (docs/PHYSICS.md §7, §10).
///
/// Columns `m_GeV`, `etl_radiative_cm3`, `iww_radiative_cm3` [cm³ per primary, ε = 1] and `k_factor`.
public struct ExactTreeLevelFactorTable: InterStepTable, Equatable {
    /// The columns, in order.
    public static let columnNames = ["m_GeV", "etl_radiative_cm3", "iww_radiative_cm3", "k_factor"]

    /// Z′ masses [GeV].
    public var massesGeV: [Double]
    /// I_rad with ETL [cm³ per primary].
    public var exactIntegralsCm3: [Double]
    /// I_rad with IWW [cm³ per primary].
    public var improvedIntegralsCm3: [Double]
    /// beam, origin and the table's node counts (as the step writes them).
    public var metadata: [(key: String, value: String)]

    /// A table from its columns.
    public init(
        massesGeV: [Double], exactIntegralsCm3: [Double], improvedIntegralsCm3: [Double],
        metadata: [(key: String, value: String)] = []
    ) {
        self.massesGeV = massesGeV
        self.exactIntegralsCm3 = exactIntegralsCm3
        self.improvedIntegralsCm3 = improvedIntegralsCm3
        self.metadata = metadata
    }

    /// K = I_ETL/I_IWW at each mass.
    public var factors: [Double] { zip(exactIntegralsCm3, improvedIntegralsCm3).map { $0 / $1 } }

    public var table: Table {
        Table(
            columns: [
                .init("m_GeV", unit: "GeV", "Z' mass m_Z'", massesGeV),
                .init("etl_radiative_cm3", unit: "cm^3", "I_rad per primary, exact tree level, epsilon = 1", exactIntegralsCm3),
                .init("iww_radiative_cm3", unit: "cm^3", "I_rad per primary, improved WW, epsilon = 1", improvedIntegralsCm3),
                .init("k_factor", unit: "1", "K = I_ETL / I_IWW", factors)
            ], metadata: metadata)
    }

    /// Reads the table.
    public init(decoding data: Data) throws {
        let table = try Table(decoding: data)
        let columns = try table.columns(Array(Self.columnNames.prefix(3)))
        self.init(
            massesGeV: columns[0], exactIntegralsCm3: columns[1], improvedIntegralsCm3: columns[2], metadata: table.metadata)
    }

    public static func == (a: Self, b: Self) -> Bool { a.table == b.table }
}
