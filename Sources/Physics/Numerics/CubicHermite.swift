/// A piecewise cubic Hermite: a cubic on each interval between increasing nodes that takes the given values and
/// slopes at both ends. The evaluation shared by the project's monotone interpolations, which differ only in how
/// they choose the slopes (`MonotoneCubic`: Fritsch–Carlson; `SmoothTrackLength`: Steffen).
struct CubicHermite: Sendable, Hashable {
    /// The nodes, increasing.
    let nodes: [Double]
    /// The values at the nodes.
    let values: [Double]
    /// The slopes at the nodes.
    let slopes: [Double]

    /// The interval i with nodes[i] ≤ point < nodes[i + 1], clamped to the first and the last; O(log n).
    func interval(containing point: Double) -> Int {
        var lo = 0, hi = nodes.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if nodes[mid] <= point { lo = mid } else { hi = mid }
        }
        return lo
    }

    /// The cubic of interval i at `point`.
    @inline(__always)
    func value(inInterval i: Int, at point: Double) -> Double {
        let h: Double = nodes[i + 1] - nodes[i], t: Double = (point - nodes[i]) / h
        let t2: Double = t * t, t3: Double = t2 * t
        let h00: Double = 2 * t3 - 3 * t2 + 1, h10: Double = t3 - 2 * t2 + t
        let h01: Double = 3 * t2 - 2 * t3, h11: Double = t3 - t2
        let left: Double = h00 * values[i] + h10 * h * slopes[i]
        return left + h01 * values[i + 1] + h11 * h * slopes[i + 1]
    }

    /// The derivative of interval i's cubic at `point`.
    @inline(__always)
    func derivative(inInterval i: Int, at point: Double) -> Double {
        derivative(inInterval: i)(point)
    }
}
