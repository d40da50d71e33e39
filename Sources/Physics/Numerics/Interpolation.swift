/// Piecewise-linear interpolation on sorted abscissae, optionally in log–log space.
///
/// Lookup is a binary search, O(log n). Outside the table it returns nil rather than
/// extrapolating: a caller must decide what an out-of-range query means.
public struct LinearInterpolator: Sendable {
    /// How the table is interpolated.
    public enum Scale: Sendable { case linear, logLog }
    /// Sorted abscissae.
    public let x: [Double]
    /// Ordinates matching `x`.
    public let y: [Double]
    /// Interpolation space.
    public let scale: Scale

    /// Creates an interpolator; `x` must be strictly increasing (and x, y positive for `.logLog`).
    public init(x: [Double], y: [Double], scale: Scale = .linear) {
        precondition(x.count == y.count && x.count >= 2, "interpolation needs two or more points")
        self.x = x; self.y = y; self.scale = scale
    }

    /// The interpolated value at `point`, or nil outside [x.first, x.last].
    public func callAsFunction(_ point: Double) -> Double? {
        guard point >= x[0], point <= x[x.count - 1] else { return nil }
        var lo = 0, hi = x.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if x[mid] <= point { lo = mid } else { hi = mid }
        }
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
