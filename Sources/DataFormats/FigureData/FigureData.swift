/// The data behind one figure: every curve it draws, in the units of its axes.
///
/// This is the CI baseline committed as `out/data/<figure>.csv` (see docs/CI.md).
/// The on-disk form is described in `FigureData+Encoding.swift`; ``encoded()`` and
/// ``init(parsing:fileName:)`` are exact inverses for every value that ``validate()`` accepts.
public struct FigureData: Sendable, Equatable {
    /// The version written in the `# format: figure-data N` line: 2 records segments, series kinds and
    /// axis scales. The parser also reads version 1 (`series,x,y`, no structure) and refuses any other.
    public static let formatVersion = 2
    /// The format marker written as the first line, `# format: figure-data 2`.
    public static let formatMarker = FormatMarker("figure-data", formatVersion)
    /// Every version the parser reads.
    public static let readableVersions = [1, 2]

    /// The figure's name, kebab-case; also the file's base name (`<figure>.csv`).
    public var figure: String
    /// The horizontal axis: what `x` in every row means.
    public var x: FigureDataAxis
    /// The vertical axis: what `y` in every row means.
    public var y: FigureDataAxis
    /// How the figure draws x (`log` or `linear`); `nil` when not recorded (format 1).
    /// `figures diff` interpolates in log x on a log axis.
    public var xScale: FigureDataScale?
    /// How the figure draws y; `nil` when not recorded (format 1).
    public var yScale: FigureDataScale?
    /// Free-text remarks written as `# note:` lines, in order (one line each).
    public var notes: [String]
    /// The curves, in the order the figure gives them (this order is kept on disk and in reports).
    public var series: [FigureDataSeries]

    /// Creates figure data; nothing is checked until it is encoded or ``validate()`` is called.
    public init(
        figure: String,
        x: FigureDataAxis,
        y: FigureDataAxis,
        xScale: FigureDataScale? = nil,
        yScale: FigureDataScale? = nil,
        notes: [String] = [],
        series: [FigureDataSeries] = []
    ) {
        self.figure = figure
        self.x = x
        self.y = y
        self.xScale = xScale
        self.yScale = yScale
        self.notes = notes
        self.series = series
    }

    /// The series with this name, if any.
    public func series(named name: String) -> FigureDataSeries? {
        series.first { $0.name == name }
    }
}

/// One axis of a figure: a label and, unless the quantity is dimensionless, a unit.
///
/// Written as `LABEL [UNIT]`, or `LABEL` alone when `unit` is `nil`.
public struct FigureDataAxis: Sendable, Equatable {
    /// What the axis shows, e.g. `m_Z'`.
    public var label: String
    /// The unit, e.g. `GeV`; `nil` for a dimensionless quantity.
    public var unit: String?

    /// Creates an axis description.
    public init(label: String, unit: String? = nil) {
        self.label = label
        self.unit = unit
    }

    /// The axis as written in the file header and in reports: `m_Z' [GeV]`.
    public var text: String {
        guard let unit else { return label }
        return "\(label) [\(unit)]"
    }
}

/// One point of a curve.
public struct FigureDataPoint: Sendable, Equatable {
    /// The abscissa, in the unit of the figure's x axis.
    public var x: Double
    /// The ordinate, in the unit of the figure's y axis.
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// One named curve of a figure: its points in one or more segments, x non-decreasing in each.
public struct FigureDataSeries: Sendable, Equatable {
    /// The series name, kebab-case (lowercase letters and digits, with `.` allowed inside a
    /// word as in `alpha-d-0.1`), stable across builds: CI and tests address curves by it.
    public var name: String
    /// What the curve is on the figure (a line, a band edge, the edge of an excluded region);
    /// `nil` when not recorded (format 1).
    public var kind: FigureDataSeriesKind?
    /// The points, segment after segment, x non-decreasing within a segment (equal x values are
    /// allowed, e.g. a vertical edge); in any order for a closed region.
    public var points: [FigureDataPoint]
    /// Indices into ``points`` where a new segment starts after a gap (increasing, each in
    /// `1..<points.count`); empty for one unbroken curve. Nothing joins two segments.
    public var segmentStarts: [Int]

    /// Creates a series from points, one segment unless `segmentStarts` says otherwise.
    public init(name: String, kind: FigureDataSeriesKind? = .line, points: [FigureDataPoint], segmentStarts: [Int] = []) {
        self.name = name
        self.kind = kind
        self.points = points
        self.segmentStarts = segmentStarts
    }

    /// Creates a series from parallel arrays of x and y values (the shorter length wins).
    public init(name: String, kind: FigureDataSeriesKind? = .line, x: [Double], y: [Double]) {
        self.init(name: name, kind: kind, points: zip(x, y).map { FigureDataPoint(x: $0, y: $1) })
    }

    /// Creates a series from segments (empty segments are skipped), recording where each starts.
    public init(name: String, kind: FigureDataSeriesKind?, segments: [[FigureDataPoint]]) {
        var points: [FigureDataPoint] = []
        var starts: [Int] = []
        for segment in segments where !segment.isEmpty {
            if !points.isEmpty { starts.append(points.count) }
            points += segment
        }
        self.init(name: name, kind: kind, points: points, segmentStarts: starts)
    }

    /// The segments, in order: the points between consecutive gaps.
    public var segments: [ArraySlice<FigureDataPoint>] {
        let bounds = [0] + segmentStarts + [points.count]
        return zip(bounds, bounds.dropFirst()).map { points[$0..<$1] }
    }

    /// The two series that represent a band: `<name>-lower` and `<name>-upper`.
    public static func band(
        name: String,
        lower: [FigureDataPoint],
        upper: [FigureDataPoint]
    ) -> [FigureDataSeries] {
        [
            FigureDataSeries(name: "\(name)-lower", points: lower),
            FigureDataSeries(name: "\(name)-upper", points: upper)
        ]
    }
}
