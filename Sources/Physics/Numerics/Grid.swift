#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One-dimensional sampling grids for curves: linear grids, dense windows around features, unions
/// (logarithmic grids are `LogarithmicGrid`).
public enum Grid {
    /// `count` points from `lower` to `upper` (both included), equally spaced.
    public static func linear(from lower: Double, to upper: Double, count: Int) -> [Double] {
        precondition(upper > lower && count >= 2, "linear grid needs lower < upper and ≥ 2 points")
        return (0..<count).map { i in
            i == count - 1 ? upper : lower + (upper - lower) * Double(i) / Double(count - 1)
        }
    }

    /// Points c + w sinh(u) for u uniform in [−asinh(halfRange/w), asinh(halfRange/w)]: spacing ≈ w·du at
    /// the centre, growing linearly away from it. Resolves a feature of width w at c while reaching c ± halfRange.
    public static func sinhSpaced(center: Double, width: Double, halfRange: Double, count: Int) -> [Double] {
        precondition(width > 0 && halfRange > 0 && count >= 2, "sinh grid needs a width, a range and ≥ 2 points")
        let uMax = asinh(halfRange / width)
        return linear(from: -uMax, to: uMax, count: count).map { center + width * sinh($0) }
    }

    /// The union of the `grids`, restricted to [lower, upper], sorted, with points closer than
    /// `relativeSeparation` (relative to their magnitude) merged.
    public static func merged(_ grids: [[Double]], lower: Double, upper: Double, relativeSeparation: Double = 1e-12) -> [Double] {
        let all = grids.joined().filter { $0 >= lower && $0 <= upper }.sorted()
        var result: [Double] = []
        result.reserveCapacity(all.count)
        for x in all {
            if let last = result.last, abs(x - last) <= relativeSeparation * max(abs(x), abs(last)) { continue }
            result.append(x)
        }
        return result
    }
}

extension Grid {
    /// Edges of logarithmic bins around the given `centres` (≥ 2, increasing, > 0): inner edges at the
    /// geometric means of neighbouring centres, outer edges mirrored in ln E, so each centre is the
    /// geometric mean of its edges only if the centres are themselves log-spaced. Returns centres.count + 1 edges.
    public static func logarithmicBinEdges(centres: [Double]) -> [Double] {
        precondition(centres.count >= 2, "bin edges from centres need at least two centres")
        var inner: [Double] = []
        for index in 0..<(centres.count - 1) { inner.append((centres[index] * centres[index + 1]).squareRoot()) }
        let first = centres[0] * centres[0] / inner[0]
        let last = centres[centres.count - 1] * centres[centres.count - 1] / inner[inner.count - 1]
        return [first] + inner + [last]
    }
}
