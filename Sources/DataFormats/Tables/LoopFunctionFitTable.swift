import Foundation

/// The `loop-function-fit` step's `table`: the exact Re Π(m²) and a compact fitted parameterisation of it
/// against m_Z′, bare normalisation g = 2π²/e (docs/PHYSICS.md §1; the 2022 paper's Fig. 8).
///
/// Columns `m_GeV`, `re_pi_exact`, `re_pi_fit`, `relative_error` (fit/exact − 1); the fit's coefficients and
/// its largest |relative error| are in the metadata.
public struct LoopFunctionFitTable: InterStepTable, Equatable {
    /// The columns, in order.
    public static let columnNames = ["m_GeV", "re_pi_exact", "re_pi_fit", "relative_error"]

    /// Z′ masses [GeV].
    public var massesGeV: [Double]
    /// Re Π from the closed form.
    public var exact: [Double]
    /// Re Π from the fit.
    public var fitted: [Double]
    /// degree, coefficients, maximum_relative_error (as the step writes them).
    public var metadata: [(key: String, value: String)]

    /// A table from its columns.
    public init(massesGeV: [Double], exact: [Double], fitted: [Double], metadata: [(key: String, value: String)] = []) {
        self.massesGeV = massesGeV
        self.exact = exact
        self.fitted = fitted
        self.metadata = metadata
    }

    public var table: Table {
        Table(
            columns: [
                .init("m_GeV", unit: "GeV", "Z' mass m_Z'", massesGeV),
                .init("re_pi_exact", unit: "1", "Re Pi(m^2) from the closed form, g = 2 pi^2/e", exact),
                .init("re_pi_fit", unit: "1", "Re Pi(m^2) from the fitted parameterisation, g = 2 pi^2/e", fitted),
                .init("relative_error", unit: "1", "fit / exact - 1", zip(fitted, exact).map { $0 / $1 - 1 })
            ], metadata: metadata)
    }

    /// Reads the table.
    public init(decoding data: Data) throws {
        let table = try Table(decoding: data)
        let columns = try table.columns(Self.columnNames)
        self.init(massesGeV: columns[0], exact: columns[1], fitted: columns[2], metadata: table.metadata)
    }

    public static func == (a: Self, b: Self) -> Bool { a.table == b.table }
}
