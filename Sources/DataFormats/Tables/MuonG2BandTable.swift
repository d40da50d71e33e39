import Foundation

/// The `muon-g2-band` step's `table`: the (m_Z′, g) band explaining Δa_μ ± kσ (docs/PHYSICS.md §3).
///
/// Columns `m_GeV`, `g_lower` (0 where the band reaches g = 0) and `g_upper`.
public struct MuonG2BandTable: InterStepTable, Equatable {
    /// The columns, in order.
    public static let columnNames = ["m_GeV", "g_lower", "g_upper"]

    /// Z′ masses [GeV].
    public var massesGeV: [Double]
    /// Lower edge of the band.
    public var lowerCouplings: [Double]
    /// Upper edge of the band.
    public var upperCouplings: [Double]
    /// delta_a_mu, sigma_a_mu, standard_deviations, origin (as the step writes them).
    public var metadata: [(key: String, value: String)]

    /// A table from its columns.
    public init(massesGeV: [Double], lowerCouplings: [Double], upperCouplings: [Double], metadata: [(key: String, value: String)] = []) {
        self.massesGeV = massesGeV
        self.lowerCouplings = lowerCouplings
        self.upperCouplings = upperCouplings
        self.metadata = metadata
    }

    public var table: Table {
        Table(
            columns: [
                .init("m_GeV", unit: "GeV", "Z' mass m_Z'", massesGeV),
                .init(
                    "g_lower", unit: "1",
                    "lower edge: delta a_mu(m, g) = Delta a_mu - k sigma (0: the band reaches g = "
                        + "0)", lowerCouplings),
                .init("g_upper", unit: "1", "upper edge: delta a_mu(m, g) = Delta a_mu + k sigma", upperCouplings)
            ], metadata: metadata)
    }

    /// Reads the table.
    public init(decoding data: Data) throws {
        let table = try Table(decoding: data)
        let columns = try table.columns(Self.columnNames)
        self.init(massesGeV: columns[0], lowerCouplings: columns[1], upperCouplings: columns[2], metadata: table.metadata)
    }

    public static func == (a: Self, b: Self) -> Bool { a.table == b.table }
}
