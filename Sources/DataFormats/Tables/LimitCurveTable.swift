import Foundation

/// One curve of the `limits` step (an artifact per experiment × scenario): g_up vs m_Z′ (docs/PHYSICS.md §10).
///
/// Columns `m_GeV`, `g_limit` and `iterations` (of the width iteration); masses without sensitivity have no row.
public struct LimitCurveTable: InterStepTable, Equatable {
    /// The columns, in order.
    public static let columnNames = ["m_GeV", "g_limit", "iterations"]

    /// Z′ masses [GeV].
    public var massesGeV: [Double]
    /// Upper limits on g_Z′.
    public var couplingLimits: [Double]
    /// Width iterations until |Δg|/g < 10⁻⁶.
    public var iterations: [Int]
    /// The confidence level as written in the `g_limit` description (e.g. `0.9`).
    public var confidenceLevel: String
    /// experiment, scenario, method, upper_limit_events, atomic_motion, approximation (as the step writes them).
    public var metadata: [(key: String, value: String)]

    /// A table from its columns.
    public init(
        massesGeV: [Double], couplingLimits: [Double], iterations: [Int], confidenceLevel: String,
        metadata: [(key: String, value: String)] = []
    ) {
        self.massesGeV = massesGeV
        self.couplingLimits = couplingLimits
        self.iterations = iterations
        self.confidenceLevel = confidenceLevel
        self.metadata = metadata
    }

    public var table: Table {
        Table(
            columns: [
                .init("m_GeV", unit: "GeV", "Z′ mass", massesGeV),
                .init("g_limit", unit: "1", "upper limit on g_Z′ at \(confidenceLevel) CL", couplingLimits),
                .init("iterations", unit: "1", "width iterations until |Δg|/g < 1e-6", iterations.map(Double.init))
            ], metadata: metadata)
    }

    /// Reads the table; the confidence level is taken from the `g_limit` description.
    public init(decoding data: Data) throws {
        let table = try Table(decoding: data)
        let columns = try table.columns(Self.columnNames)
        let iterations = columns[2].compactMap { $0 >= 0 && $0 == $0.rounded() ? Int($0) : nil }
        guard iterations.count == columns[2].count else {
            throw TableError(line: nil, "column 'iterations': expected whole numbers ≥ 0")
        }
        let description = table.columns.first { $0.name == "g_limit" }?.description ?? ""
        let prefix = "upper limit on g_Z′ at ", suffix = " CL"
        let level =
            description.hasPrefix(prefix) && description.hasSuffix(suffix)
            ? String(description.dropFirst(prefix.count).dropLast(suffix.count)) : ""
        self.init(
            massesGeV: columns[0], couplingLimits: columns[1], iterations: iterations, confidenceLevel: level,
            metadata: table.metadata)
    }

    public static func == (a: Self, b: Self) -> Bool { a.table == b.table }
}
