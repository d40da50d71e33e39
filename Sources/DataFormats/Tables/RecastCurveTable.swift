import Foundation

/// The `table` of a recast step (`recast-ccfr`, `recast-borexino`, `recast-na64mu`): g_up vs m_Z′
/// (docs/PHYSICS.md §12); masses without a limit have no row. The same curve is also written as `dataset.csv`.
///
/// Columns `m_GeV` and `g_limit`; metadata experiment, model, confidence_level.
public struct RecastCurveTable: InterStepTable, Equatable {
    /// The columns, in order.
    public static let columnNames = ["m_GeV", "g_limit"]

    /// Z′ masses [GeV].
    public var massesGeV: [Double]
    /// Upper limits on g′.
    public var couplingLimits: [Double]
    /// Experiment whose data are recast.
    public var experiment: String
    /// The model the limit holds in (a dataset `model:` value).
    public var model: String
    /// Confidence level as the dataset format writes it (`90%`).
    public var confidenceLevel: String

    /// A table from its columns and provenance.
    public init(massesGeV: [Double], couplingLimits: [Double], experiment: String, model: String, confidenceLevel: String) {
        self.massesGeV = massesGeV
        self.couplingLimits = couplingLimits
        self.experiment = experiment
        self.model = model
        self.confidenceLevel = confidenceLevel
    }

    public var table: Table {
        Table(
            columns: [
                .init("m_GeV", unit: "GeV", "Z' mass", massesGeV),
                .init("g_limit", unit: "1", "upper limit on the L_mu-L_tau coupling g' at \(confidenceLevel) CL", couplingLimits)
            ], metadata: [("experiment", experiment), ("model", model), ("confidence_level", confidenceLevel)])
    }

    /// Reads the table; experiment, model and confidence level come from its metadata.
    public init(decoding data: Data) throws {
        let table = try Table(decoding: data)
        let columns = try table.columns(Self.columnNames)
        var values: [String] = []
        for key in ["experiment", "model", "confidence_level"] {
            guard let value = table.metadata(key) else { throw TableError(line: nil, "no metadata '\(key)'") }
            values.append(value)
        }
        self.init(massesGeV: columns[0], couplingLimits: columns[1], experiment: values[0], model: values[1], confidenceLevel: values[2])
    }
}
