import Foundation

/// The `loop-function` step's `table`: Π(q²) in the normalisation g = 2π²/e (docs/PHYSICS.md §1).
///
/// Columns `q2_GeV2`, `re_pi`, `im_pi`, `abs_pi`.
public struct LoopFunctionTable: InterStepTable, Equatable {
    /// The columns, in order.
    public static let columnNames = ["q2_GeV2", "re_pi", "im_pi", "abs_pi"]

    /// q² [GeV²].
    public var q2GeV2: [Double]
    /// Re Π.
    public var real: [Double]
    /// Im Π.
    public var imaginary: [Double]
    /// |Π|.
    public var magnitude: [Double]
    /// normalisation, thresholds_GeV2 (as the step writes them).
    public var metadata: [(key: String, value: String)]

    /// A table from its columns.
    public init(q2GeV2: [Double], real: [Double], imaginary: [Double], magnitude: [Double], metadata: [(key: String, value: String)] = []) {
        self.q2GeV2 = q2GeV2
        self.real = real
        self.imaginary = imaginary
        self.magnitude = magnitude
        self.metadata = metadata
    }

    public var table: Table {
        Table(
            columns: [
                .init("q2_GeV2", unit: "GeV^2", "squared four-momentum q² through the loop", q2GeV2),
                .init("re_pi", unit: "1", "Re Π(q²) for g = 2π²/e", real),
                .init("im_pi", unit: "1", "Im Π(q²) for g = 2π²/e", imaginary),
                .init("abs_pi", unit: "1", "|Π(q²)| for g = 2π²/e", magnitude)
            ], metadata: metadata)
    }

    /// Reads the table.
    public init(decoding data: Data) throws {
        let table = try Table(decoding: data)
        let columns = try table.columns(Self.columnNames)
        self.init(q2GeV2: columns[0], real: columns[1], imaginary: columns[2], magnitude: columns[3], metadata: table.metadata)
    }

    public static func == (a: Self, b: Self) -> Bool { a.table == b.table }
}
