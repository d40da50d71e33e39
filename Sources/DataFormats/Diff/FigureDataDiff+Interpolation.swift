import Foundation

/// How values between two points of a curve are estimated when two grids differ: in log x on a
/// log x axis, in log y on a log y axis (a straight line on the figure, as it is drawn).
public struct DiffInterpolation: Sendable, Equatable {
    /// The figure's x scale.
    public var xScale: FigureDataScale
    /// The figure's y scale.
    public var yScale: FigureDataScale

    /// Creates an interpolation for a figure's scales.
    public init(xScale: FigureDataScale, yScale: FigureDataScale) {
        self.xScale = xScale
        self.yScale = yScale
    }

    /// `log-log`, `log-linear` (log x), `linear-log`, `linear`.
    public var name: String {
        switch (xScale, yScale) {
        case (.log, .log): return "log-log"
        case (.log, .linear): return "log-linear"
        case (.linear, .log): return "linear-log"
        case (.linear, .linear): return "linear"
        }
    }

    /// y at `x` on the segment from `a` to `b` (`a.x < x < b.x`). A log coordinate falls back to
    /// linear where a value is not positive (the figure cannot draw it on that axis either).
    func value(at x: Double, from a: FigureDataPoint, to b: FigureDataPoint) -> Double {
        let fraction: Double
        if xScale == .log, a.x > 0, b.x > 0, x > 0 {
            fraction = log(x / a.x) / log(b.x / a.x)
        } else {
            fraction = (x - a.x) / (b.x - a.x)
        }
        if yScale == .log, a.y > 0, b.y > 0 {
            return exp(log(a.y) + fraction * log(b.y / a.y))
        }
        return a.y + fraction * (b.y - a.y)
    }
}

extension FigureDataDiff {
    /// Compares a series with a baseline on another x grid.
    ///
    /// At every point of either side whose x lies within a segment of the other side (ends
    /// included), the other side's value is that segment's point at the same x if it has one,
    /// else interpolated between its two neighbours with `scales`. A point of the new data that
    /// no baseline segment covers is added, a baseline point no new segment covers is removed:
    /// outside the common range, or in a gap of the other side. A point whose x both sides hold
    /// is compared once.
    ///
    /// - Complexity: O((n + m) log(n + m)).
    public static func compareInterpolated(
        baseline: FigureDataSeries,
        candidate: FigureDataSeries,
        tolerance: DiffTolerance,
        scales: DiffInterpolation
    ) -> DiffSeriesResult {
        let oldSegments = baseline.segments.map { sortedByX(Array($0)) }
        let newSegments = candidate.segments.map { sortedByX(Array($0)) }
        var compared = 0
        var interpolated = 0
        var beyond = 0
        var largest: DiffPointChange?, largestBeyond: DiffPointChange?
        var added: [FigureDataPoint] = []
        var removed: [FigureDataPoint] = []

        func record(x: Double, old: Double, new: Double) {
            compared += 1
            let accepted = tolerance.accepts(old: old, new: new)
            if !accepted { beyond += 1 }
            guard old != new else { return }
            let change = tolerance.relativeChange(old: old, new: new)
            let point = DiffPointChange(x: x, old: old, new: new, relativeChange: change)
            if !accepted, largestBeyond.map({ abs(change) > abs($0.relativeChange) }) ?? true { largestBeyond = point }
            if largest.map({ abs(change) > abs($0.relativeChange) }) ?? true { largest = point }
        }

        for point in newSegments.joined() {
            if let old = lookUp(point.x, in: oldSegments, scales: scales) {
                if !old.isNode { interpolated += 1 }
                record(x: point.x, old: old.y, new: point.y)
            } else {
                added.append(point)
            }
        }
        for point in oldSegments.joined() {
            guard let new = lookUp(point.x, in: newSegments, scales: scales) else {
                removed.append(point)
                continue
            }
            // Already compared from the new side at this very x.
            if new.isNode { continue }
            interpolated += 1
            record(x: point.x, old: point.y, new: new.y)
        }
        let verdict = DiffVerdict.ofSeries(
            pointsBeyondTolerance: beyond, pointsAddedOrRemoved: added.count + removed.count, anyValueMoved: largest != nil)
        var result = DiffSeriesResult(
            name: candidate.name, verdict: verdict, tolerance: tolerance,
            baselinePointCount: baseline.points.count, candidatePointCount: candidate.points.count, comparedPointCount: compared,
            largestChange: largestBeyond ?? largest, pointsBeyondTolerance: beyond,
            addedPoints: added.sorted { $0.x < $1.x }, removedPoints: removed.sorted { $0.x < $1.x })
        result.interpolation = scales
        result.interpolatedPointCount = interpolated
        let oldXs = baseline.points.map(\.x), newXs = candidate.points.map(\.x)
        if let oldLow = oldXs.min(), let oldHigh = oldXs.max(), let newLow = newXs.min(), let newHigh = newXs.max(),
            max(oldLow, newLow) <= min(oldHigh, newHigh)
        {
            result.commonRange = max(oldLow, newLow)...min(oldHigh, newHigh)
        }
        return result
    }

    /// The value of a curve at `x`: a point's own y when a segment holds that x (`isNode`), else
    /// interpolated inside the segment covering x; nil when no segment covers it. O(log n) per
    /// segment.
    static func lookUp(
        _ x: Double, in segments: [[FigureDataPoint]], scales: DiffInterpolation
    ) -> (y: Double, isNode: Bool)? {
        for points in segments {
            guard let first = points.first, let last = points.last else { continue }
            guard (x >= first.x || sameX(x, first.x)) && (x <= last.x || sameX(x, last.x)) else { continue }
            // The first index whose x is not below x (binary search).
            var low = 0
            var high = points.count
            while low < high {
                let middle = (low + high) / 2
                if points[middle].x < x { low = middle + 1 } else { high = middle }
            }
            if low < points.count, sameX(points[low].x, x) { return (points[low].y, true) }
            if low > 0, sameX(points[low - 1].x, x) { return (points[low - 1].y, true) }
            guard low > 0, low < points.count else { continue }
            return (scales.value(at: x, from: points[low - 1], to: points[low]), false)
        }
        return nil
    }
}
