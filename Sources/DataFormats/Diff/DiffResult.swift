/// How a series or figure compares with the baseline, from best to worst.
public enum DiffVerdict: Int, Sendable, Equatable, Comparable {
    /// Every value and x is exactly the baseline's.
    case identical
    /// Some values moved, all within tolerance, and the x values match.
    case withinTolerance
    /// A value moved beyond tolerance, or points, series or axes were added, removed or changed.
    case beyondTolerance
    /// Present only in the new data.
    case added
    /// Present only in the baseline.
    case removed

    /// The verdict on one series compared point by point (on one grid or by interpolation): beyond tolerance
    /// when a point is, or when points were added or removed; within tolerance when some value moved; else identical.
    static func ofSeries(pointsBeyondTolerance: Int, pointsAddedOrRemoved: Int, anyValueMoved: Bool) -> DiffVerdict {
        if pointsBeyondTolerance > 0 || pointsAddedOrRemoved > 0 { return .beyondTolerance }
        return anyValueMoved ? .withinTolerance : .identical
    }

    /// Verdicts ordered by the `Int` raw value (identical first).
    public static func < (lhs: DiffVerdict, rhs: DiffVerdict) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// Whether this verdict fails CI (exit status 1): anything but identical or within tolerance.
    public var failsCheck: Bool {
        self != .identical && self != .withinTolerance
    }
}

/// One value that moved: where, from what, to what.
public struct DiffPointChange: Sendable, Equatable {
    /// The x of the point (the baseline's).
    public var x: Double
    /// The baseline value.
    public var old: Double
    /// The new value.
    public var new: Double
    /// The signed relative change, `(new − old) / max(|old|, atol)` (see ``DiffTolerance``).
    public var relativeChange: Double

    /// Creates a point change.
    public init(x: Double, old: Double, new: Double, relativeChange: Double) {
        self.x = x
        self.old = old
        self.new = new
        self.relativeChange = relativeChange
    }
}

/// The comparison of one series with its baseline.
public struct DiffSeriesResult: Sendable, Equatable {
    /// The series name.
    public var name: String
    /// The verdict: identical, within or beyond tolerance, added, removed.
    public var verdict: DiffVerdict
    /// The tolerance that was applied.
    public var tolerance: DiffTolerance
    /// Points in the baseline (0 for an added series).
    public var baselinePointCount: Int
    /// Points in the new data (0 for a removed series).
    public var candidatePointCount: Int
    /// Points present on both sides (x matching within ``FigureDataDiff/xMatchTolerance``).
    public var comparedPointCount: Int
    /// The common point with the largest |relative change|, the first such x on ties;
    /// `nil` when no common value moved.
    public var largestChange: DiffPointChange?
    /// Common points whose change is beyond tolerance.
    public var pointsBeyondTolerance: Int
    /// Points only in the new data: on one grid, x values the baseline lacks; on two grids, points
    /// outside every baseline segment (beyond the common range or in a baseline gap).
    public var addedPoints: [FigureDataPoint]
    /// Points only in the baseline (likewise, outside every segment of the new data).
    public var removedPoints: [FigureDataPoint]
    /// How values between points were estimated when the grids differ; `nil` when the series
    /// was compared point by point (same grid, or a closed region).
    public var interpolation: DiffInterpolation?
    /// With ``interpolation``: how many of the compared points had their other side's value
    /// interpolated (the others sit at an x both sides hold).
    public var interpolatedPointCount = 0
    /// With ``interpolation``: the x range both sides cover, from the larger first x to the
    /// smaller last x (`nil` when they do not overlap).
    public var commonRange: ClosedRange<Double>?
    /// The baseline's kind of curve; `nil` for a baseline in format 1 (or an added series).
    public var baselineKind: FigureDataSeriesKind?
    /// The new data's kind of curve; `nil` for a removed series.
    public var candidateKind: FigureDataSeriesKind?
    /// Segments in the baseline; `nil` when unknown (format 1) or for an added series.
    public var baselineSegmentCount: Int?
    /// Segments in the new data; `nil` for a removed series.
    public var candidateSegmentCount: Int?

