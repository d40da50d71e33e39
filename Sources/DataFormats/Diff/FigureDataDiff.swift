/// Comparison of figure data with a baseline, figure by figure and series by series.
///
/// A series on the same x grid as its baseline (every x matching within ``xMatchTolerance``,
/// relative), or a closed region, is compared point by point: the two x-sorted point lists are
/// merged in one pass, equal x values pair up in order, unpaired points are added or removed.
/// A series on another grid is compared by interpolation (``compareInterpolated``): at every
/// point of either side that lies within a segment of the other, log-log where the figure's axes
/// are log; points outside the common range are reported (added or removed), never
/// extrapolated, and nothing is interpolated across a gap.
/// Complexity: O(n + m) per series on one grid, O((n + m) log(n + m)) on two.
public enum FigureDataDiff {
    /// Two x values are the same point when `|a − b| ≤ xMatchTolerance · max(|a|, |b|)`.
    public static let xMatchTolerance = 1e-12

    /// Compares two directories of figure data (figure name → data). Figures only in
    /// `candidate` are added, only in `baseline` removed. Results are sorted by figure name.
    public static func compare(
        baseline: [String: FigureData],
        candidate: [String: FigureData],
        tolerances: DiffTolerances = DiffTolerances()
    ) -> DiffResult {
        let names = Set(baseline.keys).union(candidate.keys).sorted()
        return DiffResult(
            figures: names.map { name in
                switch (baseline[name], candidate[name]) {
                case let (old?, new?):
                    return compare(baseline: old, candidate: new, tolerances: tolerances)
                case let (old?, nil):
                    return wholeFigure(old, name: name, verdict: .removed, tolerances: tolerances)
                case let (nil, new?):
                    return wholeFigure(new, name: name, verdict: .added, tolerances: tolerances)
                case (nil, nil):
                    preconditionFailure("every name comes from one of the two sides")
                }
            })
    }

