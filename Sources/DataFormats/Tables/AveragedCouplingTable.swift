import Foundation

/// The `averaged-coupling` step's `table`: (I_|Π|²/N − |Π(m²)|²)/|Π(m²)|² vs m_Z′ for several α_D (docs/PHYSICS.md §5).
///
/// Columns `m_GeV` and one `relative_difference_alpha_d_<α_D>` per α_D (see `columnName(alphaDark:)`).
public struct AveragedCouplingTable: InterStepTable, Equatable {
    /// One α_D's curve.
    public struct Curve: Sendable, Equatable {
        /// α_D.
        public var alphaDark: Double
        /// The relative difference at each mass.
        public var relativeDifferences: [Double]

        /// A curve.
        public init(alphaDark: Double, relativeDifferences: [Double]) {
            self.alphaDark = alphaDark
            self.relativeDifferences = relativeDifferences
        }
    }

    /// The column prefix of the curves.
    public static let curvePrefix = "relative_difference_alpha_d_"

    /// The column holding α_D's curve: the prefix + α_D with `.` → `p`, `-` → `m` (column names are identifiers).
    public static func columnName(alphaDark: Double) -> String {
        let text = canonicalNumber(alphaDark).replacingOccurrences(of: ".", with: "p")
            .replacingOccurrences(of: "-", with: "m").replacingOccurrences(of: "+", with: "")
        return curvePrefix + text
    }

    /// The columns for these α_D, in order.
    public static func columnNames(alphaDark: [Double]) -> [String] { ["m_GeV"] + alphaDark.map(columnName(alphaDark:)) }

    /// Z′ masses [GeV].
    public var massesGeV: [Double]
    /// The curves, in column order.
    public var curves: [Curve]
    /// model, alpha_dark, average (as the step writes them).
    public var metadata: [(key: String, value: String)]

    /// A table from its columns.
    public init(massesGeV: [Double], curves: [Curve], metadata: [(key: String, value: String)] = []) {
        self.massesGeV = massesGeV
        self.curves = curves
        self.metadata = metadata
    }

    public var table: Table {
        Table(
            columns: [.init("m_GeV", unit: "GeV", "Z' mass m_Z'", massesGeV)]
                + curves.map {
                    .init(
                        Self.columnName(alphaDark: $0.alphaDark), unit: "1",
                        "(I/N - |Pi(m^2)|^2)/|Pi(m^2)|^2 for alpha_D = \(canonicalNumber($0.alphaDark))", $0.relativeDifferences)
                }, metadata: metadata)
    }

    /// Reads the table; α_D of each curve comes from the `alpha_dark` metadata (space-separated, in column order).
    public init(decoding data: Data) throws {
        let table = try Table(decoding: data)
        let alphas = (table.metadata("alpha_dark") ?? "").split(separator: " ").compactMap { Double($0) }
        let columns = try table.columns(Self.columnNames(alphaDark: alphas))
        self.init(
            massesGeV: columns[0],
            curves: zip(alphas, columns.dropFirst()).map { Curve(alphaDark: $0, relativeDifferences: $1) },
            metadata: table.metadata)
    }

    public static func == (a: Self, b: Self) -> Bool { a.table == b.table }
}
