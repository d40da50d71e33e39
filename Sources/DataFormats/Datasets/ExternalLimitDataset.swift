/// An external limit (a curve, a band, or a closed region in the mass–coupling plane), loaded and validated.
///
/// Masses are in GeV whatever unit the file declared; the coupling is kept as declared
/// (`coupling` says whether it is g′, g′/e or ε). Points are split into segments at gap markers:
/// never interpolate between two segments.
public struct ExternalLimitDataset: Sendable, Equatable {
    /// The dataset's name (`name` key), kebab-case.
    public var name: String
    /// The file it was read from, as named by the caller.
    public var file: String
    /// The format version of the file.
    public var formatVersion: Int
    /// The experiment (`experiment` key), e.g. `BaBar`.
    public var experiment: String
    /// The paper the limit belongs to.
    public var paper: DatasetPaper
    /// The model the limit is expressed in.
    public var model: DatasetModel
    /// What the numbers are: upper-limit curve, band edges or closed region (never `.table`).
    public var kind: DatasetKind
    /// The mass quantity and unit as declared (`x` key); segment masses are converted to GeV.
    public var mass: DatasetQuantity
    /// The coupling quantity the y values hold (`y` key), dimensionless.
    public var coupling: DatasetCoupling
    /// The confidence level as written (`confidence-level` key), e.g. `90%` or `2 sigma`.
    public var confidenceLevel: String
    /// Origin, licence, citation and source file.
    public var provenance: DatasetProvenance
    /// The points, split at gap markers.
    public var segments: [DatasetSegment]
    /// For the dark model: α_D and m_Z′/m_χ when the file declares them (`alpha-d`, `mass-ratio` keys).
    public var darkSector: DatasetDarkSector?
    /// The 1-based line of each header key in the file (`y` → 11), for messages that point at a declaration;
    /// empty for datasets that were not read from a file.
    public var headerLines: [String: Int] = [:]

    /// Creates a dataset from already validated parts.
    public init(
        name: String, file: String, formatVersion: Int, experiment: String, paper: DatasetPaper,
        model: DatasetModel, kind: DatasetKind, mass: DatasetQuantity, coupling: DatasetCoupling,
        confidenceLevel: String, provenance: DatasetProvenance, segments: [DatasetSegment],
        darkSector: DatasetDarkSector? = nil
    ) {
        self.name = name
        self.file = file
        self.formatVersion = formatVersion
        self.experiment = experiment
        self.paper = paper
        self.model = model
        self.kind = kind
        self.mass = mass
        self.coupling = coupling
        self.confidenceLevel = confidenceLevel
        self.provenance = provenance
        self.segments = segments
        self.darkSector = darkSector
    }

    /// `FILE:LINE` of a header key, or the file alone when the line is not known.
    public func place(ofHeaderKey key: String) -> String {
        headerLines[key].map { "\(file):\($0)" } ?? file
    }

    /// The number of points over all segments.
    public var pointCount: Int { segments.reduce(0) { $0 + $1.massesInGeV.count } }

    /// The smallest and largest mass in GeV over all segments.
    public var massRangeInGeV: ClosedRange<Double> {
        let all = segments.flatMap(\.massesInGeV)
        return (all.min() ?? 0)...(all.max() ?? 0)
    }
}

/// A run of points between gap markers.
public struct DatasetSegment: Sendable, Equatable {
    /// Masses in GeV: strictly increasing for curves and bands, in contour order for closed regions.
    public var massesInGeV: [Double]
    /// The coupling (as declared by the dataset): the curve, the region's contour, or the band's lower edge.
    public var couplings: [Double]
    /// The band's upper edge (`y_upper` column); `nil` unless the dataset's kind is band edges.
    public var upperCouplings: [Double]?
    /// The 1-based file line of each point, for messages that point back into the file.
    public var lines: [Int]

    /// Creates a segment; the arrays must have equal lengths.
    public init(massesInGeV: [Double], couplings: [Double], upperCouplings: [Double]?, lines: [Int]) {
        self.massesInGeV = massesInGeV
        self.couplings = couplings
        self.upperCouplings = upperCouplings
        self.lines = lines
    }
}
