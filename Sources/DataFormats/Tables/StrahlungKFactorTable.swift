import Foundation

/// The `strahlung-k-factors` step's `table`: σ_WW/σ_ETL and σ_IWW/σ_ETL of Z′-strahlung vs m_Z′ at one beam
/// energy (docs/PHYSICS.md §7).
///
/// Columns `m_GeV`, `sigma_etl_inv_GeV2` (per ε²), `ww_over_etl`, `iww_over_etl` and `one` (K = 1 at every mass, the
/// reference line a figure draws: the figure kind draws columns only).
public struct StrahlungKFactorTable: InterStepTable, Equatable {
    /// The columns, in order.
    public static let columnNames = ["m_GeV", "sigma_etl_inv_GeV2", "ww_over_etl", "iww_over_etl", "one"]

    /// Z′ masses [GeV].
    public var massesGeV: [Double]
    /// σ_ETL per unit ε² [GeV⁻²].
    public var exactCrossSectionsGeV2: [Double]
    /// σ_WW/σ_ETL.
    public var weizsackerWilliamsRatios: [Double]
    /// σ_IWW/σ_ETL.
    public var improvedRatios: [Double]
    /// beam_energy_GeV, material, origin (as the step writes them).
    public var metadata: [(key: String, value: String)]

    /// A table from its columns.
    public init(
        massesGeV: [Double], exactCrossSectionsGeV2: [Double], weizsackerWilliamsRatios: [Double], improvedRatios: [Double],
        metadata: [(key: String, value: String)] = []
    ) {
        self.massesGeV = massesGeV
        self.exactCrossSectionsGeV2 = exactCrossSectionsGeV2
        self.weizsackerWilliamsRatios = weizsackerWilliamsRatios
        self.improvedRatios = improvedRatios
        self.metadata = metadata
    }

    public var table: Table {
        Table(
            columns: [
                .init("m_GeV", unit: "GeV", "Z' mass m_Z'", massesGeV),
                .init("sigma_etl_inv_GeV2", unit: "GeV^-2", "exact-tree-level sigma_tot per unit epsilon^2", exactCrossSectionsGeV2),
                .init("ww_over_etl", unit: "1", "sigma_WW / sigma_ETL", weizsackerWilliamsRatios),
                .init("iww_over_etl", unit: "1", "sigma_IWW / sigma_ETL", improvedRatios),
                .init("one", unit: "1", "K = 1 (the reference line)", massesGeV.map { _ in 1 })
            ], metadata: metadata)
    }

    /// Reads the table.
    public init(decoding data: Data) throws {
        let table = try Table(decoding: data)
        let columns = try table.columns(Self.columnNames)
        self.init(
            massesGeV: columns[0], exactCrossSectionsGeV2: columns[1], weizsackerWilliamsRatios: columns[2],
            improvedRatios: columns[3], metadata: table.metadata)
    }

    public static func == (a: Self, b: Self) -> Bool { a.table == b.table }
}
