import Foundation

/// The `yields` step's `table`: expected signal events vs m_Z′ at one coupling (docs/PHYSICS.md §10).
///
/// Columns `m_GeV`, `radiative`, `resonant`, `total` [events] and `resonant_fraction` (0 where total = 0);
/// the last two are derived from the first three when encoding.
public struct YieldTable: InterStepTable, Equatable {
    /// The columns, in order.
    public static let columnNames = ["m_GeV", "radiative", "resonant", "total", "resonant_fraction"]

    /// Z′ masses [GeV].
    public var massesGeV: [Double]
    /// Radiative (strahlung) events.
    public var radiativeEvents: [Double]
    /// Resonant (e⁺e⁻ annihilation) events.
    public var resonantEvents: [Double]
    /// experiment, scenario, coupling, eot, kappa, atomic_motion, approximation (as the step writes them).
    public var metadata: [(key: String, value: String)]

    /// A table from its columns.
    public init(massesGeV: [Double], radiativeEvents: [Double], resonantEvents: [Double], metadata: [(key: String, value: String)] = []) {
        self.massesGeV = massesGeV
        self.radiativeEvents = radiativeEvents
        self.resonantEvents = resonantEvents
        self.metadata = metadata
    }

    /// Radiative + resonant.
    public var totalEvents: [Double] { zip(radiativeEvents, resonantEvents).map { $0 + $1 } }

    public var table: Table {
        let total = totalEvents
        return Table(
            columns: [
                .init("m_GeV", unit: "GeV", "Z′ mass", massesGeV),
                .init("radiative", unit: "events", "expected radiative (strahlung) signal events", radiativeEvents),
                .init("resonant", unit: "events", "expected resonant (e+e- annihilation) signal events", resonantEvents),
                .init("total", unit: "events", "radiative + resonant", total),
                .init(
                    "resonant_fraction", unit: "1", "resonant / total (0 where total = 0)",
                    zip(resonantEvents, total).map { $1 > 0 ? $0 / $1 : 0 })
            ], metadata: metadata)
    }

    /// Reads the table (the derived columns are recomputed, not read).
    public init(decoding data: Data) throws {
        let table = try Table(decoding: data)
        let columns = try table.columns(["m_GeV", "radiative", "resonant"])
        self.init(massesGeV: columns[0], radiativeEvents: columns[1], resonantEvents: columns[2], metadata: table.metadata)
    }

    public static func == (a: Self, b: Self) -> Bool { a.table == b.table }
}