    /// Creates a series result.
    public init(
        name: String, verdict: DiffVerdict, tolerance: DiffTolerance,
        baselinePointCount: Int, candidatePointCount: Int, comparedPointCount: Int,
        largestChange: DiffPointChange?, pointsBeyondTolerance: Int,
        addedPoints: [FigureDataPoint], removedPoints: [FigureDataPoint],
        interpolation: DiffInterpolation? = nil,
        baselineKind: FigureDataSeriesKind? = nil, candidateKind: FigureDataSeriesKind? = nil,
        baselineSegmentCount: Int? = nil, candidateSegmentCount: Int? = nil
    ) {
        self.interpolation = interpolation
        self.baselineKind = baselineKind
        self.candidateKind = candidateKind
        self.baselineSegmentCount = baselineSegmentCount
        self.candidateSegmentCount = candidateSegmentCount
        self.name = name
        self.verdict = verdict
        self.tolerance = tolerance
        self.baselinePointCount = baselinePointCount
        self.candidatePointCount = candidatePointCount
        self.comparedPointCount = comparedPointCount
        self.largestChange = largestChange
        self.pointsBeyondTolerance = pointsBeyondTolerance
        self.addedPoints = addedPoints
        self.removedPoints = removedPoints
    }
}

extension DiffSeriesResult {
    /// Whether the kind of curve changed (both sides recorded one).
    public var kindChanged: Bool {
        guard let baselineKind, let candidateKind else { return false }
        return baselineKind != candidateKind
    }

    /// Whether the number of segments (gaps + 1) changed (both sides recorded them).
    public var segmentsChanged: Bool {
        guard let baselineSegmentCount, let candidateSegmentCount else { return false }
        return baselineSegmentCount != candidateSegmentCount
    }

    /// Whether the curve's structure (kind or segments) changed: a change beyond tolerance.
    public var structureChanged: Bool { kindChanged || segmentsChanged }

    /// Whether the baseline recorded no structure (format 1) while the new data does: kinds and
    /// segments were not compared.
    public var baselineWithoutStructure: Bool { baselineKind == nil && candidateKind != nil && baselinePointCount > 0 }
}

/// An axis whose label or unit differs from the baseline's.
public struct DiffAxisChange: Sendable, Equatable {
    /// `x` or `y`.
    public var axis: String
    /// The baseline axis.
    public var old: FigureDataAxis
    /// The new axis.
    public var new: FigureDataAxis

    /// Creates an axis change.
    public init(axis: String, old: FigureDataAxis, new: FigureDataAxis) {
        self.axis = axis
        self.old = old
        self.new = new
    }
}

/// The comparison of one figure with its baseline.
public struct DiffFigureResult: Sendable, Equatable {
    /// The figure name.
    public var figure: String
    /// The worst verdict of its series and axes, or added/removed for the whole figure.
    public var verdict: DiffVerdict
    /// The x axis, to say where a change is (the new data's, or the baseline's if removed).
    public var x: FigureDataAxis
    /// Axes whose label or unit changed (each is a change beyond tolerance).
    public var axisChanges: [DiffAxisChange]
    /// One result per series: baseline order, then added series in the new data's order.
    public var series: [DiffSeriesResult]

    /// Creates a figure result.
    public init(
        figure: String, verdict: DiffVerdict, x: FigureDataAxis,
        axisChanges: [DiffAxisChange], series: [DiffSeriesResult]
    ) {
        self.figure = figure
        self.verdict = verdict
        self.x = x
        self.axisChanges = axisChanges
        self.series = series
    }
}

/// The comparison of a directory of figure data with its baseline.
public struct DiffResult: Sendable, Equatable {
    /// One result per figure on either side, sorted by figure name.
    public var figures: [DiffFigureResult]

    /// Creates a result.
    public init(figures: [DiffFigureResult]) {
        self.figures = figures
    }

    /// The worst verdict over all figures (`identical` when there are none).
    public var verdict: DiffVerdict {
        figures.map(\.verdict).max() ?? .identical
    }

    /// The process exit status for `figures diff`: 0 when everything is within tolerance,
    /// 1 when anything is beyond it or was added or removed.
    public var exitStatus: Int32 {
        figures.contains { $0.verdict.failsCheck } ? 1 : 0
    }
}