    /// Compares one figure with its baseline; the tolerances are looked up by the new data's
    /// figure name.
    public static func compare(
        baseline: FigureData,
        candidate: FigureData,
        tolerances: DiffTolerances = DiffTolerances()
    ) -> DiffFigureResult {
        let figure = candidate.figure
        let scales = DiffInterpolation(
            xScale: candidate.xScale ?? baseline.xScale ?? .linear, yScale: candidate.yScale ?? baseline.yScale ?? .linear)
        var axisChanges: [DiffAxisChange] = []
        if baseline.x != candidate.x { axisChanges.append(DiffAxisChange(axis: "x", old: baseline.x, new: candidate.x)) }
        if baseline.y != candidate.y { axisChanges.append(DiffAxisChange(axis: "y", old: baseline.y, new: candidate.y)) }

        var results: [DiffSeriesResult] = []
        let candidateByName = Dictionary(candidate.series.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let baselineNames = Set(baseline.series.map(\.name))
        for old in baseline.series {
            let tolerance = tolerances.tolerance(figure: figure, series: old.name)
            if let new = candidateByName[old.name] {
                results.append(compare(baseline: old, candidate: new, tolerance: tolerance, scales: scales))
            } else {
                results.append(wholeSeries(old, verdict: .removed, tolerance: tolerance))
            }
        }
        for new in candidate.series where !baselineNames.contains(new.name) {
            let tolerance = tolerances.tolerance(figure: figure, series: new.name)
            results.append(wholeSeries(new, verdict: .added, tolerance: tolerance))
        }

        let seriesVerdict =
            results.map { $0.verdict == .added || $0.verdict == .removed ? .beyondTolerance : $0.verdict }.max() ?? .identical
        let verdict = axisChanges.isEmpty ? seriesVerdict : .beyondTolerance
        return DiffFigureResult(figure: figure, verdict: verdict, x: candidate.x, axisChanges: axisChanges, series: results)
    }

    /// Compares one series with its baseline under one tolerance: point by point on one grid (or
    /// for a closed region), by interpolation in `scales` on two.
    ///
    /// - Complexity: O(n + m) on one grid, O((n + m) log(n + m)) on two.
    public static func compare(
        baseline: FigureDataSeries,
        candidate: FigureDataSeries,
        tolerance: DiffTolerance,
        scales: DiffInterpolation = DiffInterpolation(xScale: .linear, yScale: .linear)
    ) -> DiffSeriesResult {
        let isContour = baseline.kind == .closedRegion || candidate.kind == .closedRegion
        var result: DiffSeriesResult
        if isContour || sameGrid(baseline.points, candidate.points) {
            result = comparePointByPoint(baseline: baseline, candidate: candidate, tolerance: tolerance)
        } else {
            result = compareInterpolated(baseline: baseline, candidate: candidate, tolerance: tolerance, scales: scales)
        }
        result.baselineKind = baseline.kind
        result.candidateKind = candidate.kind
        // Format 1 records no structure: its segment count is unknown, not 1.
        result.baselineSegmentCount = baseline.kind == nil ? nil : baseline.segments.count
        result.candidateSegmentCount = candidate.kind == nil ? nil : candidate.segments.count
        if result.structureChanged && result.verdict != .added && result.verdict != .removed {
            result.verdict = .beyondTolerance
        }
        return result
    }

    /// Whether two point lists have the same x values in the same order (within ``xMatchTolerance``).
    static func sameGrid(_ old: [FigureDataPoint], _ new: [FigureDataPoint]) -> Bool {
        old.count == new.count && zip(old, new).allSatisfy { sameX($0.x, $1.x) }
    }

    /// The merge of two x-sorted point lists: common x compared, the others added or removed.
    static func comparePointByPoint(
        baseline: FigureDataSeries,
        candidate: FigureDataSeries,
        tolerance: DiffTolerance
    ) -> DiffSeriesResult {
        let oldPoints = sortedByX(baseline.points)
        let newPoints = sortedByX(candidate.points)
        var oldIndex = 0
        var newIndex = 0
        var compared = 0
        var beyond = 0
        var largest: DiffPointChange?, largestBeyond: DiffPointChange?
        var added: [FigureDataPoint] = []
        var removed: [FigureDataPoint] = []
        while oldIndex < oldPoints.count || newIndex < newPoints.count {
            guard oldIndex < oldPoints.count else {
                added.append(newPoints[newIndex]); newIndex += 1; continue
            }
            guard newIndex < newPoints.count else {
                removed.append(oldPoints[oldIndex]); oldIndex += 1; continue
            }
            let old = oldPoints[oldIndex]
            let new = newPoints[newIndex]
            if sameX(old.x, new.x) {
                compared += 1
                let accepted = tolerance.accepts(old: old.y, new: new.y)
                if !accepted { beyond += 1 }
                if old.y != new.y {
                    let change = tolerance.relativeChange(old: old.y, new: new.y)
                    let point = DiffPointChange(x: old.x, old: old.y, new: new.y, relativeChange: change)
                    // The change to report is the largest among points beyond tolerance: a −100 % on a
                    // value below `atol` (10⁻¹³⁰ events → 0) is not what a reviewer needs to see.
                    if !accepted, largestBeyond.map({ abs(change) > abs($0.relativeChange) }) ?? true { largestBeyond = point }
                    if largest.map({ abs(change) > abs($0.relativeChange) }) ?? true { largest = point }
                }
                oldIndex += 1
                newIndex += 1
            } else if old.x < new.x {
                removed.append(old); oldIndex += 1
            } else {
                added.append(new); newIndex += 1
            }
        }
        let verdict = DiffVerdict.ofSeries(
            pointsBeyondTolerance: beyond, pointsAddedOrRemoved: added.count + removed.count, anyValueMoved: largest != nil)
        return DiffSeriesResult(
            name: candidate.name, verdict: verdict, tolerance: tolerance,
            baselinePointCount: oldPoints.count, candidatePointCount: newPoints.count, comparedPointCount: compared,
            largestChange: largestBeyond ?? largest, pointsBeyondTolerance: beyond, addedPoints: added, removedPoints: removed
        )
    }

    /// Whether two x values are the same point (see ``xMatchTolerance``).
    public static func sameX(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= xMatchTolerance * max(abs(a), abs(b))
    }

    /// The points in x order, keeping the order of equal x values; O(n) when already sorted.
    static func sortedByX(_ points: [FigureDataPoint]) -> [FigureDataPoint] {
        if zip(points, points.dropFirst()).allSatisfy({ $0.x <= $1.x }) { return points }
        return points.enumerated()
            .sorted { ($0.element.x, $0.offset) < ($1.element.x, $1.offset) }
            .map(\.element)
    }

    static func wholeSeries(_ series: FigureDataSeries, verdict: DiffVerdict, tolerance: DiffTolerance) -> DiffSeriesResult {
        DiffSeriesResult(
            name: series.name, verdict: verdict, tolerance: tolerance,
            baselinePointCount: verdict == .removed ? series.points.count : 0,
            candidatePointCount: verdict == .added ? series.points.count : 0,
            comparedPointCount: 0, largestChange: nil, pointsBeyondTolerance: 0,
            addedPoints: [], removedPoints: []
        )
    }

    static func wholeFigure(_ data: FigureData, name: String, verdict: DiffVerdict, tolerances: DiffTolerances) -> DiffFigureResult {
        DiffFigureResult(
            figure: name, verdict: verdict, x: data.x, axisChanges: [],
            series: data.series.map { wholeSeries($0, verdict: verdict, tolerance: tolerances.tolerance(figure: name, series: $0.name)) }
        )
    }
}
