/// A generic table of named columns with units, in the dataset file format with `kind: table`
/// (e.g. differential track lengths imported from a Geant4 run).
///
/// Values are converted to the canonical unit of each column's dimension (GeV, cm, cm/GeV, cm², 1).
/// The first column is the abscissa: positive and strictly increasing. Other columns are finite and ≥ 0.
public struct DatasetColumnTable: Sendable, Equatable {
    /// The table's name (`name` key).
    public var name: String
    /// The file it was read from, as named by the caller.
    public var file: String
    /// The format version of the file.
    public var formatVersion: Int
    /// Origin, licence, citation and source file.
    public var provenance: DatasetProvenance
    /// The columns, in file order.
    public var columns: [DatasetColumn]

    /// Creates a table from validated parts.
    public init(
        name: String, file: String, formatVersion: Int, provenance: DatasetProvenance, columns: [DatasetColumn]
    ) {
        self.name = name
        self.file = file
        self.formatVersion = formatVersion
        self.provenance = provenance
        self.columns = columns
    }

    /// The column called `name`, if any.
    public func column(named name: String) -> DatasetColumn? {
        columns.first { $0.name == name }
    }
}

/// One column of a `DatasetColumnTable`.
public struct DatasetColumn: Sendable, Equatable {
    /// The column's name, as in the CSV header line.
    public var name: String
    /// The unit the file declared; `values` are in `declaredUnit.dimension.canonicalUnit`.
    public var declaredUnit: DatasetUnit
    /// The description from the `# column:` line (may be empty).
    public var description: String
    /// The values, converted to the canonical unit of the declared unit's dimension.
    public var values: [Double]

    /// Creates a column.
    public init(name: String, declaredUnit: DatasetUnit, description: String, values: [Double]) {
        self.name = name
        self.declaredUnit = declaredUnit
        self.description = description
        self.values = values
    }

    /// The unit `values` are in.
    public var unit: DatasetUnit { declaredUnit.dimension.canonicalUnit }
}
