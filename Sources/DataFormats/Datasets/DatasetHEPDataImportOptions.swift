/// What a HEPData table does not say and the importer must be told: the dataset's name, model, kind, coupling,
/// and provenance fields to use when the submission lacks them.
public struct DatasetHEPDataImportOptions: Sendable, Equatable {
    /// The dataset's name (kebab-case).
    public var name: String
    /// The experiment, e.g. `Belle II`.
    public var experiment: String
    /// The paper's title (HEPData files do not carry it).
    public var paperTitle: String
    /// The arXiv identifier; `nil` to take it from the submission's `record_ids`.
    public var paperArXiv: String?
    /// The paper's DOI, if known.
    public var paperDOI: String?
    /// The model the limit is expressed in.
    public var model: DatasetModel
    /// `.upperLimitCurve` or `.closedRegion` (band edges are not imported from HEPData).
    public var kind: DatasetKind
    /// What the selected dependent variable holds.
    public var coupling: DatasetCoupling
    /// The confidence level; `nil` to take it from the dependent variable's `CL` qualifier.
    public var confidenceLevel: String?
    /// The licence; `nil` to take the table's `data_license.name` from the submission.
    public var licence: String?
    /// The dependent variable to import, by its header name; `nil` when the table has only one (a table
    /// with several, e.g. observed and expected, is refused without a name).
    public var dependentVariableName: String?
    /// What wrote the file and from which local file (`converted-by` key), e.g. the command, the date and
    /// the input's sha256; `nil` for `DatasetHEPDataImporter`.
    public var convertedBy: String?

    /// Creates import options; see the properties for each argument.
    public init(
        name: String, experiment: String, paperTitle: String, paperArXiv: String? = nil, paperDOI: String? = nil,
        model: DatasetModel, kind: DatasetKind = .upperLimitCurve, coupling: DatasetCoupling,
        confidenceLevel: String? = nil, licence: String? = nil, dependentVariableName: String? = nil
    ) {
        self.name = name
        self.experiment = experiment
        self.paperTitle = paperTitle
        self.paperArXiv = paperArXiv
        self.paperDOI = paperDOI
        self.model = model
        self.kind = kind
        self.coupling = coupling
        self.confidenceLevel = confidenceLevel
        self.licence = licence
        self.dependentVariableName = dependentVariableName
    }
}
