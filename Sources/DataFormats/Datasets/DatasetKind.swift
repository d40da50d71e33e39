/// What the numbers of a dataset are: a limit curve, the two edges of a band, a closed region, or a plain table.
public enum DatasetKind: String, Sendable, CaseIterable, Equatable {
    /// An upper limit on the coupling as a function of mass; excluded above the curve. Columns `x,y`.
    case upperLimitCurve = "upper-limit curve"
    /// The lower and upper edges of a band (e.g. the (g−2)_μ preferred band). Columns `x,y_lower,y_upper`.
    case bandEdges = "band edges"
    /// A closed contour, points in order around it (x need not increase); excluded inside. Columns `x,y`.
    case closedRegion = "closed region"
    /// The expected sensitivity of a future run (a projection), not a result; drawn as a line. Columns `x,y`.
    case projection = "projection"
    /// A generic table of named columns with units (e.g. track lengths from Geant4); declared with `# column:` keys.
    case table = "table"

    /// The CSV header line a limit dataset of this kind must carry (`nil` for tables, whose columns are declared).
    public var limitColumnNames: [String]? {
        switch self {
        case .upperLimitCurve, .closedRegion, .projection: return ["x", "y"]
        case .bandEdges: return ["x", "y_lower", "y_upper"]
        case .table: return nil
        }
    }
}
