#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One-dimensional sampling grids for curves: logarithmic grids and dense windows around features.
public enum Grid {
    /// `count` points from `lower` to `upper` (both included), equally spaced in log (lower, upper > 0).
    public static func logarithmic(from lower: Double, to upper: Double, count: Int) -> [Double] {
        precondition(lower > 0 && upper > lower && count >= 2, "log grid needs 0 < lower < upper and ≥ 2 points")
        let ratio = log(upper / lower)
        return (0..<count).map { i in
            i == count - 1 ? upper : lower * exp(ratio * Double(i) / Double(count - 1))
        }
    }

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
