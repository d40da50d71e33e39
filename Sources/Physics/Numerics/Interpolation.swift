/// Piecewise-linear interpolation on sorted abscissae, optionally in log–log space.
///
/// Lookup is O(1) expected: a uniform bucket table over [x.first, x.last] gives the first candidate
/// interval, then a short forward scan (at most the nodes inside one bucket; 4n buckets keep that
/// near 1 unless the nodes cluster). Outside the table it returns nil rather than extrapolating: a
/// caller must decide what an out-of-range query means.
public struct LinearInterpolator: Sendable {
    /// How the table is interpolated.
    public enum Scale: Sendable { case linear, logLog }
    /// Sorted abscissae.
    public let x: [Double]
    /// Ordinates matching `x`.
    public let y: [Double]
    /// Interpolation space.
    public let scale: Scale
    /// For bucket b, the index of the last node ≤ the bucket's lower edge.
    private let bucketStart: [Int]
    /// Buckets per unit of x.
    private let bucketsPerUnit: Double

    /// Creates an interpolator; `x` must be strictly increasing (and x, y positive for `.logLog`).
    /// Cost O(n).
    public init(x: [Double], y: [Double], scale: Scale = .linear) {
        precondition(x.count == y.count && x.count >= 2, "interpolation needs two or more points")
        self.x = x; self.y = y; self.scale = scale
        let bucketCount = 4 * x.count
        let perUnit = Double(bucketCount) / (x[x.count - 1] - x[0])
        var starts = [Int](repeating: 0, count: bucketCount + 1)
        var node = 0
        for bucket in 0...bucketCount {
            let edge = x[0] + Double(bucket) / perUnit
            while node + 1 < x.count - 1, x[node + 1] <= edge { node += 1 }
            starts[bucket] = node
        }
        bucketStart = starts
        bucketsPerUnit = perUnit
    }

    /// The interpolated value at `point`, or nil outside [x.first, x.last].
    public func callAsFunction(_ point: Double) -> Double? {
        guard point >= x[0], point <= x[x.count - 1] else { return nil }
        let bucket = min(Int((point - x[0]) * bucketsPerUnit), bucketStart.count - 1)
        var lo = bucketStart[bucket]
        while lo > 0, x[lo] > point { lo -= 1 }  // rounding at a bucket edge
        while lo + 1 < x.count - 1, x[lo + 1] <= point { lo += 1 }
        let hi = lo + 1
        switch scale {
        case .linear:
            let t = (point - x[lo]) / (x[hi] - x[lo])
            return y[lo] + t * (y[hi] - y[lo])
        case .logLog:
            let t = log(point / x[lo]) / log(x[hi] / x[lo])
            return exp(log(y[lo]) + t * log(y[hi] / y[lo]))
        }
    }
}

import Foundation
